// Measures the file a school pastes, dist/cmhw-widgets.js with every shipped language inside, and fails past
// its budget: 13 KB brotli. Also prints the same kit built with English only, and what each language adds
// (the kit built without that language, compared), for the README's table.
//   npm run size      (after npm run build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KIT = 13 * 1024;
const LANGUAGES = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')).targetLocales;

const root = fileURLToPath(new URL('..', import.meta.url));
const translationsModule = fileURLToPath(new URL('../src/i18n/generated/index.ts', import.meta.url));

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** Builds the kit in memory with only `languages` translated, and returns its brotli size. */
async function brotliWith(languages) {
  const output = await build({
    root,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    build: { write: false },
    plugins: [
      {
        name: 'cmhw-size-languages',
        enforce: 'pre',
        load(id) {
          if (id !== translationsModule) return null;
          // The generated index with only these languages' tables (every language is still recognised).
          const name = (code) => code.replace(/\W/g, '_');
          const imports = languages.map((code) => `import * as ${name(code)} from './${code}.js';`).join('\n');
          const table = (group) => `{ ${languages.map((code) => `${JSON.stringify(code)}: ${name(code)}.${group}`).join(', ')} }`;
          return (
            `${imports}\nexport const TARGET_LANGUAGES = ${JSON.stringify(LANGUAGES)};\n` +
            `export const WIDGET_TRANSLATIONS = ${table('widgets')};\nexport const EDITION_TRANSLATIONS = ${table('editions')};\n`
          );
        },
      },
    ],
  });
  const [bundle] = Array.isArray(output) ? output : [output];
  const chunk = bundle.output.find((item) => item.type === 'chunk');
  return brotli(Buffer.from(chunk.code));
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
    `brotli ${kb(kit)}  (budget ${kb(BUDGET_KIT)} brotli, all languages)`,
);

const english = await brotliWith([]);
console.log(`  English only            brotli ${kb(english)}`);
for (const code of LANGUAGES) {
  const without = await brotliWith(LANGUAGES.filter((other) => other !== code));
  console.log(`  ${code} adds                 ${(kit - without).toString().padStart(5)} B brotli`);
}

// Not in the kit yet: each edition's about text and tips, which only a widget that shows them carries.
const editionTexts = (file, marker) => {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return brotli(Buffer.from(source.slice(source.indexOf(marker))));
};
const textSizes = [
  `en-GB ${editionTexts('../src/core/edition-texts.generated.ts', 'export const')} B`,
  ...LANGUAGES.map((code) => `${code} ${editionTexts(`../src/i18n/generated/${code}.ts`, 'export const editions')} B`),
];
console.log(
  `  edition texts (about, tips; carried only by a widget that shows them): ${textSizes.join(', ')} brotli, each alone`,
);

if (kit > BUDGET_KIT) {
  console.error(`size: the kit is over budget by ${kit - BUDGET_KIT} bytes brotli`);
  process.exit(1);
}
