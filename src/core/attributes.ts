/**
 * Attribute parsing, in one place for all three elements. Each parser takes the raw attribute value and a
 * `warn` callback; on bad input it warns once (naming the attribute, what was given and what is accepted)
 * and returns the safe default. Nothing here throws.
 */
import { DEFAULT_EDITION_YEAR, type Edition, defaultEdition, editions, findEdition, newestEdition } from './editions.js';
import { type Precision, PRECISIONS, type WeekRange, weekRange } from './phase.js';
import { type CalendarDate, addDays, dayNumber, fromUkWallClock, parseCalendarDate } from './uk-time.js';

/** Reports a bad attribute: which one, what it was, what is accepted and what is used instead. */
export type Warn = (attribute: string, given: string, accepted: string, fallback: string) => void;

export interface ResolvedWeek {
  /** The edition whose content (theme, tips) is shown. */
  readonly edition: Edition;
  readonly range: WeekRange;
  /**
   * Whether the week is that edition's: its own dates, or dates the page chose for an edition it named.
   * Dates given with no edition are some other week (a future one, say), so the default edition's theme
   * and year must not be shown for them.
   */
  readonly isEditionWeek: boolean;
  /**
   * `edition="latest"` with the edition's own dates: once that week is over, the next one is still to come
   * (its dates not yet in the kit), rather than the newest known week having "taken place" for good.
   */
  readonly awaitsNext: boolean;
}

/** `edition="latest"`: the newest edition in the kit's content, whichever year that is when the file was built. */
const isLatest = (raw: string | null | undefined) => raw?.trim().toLowerCase() === 'latest';

export function parseEdition(raw: string | null | undefined, warn: Warn): Edition {
  if (raw == null || raw.trim() === '') return defaultEdition();
  if (isLatest(raw)) return newestEdition();
  const edition = /^\d{4}$/.test(raw.trim()) ? findEdition(Number(raw.trim())) : undefined;
  if (edition) return edition;
  warn('edition', raw, `latest or one of ${editions.map((e) => e.year).join(', ')}`, String(DEFAULT_EDITION_YEAR));
  return defaultEdition();
}

/**
 * The week's days: the edition's, unless `start` and/or `end` override them.
 * Only `start`: the week keeps the edition's length from that day. Only `end`: it keeps its length up to that day.
 * A date that does not parse warns and counts as absent; an `end` before `start` warns and the edition's dates apply.
 */
export function resolveWeek(
  attrs: { edition?: string | null; start?: string | null; end?: string | null },
  warn: Warn,
): ResolvedWeek {
  const edition = parseEdition(attrs.edition, warn);
  const editionFirst = parseCalendarDate(edition.start)!;
  const editionLast = parseCalendarDate(edition.end)!;
  const lengthLess1 = dayNumber(editionLast) - dayNumber(editionFirst);

  // A date that does not parse is warned about and then treated as absent, so a valid date beside it still
  // counts (with the edition's length) and is not blamed for the bad one.
  const date = (name: 'start' | 'end'): CalendarDate | undefined => {
    const raw = attrs[name];
    if (raw == null || raw.trim() === '') return undefined;
    const parsed = parseCalendarDate(raw);
    if (!parsed) warn(name, raw, 'a UK date as YYYY-MM-DD', "the other date given, or the edition's dates");
    return parsed;
  };
  const start = date('start');
  const end = date('end');

  let first = start ?? (end ? addDays(end, -lengthLess1) : editionFirst);
  let last = end ?? (start ? addDays(start, lengthLess1) : editionLast);
  if (dayNumber(last) < dayNumber(first)) {
    warn('end', attrs.end ?? '', `a date on or after start (${attrs.start ?? edition.start})`, "the edition's dates");
    first = editionFirst;
    last = editionLast;
  }
  const named = attrs.edition?.trim() === String(edition.year);
  const ownDates = dayNumber(first) === dayNumber(editionFirst) && dayNumber(last) === dayNumber(editionLast);
  // Dates of the page's own with `latest` are a week the page chose: they take place, as with any edition.
  return {
    edition,
    range: weekRange(first, last),
    isEditionWeek: named || ownDates,
    awaitsNext: isLatest(attrs.edition) && ownDates,
  };
}

// ISO 8601: a date, optionally a time, optionally a zone. Anything else ("tomorrow", "6/2/2023", read differently by
// different browsers) is refused rather than guessed. The fields' ranges are checked here rather than left to
// Date.parse, which differs between engines (WebKit reads a 60th second as the next minute).
const ISO_DATE_TIME =
  /^(\d{4}-\d\d-\d\d)(?:[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?))?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

/**
 * The `now` attribute: an instant to freeze the clock at, or undefined for the live clock.
 * A reading with no zone (`2023-02-06T09:00`, or a bare date) is UK time, like every other date in the kit,
 * so a preview shows the same moment whichever time zone the person previewing is in.
 */
export function parseNow(raw: string | null | undefined, warn: Warn): number | undefined {
  if (raw == null || raw.trim() === '') return undefined;
  const match = ISO_DATE_TIME.exec(raw.trim().toUpperCase());
  if (match && parseCalendarDate(match[1]!)) {
    const zone = match[3]?.replace(/(\d\d)(\d\d)$/, '$1:$2');
    // Read with an explicit zone (UTC when none is given), then, without a zone, take that reading as UK time.
    const instant = Date.parse(`${match[1]}T${match[2] ?? '00:00'}${zone ?? 'Z'}`);
    if (Number.isFinite(instant)) return zone ? instant : fromUkWallClock(instant);
  }
  warn('now', raw, 'an ISO 8601 date-time such as 2023-02-08T12:00 (UK time)', 'the live clock');
  return undefined;
}

export const DEFAULT_PRECISION: Precision = 'minute';

export function parsePrecision(raw: string | null | undefined, warn: Warn): Precision {
  if (raw == null || raw.trim() === '') return DEFAULT_PRECISION;
  const value = raw.trim().toLowerCase();
  if ((PRECISIONS as readonly string[]).includes(value)) return value as Precision;
  warn('precision', raw, PRECISIONS.join(', '), DEFAULT_PRECISION);
  return DEFAULT_PRECISION;
}

/** The tip card's `interval`: seconds between tips while it rotates. */
export const DEFAULT_INTERVAL = 30;
const MIN_INTERVAL = 5;
const MAX_INTERVAL = 3600;

export function parseInterval(raw: string | null | undefined, warn: Warn): number {
  if (raw == null || raw.trim() === '') return DEFAULT_INTERVAL;
  // Plain decimal seconds only: Number() would also take "0x1e", "1e1" and "Infinity".
  const seconds = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (seconds >= MIN_INTERVAL && seconds <= MAX_INTERVAL) return seconds;
  warn('interval', raw, `a number of seconds from ${MIN_INTERVAL} to ${MAX_INTERVAL}`, `${DEFAULT_INTERVAL}`);
  return DEFAULT_INTERVAL;
}

export type TipMode = 'rotate' | 'daily';

export function parseMode(raw: string | null | undefined, warn: Warn): TipMode {
  const value = raw?.trim().toLowerCase();
  if (!value || value === 'rotate') return 'rotate';
  if (value === 'daily') return value;
  warn('mode', raw!, 'rotate or daily', 'rotate');
  return 'rotate';
}

/** `heading-level`: the level (1 to 6) of a widget's heading, so it fits the page's outline. Default 2. */
export function parseHeadingLevel(raw: string | null | undefined, warn: Warn): number {
  if (raw == null || raw.trim() === '') return 2;
  if (/^\s*[1-6]\s*$/.test(raw)) return Number(raw);
  warn('heading-level', raw, '1 to 6', '2');
  return 2;
}

/**
 * `href`: a link the page chooses, as a whole http(s) address. A `javascript:` or `data:` URL would run code or
 * show a forged page under the site's name, and a relative one would mean another place inside the iframe page,
 * so both are refused, as is anything with spaces, quotes, angle brackets or control characters (a paste error).
 */
export function parseHref(raw: string | null | undefined, fallback: string, warn: Warn): string {
  if (raw == null || raw.trim() === '') return fallback;
  try {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    const url = /[\s"<>\u0000-\u001f]/.test(raw.trim()) ? undefined : new URL(raw.trim());
    if (url && /^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not an absolute URL: warned below.
  }
  warn('href', raw, 'a full http(s) URL', fallback);
  return fallback;
}

/** A show window: how many days before the week's first day it opens, and after its last day it closes. */
export interface ShowWindow {
  readonly before: number;
  readonly after: number;
}

/**
 * `show-window`: `"14"` (from 14 days before the start until the week ends) or `"14 7"` (until 7 days after
 * it), whole days up to a year. Absent, or not in that form (warned): undefined, which means always shown.
 */
export function parseShowWindow(raw: string | null | undefined, warn: Warn): ShowWindow | undefined {
  if (raw == null || raw.trim() === '') return undefined;
  const match = /^\s*(\d{1,3})(?:\s+(\d{1,3}))?\s*$/.exec(raw);
  if (match && +match[1]! <= 366 && +(match[2] ?? 0) <= 366) return { before: +match[1]!, after: +(match[2] ?? 0) };
  warn(
    'show-window',
    raw,
    'days before the start, and optionally days after the end, e.g. "14" or "14 7" (0 to 366)',
    'always shown',
  );
  return undefined;
}
