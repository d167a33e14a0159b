/**
 * UK calendar maths. Children's Mental Health Week is a UK event: a date such as 2023-02-06 means that day
 * in Europe/London for every visitor, wherever they are. The UTC offset is always read from the time-zone
 * database through `Intl`, never assumed, so the maths stays right if an edition ever falls in summer time.
 */

/** A calendar date with no time and no zone. `month` is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const UK_TIME_ZONE = 'Europe/London';
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD` string into a real calendar date, or returns `undefined` (e.g. for 2023-02-30). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999, so also compare the year.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 for a calendar date: lets us count and add whole days without any time zone. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(days: number): CalendarDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

let ukParts: Intl.DateTimeFormat | undefined;

/** The wall-clock reading in London at an instant, as if that reading were UTC (ms). */
function ukWallClock(instant: number): number {
  ukParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const part: Record<string, number> = {};
  for (const { type, value } of ukParts.formatToParts(instant)) part[type] = Number(value);
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
}

const HOUR_MS = 3_600_000;
// Reading the time-zone database through Intl costs far more than the rest of the maths, and every widget on a
// page asks about the same few hours; the UK's offset changes only on the hour (UTC), so it is kept per hour.
const offsetsByHour = new Map<number, number>();

/** The UK's offset from UTC at an instant, in ms (0 in GMT, 3 600 000 in BST). Whole seconds only. */
export function ukOffsetAt(instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetsByHour.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const last = start + HOUR_MS - 1000;
    offset = ukWallClock(start) - start;
    // An hour in which the offset changes part-way (the 1847 change from local mean time did) is read exactly.
    if (ukWallClock(last) - last !== offset) return exactOffsetAt(instant);
    // Bounded, for a long-lived page fed many different instants.
    if (offsetsByHour.size >= 1000) offsetsByHour.clear();
    offsetsByHour.set(hour, offset);
  }
  return offset;
}

function exactOffsetAt(instant: number): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return ukWallClock(wholeSecond) - wholeSecond;
}

/** The UK calendar date at an instant. */
export function ukDateAt(instant: number): CalendarDate {
  return fromDayNumber(Math.floor((instant + ukOffsetAt(instant)) / DAY_MS));
}

/**
 * The instant at which a UK calendar day begins (00:00 Europe/London).
 * The offset is looked up for a first guess and then again at the result, which settles it even on the
 * day the clocks change (UK clocks change at 01:00 or 02:00, never at midnight).
 */
export function ukMidnight(date: CalendarDate): number {
  const day = dayNumber(date);
  let instant = midnights.get(day);
  if (instant === undefined) midnights.set(day, (instant = fromUkWallClock(day * DAY_MS)));
  return instant;
}

// Every widget of a page resolves the same week's days: each UK midnight is looked up in the time-zone
// database (through Intl, which is slow) once per page.
const midnights = new Map<number, number>();

/**
 * The instant at which UK clocks show a given reading (passed as if that reading were UTC, in ms).
 * A reading that happens twice when the clocks go back resolves to the later one; one skipped when they go
 * forward lands an hour later. Neither can happen at midnight.
 */
export function fromUkWallClock(wallAsUtc: number): number {
  const guess = wallAsUtc - ukOffsetAt(wallAsUtc);
  return wallAsUtc - ukOffsetAt(guess);
}
