/**
 * Reads content/editions/*.yaml, validates every file, and writes two modules:
 *   src/core/editions.generated.ts       dates, and the theme's name as a msg() call
 *   src/core/edition-texts.generated.ts  the about text and tips as msg() calls
 * The msg() calls carry stable ids (edition-2023-tip-1-title…), so `npm run translations` extracts the texts
 * into the translators' XLIFF files like any other string.
 *   npm run content           regenerate
 *   npm run content -- --check  fail if a generated file is stale (used by the tests)
 * With CMHW_ROOT=<dir> it works on that copy of the project instead (see content-files.ts).
 * Any problem stops with a message that names the file and the field.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ContentError,
  DEFAULT_EDITION_YEAR,
  type EditionContent,
  checkLongTexts,
  validateEditions,
} from '../src/core/content-validation.js';
import { editionTextId, projectRoot, readEditionFiles } from './content-files.js';

const root = projectRoot();
const folder = join(root, 'content', 'editions');
const targets = {
  editions: join(root, 'src', 'core', 'editions.generated.ts'),
  texts: join(root, 'src', 'core', 'edition-texts.generated.ts'),
};
const HEADER = '// Generated from content/editions/*.yaml by `npm run content`. Do not edit: edit the YAML files.\n';

function load() {
  const files = readEditionFiles(folder, root);
  const editions = validateEditions(files);
  // The default year is read from the same constant the elements use; nothing else here names a year.
  checkLongTexts(
    editions,
    DEFAULT_EDITION_YEAR,
    (year) => files.find((f) => (f.data as { year?: unknown })?.year === year)!.file,
  );
  return editions;
}

/** A msg() call for one text, with its id (JSON string literals are valid TypeScript). */
const message = (text: string, id: string) => `msg(${JSON.stringify(text)}, { id: ${JSON.stringify(id)} })`;

function editionsModule(editions: EditionContent[]): string {
  const entries = editions.map(
    ({ year, start, end, theme }) =>
      `  {\n    year: ${year},\n    start: ${JSON.stringify(start)},\n    end: ${JSON.stringify(end)},\n` +
      `    theme: () => ${message(theme, editionTextId.theme(year))},\n  },\n`,
  );
  return (
    HEADER +
    "import { msg } from '../i18n/msg.js';\n" +
    "import type { Edition } from './editions.js';\n\n" +
    `export const EDITIONS: readonly Edition[] = [\n${entries.join('')}];\n`
  );
}

function textsModule(editions: EditionContent[]): string {
  const entries = editions
    .filter(({ about, tips }) => about || tips.length > 0)
    .map(({ year, about, tips }) => {
      const lines = [`  ${year}: () => ({\n`];
      if (about) lines.push(`    about: ${message(about, editionTextId.about(year))},\n`);
      lines.push('    tips: [\n');
      tips.forEach(({ title, text }, index) => {
        const [titleId, textId] = [editionTextId.tipTitle(year, index + 1), editionTextId.tipText(year, index + 1)];
        lines.push(`      {\n        title: ${message(title, titleId)},\n        text: ${message(text, textId)},\n      },\n`);
      });
      lines.push('    ],\n  }),\n');
      return lines.join('');
    });
  return (
    HEADER +
    "import { msg } from '../i18n/msg.js';\n" +
    "import type { EditionTexts } from './edition-texts.js';\n\n" +
    "/** Each edition's about text and tips, in the language being rendered. */\n" +
    `export const EDITION_TEXTS: Readonly<Record<number, () => EditionTexts>> = {\n${entries.join('')}};\n`
  );
}

try {
  const editions = load();
  const outputs = [
    [targets.editions, editionsModule(editions)],
    [targets.texts, textsModule(editions)],
  ] as const;
  if (process.argv.includes('--check')) {
    for (const [target, source] of outputs) {
      const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
      if (current !== source) {
        console.error(`${relative(root, target)} is stale: run \`npm run content\` and commit the result.`);
        process.exit(1);
      }
    }
    console.log(`content: ${editions.length} editions valid, generated modules up to date`);
  } else {
    for (const [target, source] of outputs) writeFileSync(target, source);
    console.log(`content: ${editions.length} editions valid, wrote ${outputs.map(([t]) => relative(root, t)).join(' and ')}`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
