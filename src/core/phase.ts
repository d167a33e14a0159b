/**
 * Where an instant falls relative to the week: before it, during it (and on which day), or after it,
 * and how long is left. Pure functions of (range, instant): no clock, no DOM.
 */
import { type CalendarDate, DAY_MS, addDays, dayNumber, ukDateAt, ukMidnight } from './uk-time.js';

export type Phase = 'before' | 'during' | 'after';
export const PHASES: readonly Phase[] = ['before', 'during', 'after'];

export interface WeekRange {
  readonly firstDay: CalendarDate;
  readonly lastDay: CalendarDate;
  /** 00:00 Europe/London on the first day (ms since the epoch). */
  readonly start: number;
  /** 24:00 Europe/London on the last day, i.e. 00:00 on the day after: the first instant that is "after". */
  readonly end: number;
  /** Number of calendar days, inclusive (7 for a normal week). */
  readonly length: number;
}

/** Builds the range from inclusive UK calendar days; the caller guarantees lastDay >= firstDay. */
export function weekRange(firstDay: CalendarDate, lastDay: CalendarDate): WeekRange {
  return {
    firstDay,
    lastDay,
    start: ukMidnight(firstDay),
    end: ukMidnight(addDays(lastDay, 1)),
    length: dayNumber(lastDay) - dayNumber(firstDay) + 1,
  };
}

export function phaseAt(range: WeekRange, instant: number): Phase {
  if (instant < range.start) return 'before';
  return instant < range.end ? 'during' : 'after';
}

/** During the week: which UK calendar day of it this is, 1..length. Outside it: undefined. */
export function dayOfWeek(range: WeekRange, instant: number): number | undefined {
  if (phaseAt(range, instant) !== 'during') return undefined;
  const day = dayNumber(ukDateAt(instant)) - dayNumber(range.firstDay) + 1;
  return Math.min(Math.max(day, 1), range.length);
}

/** Milliseconds until the next boundary: the start before the week, the end during it, 0 after. Never negative. */
export function msLeft(range: WeekRange, instant: number): number {
  const phase = phaseAt(range, instant);
  if (phase === 'after') return 0;
  return (phase === 'before' ? range.start : range.end) - instant;
}

export type Precision = 'day' | 'hour' | 'minute' | 'second';
export const PRECISIONS: readonly Precision[] = ['day', 'hour', 'minute', 'second'];

export const UNIT_MS: Readonly<Record<Precision, number>> = {
  day: DAY_MS,
  hour: 3_600_000,
  minute: 60_000,
  second: 1000,
};

export interface TimeLeft {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/**
 * Splits a duration into days, hours, minutes and seconds (elapsed time: a day is 24 hours), first rounding it
 * UP to the precision, so that a countdown never reads zero while the moment is still to come:
 * 30 seconds before the start, a minute-precision countdown says "1 minute".
 */
export function splitDuration(ms: number, precision: Precision = 'second'): TimeLeft {
  const unit = UNIT_MS[precision];
  let rest = Math.ceil(Math.max(0, ms) / unit) * unit;
  const take = (size: number) => {
    const whole = Math.floor(rest / size);
    rest -= whole * size;
    return whole;
  };
  return { days: take(DAY_MS), hours: take(3_600_000), minutes: take(60_000), seconds: take(1000) };
}

/**
 * The next instant at which a display of (phase, day N, time left at this precision) changes: when the rounded
 * time left drops by one unit, or at UK midnight during the week (the day number). Infinity once it is over.
 */
export function nextChange(range: WeekRange, instant: number, precision: Precision): number {
  const left = msLeft(range, instant);
  if (left <= 0) return Infinity;
  const unit = UNIT_MS[precision];
  const untilTick = left % unit || unit;
  let next = instant + untilTick;
  if (phaseAt(range, instant) === 'during') {
    next = Math.min(next, ukMidnight(addDays(ukDateAt(instant), 1)));
  }
  return next;
}
