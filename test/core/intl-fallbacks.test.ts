// Browsers without some of the Intl features the kit uses (older engines, trimmed-down web views): each missing
// feature gets a plain English fallback rather than an error. Each case loads a fresh copy of the formatting
// module, since it caches its formatters.
import { expect } from '@open-wc/testing';
import { weekRange } from '../../src/core/phase.js';
import { type CalendarDate } from '../../src/core/uk-time.js';

type Format = typeof import('../../src/core/format.js');

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const week2023 = weekRange(date(2023, 2, 6), date(2023, 2, 12));
const acrossMonths = weekRange(date(2024, 1, 29), date(2024, 2, 4));
const left = { days: 4, hours: 1, minutes: 0, seconds: 30 };

/** Takes a feature away for the duration of a describe block. */
function without(name: string, remove: () => () => void, checks: (format: () => Format) => void): void {
  describe(`without ${name}`, () => {
    let put: (() => void) | undefined;
    let format: Format;
    before(async () => {
      put = remove();
      format = (await import(`../../src/core/format.ts?without=${encodeURIComponent(name)}`)) as Format;
    });
    after(() => put?.());
    checks(() => format);
  });
}

/** Replaces a property of an object, and gives back a function that puts the original back. */
function replace<T extends object>(owner: T, key: PropertyKey, value: unknown): () => void {
  const original = Object.getOwnPropertyDescriptor(owner, key);
  Object.defineProperty(owner, key, { value, configurable: true, writable: true });
  return () => (original ? Object.defineProperty(owner, key, original) : delete (owner as Record<PropertyKey, unknown>)[key]);
}

describe('Intl fallbacks', () => {
  without(
    'Intl.DateTimeFormat formatRange',
    () => replace(Intl.DateTimeFormat.prototype, 'formatRange', undefined),
    (format) => {
      it('shows the range as two full UK dates', () => {
        expect(format().formatDateRange('en-GB', week2023)).to.equal('6 February 2023 – 12 February 2023');
        expect(format().formatDateRange('en-GB', acrossMonths)).to.equal('29 January 2024 – 4 February 2024');
      });
    },
  );

  without(
    'Intl.ListFormat',
    () => replace(Intl, 'ListFormat', undefined),
    (format) => {
      it('joins the units with commas and "and"', () => {
        expect(format().formatDuration('en-GB', left, ['day', 'hour', 'minute', 'second'])).to.equal(
          '4 days, 1 hour and 30 seconds',
        );
        expect(format().formatDuration('en-GB', left, ['day', 'hour'])).to.equal('4 days and 1 hour');
        expect(format().formatDuration('en-GB', left, ['day'])).to.equal('4 days');
      });
    },
  );

  // Engines before unit formatting throw a RangeError for style "unit".
  without(
    'unit formatting in Intl.NumberFormat',
    () => {
      const Original = Intl.NumberFormat;
      const NoUnits = function (this: unknown, locales?: string | string[], options?: Intl.NumberFormatOptions) {
        if (options?.style === 'unit')
          throw new RangeError('Value unit out of range for Intl.NumberFormat options property style');
        return new Original(locales, options);
      } as unknown as typeof Intl.NumberFormat;
      Object.defineProperty(NoUnits, 'prototype', { value: Original.prototype });
      NoUnits.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
      return replace(Intl, 'NumberFormat', NoUnits);
    },
    (format) => {
      it('names the units in English words', () => {
        expect(format().formatUnit('en-GB', 1, 'day')).to.equal('1 day');
        expect(format().formatUnit('en-GB', 12, 'hour')).to.equal('12 hours');
        expect(format().formatUnitParts('en-GB', 0, 'minute')).to.deep.equal({ value: '0', label: 'minutes' });
        expect(format().formatUnitParts('en-GB', 1, 'second')).to.deep.equal({ value: '1', label: 'second' });
        expect(format().formatDuration('en-GB', left, ['day', 'hour', 'minute'])).to.equal('4 days and 1 hour');
      });
    },
  );
});
