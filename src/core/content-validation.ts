/**
 * Checks edition content (from content/editions/*.yaml) before it reaches the widgets. Every problem is reported
 * with the file and the field, so that whoever edits the content can fix it without reading code.
 */
import { dayNumber, parseCalendarDate } from './uk-time.js';

/**
 * The "Let's Connect" edition, shown when a page names none. Here, with no dependencies, so that the content step
 * reads the same constant as the elements.
 */
export const DEFAULT_EDITION_YEAR = 2023;

/** A tip for parents and carers, as written in the content files. */
export interface Tip {
  readonly title: string;
  readonly text: string;
}

/** One edition as written in content/editions/<year>.yaml (British English, the source language). */
export interface EditionContent {
  readonly year: number;
  /** First day, UK calendar date `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (inclusive), UK calendar date `YYYY-MM-DD`. */
  readonly end: string;
  readonly theme: string;
  /** What the theme means, in a few sentences. */
  readonly about?: string;
  readonly tips: readonly Tip[];
}

export class ContentError extends Error {
  override name = 'ContentError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one edition file's parsed data. `file` is the path shown in messages.
 * @throws ContentError naming the file and the field at the first problem found.
 */
export function validateEdition(data: unknown, file: string): EditionContent {
  const fail = (field: string, problem: string): never => {
    throw new ContentError(`${file}: "${field}" ${problem}`);
  };
  if (!isRecord(data)) return fail('(file)', 'must hold the fields year, start, end and theme');

  const text = (field: string, required: boolean): string | undefined => {
    const value = data[field];
    if (value === undefined || value === null) {
      return required ? fail(field, 'is missing') : undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') return fail(field, 'must be some text');
    return value.trim().replace(/\s+/g, ' ');
  };
  const date = (field: string): string => {
    const value = data[field];
    if (value === undefined || value === null) return fail(field, 'is missing');
    const parsed = typeof value === 'string' ? parseCalendarDate(value) : undefined;
    return parsed ? (value as string) : fail(field, `must be a real date written as YYYY-MM-DD (got ${JSON.stringify(value)})`);
  };

  const year = data.year;
  if (year === undefined || year === null) fail('year', 'is missing');
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2015 || year > 2999) {
    fail('year', `must be a year such as 2023 (got ${JSON.stringify(year)})`);
  }
  const expectedYear = /(\d{4})\.ya?ml$/.exec(file)?.[1];
  if (expectedYear && Number(expectedYear) !== year) {
    fail('year', `is ${String(year)} but the file is named for ${expectedYear}`);
  }

  const start = date('start');
  const end = date('end');
  if (dayNumber(parseCalendarDate(end)!) < dayNumber(parseCalendarDate(start)!)) {
    fail('end', `(${end}) is before "start" (${start})`);
  }
  const theme = text('theme', true)!;
  const about = text('about', false);

  const tips: Tip[] = [];
  if (data.tips !== undefined && data.tips !== null) {
    if (!Array.isArray(data.tips)) fail('tips', 'must be a list of tips, each with a title and a text');
    (data.tips as unknown[]).forEach((tip, index) => {
      const field = `tips[${index + 1}]`;
      if (!isRecord(tip)) return fail(field, 'must have a "title" and a "text"');
      const part = (name: 'title' | 'text') => {
        const value = tip[name];
        if (typeof value !== 'string' || value.trim() === '') return fail(`${field}.${name}`, 'is missing');
        return value.trim().replace(/\s+/g, ' ');
      };
      tips.push({ title: part('title'), text: part('text') });
    });
  }

  const known = new Set(['year', 'start', 'end', 'theme', 'about', 'tips']);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) fail(key, `is not a field we know (expected one of: ${[...known].join(', ')})`);
  }

  return { year: year as number, start, end, theme, ...(about ? { about } : {}), tips };
}

/** Validates a whole set of edition files and checks that no year appears twice. */
export function validateEditions(files: ReadonlyArray<{ file: string; data: unknown }>): EditionContent[] {
  const editions = files.map(({ file, data }) => validateEdition(data, file));
  const seen = new Map<number, string>();
  editions.forEach((edition, index) => {
    const file = files[index]!.file;
    const other = seen.get(edition.year);
    if (other) throw new ContentError(`${file}: "year" ${edition.year} is already used by ${other}`);
    seen.set(edition.year, file);
  });
  return editions.sort((a, b) => a.year - b.year);
}

/**
 * The long texts (about, tips) ship only for the default edition and the newest one: every text is carried in
 * four languages by the one file every page loads, so older editions keep their dates and theme only, and the
 * file does not grow year on year. `editions` as validateEditions returns them (sorted by year).
 * @throws ContentError naming the file and the field of the first long text an older edition still has.
 */
export function checkLongTexts(editions: readonly EditionContent[], defaultYear: number, fileOf: (year: number) => string): void {
  const newest = editions[editions.length - 1]?.year;
  for (const { year, about, tips } of editions) {
    if (year === defaultYear || year === newest) continue;
    const field = about ? 'about' : tips.length > 0 ? 'tips' : undefined;
    if (field) {
      throw new ContentError(
        `${fileOf(year)}: "${field}" ships only with the default edition (${defaultYear}) and the newest (${newest}): ` +
          `remove it from this older edition (its dates and theme stay)`,
      );
    }
  }
}
