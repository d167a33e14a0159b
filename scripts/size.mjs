// Measures the file a school pastes, dist/cmhw-widgets.js (all three elements, every shipped language and every
// edition text inside), and fails past its budget (scripts/budgets.mjs). Also prints what each part costs, each
// measured by building the kit without that part and comparing: each element, each language's texts, and the edition
// texts (what the theme means and the tips), so that the README's tables and a reviewer can see where bytes go.
//   npm run size      (after npm run build)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { KIT_BROTLI_BUDGET, KIT_BROTLI_TARGET } from './budgets.mjs';

const LANGUAGES = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')).targetLocales;
const ELEMENTS = readdirSync(new URL('../src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)
  .sort();

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const ENTRY = readFileSync(source('index.ts'), 'utf8');

/** Builds the kit in memory with only these elements, languages and edition texts, and returns its brotli size. */
async function brotliWith({ elements = ELEMENTS, languages = LANGUAGES, editionTexts = true }) {
  const name = (code) => code.replace(/\W/g, '_');
  const replaced = {
    // The entry without the lines that name a left-out element's folder (its define and its exports).
    [source('index.ts')]: ENTRY.split('\n')
      .filter((line) => !ELEMENTS.some((element) => !elements.includes(element) && line.includes(`/elements/${element}/`)))
      .join('\n'),
    // The generated index with only these languages' tables (every language is still recognised), and the edition
    // texts' tables empty when they are left out.
    [source('i18n/generated/index.ts')]:
      `${languages.map((code) => `import * as ${name(code)} from './${code}.js';`).join('\n')}\n` +
      `export const TARGET_LANGUAGES = ${JSON.stringify(LANGUAGES)};\n` +
      `export const WIDGET_TRANSLATIONS = { ${languages.map((code) => `${JSON.stringify(code)}: ${name(code)}.widgets`).join(', ')} };\n` +
      `export const EDITION_TRANSLATIONS = { ${editionTexts ? languages.map((code) => `${JSON.stringify(code)}: ${name(code)}.editions`).join(', ') : ''} };\n`,
    ...(editionTexts ? {} : { [source('core/edition-texts.generated.ts')]: 'export const EDITION_TEXTS = {};' }),
  };
  const output = await build({
    root,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    build: { write: false },
    plugins: [{ name: 'cmhw-size-without', enforce: 'pre', load: (id) => replaced[id] ?? null }],
  });
  const [bundle] = Array.isArray(output) ? output : [output];
  return brotli(Buffer.from(bundle.output.find((item) => item.type === 'chunk').code));
}

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
    `brotli ${kb(kit)}  (budget ${KIT_BROTLI_BUDGET} B, the figure measured; target ${kb(KIT_BROTLI_TARGET)}: every element, language and edition text)`,
);

// What each part adds: the kit's brotli bytes less those of the kit built without it. Parts share code and
// compress against each other, so the additions do not sum exactly to the whole.
const adds = async (label, without) => {
  const bytesWithout = await brotliWith(without);
  console.log(`  ${label.padEnd(34)}${String(kit - bytesWithout).padStart(6)} B brotli`);
};
for (const element of ELEMENTS) await adds(`<cmhw-${element}> adds`, { elements: ELEMENTS.filter((e) => e !== element) });
for (const code of LANGUAGES) await adds(`${code} adds`, { languages: LANGUAGES.filter((other) => other !== code) });
await adds('edition texts (about, tips) add', { editionTexts: false });
console.log(
  `  English only, no edition texts  ${String(await brotliWith({ languages: [], editionTexts: false })).padStart(6)} B brotli`,
);

if (kit > KIT_BROTLI_BUDGET) {
  console.error(`size: the kit is over budget by ${kit - KIT_BROTLI_BUDGET} bytes brotli`);
  process.exit(1);
}
