/**
 * Adds a newly announced Children's Mental Health Week to the kit:
 *
 *   npm run new-edition -- --year 2027 --start 2027-02-08 --end 2027-02-14 --theme "The theme"
 *
 * - writes content/editions/<year>.yaml (year, dates, theme), in the form of the other edition files;
 * - adds the theme to every language's XLIFF file, untranslated, where `npm run translations` would add it;
 * - when the new year is the newest, takes the about text and tips off the edition that was the newest until now
 *   (unless it is the default edition): only the default and the newest edition carry long texts, so that the one
 *   file every page loads does not grow year on year; those texts stay in the git history;
 * - prints what is left to do (CONTRIBUTING.md, "When a new week is announced", says the same at more length).
 *
 * Every value is checked before anything is written: a date that is not a real `YYYY-MM-DD` date, an end before
 * the start, a week of more than seven days, a start outside the year, a year already in the content, a missing
 * or empty value or an unknown option is refused with a message naming the option, and nothing is written.
 *
 * `--content <dir>` works on another content folder (its editions/ and translations/); so does the environment
 * variable CMHW_ROOT=<dir>, which names a whole copy of the project (see content-files.ts). The tests use both.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { parse, parseDocument, stringify } from 'yaml';
import { ContentError, type EditionContent, validateEdition, validateEditions } from '../src/core/content-validation.js';
import { DEFAULT_EDITION_YEAR } from '../src/core/editions.js';
import { dayNumber, parseCalendarDate, type CalendarDate } from '../src/core/uk-time.js';
import { editionTextId, longTextIds, projectRoot, readEditionFiles } from './content-files.js';

const USAGE = `Usage: npm run new-edition -- --year 2027 --start 2027-02-08 --end 2027-02-14 --theme "The theme"

  --year     the edition's year, four digits
  --start    the first day of the week, a UK date written YYYY-MM-DD
  --end      the last day of the week (at most seven days in all), YYYY-MM-DD
  --theme    the theme's name, as the campaign writes it
  --content  another content folder to work on (default: content/)`;

/** The longest week the command accepts, in days: the campaign is a week. */
const MAX_DAYS = 7;

const root = projectRoot();
const shown = (path: string) => relative(process.cwd(), path) || '.';

class Refusal extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

// ---- The command line ----

const FIELDS = ['year', 'start', 'end', 'theme'] as const;
type Field = (typeof FIELDS)[number];
const OPTIONS = [...FIELDS, 'content'] as const;
type Option = (typeof OPTIONS)[number];

const EXAMPLES: Record<Field, string> = {
  year: "the edition's year, such as --year 2027",
  start: 'the first day, such as --start 2027-02-08',
  end: 'the last day, such as --end 2027-02-14',
  theme: 'the theme\'s name, such as --theme "This is My Place"',
};

type Values = Partial<Record<Option, string>>;

/**
 * The options' values and the problems with the command line; node's own parser in its lenient mode, so that every
 * problem is reported at once rather than the first alone.
 */
function readOptions(args: string[]): { values: Values; problems: string[] } | 'help' {
  const { tokens } = parseArgs({
    args,
    options: Object.fromEntries([
      ...OPTIONS.map((name) => [name, { type: 'string' }]),
      ['help', { type: 'boolean', short: 'h' }],
    ]),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Values = {};
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      problems.push(`"${token.value}" belongs to no option: each value follows its option, as in --theme "Two Words"`);
    } else if (token.name === 'help') {
      return 'help';
    } else if (!(OPTIONS as readonly string[]).includes(token.name)) {
      problems.push(`${token.rawName}: is not an option of this command (it takes ${OPTIONS.map((o) => `--${o}`).join(', ')})`);
    } else if (seen.has(token.name)) {
      problems.push(`--${token.name}: is given more than once`);
    } else {
      seen.add(token.name);
      // A value that starts with "-" is read as the next option, so it is missing here; --theme=-x still works.
      if (token.value === undefined)
        problems.push(`--${token.name}: has no value (${EXAMPLES[token.name as Field] ?? 'a folder'})`);
      else values[token.name as Option] = token.value;
    }
  }
  for (const field of FIELDS) {
    if (!seen.has(field)) problems.push(`--${field}: is missing (${EXAMPLES[field]})`);
  }
  return { values, problems };
}

interface NewEdition {
  year: number;
  start: string;
  end: string;
  theme: string;
}

/** Checks each value given, and the values against each other; every problem names its option. */
function checkValues(values: Values, problems: string[]): NewEdition {
  const year = values.year?.trim() ?? '';
  if (values.year !== undefined && (!/^\d{4}$/.test(year) || Number(year) < 2015)) {
    problems.push(`--year: "${values.year}" is not a year of the week (four digits, 2015 or later, such as 2027)`);
  }
  const date = (field: 'start' | 'end'): CalendarDate | undefined => {
    const text = values[field];
    if (text === undefined) return undefined;
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseCalendarDate(text) : undefined;
    if (!parsed) problems.push(`--${field}: "${text}" is not a real date written YYYY-MM-DD (such as 2027-02-08)`);
    return parsed;
  };
  const start = date('start');
  const end = date('end');
  if (start && /^\d{4}$/.test(year) && start.year !== Number(year)) {
    problems.push(`--start: ${values.start} is in ${start.year}, not in the edition's year (--year ${year})`);
  }
  if (start && end) {
    const days = dayNumber(end) - dayNumber(start) + 1;
    if (days < 1) problems.push(`--end: ${values.end} is before the start (--start ${values.start})`);
    else if (days > MAX_DAYS) {
      problems.push(`--end: ${values.end} makes a week of ${days} days from ${values.start}; it lasts at most ${MAX_DAYS}`);
    }
  }
  // Spaces and line breaks inside collapse to one space, as `npm run content` reads every text.
  const theme = values.theme?.trim().replace(/\s+/g, ' ');
  if (theme === '') problems.push(`--theme: is empty (${EXAMPLES.theme})`);
  if (problems.length > 0) throw new Refusal(problems);
  return { year: Number(year), start: values.start!, end: values.end!, theme: theme! };
}

// ---- The files ----

interface Change {
  path: string;
  text: string;
  /** What the summary says about it. */
  said: string;
}

/** The XLIFF files: the same XML library as @lit/localize's tools, so a file comes out as `npm run translations` writes it. */
function readXliff(path: string, problems: string[]) {
  const errors: string[] = [];
  const report = (message: string) => errors.push(message.replace(/\s+/g, ' ').trim());
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(
    readFileSync(path, 'utf8'),
    'text/xml',
  );
  const body = doc.getElementsByTagName('body')[0];
  if (errors.length > 0 || !body) {
    problems.push(`${shown(path)}: is not an XLIFF file we can read (${errors[0] ?? 'it has no <body>'}); fix it first`);
    return undefined;
  }
  return { doc, body, units: Array.from(body.getElementsByTagName('trans-unit')) };
}

/**
 * Adds the theme as a trans-unit with a source and no target: in XLIFF 1.2 a unit without a <target> is not yet
 * translated, which is how @lit/localize writes every new text and how translation tools read it. It goes after
 * the theme of the year before (the themes stay together, by year, for the translator); @lit/localize keeps
 * existing units where they are, so `npm run translations` leaves it there.
 */
function addTheme(xliff: NonNullable<ReturnType<typeof readXliff>>, edition: NewEdition) {
  const { doc, body, units } = xliff;
  const themeYear = (unit: Element) => Number(/^edition-(\d+)-theme$/.exec(unit.getAttribute('id') ?? '')?.[1] ?? NaN);
  const themes = units.filter((unit) => !Number.isNaN(themeYear(unit)));
  const before = themes.filter((unit) => themeYear(unit) < edition.year).at(-1);
  const after = themes.find((unit) => themeYear(unit) > edition.year);

  const unit = doc.createElement('trans-unit');
  unit.setAttribute('id', editionTextId.theme(edition.year));
  const source = doc.createElement('source');
  source.appendChild(doc.createTextNode(edition.theme));
  unit.appendChild(doc.createTextNode('\n  '));
  unit.appendChild(source);
  unit.appendChild(doc.createTextNode('\n'));

  // The same whitespace as @lit/localize's: a line break before each unit, two spaces before its children.
  if (before) {
    const next = before.nextSibling;
    body.insertBefore(doc.createTextNode('\n'), next);
    body.insertBefore(unit, next);
  } else if (after) {
    body.insertBefore(unit, after);
    body.insertBefore(doc.createTextNode('\n'), after);
  } else {
    const last = body.lastChild;
    body.insertBefore(doc.createTextNode('\n'), last);
    body.insertBefore(unit, last);
  }
}

/** Removes units and the line break before each, as @lit/localize removes texts no longer in the source. */
function removeUnits(xliff: NonNullable<ReturnType<typeof readXliff>>, ids: Set<string>): number {
  let removed = 0;
  for (const unit of xliff.units) {
    if (!ids.has(unit.getAttribute('id') ?? '')) continue;
    if (unit.previousSibling?.nodeType === unit.TEXT_NODE) xliff.body.removeChild(unit.previousSibling);
    xliff.body.removeChild(unit);
    removed += 1;
  }
  return removed;
}

/** "about text and 6 tips", say: what an edition's long texts are. */
const longTexts = ({ about, tips }: EditionContent) =>
  [...(about ? ['about text'] : []), ...(tips.length > 0 ? [`${tips.length} ${tips.length === 1 ? 'tip' : 'tips'}`] : [])].join(
    ' and ',
  );

/** Everything the command will write, computed (and checked) before anything is. */
function plan(edition: NewEdition, contentDir: string): { changes: Change[]; previous?: EditionContent } {
  const problems: string[] = [];
  const editionsDir = join(contentDir, 'editions');
  const translationsDir = join(contentDir, 'translations');
  for (const dir of [editionsDir, translationsDir]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new Refusal([
        `--content: ${shown(contentDir)} has no ${relative(contentDir, dir)}/ folder (is it a content folder?)`,
      ]);
    }
  }

  // The existing content, read and validated as `npm run content` does: a broken file is fixed first.
  const files = readEditionFiles(editionsDir, process.cwd());
  const existing = validateEditions(files);
  const target = join(editionsDir, `${edition.year}.yaml`);
  const fileOf = (year: number) => files.find(({ data }) => (data as { year?: unknown }).year === year)!.file;
  if (existing.some(({ year }) => year === edition.year) || existsSync(target)) {
    const file = existsSync(target) ? shown(target) : fileOf(edition.year);
    problems.push(`--year: ${edition.year} is already in the content (${file}); edit that file instead`);
  }

  // The new file, in the form of the others (2024.yaml, 2026.yaml), and read back as `npm run content` will.
  const yaml = stringify({ year: edition.year, start: edition.start, end: edition.end, theme: edition.theme });
  validateEdition(parse(yaml), shown(target));

  // The edition that was the newest until now gives up its long texts, unless it is the default one.
  const newest = existing.at(-1);
  const previous =
    newest && newest.year < edition.year && newest.year !== DEFAULT_EDITION_YEAR && longTextIds(newest).length > 0
      ? newest
      : undefined;
  const changes: Change[] = [{ path: target, text: yaml, said: `the ${edition.year} edition: dates and theme` }];
  if (previous) {
    const path = resolve(fileOf(previous.year));
    const doc = parseDocument(readFileSync(path, 'utf8'));
    doc.delete('about');
    doc.delete('tips');
    changes.push({
      path,
      text: doc.toString(),
      said: `its ${longTexts(previous)} removed: only ${DEFAULT_EDITION_YEAR} and the newest edition carry long texts (git keeps them)`,
    });
  }

  // Every language the project translates into (lit-localize.json), each with its file.
  const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
  for (const locale of config.targetLocales) {
    const path = join(translationsDir, `${locale}.xlf`);
    if (!existsSync(path)) {
      problems.push(`--content: ${shown(path)} is missing (lit-localize.json lists ${locale}); run \`npm run translations\``);
      continue;
    }
    const xliff = readXliff(path, problems);
    if (!xliff) continue;
    const id = editionTextId.theme(edition.year);
    if (xliff.units.some((unit) => unit.getAttribute('id') === id)) {
      problems.push(
        `--year: ${shown(path)} already has a text "${id}", left from an earlier try; run \`npm run translations\` first`,
      );
      continue;
    }
    const removed = previous ? removeUnits(xliff, new Set(longTextIds(previous))) : 0;
    addTheme(xliff, edition);
    // @lit/localize ends the file with a line break after the root element; the parser drops it.
    xliff.doc.appendChild(xliff.doc.createTextNode('\n'));
    changes.push({
      path,
      text: new XMLSerializer().serializeToString(xliff.doc),
      said:
        `"${id}" added, untranslated` +
        (removed > 0
          ? `; ${previous!.year}'s ${longTexts(previous!)} removed (${removed} ${removed === 1 ? 'unit' : 'units'})`
          : ''),
    });
  }
  if (problems.length > 0) throw new Refusal(problems);
  return { changes, ...(previous ? { previous } : {}) };
}

/** Writes each file whole (a temporary file renamed over it), only once every change has been computed. */
function write(changes: Change[]) {
  for (const { path, text } of changes) {
    const temporary = `${path}.new-edition.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
}

/** "8–14 February 2027", as the widgets write a week (Intl puts thin spaces around the dash between two days). */
const range = ({ start, end }: NewEdition) => {
  // The dates are calendar days: formatted at UTC midnight in UTC, so no zone can move them.
  const at = (date: string) => new Date(`${date}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .formatRange(at(start), at(end))
    .replace(/(\d)\s–\s(\d)/u, '$1–$2')
    .replace(/\s/gu, ' ');
};

function summary(edition: NewEdition, changes: Change[], previous: EditionContent | undefined): string {
  const yamlFile = shown(changes[0]!.path);
  const locales = changes.filter(({ path }) => path.endsWith('.xlf')).map(({ path }) => path.split(/[\\/]/).at(-1)!.slice(0, -4));
  return [
    `Added Children's Mental Health Week ${edition.year}, "${edition.theme}" (${range(edition)}):`,
    ...changes.map(({ path, said }) => `  ${shown(path)}: ${said}`),
    '',
    'Left to do (CONTRIBUTING.md, "When a new week is announced"):',
    '  1. npm run content (checks the files and regenerates the edition modules).',
    `  2. The about text: two or three sentences, in our own words, on what "${edition.theme}" is about, as`,
    `     "about:" in ${yamlFile} (see content/README.md). Until then the widgets show a general sentence.`,
    `  3. Tips for parents and carers, only if the campaign has its own this year ("tips:" in ${yamlFile});`,
    `     without them the tip card shows the ${DEFAULT_EDITION_YEAR} tips, which suit any year.`,
    '  4. npm run translations (adds the about text and tips to the XLIFF files), then translate every new text',
    `     in ${locales.map((l) => `${l}.xlf`).join(', ')} and run npm run translations again; update the status table`,
    '     in content/translations/README.md; npm run translations -- --check must pass.',
    '  5. npm test.',
    `  6. CHANGELOG.md, under "Unreleased": the ${edition.year} edition ("${edition.theme}", ${range(edition)})` +
      (previous ? `, and ${previous.year} keeping its dates and theme only.` : '.'),
    '  7. A minor release (a new edition adds to the kit and breaks nothing): see "Release" in CONTRIBUTING.md.',
    '',
  ].join('\n');
}

try {
  const options = readOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
  } else {
    const edition = checkValues(options.values, options.problems);
    // npm runs scripts in the project's folder; INIT_CWD is where `npm run` was typed, which a relative path means.
    const contentDir = options.values.content
      ? resolve(process.env.INIT_CWD ?? process.cwd(), options.values.content)
      : join(root, 'content');
    const { changes, previous } = plan(edition, contentDir);
    write(changes);
    console.log(summary(edition, changes, previous));
  }
} catch (error) {
  if (error instanceof Refusal) {
    console.error(`new-edition: nothing written:\n${error.problems.map((problem) => `  ${problem}`).join('\n')}\n\n${USAGE}`);
    process.exitCode = 1;
  } else if (error instanceof ContentError) {
    console.error(`new-edition: nothing written: the content has a problem to fix first:\n  ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
