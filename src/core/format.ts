/**
 * Formatting through the platform's Intl: numbers, units and their plurals, lists and date ranges, in the
 * widget's language. Formatters are cached per language, since they are costly to create and a countdown
 * re-renders at every tick of the clock.
 */
import type { Precision, TimeLeft, WeekRange } from './phase.js';
import { UK_TIME_ZONE, ukMidnight } from './uk-time.js';
import type { CalendarDate } from './uk-time.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** A unit of a duration: the same four as the countdown's precisions. */
export type DurationUnit = Precision;

function unitFormat(locale: string, unit: DurationUnit) {
  return cached(`u:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }));
}

/** "4 days", "1 hour": the number and its correctly pluralised unit, in the language. */
export function formatUnit(locale: string, value: number, unit: DurationUnit): string {
  return unitFormat(locale, unit).format(value);
}

/** The same, split for display as a large number over a small label ("4" / "days"). */
export function formatUnitParts(locale: string, value: number, unit: DurationUnit): { value: string; label: string } {
  let number = '';
  let label = '';
  for (const part of unitFormat(locale, unit).formatToParts(value)) {
    if (part.type === 'unit') label += part.value;
    else if (part.type !== 'literal') number += part.value;
  }
  return { value: number, label: label.trim() };
}

/** "6 days, 3 hours and 12 minutes": the given units, in the language. */
export function formatDuration(locale: string, left: TimeLeft, units: readonly DurationUnit[]): string {
  const values: Record<DurationUnit, number> = { day: left.days, hour: left.hours, minute: left.minutes, second: left.seconds };
  // Zero units are left out of the sentence ("4 days and 12 minutes"); all zero reads "0 minutes".
  const nonZero = units.filter((unit) => values[unit] > 0);
  const shown = nonZero.length > 0 ? nonZero : units.slice(-1);
  const list = cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }));
  return list.format(shown.map((unit) => formatUnit(locale, values[unit], unit)));
}

/** A formatted number ("3", "٣"). */
export function formatNumber(locale: string, value: number): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

// Noon UK time on a calendar day: safely inside that day whatever the offset, so formatting in the UK zone
// always names the intended date.
const ukNoon = (date: CalendarDate) => ukMidnight(date) + 12 * 3_600_000;

/**
 * The week's dates as one range, "6–12 February 2023", always in UK dates (the week is a UK event).
 * Browsers without formatRange get "6 February 2023 – 12 February 2023".
 */
export function formatDateRange(locale: string, range: WeekRange): string {
  const format = cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE }),
  );
  const [start, end] = [ukNoon(range.firstDay), ukNoon(range.lastDay)];
  if (range.length === 1) return format.format(start);
  return typeof format.formatRange === 'function'
    ? format.formatRange(start, end)
    : `${format.format(start)} – ${format.format(end)}`;
}
