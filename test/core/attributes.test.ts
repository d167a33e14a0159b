import { expect } from '@open-wc/testing';
import { type Warn, parseNow, parsePrecision, resolveWeek } from '../../src/core/attributes.js';
import { editions } from '../../src/core/editions.js';
import { type WeekRange } from '../../src/core/phase.js';
import { formatCalendarDate } from '../../src/core/uk-time.js';
import { renderingIn } from '../../src/i18n/msg.js';

interface Warning {
  attribute: string;
  given: string;
  accepted: string;
  fallback: string;
}

/** A Warn callback that records every call. */
function recorder(): { warn: Warn; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn: Warn = (attribute, given, accepted, fallback) => {
    warnings.push({ attribute, given, accepted, fallback });
  };
  return { warn, warnings };
}

const days = (range: WeekRange) => [formatCalendarDate(range.firstDay), formatCalendarDate(range.lastDay)];

describe('resolveWeek', () => {
  it('defaults to the 2023 edition with no attributes, silently', () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({}, warn);
    expect(edition.year).to.equal(2023);
    expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
    expect(range.length).to.equal(7);
    expect(range.start).to.equal(Date.parse('2023-02-06T00:00:00Z'));
    expect(range.end).to.equal(Date.parse('2023-02-13T00:00:00Z'));
    expect(warnings).to.deep.equal([]);
  });

  it('null attributes are the same as absent ones', () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({ edition: null, start: null, end: null }, warn);
    expect(edition.year).to.equal(2023);
    expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
    expect(warnings).to.deep.equal([]);
  });

  const known: Array<[string, string, string, string]> = [
    ['2023', '2023-02-06', '2023-02-12', "Let's Connect"],
    ['2024', '2024-02-05', '2024-02-11', 'My Voice Matters'],
    ['2025', '2025-02-03', '2025-02-09', 'Know Yourself, Grow Yourself'],
    ['2026', '2026-02-09', '2026-02-15', 'This is My Place'],
    [' 2024 ', '2024-02-05', '2024-02-11', 'My Voice Matters'],
  ];
  for (const [given, first, last, theme] of known) {
    it(`edition ${JSON.stringify(given)} gives ${first}..${last}`, () => {
      const { warn, warnings } = recorder();
      const { edition, range } = resolveWeek({ edition: given }, warn);
      expect(renderingIn('en-GB', edition.theme)).to.equal(theme);
      expect(days(range)).to.deep.equal([first, last]);
      expect(range.length).to.equal(7);
      expect(warnings).to.deep.equal([]);
    });
  }

  it("edition '' falls back to 2023 without a warning", () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({ edition: '' }, warn);
    expect(edition.year).to.equal(2023);
    expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
    expect(warnings).to.deep.equal([]);
  });

  for (const given of ['1999', 'abc', '2023.0', '20234', '2027']) {
    it(`unknown edition ${JSON.stringify(given)} falls back to 2023 with one warning`, () => {
      const { warn, warnings } = recorder();
      const { edition, range } = resolveWeek({ edition: given }, warn);
      expect(edition.year).to.equal(2023);
      expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
      expect(warnings).to.have.length(1);
      const [warning] = warnings;
      expect(warning!.attribute).to.equal('edition');
      expect(warning!.given).to.equal(given);
      for (const { year } of editions) expect(warning!.accepted).to.include(String(year));
      expect(warning!.fallback).to.include('2023');
    });
  }

  it('start alone moves the week and keeps its 7 days', () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({ start: '2023-03-01' }, warn);
    expect(edition.year).to.equal(2023);
    expect(days(range)).to.deep.equal(['2023-03-01', '2023-03-07']);
    expect(range.length).to.equal(7);
    expect(warnings).to.deep.equal([]);
  });

  it('start alone with an edition keeps that edition and its length', () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({ edition: '2025', start: '2025-12-29' }, warn);
    expect(edition.year).to.equal(2025);
    expect(days(range)).to.deep.equal(['2025-12-29', '2026-01-04']);
    expect(warnings).to.deep.equal([]);
  });

  it('end alone moves the week and keeps its 7 days, ending there', () => {
    const { warn, warnings } = recorder();
    const { range } = resolveWeek({ end: '2023-03-02' }, warn);
    expect(days(range)).to.deep.equal(['2023-02-24', '2023-03-02']);
    expect(range.length).to.equal(7);
    expect(warnings).to.deep.equal([]);
  });

  it('start and end together override both days', () => {
    const { warn, warnings } = recorder();
    const { range } = resolveWeek({ start: '2023-03-20', end: '2023-04-02' }, warn);
    expect(days(range)).to.deep.equal(['2023-03-20', '2023-04-02']);
    expect(range.length).to.equal(14);
    // The range crosses the spring clock change: it ends at UK midnight, 23:00Z.
    expect(new Date(range.end).toISOString()).to.equal('2023-04-02T23:00:00.000Z');
    expect(warnings).to.deep.equal([]);
  });

  it('start equal to end is a one-day week', () => {
    const { warn, warnings } = recorder();
    const { range } = resolveWeek({ start: '2023-02-08', end: '2023-02-08' }, warn);
    expect(days(range)).to.deep.equal(['2023-02-08', '2023-02-08']);
    expect(range.length).to.equal(1);
    expect(warnings).to.deep.equal([]);
  });

  it('an end before start warns naming "end" and falls back to the edition dates', () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({ edition: '2024', start: '2024-02-10', end: '2024-02-01' }, warn);
    expect(edition.year).to.equal(2024);
    expect(days(range)).to.deep.equal(['2024-02-05', '2024-02-11']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.attribute).to.equal('end');
    expect(warnings[0]!.given).to.equal('2024-02-01');
    expect(warnings[0]!.accepted).to.include('2024-02-10');
  });

  for (const given of ['6 Feb 2023', '2023-02-31', '2023-2-6', '2023-02-06T00:00']) {
    it(`a malformed start ${JSON.stringify(given)} warns naming "start" and keeps the edition dates`, () => {
      const { warn, warnings } = recorder();
      const { edition, range } = resolveWeek({ start: given }, warn);
      expect(edition.year).to.equal(2023);
      expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.attribute).to.equal('start');
      expect(warnings[0]!.given).to.equal(given);
      expect(warnings[0]!.accepted).to.include('YYYY-MM-DD');
    });
  }

  it('a malformed end warns naming "end" and keeps the edition dates', () => {
    const { warn, warnings } = recorder();
    const { range } = resolveWeek({ end: '12/02/2023' }, warn);
    expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.attribute).to.equal('end');
    expect(warnings[0]!.given).to.equal('12/02/2023');
  });

  // design.md "Bad input": a wrong attribute gets ONE warning naming it. A valid attribute must not be blamed
  // because the other one did not parse.
  it('a malformed end beside a valid start gives one warning, naming "end" only', () => {
    const { warn, warnings } = recorder();
    const { range } = resolveWeek({ start: '2023-03-01', end: 'next Sunday' }, warn);
    expect(warnings.map((w) => [w.attribute, w.given])).to.deep.equal([['end', 'next Sunday']]);
    expect(range.length).to.equal(7);
  });

  it('a malformed start beside a valid end gives one warning, naming "start" only', () => {
    const { warn, warnings } = recorder();
    const { range } = resolveWeek({ start: 'last Monday', end: '2023-01-08' }, warn);
    expect(warnings.map((w) => [w.attribute, w.given])).to.deep.equal([['start', 'last Monday']]);
    expect(range.length).to.equal(7);
  });

  it('an unknown edition and a malformed start give one warning each', () => {
    const { warn, warnings } = recorder();
    const { edition, range } = resolveWeek({ edition: 'abc', start: 'soon' }, warn);
    expect(edition.year).to.equal(2023);
    expect(days(range)).to.deep.equal(['2023-02-06', '2023-02-12']);
    expect(warnings.map((w) => w.attribute)).to.deep.equal(['edition', 'start']);
  });
});

describe('parseNow', () => {
  const good: Array<[string, string]> = [
    ['2023-02-08T12:00:00Z', '2023-02-08T12:00:00.000Z'],
    ['2023-02-08T12:00:00z', '2023-02-08T12:00:00.000Z'],
    ['2023-02-08T12:00:00.250Z', '2023-02-08T12:00:00.250Z'],
    ['2023-02-08T12:00:00.5Z', '2023-02-08T12:00:00.500Z'],
    ['2023-02-08T12:00+01:00', '2023-02-08T11:00:00.000Z'],
    ['2023-02-08T12:00-05:30', '2023-02-08T17:30:00.000Z'],
    ['2023-02-08T12:00+0100', '2023-02-08T11:00:00.000Z'],
    ['2023-02-08 12:00Z', '2023-02-08T12:00:00.000Z'],
    // No zone: UK time. In February that is GMT...
    ['2023-02-08T12:00', '2023-02-08T12:00:00.000Z'],
    // ...and in summer BST, one hour ahead of UTC.
    ['2023-07-01T12:00', '2023-07-01T11:00:00.000Z'],
    ['2023-07-01T12:00:30', '2023-07-01T11:00:30.000Z'],
    // A bare date: UK midnight.
    ['2023-02-06', '2023-02-06T00:00:00.000Z'],
    ['2023-07-01', '2023-06-30T23:00:00.000Z'],
    [' 2023-02-08T12:00:00Z ', '2023-02-08T12:00:00.000Z'],
  ];
  for (const [given, expected] of good) {
    it(`${JSON.stringify(given)} → ${expected}`, () => {
      const { warn, warnings } = recorder();
      const instant = parseNow(given, warn);
      expect(instant).to.be.a('number');
      expect(new Date(instant!).toISOString()).to.equal(expected);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('null and empty mean the live clock, silently', () => {
    const { warn, warnings } = recorder();
    expect(parseNow(null, warn)).to.equal(undefined);
    expect(parseNow(undefined, warn)).to.equal(undefined);
    expect(parseNow('', warn)).to.equal(undefined);
    expect(parseNow('   ', warn)).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  const bad = [
    'tomorrow',
    '2023-02-08T25:00',
    '6/2/2023',
    '2023-02-30T12:00',
    '2023-02-08T12:60',
    '2023-02-08T12:00:60Z',
    '2023-02-08T12',
    '2023-02-08T12:00+25:00',
    'Wed, 08 Feb 2023 12:00:00 GMT',
    '1675857600000',
  ];
  for (const given of bad) {
    it(`${JSON.stringify(given)} warns naming "now" and returns undefined`, () => {
      const { warn, warnings } = recorder();
      expect(parseNow(given, warn)).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.attribute).to.equal('now');
      expect(warnings[0]!.given).to.equal(given);
      expect(warnings[0]!.accepted).to.include('ISO 8601');
    });
  }
});

describe('parsePrecision', () => {
  const good: Array<[string | null | undefined, string]> = [
    ['day', 'day'],
    ['hour', 'hour'],
    ['minute', 'minute'],
    ['second', 'second'],
    ['SECOND', 'second'],
    ['Hour', 'hour'],
    [' day ', 'day'],
    [null, 'minute'],
    [undefined, 'minute'],
    ['', 'minute'],
  ];
  for (const [given, expected] of good) {
    it(`${JSON.stringify(given)} → ${expected}`, () => {
      const { warn, warnings } = recorder();
      expect(parsePrecision(given, warn)).to.equal(expected);
      expect(warnings).to.deep.equal([]);
    });
  }

  for (const given of ['fortnight', 'seconds', 'ms']) {
    it(`${JSON.stringify(given)} warns naming "precision" and falls back to minute`, () => {
      const { warn, warnings } = recorder();
      expect(parsePrecision(given, warn)).to.equal('minute');
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.attribute).to.equal('precision');
      expect(warnings[0]!.given).to.equal(given);
      for (const p of ['day', 'hour', 'minute', 'second']) expect(warnings[0]!.accepted).to.include(p);
      expect(warnings[0]!.fallback).to.equal('minute');
    });
  }
});
