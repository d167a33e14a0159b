// Measures the file a school pastes, dist/cmhw-widgets.js (all three elements, every shipped language and every
// edition text inside), and fails past its budget (scripts/budgets.mjs). Also prints what each part costs (Lit, the
// core, each element, the styles, each language's texts, the edition texts; scripts/size-parts.mjs), so that the
// README's tables and a reviewer can see where bytes go.
//   npm run size      (after npm run build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { KIT_BROTLI_BUDGET } from './budgets.mjs';
import { brotli, measureParts } from './size-parts.mjs';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

let bytes;
try {
  bytes = readFileSync(new URL('../dist/cmhw-widgets.js', import.meta.url));
} catch {
  console.error('dist/cmhw-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const kit = brotli(bytes);
console.log(
  `dist/cmhw-widgets.js  minified ${kb(bytes.length)}  gzip ${kb(gzipSync(bytes, { level: 9 }).length)}  ` +
    `brotli ${kb(kit)}  (${kit} B; budget ${KIT_BROTLI_BUDGET} B: every element, language and edition text)`,
);

// What each part costs (scripts/size-parts.mjs says how): the parts sum to the whole.
const { rows, englishOnly } = await measureParts(kit);
for (const { part, bytes: partBytes } of rows) console.log(`  ${part.padEnd(62)}${String(partBytes).padStart(6)} B brotli`);
console.log(
  `  ${'(English only, with no translation and no edition text:'.padEnd(62)}${String(englishOnly).padStart(6)} B brotli)`,
);

if (kit > KIT_BROTLI_BUDGET) {
  console.error(`size: the kit is over budget by ${kit - KIT_BROTLI_BUDGET} bytes brotli`);
  process.exit(1);
}
