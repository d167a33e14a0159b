// What each part of dist/cmhw-widgets.js costs in brotli bytes, for `npm run size` and bench/RESULTS.md.
//
// The parts are peeled off one at a time, each build leaving out one more part than the one before, and a part's cost
// is what leaving it out saved: first the edition texts (about, tips; every language), then each language's widget
// texts, then the styles, then each element. What remains is the base element, which needs Lit and the core (the
// clock, the UK calendar, parsing, the languages); Lit is measured on its own (a bundle of just what the kit takes from
// it, built the same way) and the core is the rest. So the parts sum exactly to the whole; a part peeled off earlier
// would cost a little more or less, since parts compress against each other.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

export const LANGUAGES = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')).targetLocales;
export const ELEMENTS = readdirSync(new URL('../src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)
  .sort();

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const config = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

export const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const ENTRY = readFileSync(source('index.ts'), 'utf8');

/** Builds `config`'s kit in memory with some modules replaced, and returns the brotli size of the one file. */
async function brotliOf(replaced, transform) {
  const output = await build({
    root,
    configFile: config,
    logLevel: 'silent',
    build: { write: false },
    plugins: [
      {
        name: 'cmhw-size-without',
        enforce: 'pre',
        load: (id) => replaced[id] ?? null,
        transform: transform ? (code, id) => transform(code, id) : undefined,
      },
    ],
  });
  const [bundle] = Array.isArray(output) ? output : [output];
  return brotli(Buffer.from(bundle.output.find((item) => item.type === 'chunk').code));
}

/**
 * The kit built with only these elements, languages and edition texts, and with or without its styles. With no
 * element at all, the entry keeps the base element they share (with what it needs: Lit and the core).
 */
export function brotliWith({ elements = ELEMENTS, languages = LANGUAGES, editionTexts = true, styles = true } = {}) {
  const name = (code) => code.replace(/\W/g, '_');
  return brotliOf(
    {
      // The entry without the lines that name a left-out element's folder (its define and its exports).
      [source('index.ts')]:
        elements.length === 0
          ? "export { CmhwElement } from './elements/shared/cmhw-element.js';\n"
          : ENTRY.split('\n')
              .filter(
                (line) => !ELEMENTS.some((element) => !elements.includes(element) && line.includes(`/elements/${element}/`)),
              )
              .join('\n'),
      // The generated index with only these languages' tables (every language is still recognised), and the
      // edition texts' tables empty when they are left out.
      [source('i18n/generated/index.ts')]:
        `${languages.map((code) => `import * as ${name(code)} from './${code}.js';`).join('\n')}\n` +
        `export const TARGET_LANGUAGES = ${JSON.stringify(LANGUAGES)};\n` +
        `export const WIDGET_TRANSLATIONS = { ${languages.map((code) => `${JSON.stringify(code)}: ${name(code)}.widgets`).join(', ')} };\n` +
        `export const EDITION_TRANSLATIONS = { ${editionTexts ? languages.map((code) => `${JSON.stringify(code)}: ${name(code)}.editions`).join(', ') : ''} };\n`,
      ...(editionTexts ? {} : { [source('core/edition-texts.generated.ts')]: 'export const EDITION_TEXTS = {};' }),
    },
    // Without styles: every css`` template of the elements emptied (the styles hold no ${} values).
    styles ? undefined : (code, id) => (/\/src\/elements\/.*styles\.ts$/.test(id) ? code.replace(/css`[^`]*`/g, 'css``') : null),
  );
}

/** What the kit takes from Lit, bundled alone the same way (Vite's library build, minified). */
async function litAlone() {
  const entry = source('lit-alone.virtual.ts');
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }] },
    plugins: [
      {
        name: 'cmhw-lit-alone',
        enforce: 'pre',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? "export { LitElement, css, html, nothing } from 'lit';\nexport { str, joinStringsAndValues } from '@lit/localize';\n"
            : null,
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'lit.js' },
      rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
    },
  });
  const [bundle] = Array.isArray(output) ? output : [output];
  return brotli(Buffer.from(bundle.output.find((item) => item.type === 'chunk').code));
}

/**
 * Each part's brotli bytes, in the order peeled off (see the top of this file): `{ part, bytes }`, summing to `kit`;
 * and `englishOnly`, the kit with no translation and no edition text.
 */
export async function measureParts(kit) {
  const rows = [];
  let before = kit;
  const peel = async (part, options) => {
    const after = await brotliWith(options);
    rows.push({ part, bytes: before - after });
    before = after;
    return after;
  };
  await peel('edition texts (about texts, tips), every language', { editionTexts: false });
  const languages = [...LANGUAGES];
  let englishOnly;
  for (const code of LANGUAGES) {
    languages.splice(languages.indexOf(code), 1);
    englishOnly = await peel(`${code} translations of the widgets' texts`, { editionTexts: false, languages: [...languages] });
  }
  const bare = { editionTexts: false, languages: [], styles: false };
  await peel('styles (every element and the shared ones)', bare);
  const elements = [...ELEMENTS];
  for (const element of ELEMENTS) {
    elements.splice(elements.indexOf(element), 1);
    await peel(`<cmhw-${element}>: its code and English texts`, { ...bare, elements: [...elements] });
  }
  const lit = await litAlone();
  rows.push({ part: 'core: the base element, clock, UK calendar, parsing, languages', bytes: before - lit });
  rows.push({ part: 'Lit: what the kit takes from lit and @lit/localize', bytes: lit });
  return { rows, englishOnly };
}
