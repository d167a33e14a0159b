/**
 * The translation workflow, on @lit/localize's own tools (config: lit-localize.json).
 *
 *   npm run translations            extract every msg() into content/translations/<language>.xlf (new texts
 *                                   are added, existing translations kept), then write src/i18n/generated/
 *   npm run translations -- --check fail when an XLIFF file or a generated module is stale, a shipped
 *                                   language misses a text, a placeholder is wrong, or a plural form is missing
 *
 * With CMHW_ROOT=<dir>, both work on that copy of the project instead (see content-files.ts).
 *
 * Each generated module holds one language's texts as plain data in two groups: `widgets` (what the widgets
 * say) and `editions` (each edition's about text and tips), so a bundle carries the second group only when a
 * widget that shows those texts is in it. src/i18n/generated/index.ts gathers every target language, so that
 * adding one to lit-localize.json is all the code needs.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Message } from '@lit/localize-tools/lib/messages.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { projectRoot } from './content-files.js';

const root = projectRoot();
const check = process.argv.includes('--check');
const problems: string[] = [];

const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json')) as Config & { output: RuntimeOutputConfig };
const xliffDir = config.resolve((config.interchange as { xliffDir: string }).xliffDir);
const outputDir = config.resolve(config.output.outputDir);

/** Edition texts (about, tips) go in their own group; the theme names are shown by every widget. */
const isEditionText = (id: string) => id.startsWith('edition-') && !id.endsWith('-theme');

type Localized = string | { strings: string[]; values: number[] };

/** One message as plain data: a string, or the strings between placeholders and each placeholder's source index. */
function toData(contents: Message['contents']): Localized {
  const strings = [''];
  const values: number[] = [];
  for (const part of contents) {
    if (typeof part === 'string') strings[strings.length - 1] += part;
    else {
      values.push(part.index);
      strings.push('');
    }
  }
  return values.length === 0 ? strings[0]! : { strings, values };
}

function moduleFor(locale: string, translated: Map<string, Message>, ids: string[]): string {
  const group = (editions: boolean) => {
    const entries = ids
      .filter((id) => isEditionText(id) === editions && translated.has(id))
      .map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(toData(translated.get(id)!.contents))},\n`);
    return `{\n${entries.join('')}}`;
  };
  return (
    `// Generated from ${relative(root, join(xliffDir, `${locale}.xlf`))} by \`npm run translations\`. ` +
    'Do not edit: translate in the XLIFF file.\n' +
    "import type { Translations } from '../msg.js';\n\n" +
    `/** What the widgets say. */\nexport const widgets: Translations = ${group(false)};\n\n` +
    `/** Each edition's about text and tips. */\nexport const editions: Translations = ${group(true)};\n`
  );
}

/** Writes (or, with --check, compares) a file; returns whether it was up to date. */
function output(file: string, text: string): void {
  if (!check) writeFileSync(file, text);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    problems.push(`${relative(root, file)} is stale: run \`npm run translations\` and commit the result.`);
  }
}

const localizer = new RuntimeLitLocalizer(config);
const { messages } = localizer.extractSourceMessages();
const ids = messages.map((message) => message.name).sort();

// The XLIFF files: extracting again must change nothing (every source text present, none left over).
if (check) {
  const scratch = mkdtempSync(join(tmpdir(), 'cmhw-xliff-'));
  cpSync(xliffDir, scratch, { recursive: true });
  const scratchConfig = { ...config, interchange: { ...config.interchange, xliffDir: scratch } } as Config;
  await new RuntimeLitLocalizer(scratchConfig as Config & { output: RuntimeOutputConfig }).writeInterchangeFiles();
  for (const name of readdirSync(scratch)) {
    const original = join(xliffDir, name);
    if (!existsSync(original) || readFileSync(original, 'utf8') !== readFileSync(join(scratch, name), 'utf8')) {
      problems.push(`${relative(root, original)} does not match the source texts: run \`npm run translations\`.`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
} else {
  await localizer.writeInterchangeFiles();
}

const { translations } = localizer.readTranslationsSync();
problems.push(...localizer.validateTranslations().errors);

for (const locale of config.targetLocales) {
  const translated = new Map((translations.get(locale) ?? []).map((message) => [message.name, message]));
  const missing = ids.filter((id) => !translated.has(id) || toData(translated.get(id)!.contents) === '');
  if (missing.length > 0) {
    // Writing carries on (an untranslated text shows in English) so that work can go on; the check fails.
    const message = `${locale}: ${missing.length} text(s) not translated: ${missing.join(', ')}`;
    if (check) problems.push(message);
    else console.warn(`translations: ${message}`);
  }

  // Plural forms (`one {# day} other {# days}`) need every category the language's plural rules use.
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const id of ids.filter((id) => id.startsWith('unit-'))) {
    const text = translated.get(id) && toData(translated.get(id)!.contents);
    if (typeof text !== 'string') continue;
    const absent = categories.filter((category) => !new RegExp(`\\b${category}\\s*\\{[^}]*#`).test(text));
    if (absent.length > 0) problems.push(`${locale}: "${id}" needs the plural form(s) ${absent.join(', ')} (each with #)`);
  }
  output(join(outputDir, `${locale}.ts`), moduleFor(locale, translated, ids));
}

const languages = config.targetLocales;
output(
  join(outputDir, 'index.ts'),
  '// Generated from lit-localize.json by `npm run translations`. Do not edit.\n' +
    "import type { Translations } from '../msg.js';\n" +
    languages.map((code) => `import * as ${code.replace(/\W/g, '_')} from './${code}.js';\n`).join('') +
    '\n/** The translated languages, after British English (the source). */\n' +
    `export const TARGET_LANGUAGES = ${JSON.stringify(languages)} as const;\n\n` +
    'type ByLanguage = Readonly<Record<(typeof TARGET_LANGUAGES)[number], Translations>>;\n\n' +
    '/** What the widgets say, by language. */\n' +
    `export const WIDGET_TRANSLATIONS: ByLanguage = { ${languages.map((code) => `${JSON.stringify(code)}: ${code.replace(/\W/g, '_')}.widgets`).join(', ')} };\n\n` +
    "/** Each edition's about text and tips, by language (imported only by what shows them). */\n" +
    `export const EDITION_TRANSLATIONS: ByLanguage = { ${languages.map((code) => `${JSON.stringify(code)}: ${code.replace(/\W/g, '_')}.editions`).join(', ')} };\n`,
);

if (problems.length > 0) {
  console.error(`translations:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `translations: ${ids.length} texts in ${config.targetLocales.join(', ')}; ` +
    (check ? 'all translated, XLIFF files and generated modules up to date' : `wrote ${relative(root, outputDir)}/`),
);
