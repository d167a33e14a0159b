// The week is a UK event: whatever the visitor's time zone, it starts and ends at the same instants (00:00 UK
// time on its first day, 24:00 UK time on its last), its days change at UK midnight, and the dates shown are UK
// dates. Checked in each zone of test/support/time-zones.mjs, at every boundary of every edition's week and of
// weeks a school chose in British Summer Time. Chromium and Firefox move one page through the zones; WebKit
// cannot, so the test runner starts a WebKit in each zone and this file checks the zone it finds itself in.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/elements/countdown/define.js';
import type { CmhwCountdown } from '../src/elements/countdown/countdown.js';
import { weekRange } from '../src/core/phase.js';
import { addDays, formatCalendarDate, parseCalendarDate, ukDateAt, ukMidnight, ukOffsetAt } from '../src/core/uk-time.js';
import { engine, runsIn, shadowText, skipBecause, useTimeZone } from './support/helpers.js';
import { TIME_ZONES } from './support/time-zones.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Week {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly first: string;
  readonly last: string;
  /** 00:00 UK time on the first day, worked out by hand: UTC in winter, UTC+1 in British Summer Time. */
  readonly start: number;
  /** 24:00 UK time on the last day. */
  readonly end: number;
  /** The dates as a visitor reads them, in UK dates. */
  readonly dates: RegExp;
  /** The time left at the start, as said at the start. */
  readonly length: string;
}

const WEEKS: readonly Week[] = [
  {
    name: 'edition 2023',
    attributes: { edition: '2023' },
    first: '2023-02-06',
    last: '2023-02-12',
    start: Date.UTC(2023, 1, 6),
    end: Date.UTC(2023, 1, 13),
    dates: /^6\s?–\s?12 February 2023/,
    length: '7 days',
  },
  {
    name: 'edition 2024',
    attributes: { edition: '2024' },
    first: '2024-02-05',
    last: '2024-02-11',
    start: Date.UTC(2024, 1, 5),
    end: Date.UTC(2024, 1, 12),
    dates: /^5\s?–\s?11 February 2024/,
    length: '7 days',
  },
  {
    name: 'edition 2025',
    attributes: { edition: '2025' },
    first: '2025-02-03',
    last: '2025-02-09',
    start: Date.UTC(2025, 1, 3),
    end: Date.UTC(2025, 1, 10),
    dates: /^3\s?–\s?9 February 2025/,
    length: '7 days',
  },
  {
    name: 'edition 2026',
    attributes: { edition: '2026' },
    first: '2026-02-09',
    last: '2026-02-15',
    start: Date.UTC(2026, 1, 9),
    end: Date.UTC(2026, 1, 16),
    dates: /^9\s?–\s?15 February 2026/,
    length: '7 days',
  },
  // A week a school chose in summer: 00:00 UK time is 23:00 UTC the day before.
  {
    name: 'a week in British Summer Time',
    attributes: { start: '2027-07-05', end: '2027-07-11' },
    first: '2027-07-05',
    last: '2027-07-11',
    start: Date.UTC(2027, 6, 4, 23),
    end: Date.UTC(2027, 6, 11, 23),
    dates: /^5\s?–\s?11 July 2027/,
    length: '7 days',
  },
  // The clocks go back at 01:00 UTC on Sunday 31 October 2027: the week starts in BST, ends in GMT, and its last day has 25 hours.
  {
    name: 'a week in which the UK clocks go back',
    attributes: { start: '2027-10-25', end: '2027-10-31' },
    first: '2027-10-25',
    last: '2027-10-31',
    start: Date.UTC(2027, 9, 24, 23),
    end: Date.UTC(2027, 10, 1),
    dates: /^25\s?–\s?31 October 2027/,
    length: '7 days and 1 hour',
  },
];

/** The instant each day of the week begins (00:00 UK time). No UK clock change falls at midnight, so each is a whole day after the one before. */
const dayStarts = (week: Week) => Array.from({ length: 7 }, (_, day) => week.start + day * DAY);

/** What the countdown must say at an instant, worked out from the table alone. */
function expected(week: Week, instant: number): { phase: string; day?: number } {
  if (instant < week.start) return { phase: 'before' };
  if (instant >= week.end) return { phase: 'after' };
  return { phase: 'during', day: dayStarts(week).filter((start) => start <= instant).length };
}

const sentence = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.trim() ?? '';
const datesShown = (el: Element) => el.shadowRoot!.querySelector('[part="dates"]')?.textContent?.trim() ?? '';
const iso = (instant: number) => new Date(instant).toISOString();

/** The instant written as the page's local wall clock with its offset ("2023-02-06T05:30:00.000+05:30"). */
function localIso(instant: number): string {
  const date = new Date(instant);
  const offset = -date.getTimezoneOffset();
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}${zone}`;
}

/** Local midnights (the visitor's day changing) from two days before the week to two days after it. */
function localMidnights(week: Week): number[] {
  const from = new Date(week.start - 2 * DAY);
  const midnights: number[] = [];
  for (let day = 0; ; day += 1) {
    const midnight = new Date(from.getFullYear(), from.getMonth(), from.getDate() + day).getTime();
    if (midnight > week.end + 2 * DAY) return midnights;
    midnights.push(midnight);
  }
}

/** A countdown for the week on the page (removed after each test), frozen at `now` or on the live clock. */
async function countdownFor(week: Week, now: string | null = iso(week.start)): Promise<CmhwCountdown> {
  const el = document.createElement('cmhw-countdown');
  for (const [name, value] of Object.entries(week.attributes)) el.setAttribute(name, value);
  if (now) el.setAttribute('now', now);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function showAt(el: CmhwCountdown, now: string): Promise<void> {
  el.setAttribute('now', now);
  await el.updateComplete;
}

function expectShows(el: CmhwCountdown, week: Week, instant: number, at: string): void {
  const { phase, day } = expected(week, instant);
  expect(el.getAttribute('phase'), at).to.equal(phase);
  if (phase === 'during') expect(sentence(el), at).to.contain(`day ${day} of 7.`);
  if (phase === 'after') expect(shadowText(el).replace(/^.*took place on /, ''), at).to.match(week.dates);
  else expect(datesShown(el), at).to.match(week.dates);
}

const { name: engineName, switchesTimeZone, startedIn } = await engine();
const zonesHere = TIME_ZONES.filter(({ zone }) => switchesTimeZone || zone === startedIn);

if (zonesHere.length === 0) {
  describe('the week in every time zone', () => {
    it('is checked in a browser started in each zone', function () {
      skipBecause(this, `${engineName} cannot change a page's time zone: the test runner starts one in each zone for this file`);
    });
  });
}

for (const { zone, february } of zonesHere) {
  describe(`the week seen from ${zone} (UTC${february} in February)`, () => {
    useTimeZone(zone);
    afterEach(() => document.querySelectorAll('cmhw-countdown').forEach((el) => el.remove()));

    it('runs the page in that zone, at that offset', () => {
      expect(runsIn(zone), Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(true);
      const [sign, hours, minutes] = [february[0], Number(february.slice(1, 3)), Number(february.slice(4))];
      expect(-new Date(Date.UTC(2023, 1, 6)).getTimezoneOffset()).to.equal((sign === '-' ? -1 : 1) * (hours * 60 + minutes));
    });

    for (const week of WEEKS) {
      describe(week.name, () => {
        it('starts at 00:00 UK time on its first day and ends at 24:00 UK time on its last, to the millisecond', async () => {
          const el = await countdownFor(week);
          await showAt(el, iso(week.start - 1));
          expect(el.getAttribute('phase')).to.equal('before');
          expect(sentence(el)).to.equal("Children's Mental Health Week starts in 1 minute.");
          await showAt(el, iso(week.start));
          expect(el.getAttribute('phase')).to.equal('during');
          expect(sentence(el)).to.equal(`Children's Mental Health Week is on now, day 1 of 7. It ends in ${week.length}.`);
          await showAt(el, iso(week.end - 1));
          expect(el.getAttribute('phase')).to.equal('during');
          expect(sentence(el)).to.equal("Children's Mental Health Week is on now, day 7 of 7. It ends in 1 minute.");
          await showAt(el, iso(week.end));
          expect(el.getAttribute('phase')).to.equal('after');
          for (const instant of [week.start - 1, week.start, week.end - 1, week.end]) {
            await showAt(el, iso(instant));
            expectShows(el, week, instant, iso(instant));
          }
        });

        it('moves to the next day at each UK midnight', async () => {
          const el = await countdownFor(week);
          for (const [index, start] of dayStarts(week).entries()) {
            await showAt(el, iso(start - 1));
            expect(el.getAttribute('phase'), iso(start - 1)).to.equal(index === 0 ? 'before' : 'during');
            if (index > 0) expect(sentence(el), iso(start - 1)).to.contain(`day ${index} of 7.`);
            await showAt(el, iso(start));
            expect(sentence(el), iso(start)).to.contain(`day ${index + 1} of 7.`);
          }
        });

        it("shows UK dates and days at the visitor's own midnights", async () => {
          const el = await countdownFor(week);
          for (const midnight of localMidnights(week)) {
            await showAt(el, iso(midnight));
            expectShows(el, week, midnight, `local midnight ${localIso(midnight)}`);
          }
        });

        it('reads a `now` with an offset as that instant, and one without as UK time', async () => {
          const el = await countdownFor(week);
          for (const instant of [week.start - 1, week.start, week.end - 1, week.end]) {
            await showAt(el, localIso(instant));
            expectShows(el, week, instant, localIso(instant));
          }
          await showAt(el, `${week.first}T00:00`);
          expect(sentence(el)).to.contain('day 1 of 7.');
          await showAt(el, `${formatCalendarDate(addDays(parseCalendarDate(week.first)!, -1))}T23:59:59.999`);
          expect(el.getAttribute('phase')).to.equal('before');
          await showAt(el, `${week.last}T23:59:59.999`);
          expect(sentence(el)).to.contain('day 7 of 7.');
        });

        it('gives the same instants, dates and offsets from the UK time core', async () => {
          // A fresh copy of the formatting module: its formatters are cached, and one made in another zone would hide a mistake here.
          const { formatDateRange } = (await import(
            `../src/core/format.ts?in=${encodeURIComponent(zone)}`
          )) as typeof import('../src/core/format.js');
          const first = parseCalendarDate(week.first)!;
          const last = parseCalendarDate(week.last)!;
          expect(ukMidnight(first)).to.equal(week.start);
          expect(ukMidnight(addDays(last, 1))).to.equal(week.end);
          expect(ukDateAt(week.start)).to.deep.equal(first);
          expect(ukDateAt(week.start - 1)).to.deep.equal(addDays(first, -1));
          expect(ukDateAt(week.end - 1)).to.deep.equal(last);
          expect(ukOffsetAt(week.start)).to.equal(week.start % DAY === 0 ? 0 : HOUR);
          expect(formatDateRange('en-GB', weekRange(first, last))).to.match(week.dates);
        });
      });
    }

    describe('on the live clock', () => {
      let clock: sinon.SinonFakeTimers;
      afterEach(() => clock?.restore());

      for (const week of [WEEKS[0]!, WEEKS.at(-1)!]) {
        it(`${week.name}: starts and ends at the same instants as in London`, async () => {
          clock = sinon.useFakeTimers({ now: week.start - MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
          const changes: Array<[string, number]> = [];
          const el = await countdownFor(week, null);
          el.addEventListener('cmhw-phase-change', (event) => changes.push([event.detail.phase, Date.now()]));
          expect(el.getAttribute('phase')).to.equal('before');
          await clock.tickAsync(MINUTE - 1);
          expect(el.getAttribute('phase')).to.equal('before');
          await clock.tickAsync(1);
          expect(changes).to.deep.equal([['during', week.start]]);
          // On to the last minutes of the week (the clock reads the time again within a minute).
          clock.setSystemTime(week.end - 2 * MINUTE);
          await clock.tickAsync(MINUTE);
          expect(sentence(el)).to.contain('day 7 of 7. It ends in 1 minute.');
          await clock.tickAsync(MINUTE - 1);
          expect(el.getAttribute('phase')).to.equal('during');
          await clock.tickAsync(1);
          expect(changes).to.deep.equal([
            ['during', week.start],
            ['after', week.end],
          ]);
        });
      }
    });
  });
}
