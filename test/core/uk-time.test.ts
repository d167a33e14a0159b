import { expect } from '@open-wc/testing';
import fc from '../support/property.js';
import {
  type CalendarDate,
  DAY_MS,
  addDays,
  dayNumber,
  formatCalendarDate,
  fromDayNumber,
  parseCalendarDate,
  ukDateAt,
  ukMidnight,
  ukOffsetAt,
} from '../../src/core/uk-time.js';
import { currentTimeZone, useTimeZone } from '../support/helpers.js';

const HOUR = 3_600_000;
const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const iso = (instant: number) => new Date(instant).toISOString();

describe('parseCalendarDate', () => {
  const accepted: Array<[string, CalendarDate]> = [
    ['2023-02-06', date(2023, 2, 6)],
    ['2024-02-29', date(2024, 2, 29)], // leap year
    ['2000-02-29', date(2000, 2, 29)], // divisible by 400: leap
    ['2023-12-31', date(2023, 12, 31)],
    ['2023-01-01', date(2023, 1, 1)],
    ['2100-02-28', date(2100, 2, 28)],
  ];
  for (const [text, expected] of accepted) {
    it(`accepts ${JSON.stringify(text)}`, () => {
      expect(parseCalendarDate(text)).to.deep.equal(expected);
    });
  }

  const refused = [
    '2023-02-30', // no such day
    '2023-02-29', // not a leap year
    '1900-02-29', // divisible by 100 but not 400
    '2100-02-29',
    '2023-04-31',
    '2023-2-6', // not zero-padded
    '2023-02-6',
    '',
    '2023-02-06T00:00', // a time is not a date
    ' 2023-13-01', // month 13
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-01-32',
    '06-02-2023',
    '2023/02/06',
    '20230206',
    'tomorrow',
    '0050-01-01', // Date.UTC would read year 50 as 1950
  ];
  for (const text of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseCalendarDate(text)).to.equal(undefined);
    });
  }

  it('round-trips with formatCalendarDate for any real date (property)', () => {
    const lo = dayNumber(date(1900, 1, 1));
    const hi = dayNumber(date(2200, 12, 31));
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (days) => {
        const d = fromDayNumber(days);
        const text = formatCalendarDate(d);
        expect(text).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(parseCalendarDate(text)).to.deep.equal(d);
        expect(dayNumber(d)).to.equal(days);
      }),
      { numRuns: 300 },
    );
  });
});

describe('addDays', () => {
  const cases: Array<[CalendarDate, number, CalendarDate]> = [
    [date(2023, 2, 6), 6, date(2023, 2, 12)],
    [date(2023, 1, 31), 1, date(2023, 2, 1)], // month end
    [date(2023, 2, 28), 1, date(2023, 3, 1)], // February, not a leap year
    [date(2024, 2, 28), 1, date(2024, 2, 29)], // leap year
    [date(2024, 2, 29), 1, date(2024, 3, 1)],
    [date(2023, 12, 31), 1, date(2024, 1, 1)], // year end
    [date(2023, 12, 28), 7, date(2024, 1, 4)],
    [date(2024, 1, 1), -1, date(2023, 12, 31)], // backwards over a year end
    [date(2023, 3, 1), -1, date(2023, 2, 28)],
    [date(2024, 3, 1), -1, date(2024, 2, 29)],
    [date(2023, 3, 20), 10, date(2023, 3, 30)], // across the spring clock change: still whole days
    [date(2023, 10, 25), 7, date(2023, 11, 1)], // across the autumn clock change
    [date(2023, 2, 6), 0, date(2023, 2, 6)],
    [date(2023, 1, 1), 365, date(2024, 1, 1)],
    [date(2024, 1, 1), 366, date(2025, 1, 1)],
  ];
  for (const [from, days, expected] of cases) {
    it(`${formatCalendarDate(from)} ${days >= 0 ? '+' : ''}${days} → ${formatCalendarDate(expected)}`, () => {
      expect(addDays(from, days)).to.deep.equal(expected);
    });
  }
});

describe('ukOffsetAt', () => {
  it('is 0 in winter (GMT) and one hour in summer (BST)', () => {
    expect(ukOffsetAt(Date.UTC(2023, 1, 8, 12))).to.equal(0);
    expect(ukOffsetAt(Date.UTC(2023, 6, 1, 12))).to.equal(HOUR);
  });
  it('changes at 01:00 UTC on the clock-change days', () => {
    expect(ukOffsetAt(Date.UTC(2023, 2, 26, 1) - 1)).to.equal(0);
    expect(ukOffsetAt(Date.UTC(2023, 2, 26, 1))).to.equal(HOUR);
    expect(ukOffsetAt(Date.UTC(2023, 9, 29, 1) - 1)).to.equal(HOUR);
    expect(ukOffsetAt(Date.UTC(2023, 9, 29, 1))).to.equal(0);
  });

  // The offset is kept per hour (see uk-time.ts): whatever was asked before, any instant gets what the time-zone
  // database says for that very second, around every clock change as much as anywhere else.
  const exact = (instant: number) => {
    const second = Math.floor(instant / 1000) * 1000;
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
        .formatToParts(second)
        .map(({ type, value }) => [type, Number(value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - second;
  };
  it('agrees with the time-zone database at any instant, however often it was asked before', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1840, 0, 1), max: Date.UTC(2100, 0, 1) }), (instant) => {
        expect(ukOffsetAt(instant), iso(instant)).to.equal(exact(instant));
        expect(ukOffsetAt(instant), `${iso(instant)}, asked again`).to.equal(exact(instant));
      }),
      { numRuns: 500 },
    );
  });
  it('agrees with it second by second around clock changes, and across the 1847 change from local mean time', () => {
    const around = [
      Date.UTC(2023, 2, 26, 1),
      Date.UTC(2023, 9, 29, 1),
      Date.UTC(1847, 11, 1, 0, 1, 15),
      Date.UTC(1968, 1, 18, 2),
    ];
    for (const change of around) {
      for (let instant = change - 3 * HOUR; instant <= change + 3 * HOUR; instant += 15 * 60_000 + 1000) {
        expect(ukOffsetAt(instant), iso(instant)).to.equal(exact(instant));
      }
      for (let instant = change - 5000; instant <= change + 5000; instant += 500) {
        expect(ukOffsetAt(instant), iso(instant)).to.equal(exact(instant));
      }
    }
  });
});

/** UK calendar date → the instant of 00:00 Europe/London on it. */
const midnightTable: Array<[CalendarDate, string]> = [
  [date(2023, 2, 6), '2023-02-06T00:00:00.000Z'], // winter: GMT = UTC
  [date(2023, 2, 13), '2023-02-13T00:00:00.000Z'],
  [date(2024, 2, 5), '2024-02-05T00:00:00.000Z'],
  [date(2023, 1, 1), '2023-01-01T00:00:00.000Z'],
  [date(2023, 7, 1), '2023-06-30T23:00:00.000Z'], // summer: BST, one hour earlier
  [date(2023, 3, 26), '2023-03-26T00:00:00.000Z'], // spring clock change: midnight is still GMT
  [date(2023, 3, 27), '2023-03-26T23:00:00.000Z'], // the day after: BST
  [date(2023, 10, 29), '2023-10-28T23:00:00.000Z'], // autumn clock change: midnight is still BST
  [date(2023, 10, 30), '2023-10-30T00:00:00.000Z'], // the day after: GMT
  [date(2024, 3, 31), '2024-03-31T00:00:00.000Z'],
  [date(2024, 10, 27), '2024-10-26T23:00:00.000Z'],
];

/** Instant → the UK calendar date at it, around midnights in both seasons and on clock-change days. */
const dateAtTable: Array<[string, CalendarDate]> = [
  ['2023-02-06T00:00:00.000Z', date(2023, 2, 6)], // winter midnight
  ['2023-02-05T23:59:59.999Z', date(2023, 2, 5)],
  ['2023-02-06T23:59:59.999Z', date(2023, 2, 6)],
  ['2023-02-07T00:00:00.000Z', date(2023, 2, 7)],
  ['2023-06-30T22:59:59.999Z', date(2023, 6, 30)], // summer: UK midnight is 23:00Z
  ['2023-06-30T23:00:00.000Z', date(2023, 7, 1)],
  ['2023-07-01T12:00:00.000Z', date(2023, 7, 1)],
  ['2023-07-01T22:59:59.999Z', date(2023, 7, 1)],
  ['2023-07-01T23:00:00.000Z', date(2023, 7, 2)],
  ['2023-03-25T23:59:59.999Z', date(2023, 3, 25)], // spring clock-change day
  ['2023-03-26T00:00:00.000Z', date(2023, 3, 26)],
  ['2023-03-26T22:59:59.999Z', date(2023, 3, 26)],
  ['2023-03-26T23:00:00.000Z', date(2023, 3, 27)],
  ['2023-10-28T22:59:59.999Z', date(2023, 10, 28)], // autumn clock-change day
  ['2023-10-28T23:00:00.000Z', date(2023, 10, 29)],
  ['2023-10-29T23:59:59.999Z', date(2023, 10, 29)],
  ['2023-10-30T00:00:00.000Z', date(2023, 10, 30)],
  ['2023-12-31T23:59:59.999Z', date(2023, 12, 31)], // year end (winter)
  ['2024-01-01T00:00:00.000Z', date(2024, 1, 1)],
];

function checkMidnightTable() {
  for (const [day, expected] of midnightTable) {
    expect(iso(ukMidnight(day)), `ukMidnight(${formatCalendarDate(day)})`).to.equal(expected);
  }
}
function checkDateAtTable() {
  for (const [instant, expected] of dateAtTable) {
    expect(ukDateAt(Date.parse(instant)), `ukDateAt(${instant})`).to.deep.equal(expected);
  }
}

describe('ukMidnight', () => {
  for (const [day, expected] of midnightTable) {
    it(`${formatCalendarDate(day)} → ${expected}`, () => {
      expect(iso(ukMidnight(day))).to.equal(expected);
    });
  }

  it('equals the UTC midnight for winter dates', () => {
    expect(ukMidnight(date(2023, 2, 6))).to.equal(Date.UTC(2023, 1, 6));
    expect(ukMidnight(date(2026, 2, 15))).to.equal(Date.UTC(2026, 1, 15));
  });

  it('is one hour before the UTC midnight for summer dates', () => {
    expect(ukMidnight(date(2023, 7, 1))).to.equal(Date.UTC(2023, 6, 1) - HOUR);
  });

  it('starts the right UK day, and the instant before belongs to the day before (property, 2000-2100)', () => {
    const lo = dayNumber(date(2000, 1, 1));
    const hi = dayNumber(date(2100, 12, 31));
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (days) => {
        const day = fromDayNumber(days);
        const midnight = ukMidnight(day);
        expect(ukDateAt(midnight)).to.deep.equal(day);
        expect(ukDateAt(midnight - 1)).to.deep.equal(addDays(day, -1));
        // UK midnight is either 00:00Z (GMT) or 23:00Z the day before (BST).
        expect([0, HOUR]).to.include(days * DAY_MS - midnight);
        expect(days * DAY_MS - midnight).to.equal(ukOffsetAt(midnight));
        // A UK day lasts 23, 24 or 25 hours.
        expect([23 * HOUR, 24 * HOUR, 25 * HOUR]).to.include(ukMidnight(addDays(day, 1)) - midnight);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ukDateAt', () => {
  for (const [instant, expected] of dateAtTable) {
    it(`${instant} → ${formatCalendarDate(expected)}`, () => {
      expect(ukDateAt(Date.parse(instant))).to.deep.equal(expected);
    });
  }
});

describe('UK time does not depend on the page time zone', () => {
  // Checks that the switch took effect, so that the tests below are not run three times in the same zone.
  const localHourAt2023Feb06Midnight: Record<string, number> = {
    'Europe/London': 0,
    'America/Los_Angeles': 16, // UTC-8
    'Pacific/Auckland': 13, // UTC+13 (NZ summer time)
  };

  for (const zone of Object.keys(localHourAt2023Feb06Midnight)) {
    describe(`with the page in ${zone}`, () => {
      useTimeZone(zone);

      it('the page really runs in that zone', () => {
        expect(currentTimeZone()).to.equal(zone);
        expect(new Date(Date.UTC(2023, 1, 6)).getHours()).to.equal(localHourAt2023Feb06Midnight[zone]);
      });

      it('ukMidnight gives the same instants', () => {
        checkMidnightTable();
      });

      it('ukDateAt gives the same dates', () => {
        checkDateAtTable();
      });

      it('ukOffsetAt gives the same offsets', () => {
        expect(ukOffsetAt(Date.UTC(2023, 1, 8, 12))).to.equal(0);
        expect(ukOffsetAt(Date.UTC(2023, 6, 1, 12))).to.equal(HOUR);
      });
    });
  }
});
