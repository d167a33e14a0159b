// Prints the raw, gzip and brotli bytes of the file a school pastes, and fails past the budget.
//   npm run size
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The whole three-element kit in English must end at or under 10 KB brotli (issue budget). Today the file
// holds the countdown, the shared core and all the edition content.
const BUDGET_BROTLI = 10 * 1024;
const file = new URL('../dist/cmhw-widgets.js', import.meta.url);

let bytes;
try {
  bytes = readFileSync(file);
} catch {
  console.error('dist/cmhw-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(
  `dist/cmhw-widgets.js  minified ${kb(bytes.length)}  gzip ${kb(gzip)}  brotli ${kb(brotli)}  (budget ${kb(BUDGET_BROTLI)} brotli)`,
);
if (brotli > BUDGET_BROTLI) {
  console.error(`size: over budget by ${brotli - BUDGET_BROTLI} bytes brotli`);
  process.exit(1);
}
