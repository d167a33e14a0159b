import { expect } from '@open-wc/testing';
import fc from '../support/property.js';
import {
  PHASES,
  PRECISIONS,
  type Precision,
  type TimeLeft,
  type WeekRange,
  UNIT_MS,
  dayOfWeek,
  msLeft,
  nextChange,
  phaseAt,
  splitDuration,
  weekRange,
} from '../../src/core/phase.js';
import { type CalendarDate, DAY_MS, addDays, dayNumber, fromDayNumber, ukDateAt, ukMidnight } from '../../src/core/uk-time.js';

const HOUR = 3_600_000;
const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const week2023 = weekRange(date(2023, 2, 6), date(2023, 2, 12));
const START = Date.parse('2023-02-06T00:00:00Z');
const END = Date.parse('2023-02-13T00:00:00Z');

/** Everything a widget shows at an instant for a precision: phase, day number and the rounded time left. */
const display = (range: WeekRange, t: number, precision: Precision) => ({
  phase: phaseAt(range, t),
  day: dayOfWeek(range, t),
  left: splitDuration(msLeft(range, t), precision),
});

describe('weekRange (2023)', () => {
  it('starts at 00:00 UK (= UTC in February) on 6 February and ends at 00:00 on 13 February', () => {
    expect(week2023.start).to.equal(START);
    expect(week2023.end).to.equal(END);
    expect(week2023.length).to.equal(7);
    expect(week2023.firstDay).to.deep.equal(date(2023, 2, 6));
    expect(week2023.lastDay).to.deep.equal(date(2023, 2, 12));
  });

  it('a one-day range lasts one UK day', () => {
    const one = weekRange(date(2023, 2, 6), date(2023, 2, 6));
    expect(one.length).to.equal(1);
    expect(one.end - one.start).to.equal(DAY_MS);
  });

  it('a range in summer starts and ends at UK (BST) midnight', () => {
    const summer = weekRange(date(2023, 7, 3), date(2023, 7, 9));
    expect(new Date(summer.start).toISOString()).to.equal('2023-07-02T23:00:00.000Z');
    expect(new Date(summer.end).toISOString()).to.equal('2023-07-09T23:00:00.000Z');
    expect(summer.length).to.equal(7);
  });

  it('a range across the spring clock change is one hour short of whole days', () => {
    const spring = weekRange(date(2023, 3, 23), date(2023, 3, 29));
    expect(spring.length).to.equal(7);
    expect(spring.end - spring.start).to.equal(7 * DAY_MS - HOUR);
  });
});

describe('phaseAt and dayOfWeek (2023)', () => {
  const table: Array<[string, number, 'before' | 'during' | 'after', number | undefined]> = [
    ['start − 1 ms', START - 1, 'before', undefined],
    ['a year before', START - 365 * DAY_MS, 'before', undefined],
    ['start', START, 'during', 1],
    ['end of day 1', START + DAY_MS - 1, 'during', 1],
    ['start of day 2', START + DAY_MS, 'during', 2],
    ['2023-02-08T12:00Z', Date.parse('2023-02-08T12:00:00Z'), 'during', 3],
    ['start of day 7', Date.parse('2023-02-12T00:00:00Z'), 'during', 7],
    ['end − 1 ms', END - 1, 'during', 7],
    ['end', END, 'after', undefined],
    ['a year after', END + 365 * DAY_MS, 'after', undefined],
  ];
  for (const [name, instant, phase, day] of table) {
    it(`${name}: ${phase}${day ? `, day ${day}` : ''}`, () => {
      expect(phaseAt(week2023, instant)).to.equal(phase);
      expect(dayOfWeek(week2023, instant)).to.equal(day);
    });
  }
});

describe('msLeft (2023)', () => {
  it('counts down to the start before the week, to the end during it, and is 0 after', () => {
    expect(msLeft(week2023, START - 1)).to.equal(1);
    expect(msLeft(week2023, START - 5 * DAY_MS)).to.equal(5 * DAY_MS);
    expect(msLeft(week2023, START)).to.equal(7 * DAY_MS);
    expect(msLeft(week2023, Date.parse('2023-02-08T12:00:00Z'))).to.equal(4 * DAY_MS + 12 * HOUR);
    expect(msLeft(week2023, END - 1)).to.equal(1);
    expect(msLeft(week2023, END)).to.equal(0);
    expect(msLeft(week2023, END + DAY_MS)).to.equal(0);
  });
});

describe('splitDuration', () => {
  const zero: TimeLeft = { days: 0, hours: 0, minutes: 0, seconds: 0 };
  const table: Array<[string, number, Precision, TimeLeft]> = [
    ['30 s at minute rounds up to 1 minute', 30_000, 'minute', { days: 0, hours: 0, minutes: 1, seconds: 0 }],
    ['1 ms at minute rounds up to 1 minute', 1, 'minute', { days: 0, hours: 0, minutes: 1, seconds: 0 }],
    ['exactly 1 minute at minute', 60_000, 'minute', { days: 0, hours: 0, minutes: 1, seconds: 0 }],
    ['1 minute + 1 ms at minute', 60_001, 'minute', { days: 0, hours: 0, minutes: 2, seconds: 0 }],
    ['exactly 4 days at day', 4 * DAY_MS, 'day', { days: 4, hours: 0, minutes: 0, seconds: 0 }],
    ['4 days + 1 ms at day', 4 * DAY_MS + 1, 'day', { days: 5, hours: 0, minutes: 0, seconds: 0 }],
    ['4 days − 1 ms at day', 4 * DAY_MS - 1, 'day', { days: 4, hours: 0, minutes: 0, seconds: 0 }],
    ['0 at day', 0, 'day', zero],
    ['0 at hour', 0, 'hour', zero],
    ['0 at minute', 0, 'minute', zero],
    ['0 at second', 0, 'second', zero],
    ['negative is zero', -5000, 'second', zero],
    [
      '1 d 2 h 3 min 4 s at second',
      DAY_MS + 2 * HOUR + 3 * 60_000 + 4000,
      'second',
      { days: 1, hours: 2, minutes: 3, seconds: 4 },
    ],
    [
      '1 d 2 h 3 min 4.001 s at second',
      DAY_MS + 2 * HOUR + 3 * 60_000 + 4001,
      'second',
      { days: 1, hours: 2, minutes: 3, seconds: 5 },
    ],
    ['1 d 2 h 3 min 4 s at hour', DAY_MS + 2 * HOUR + 3 * 60_000 + 4000, 'hour', { days: 1, hours: 3, minutes: 0, seconds: 0 }],
    ['23 h 59 min 59.5 s at second carries into a day', DAY_MS - 500, 'second', { days: 1, hours: 0, minutes: 0, seconds: 0 }],
    ['59 min 30 s at minute carries into an hour', HOUR - 30_000, 'minute', { days: 0, hours: 1, minutes: 0, seconds: 0 }],
  ];
  for (const [name, ms, precision, expected] of table) {
    it(name, () => {
      expect(splitDuration(ms, precision)).to.deep.equal(expected);
    });
  }

  it('defaults to second precision', () => {
    expect(splitDuration(1500)).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 2 });
  });
});

describe('nextChange (2023)', () => {
  it('at minute precision, 90 s before the start, the display next changes 60 s before the start', () => {
    expect(nextChange(week2023, START - 90_000, 'minute')).to.equal(START - 60_000);
  });

  it('on an exact unit boundary it waits a whole unit', () => {
    expect(nextChange(week2023, START - 120_000, 'minute')).to.equal(START - 60_000);
    expect(nextChange(week2023, START - 2 * DAY_MS, 'day')).to.equal(START - DAY_MS);
  });

  it('just before the start, the next change is the start', () => {
    for (const precision of PRECISIONS) {
      expect(nextChange(week2023, START - 1, precision)).to.equal(START);
    }
  });

  it('at day precision during the week, the next change is the next UK midnight', () => {
    const noon = Date.parse('2023-02-08T12:00:00Z');
    expect(nextChange(week2023, noon, 'day')).to.equal(Date.parse('2023-02-09T00:00:00Z'));
  });

  it('is Infinity at and after the end', () => {
    for (const precision of PRECISIONS) {
      expect(nextChange(week2023, END, precision)).to.equal(Infinity);
      expect(nextChange(week2023, END + 12_345_678, precision)).to.equal(Infinity);
    }
  });

  it('during the week is never later than the next UK midnight, and always later than now', () => {
    for (let t = START; t < END; t += 37 * 60_000 + 13_579) {
      const nextMidnight = ukMidnight(addDays(ukDateAt(t), 1));
      for (const precision of PRECISIONS) {
        const next = nextChange(week2023, t, precision);
        expect(next, `${new Date(t).toISOString()} ${precision}`).to.be.greaterThan(t);
        expect(next, `${new Date(t).toISOString()} ${precision}`).to.be.at.most(nextMidnight);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties over random weeks and instants.

const DAY_2000 = dayNumber(date(2000, 1, 1));
const DAY_2100 = dayNumber(date(2100, 12, 31));

/** A first day: anywhere in 2000-2100, or within a few weeks of a UK clock change (late March / late October). */
const firstDayArb: fc.Arbitrary<CalendarDate> = fc.oneof(
  fc.integer({ min: DAY_2000, max: DAY_2100 }).map(fromDayNumber),
  fc
    .record({
      year: fc.integer({ min: 2000, max: 2100 }),
      month: fc.constantFrom(3, 10),
      day: fc.integer({ min: -35, max: 31 }),
    })
    .map(({ year, month, day }) => addDays(date(year, month, 1), day + 20)),
);

const rangeArb: fc.Arbitrary<WeekRange> = fc
  .record({ first: firstDayArb, length: fc.integer({ min: 1, max: 40 }) })
  .map(({ first, length }) => weekRange(first, addDays(first, length - 1)));

/** An instant related to the range: near its edges, inside it, near a UK midnight in it, or a few days around it. */
const instantArb = (range: WeekRange): fc.Arbitrary<number> => {
  const span = range.end - range.start;
  return fc.oneof(
    fc.integer({ min: range.start - 3 * DAY_MS, max: range.end + 3 * DAY_MS }),
    fc.integer({ min: -2000, max: 2000 }).map((d) => range.start + d),
    fc.integer({ min: -2000, max: 2000 }).map((d) => range.end + d),
    fc
      .tuple(fc.integer({ min: 0, max: range.length }), fc.integer({ min: -120_000, max: 120_000 }))
      .map(([n, d]) => ukMidnight(addDays(range.firstDay, n)) + d),
    fc.integer({ min: 0, max: Math.max(0, span - 1) }).map((d) => range.start + d),
  );
};

const rangeAndInstant = rangeArb.chain((range) => fc.tuple(fc.constant(range), instantArb(range)));
const rangeAndTwoInstants = rangeArb.chain((range) => fc.tuple(fc.constant(range), instantArb(range), instantArb(range)));
const RUNS = { numRuns: 300 };

describe('properties over random weeks (2000-2100, 1-40 days, across BST)', () => {
  it('the generated ranges are consistent (length in days, start/end at UK midnight)', () => {
    fc.assert(
      fc.property(rangeArb, (range) => {
        expect(range.length).to.equal(dayNumber(range.lastDay) - dayNumber(range.firstDay) + 1);
        expect(ukDateAt(range.start)).to.deep.equal(range.firstDay);
        expect(ukDateAt(range.end)).to.deep.equal(addDays(range.lastDay, 1));
        expect(ukDateAt(range.end - 1)).to.deep.equal(range.lastDay);
        // Each UK day is 24 h, except the clock-change days (23 or 25 h).
        expect(Math.abs(range.end - range.start - range.length * DAY_MS)).to.be.at.most(HOUR);
      }),
      RUNS,
    );
  });

  it('(a) the phase only moves forward in time', () => {
    fc.assert(
      fc.property(rangeAndTwoInstants, ([range, a, b]) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        expect(PHASES.indexOf(phaseAt(range, t1))).to.be.at.most(PHASES.indexOf(phaseAt(range, t2)));
        // The day number too never goes back during the week.
        const [d1, d2] = [dayOfWeek(range, t1), dayOfWeek(range, t2)];
        if (d1 !== undefined && d2 !== undefined) expect(d1).to.be.at.most(d2);
      }),
      RUNS,
    );
  });

  it('(b) msLeft is never negative and splitDuration gives non-negative integers in range', () => {
    fc.assert(
      fc.property(rangeAndInstant, fc.constantFrom(...PRECISIONS), ([range, t], precision) => {
        const left = msLeft(range, t);
        expect(left).to.be.at.least(0);
        if (phaseAt(range, t) === 'after') expect(left).to.equal(0);
        else expect(left).to.be.greaterThan(0);
        const parts = splitDuration(left, precision);
        for (const value of Object.values(parts)) {
          expect(Number.isInteger(value), JSON.stringify(parts)).to.equal(true);
          expect(value).to.be.at.least(0);
        }
        expect(parts.hours).to.be.below(24);
        expect(parts.minutes).to.be.below(60);
        expect(parts.seconds).to.be.below(60);
        // The parts add up to the time left rounded UP to the precision: never less, less than one unit more.
        const total = ((parts.days * 24 + parts.hours) * 60 + parts.minutes) * 60_000 + parts.seconds * 1000;
        expect(total).to.be.at.least(left);
        expect(total - left).to.be.below(UNIT_MS[precision]);
        expect(total % UNIT_MS[precision]).to.equal(0);
      }),
      RUNS,
    );
  });

  it('(c) dayOfWeek is in 1..length during the week, the UK day it is, and undefined outside', () => {
    fc.assert(
      fc.property(rangeAndInstant, ([range, t]) => {
        const day = dayOfWeek(range, t);
        if (phaseAt(range, t) === 'during') {
          expect(day).to.be.a('number');
          expect(Number.isInteger(day)).to.equal(true);
          expect(day).to.be.at.least(1);
          expect(day).to.be.at.most(range.length);
          expect(day).to.equal(dayNumber(ukDateAt(t)) - dayNumber(range.firstDay) + 1);
        } else {
          expect(day).to.equal(undefined);
        }
      }),
      RUNS,
    );
  });

  it('(d) the exact boundaries: start − 1 before, start during (day 1), end − 1 during (last day), end after', () => {
    fc.assert(
      fc.property(rangeArb, (range) => {
        expect(phaseAt(range, range.start - 1)).to.equal('before');
        expect(phaseAt(range, range.start)).to.equal('during');
        expect(phaseAt(range, range.end - 1)).to.equal('during');
        expect(phaseAt(range, range.end)).to.equal('after');
        expect(dayOfWeek(range, range.start)).to.equal(1);
        expect(dayOfWeek(range, range.end - 1)).to.equal(range.length);
        expect(range.start).to.equal(ukMidnight(range.firstDay));
        expect(range.end).to.equal(ukMidnight(addDays(range.lastDay, 1)));
      }),
      RUNS,
    );
  });

  it('(e) nextChange(t) > t, and nothing displayed changes before it (but something does at it)', () => {
    fc.assert(
      fc.property(rangeAndInstant, ([range, t]) => {
        for (const precision of PRECISIONS) {
          const next = nextChange(range, t, precision);
          const label = `${new Date(t).toISOString()} ${precision} → ${next}`;
          if (next === Infinity) {
            expect(phaseAt(range, t), label).to.equal('after');
            continue;
          }
          expect(next, label).to.be.greaterThan(t);
          expect(Number.isInteger(next), label).to.equal(true);
          const now = display(range, t, precision);
          expect(display(range, next - 1, precision), label).to.deep.equal(now);
          // Waking at nextChange is not wasted: the display does change then.
          expect(display(range, next, precision), label).not.to.deep.equal(now);
          if (phaseAt(range, t) === 'during') {
            expect(next, label).to.be.at.most(ukMidnight(addDays(ukDateAt(t), 1)));
          }
        }
      }),
      RUNS,
    );
  });

  it('(e′) following nextChange from before the week reaches the end, one change at a time (day precision)', () => {
    fc.assert(
      fc.property(rangeArb, fc.integer({ min: 1, max: 5 * DAY_MS }), (range, before) => {
        let t = range.start - before;
        let steps = 0;
        let last = display(range, t, 'day');
        while (t !== Infinity && steps < 200) {
          const next = nextChange(range, t, 'day');
          if (next === Infinity) break;
          const shown = display(range, next, 'day');
          expect(shown).not.to.deep.equal(last);
          last = shown;
          t = next;
          steps += 1;
        }
        expect(t).to.equal(range.end);
        expect(phaseAt(range, t)).to.equal('after');
      }),
      { numRuns: 200 },
    );
  });
});
