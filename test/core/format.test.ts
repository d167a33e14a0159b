import { expect } from '@open-wc/testing';
import { formatDateRange, formatDuration, formatUnit, formatUnitParts } from '../../src/core/format.js';
import { weekRange } from '../../src/core/phase.js';
import { type CalendarDate } from '../../src/core/uk-time.js';
import sinon from 'sinon';
import { renderingIn } from '../../src/i18n/msg.js';
import { currentTimeZone, useTimeZone } from '../support/helpers.js';

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const count = (text: string, word: string) => text.split(word).length - 1;
/** The numbers in a text, in order (en-GB digits). */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

const week2023 = weekRange(date(2023, 2, 6), date(2023, 2, 12));
const acrossMonths = weekRange(date(2023, 1, 30), date(2023, 2, 5));
const oneDay = weekRange(date(2023, 2, 8), date(2023, 2, 8));
const acrossYears = weekRange(date(2023, 12, 29), date(2024, 1, 4));
const summer = weekRange(date(2023, 7, 3), date(2023, 7, 9));

describe('formatDateRange (en-GB)', () => {
  it('the 2023 week is one range: 6–12 February 2023', () => {
    const text = formatDateRange('en-GB', week2023);
    expect(text).to.include('6');
    expect(text).to.include('12');
    expect(text).to.include('February 2023');
    expect(count(text, 'February')).to.equal(1);
    expect(count(text, '2023')).to.equal(1);
    expect(numbers(text)).to.deep.equal([6, 12, 2023]);
    expect(text).not.to.match(/NaN|undefined|Invalid/);
  });

  it('a range across two months names both', () => {
    const text = formatDateRange('en-GB', acrossMonths);
    expect(text).to.include('January');
    expect(text).to.include('February');
    expect(text.indexOf('January')).to.be.below(text.indexOf('February'));
    expect(numbers(text).filter((n) => n < 32)).to.deep.equal([30, 5]);
    expect(text).to.include('2023');
  });

  it('a range across two years names both', () => {
    const text = formatDateRange('en-GB', acrossYears);
    expect(text).to.include('December 2023');
    expect(text).to.include('January 2024');
  });

  it('a one-day range names one date', () => {
    const text = formatDateRange('en-GB', oneDay);
    expect(text).to.equal('8 February 2023');
  });

  it('a summer range names its UK dates (BST)', () => {
    const text = formatDateRange('en-GB', summer);
    expect(numbers(text)).to.deep.equal([3, 9, 2023]);
    expect(count(text, 'July')).to.equal(1);
  });

  for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
    describe(`with the page in ${zone}`, () => {
      useTimeZone(zone);

      it('the page really runs in that zone', () => {
        expect(currentTimeZone()).to.equal(zone);
      });

      it('still names the UK dates', () => {
        const text = formatDateRange('en-GB', week2023);
        expect(numbers(text)).to.deep.equal([6, 12, 2023]);
        expect(count(text, 'February')).to.equal(1);
        expect(formatDateRange('en-GB', oneDay)).to.equal('8 February 2023');
        expect(numbers(formatDateRange('en-GB', acrossMonths)).filter((n) => n < 32)).to.deep.equal([30, 5]);
        expect(numbers(formatDateRange('en-GB', summer))).to.deep.equal([3, 9, 2023]);
        expect(formatDateRange('en-GB', acrossYears)).to.include('December 2023');
      });
    });
  }
});

describe('formatUnit (en-GB)', () => {
  const table: Array<[number, 'day' | 'hour' | 'minute' | 'second', string]> = [
    [1, 'day', '1 day'],
    [2, 'day', '2 days'],
    [4, 'day', '4 days'],
    [1, 'hour', '1 hour'],
    [23, 'hour', '23 hours'],
    [1, 'minute', '1 minute'],
    [0, 'minute', '0 minutes'],
    [59, 'minute', '59 minutes'],
    [1, 'second', '1 second'],
    [30, 'second', '30 seconds'],
  ];
  for (const [value, unit, expected] of table) {
    it(`${value} ${unit} → ${expected}`, () => {
      expect(formatUnit('en-GB', value, unit)).to.equal(expected);
    });
  }
});

describe('formatUnitParts (en-GB)', () => {
  it("splits '4 days' into '4' and 'days'", () => {
    expect(formatUnitParts('en-GB', 4, 'day')).to.deep.equal({ value: '4', label: 'days' });
  });
  it('keeps the singular label for 1', () => {
    expect(formatUnitParts('en-GB', 1, 'hour')).to.deep.equal({ value: '1', label: 'hour' });
  });
  it('keeps grouping in large numbers', () => {
    expect(formatUnitParts('en-GB', 1234, 'second')).to.deep.equal({ value: '1,234', label: 'seconds' });
  });
  it('zero minutes', () => {
    expect(formatUnitParts('en-GB', 0, 'minute')).to.deep.equal({ value: '0', label: 'minutes' });
  });
});

describe('formatDuration (en-GB)', () => {
  const all = ['day', 'hour', 'minute'] as const;
  it('joins the units with commas and "and"', () => {
    expect(formatDuration('en-GB', { days: 6, hours: 3, minutes: 12, seconds: 0 }, all)).to.equal(
      '6 days, 3 hours and 12 minutes',
    );
  });
  it('joins two units with "and"', () => {
    expect(formatDuration('en-GB', { days: 1, hours: 1, minutes: 0, seconds: 0 }, ['day', 'hour'])).to.equal('1 day and 1 hour');
  });
  it('leaves out zero units', () => {
    expect(formatDuration('en-GB', { days: 4, hours: 0, minutes: 12, seconds: 0 }, all)).to.equal('4 days and 12 minutes');
    expect(formatDuration('en-GB', { days: 0, hours: 0, minutes: 1, seconds: 0 }, all)).to.equal('1 minute');
    expect(formatDuration('en-GB', { days: 4, hours: 0, minutes: 0, seconds: 0 }, all)).to.equal('4 days');
  });
  it('shows only the units asked for', () => {
    expect(formatDuration('en-GB', { days: 2, hours: 5, minutes: 7, seconds: 9 }, ['day', 'hour'])).to.equal(
      '2 days and 5 hours',
    );
    expect(formatDuration('en-GB', { days: 2, hours: 5, minutes: 7, seconds: 9 }, ['day', 'hour', 'minute', 'second'])).to.equal(
      '2 days, 5 hours, 7 minutes and 9 seconds',
    );
  });
  it('all zero reads as zero of the smallest unit', () => {
    expect(formatDuration('en-GB', { days: 0, hours: 0, minutes: 0, seconds: 0 }, all)).to.equal('0 minutes');
  });
});

describe('formatting where the browser has no Intl data for the language', () => {
  // Chromium really lacks Welsh unit and month names; here Intl is made to lack Polish too (a regional tag
  // not used elsewhere in this file, so that no cached formatter hides the stubs).
  const tag = 'pl-PL';
  const kinds = [Intl.NumberFormat, Intl.DateTimeFormat, Intl.ListFormat] as const;
  let stubs: sinon.SinonStub[] = [];
  beforeEach(() => {
    stubs = kinds.map((kind) => sinon.stub(kind, 'supportedLocalesOf').returns([]));
  });
  afterEach(() => stubs.forEach((stub) => stub.restore()));

  it('takes unit names from the translations, in the plural form Intl.PluralRules picks', () => {
    renderingIn('pl', () => {
      expect([1, 2, 5, 22].map((n) => formatUnit(tag, n, 'day'))).to.deep.equal(['1 dzień', '2 dni', '5 dni', '22 dni']);
      expect([1, 3, 5].map((n) => formatUnit(tag, n, 'hour'))).to.deep.equal(['1 godzina', '3 godziny', '5 godzin']);
      expect(formatUnitParts(tag, 5, 'hour')).to.deep.equal({ value: '5', label: 'godzin' });
    });
  });

  it('joins a duration with the translated "and"', () => {
    const text = renderingIn('pl', () =>
      formatDuration(tag, { days: 5, hours: 2, minutes: 0, seconds: 0 }, ['day', 'hour', 'minute']),
    );
    expect(text).to.equal('5 dni i 2 godziny');
  });

  it('writes date ranges with the translated month names, in UK dates', () => {
    renderingIn('pl', () => {
      expect(formatDateRange(tag, week2023)).to.equal('6–12 lutego 2023');
      expect(formatDateRange(tag, acrossMonths)).to.equal('30 stycznia 2023 – 5 lutego 2023');
      expect(formatDateRange(tag, oneDay)).to.equal('8 lutego 2023');
    });
  });

  it('still says something sensible in English when nothing is translated', () => {
    expect(formatUnit('en-x-none', 2, 'minute')).to.equal('2 minutes');
    expect(formatDateRange('en-x-none', acrossYears)).to.equal('29 December 2023 – 4 January 2024');
  });
});
