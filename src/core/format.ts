/**
 * Formatting through the platform's Intl: numbers, units and their plurals, lists and date ranges, in the
 * widget's language. Formatters are cached per language, since they are costly to create and a countdown
 * re-renders at every tick of the clock.
 *
 * Browsers differ in which languages their Intl has data for: Chromium has plural rules for Welsh but no Welsh
 * unit names, month names or lists, and silently formats those in English. Where Intl has no data for the
 * language, the words come from the kit's own translations instead (plural forms still chosen by
 * Intl.PluralRules), so a Welsh page never shows English.
 */
import { str } from '@lit/localize';
import { msg } from '../i18n/msg.js';
import type { Precision, TimeLeft, WeekRange } from './phase.js';
import { type CalendarDate, UK_TIME_ZONE, ukMidnight } from './uk-time.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules;
const cache = new Map<string, Formatter | false>();

/**
 * A cached formatter for the language, or `false` when this browser's Intl has no data for that language
 * (or lacks the feature altogether).
 */
function cached<T extends Formatter>(
  key: string,
  kind: { supportedLocalesOf(tag: string): string[] } | undefined,
  tag: string,
  make: () => T,
): T | false {
  let formatter = cache.get(key + tag);
  if (formatter === undefined) {
    try {
      formatter = kind && kind.supportedLocalesOf(tag).length > 0 ? make() : false;
    } catch {
      // An old engine without this Intl feature or option (unit style, formatRange…): use the fallback.
      formatter = false;
    }
    cache.set(key + tag, formatter);
  }
  return formatter as T | false;
}

// What the widgets of a page show is mostly the same text (100 countdowns at the same minute): each text is
// formatted once and shared, rather than by every widget at every tick. Bounded, for a long-lived page.
const texts = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  let text = texts.get(key) as T | undefined;
  if (text === undefined) {
    if (texts.size >= 500) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

/** A unit of a duration: the same four as the countdown's precisions. */
export type DurationUnit = Precision;

const unitFormat = (tag: string, unit: DurationUnit) =>
  cached(`u${unit}:`, Intl.NumberFormat, tag, () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }));

/** A formatted number ("3", "1,234"). */
export const formatNumber = (tag: string, value: number): string =>
  once(`n ${tag} ${value}`, () => {
    const format = cached('n:', Intl.NumberFormat, tag, () => new Intl.NumberFormat(tag));
    return format ? format.format(value) : String(value);
  });

/**
 * The unit's plural forms as the translations give them, `one {# day} other {# days}` (the categories of
 * Intl.PluralRules; `#` is the number). Only used where Intl has no unit names for the language.
 */
function unitForms(unit: DurationUnit): string {
  switch (unit) {
    case 'day':
      return msg('one {# day} other {# days}', { id: 'unit-day' });
    case 'hour':
      return msg('one {# hour} other {# hours}', { id: 'unit-hour' });
    case 'minute':
      return msg('one {# minute} other {# minutes}', { id: 'unit-minute' });
    default:
      return msg('one {# second} other {# seconds}', { id: 'unit-second' });
  }
}

const parsedForms = new Map<string, Map<string, string>>();

/** The form for `value` from `one {# day} other {# days}`: the category Intl.PluralRules picks, else `other`. */
export function pluralForm(tag: string, forms: string, value: number): string {
  const rules = cached('p:', Intl.PluralRules, tag, () => new Intl.PluralRules(tag));
  // Parsed once per text: a seconds countdown asks for four forms every second.
  let found = parsedForms.get(forms);
  if (!found) {
    found = new Map([...forms.matchAll(/(\w+)\s*\{([^}]*)\}/g)].map(([, category, text]) => [category!, text!]));
    parsedForms.set(forms, found);
  }
  return (found.get(rules ? rules.select(value) : value === 1 ? 'one' : 'other') ?? found.get('other') ?? forms).trim();
}

/** The same, split for display as a large number over a small label ("4" / "days"). */
export const formatUnitParts = (tag: string, value: number, unit: DurationUnit): { value: string; label: string } =>
  once(`p ${tag} ${value} ${unit}`, () => unitParts(tag, value, unit));

function unitParts(tag: string, value: number, unit: DurationUnit): { value: string; label: string } {
  const format = unitFormat(tag, unit);
  if (!format) return { value: formatNumber(tag, value), label: pluralForm(tag, unitForms(unit), value).replace('#', '').trim() };
  let number = '';
  let label = '';
  for (const part of format.formatToParts(value)) {
    if (part.type === 'unit') label += part.value;
    else if (part.type !== 'literal') number += part.value;
  }
  return { value: number, label: label.trim() };
}

/** "4 days", "1 hour": the number and its correctly pluralised unit, in the language. */
export function formatUnit(tag: string, value: number, unit: DurationUnit): string {
  const format = unitFormat(tag, unit);
  return format ? format.format(value) : pluralForm(tag, unitForms(unit), value).replace('#', formatNumber(tag, value));
}

/** "a, b and c" in the language. */
export function formatList(tag: string, items: readonly string[]): string {
  const format = cached('l:', Intl.ListFormat, tag, () => new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' }));
  const parts = format ? format.formatToParts(items) : [];
  // Firefox's and WebKit's Welsh joins with "a(c)", leaving "a" or "ac" to the reader: the translation decides instead.
  if (format && !parts.some(({ type, value }) => type === 'literal' && value.includes('(')))
    return parts.map(({ value }) => value).join('');
  if (items.length < 2) return items[0] ?? '';
  return msg(str`${items.slice(0, -1).join(', ')} and ${items.at(-1)}`, { id: 'list-and' });
}

/** "6 days, 3 hours and 12 minutes": the given units, in the language. */
export const formatDuration = (tag: string, left: TimeLeft, units: readonly DurationUnit[]): string =>
  once(`d ${tag} ${left.days} ${left.hours} ${left.minutes} ${left.seconds} ${units.join()}`, () => duration(tag, left, units));

function duration(tag: string, left: TimeLeft, units: readonly DurationUnit[]): string {
  const values: Record<DurationUnit, number> = { day: left.days, hour: left.hours, minute: left.minutes, second: left.seconds };
  // Zero units are left out of the sentence ("4 days and 12 minutes"); all zero reads "0 minutes".
  const nonZero = units.filter((unit) => values[unit] > 0);
  const shown = nonZero.length > 0 ? nonZero : units.slice(-1);
  return formatList(
    tag,
    shown.map((unit) => formatUnit(tag, values[unit], unit)),
  );
}

// Noon UK time on a calendar day: safely inside that day whatever the offset, so formatting in the UK zone
// always names the intended date.
const ukNoon = (date: CalendarDate) => ukMidnight(date) + 12 * 3_600_000;

const monthName = (month: number) => {
  const names = msg('January,February,March,April,May,June,July,August,September,October,November,December', { id: 'months' });
  return names.split(',')[month - 1]!.trim();
};

/**
 * Fills the `{name}` slots of a translated pattern. Date patterns use named slots rather than msg() values,
 * because lit-localize joins values separated only by spaces into one placeholder, and a translator must be
 * free to put the year first.
 */
const fill = (pattern: string, slots: Record<string, string | number>) =>
  pattern.replace(/\{(\w+)\}/g, (slot, name: string) => String(slots[name] ?? slot));

/** "6 February 2023", from the translations, where Intl has no month names for the language. */
const wordsDate = ({ day, month, year }: CalendarDate) =>
  fill(msg('{day} {month} {year}', { id: 'date' }), { day, month: monthName(month), year });

/**
 * The week's dates as one range, "6–12 February 2023", always in UK dates (the week is a UK event).
 * Browsers without formatRange get "6 February 2023 – 12 February 2023".
 */
export const formatDateRange = (tag: string, range: WeekRange): string =>
  once(`r ${tag} ${range.start} ${range.end}`, () => dateRange(tag, range));

function dateRange(tag: string, range: WeekRange): string {
  const format = cached(
    'd:',
    Intl.DateTimeFormat,
    tag,
    () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE }),
  );
  const { firstDay: first, lastDay: last } = range;
  if (!format) {
    if (range.length === 1) return wordsDate(first);
    return first.year === last.year && first.month === last.month
      ? fill(msg('{first}–{last} {month} {year}', { id: 'date-range-in-month' }), {
          first: first.day,
          last: last.day,
          month: monthName(first.month),
          year: first.year,
        })
      : fill(msg('{from} – {to}', { id: 'date-range' }), { from: wordsDate(first), to: wordsDate(last) });
  }
  const [start, end] = [ukNoon(first), ukNoon(last)];
  if (range.length === 1) return format.format(start);
  return typeof format.formatRange === 'function'
    ? format.formatRange(start, end)
    : `${format.format(start)} – ${format.format(end)}`;
}
