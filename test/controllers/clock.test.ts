// The shared clock when time does not flow as timers expect: a laptop waking after days asleep (its timer did
// not count them), a system clock put back an hour, a hidden tab shown again. After each, every countdown on the
// page, whatever its precision, must show what a countdown frozen at that instant shows: at the clock's next
// wake (never more than a minute away), or at once when the page is shown.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/countdown/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import { SharedClock, sharedClock } from '../../src/controllers/clock.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.UTC(2023, 1, 6); // 00:00 UK time, Monday 6 February 2023
const END = Date.UTC(2023, 1, 13); // 24:00 UK time, Sunday 12 February

const PRECISIONS = ['day', 'hour', 'minute', 'second'] as const;

/** Everything a countdown shows that depends on the time (not the pause button, which only a live one has). */
function display(el: CmhwCountdown) {
  const root = el.shadowRoot!;
  return {
    phase: el.getAttribute('phase'),
    sentence: root.querySelector('.visually-hidden')?.textContent?.trim() ?? '',
    heading: root.querySelector('[part="heading"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    day: root.querySelector('[part="day"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    units: [...root.querySelectorAll('[part="unit"]')].map((unit) =>
      [...unit.children].map((part) => part.textContent).join(' '),
    ),
  };
}

let host: HTMLElement;

async function place(attributes: Record<string, string>): Promise<CmhwCountdown> {
  const el = document.createElement('cmhw-countdown');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  await el.updateComplete;
  return el;
}

/** What a countdown of that precision, frozen at this instant, shows. */
async function truth(precision: string): Promise<ReturnType<typeof display>> {
  const frozen = await place({ precision, now: new Date(Date.now()).toISOString() });
  const shown = display(frozen);
  frozen.remove();
  return shown;
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the shared clock when the time jumps', () => {
  let clock: sinon.SinonFakeTimers;

  before(() => {
    // The clock rightly sleeps on a hidden page, so these tests need a visible one.
    expect(document.visibilityState, 'the test page must be visible (one test file at a time)').to.equal('visible');
  });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    delete (document as { visibilityState?: unknown }).visibilityState;
    clock?.restore();
  });

  const moments: Array<[string, number]> = [
    ['5 days before the week', START - 5 * DAY - 17 * MINUTE - 3500],
    ['2 days before the week', START - 2 * DAY + 1234],
    ['30 minutes into the week', START + 30 * MINUTE + 500],
    ['2 days before its end', END - 2 * DAY - 7 * MINUTE],
    ['30 minutes after its end', END + 30 * MINUTE],
  ];
  const jumps: Array<[string, number]> = [
    ['a laptop wakes 3 days later', 3 * DAY],
    ['the system clock goes back an hour', -HOUR],
  ];

  for (const [moment, from] of moments) {
    for (const [jump, by] of jumps) {
      const phaseBefore = from < START ? 'before' : from < END ? 'during' : 'after';
      // Once the week is over nothing can change, so the clock sets no timer at all and only a page being shown
      // again makes it read the time: a clock put back into the week shows the week again then.
      if (phaseBefore !== 'after') {
        // Each precision alone on the page: with a seconds countdown beside it, a days countdown would be woken every second anyway.
        for (const precision of PRECISIONS) {
          it(`${moment}, ${jump}: a ${precision} countdown is right at the next wake, within a minute`, async () => {
            clock = sinon.useFakeTimers({ now: from, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
            const el = await place({ precision });
            const events = sinon.spy();
            el.addEventListener('cmhw-phase-change', events);
            expect(clock.countTimers()).to.equal(1);

            clock.setSystemTime(from + by); // the pending timer still fires after its own delay
            const jumped = Date.now();
            clock.next();
            expect(Date.now() - jumped, 'the next wake').to.be.at.most(MINUTE);
            await el.updateComplete;

            expect(display(el)).to.deep.equal(await truth(precision));
            const phaseAfter = el.getAttribute('phase');
            expect(events.callCount, 'cmhw-phase-change when the phase changed').to.equal(phaseAfter === phaseBefore ? 0 : 1);
            if (phaseAfter !== phaseBefore)
              expect(events.firstCall.args[0].detail).to.include({ phase: phaseAfter, previousPhase: phaseBefore });
          });
        }
      }

      it(`${moment}, ${jump} while the page is hidden: every countdown is right at once when it is shown`, async () => {
        clock = sinon.useFakeTimers({ now: from, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
        const countdowns = await Promise.all(PRECISIONS.map((precision) => place({ precision })));
        setVisibility('hidden');
        expect(clock.countTimers(), 'no timer while hidden').to.equal(0);
        clock.setSystemTime(from + by);
        setVisibility('visible');
        // No timer fires: the time is read as the page is shown.
        await Promise.all(countdowns.map((el) => el.updateComplete));
        for (const [index, el] of countdowns.entries()) {
          expect(display(el), `precision ${PRECISIONS[index]}`).to.deep.equal(await truth(PRECISIONS[index]!));
        }
        expect(clock.countTimers()).to.equal(Date.now() < END ? 1 : 0);
      });
    }
  }

  it('a tab whose timers are throttled (a wake an hour late) is right at that wake', async () => {
    clock = sinon.useFakeTimers({ now: START - DAY - 10 * MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await place({ precision: 'second' });
    // The browser runs the one-second timer an hour late: the time has moved on by an hour and a second.
    clock.setSystemTime(Date.now() + HOUR);
    clock.next();
    await el.updateComplete;
    expect(display(el)).to.deep.equal(await truth('second'));
    expect(display(el).units).to.deep.equal(['0 days', '23 hours', '9 minutes', '59 seconds']);
  });

  it('runs one timer for 200 countdowns, and none once they are gone', async () => {
    clock = sinon.useFakeTimers({ now: START - DAY, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const countdowns = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        place({ precision: PRECISIONS[index % 4]!, edition: String(2023 + (index % 4)) }),
      ),
    );
    expect(sharedClock.size).to.equal(200);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(3 * MINUTE);
    expect(clock.countTimers()).to.equal(1);
    countdowns.forEach((el) => el.remove());
    expect(sharedClock.size).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
  });
});

// The clock's own bookkeeping, with stand-in widgets: each says when its display next changes and counts how often
// it was asked. A page of many widgets must cost in proportion to their number, and never keep a timer nobody needs.
describe('the shared clock with many widgets', () => {
  let clock: sinon.SinonFakeTimers;
  const T0 = START - DAY;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  /** A widget due `after` ms from the time it is asked (Infinity: never), counting the questions. */
  function widget(after: number) {
    const stand = {
      asked: 0,
      ticks: 0,
      after,
      nextWake: (now: number) => (stand.asked++, now + stand.after),
      tick: () => stand.ticks++,
    };
    return stand;
  }
  const settle = () => Promise.resolve().then(() => undefined);

  it('asks each of 1,000 widgets joining one after another a bounded number of times, not once per other widget', async () => {
    const shared = new SharedClock();
    const widgets = Array.from({ length: 1000 }, (_, i) => widget(MINUTE + i));
    for (const w of widgets) shared.subscribe(w);
    await settle();
    const asked = widgets.reduce((sum, w) => sum + w.asked, 0);
    expect(asked, 'questions for 1,000 widgets').to.be.at.most(3 * 1000);
    expect(clock.countTimers()).to.equal(1);
    widgets.forEach((w) => shared.unsubscribe(w));
    expect(clock.countTimers()).to.equal(0);
  });

  it('wakes for the earliest widget, and moves its timer on when that widget goes or no longer needs one', async () => {
    const shared = new SharedClock();
    const soon = widget(10 * SECOND);
    const later = widget(40 * SECOND);
    shared.subscribe(later);
    shared.subscribe(soon);
    expect(clock.countTimers()).to.equal(1);

    // The earliest one stops needing the clock (a tip card scrolled off screen): no wake at 10 s.
    soon.after = Infinity;
    shared.update(soon);
    await settle();
    clock.tick(39 * SECOND);
    expect([soon.ticks, later.ticks], 'nothing woken before 40 s').to.deep.equal([0, 0]);
    clock.tick(SECOND);
    expect([soon.ticks, later.ticks], 'the later one woken at 40 s').to.deep.equal([0, 1]);

    // The one due next leaves the page: no timer is kept for it, and with none left, none at all.
    later.after = 5 * SECOND;
    shared.update(later);
    shared.unsubscribe(later);
    await settle();
    expect(clock.countTimers(), 'only the idle one is left').to.equal(0);
    shared.unsubscribe(soon);
  });

  it('brings its timer forward at once for a widget due sooner than the rest', () => {
    const shared = new SharedClock();
    const slow = widget(50 * SECOND);
    shared.subscribe(slow);
    const fast = widget(2 * SECOND);
    shared.subscribe(fast);
    clock.tick(2 * SECOND);
    expect(fast.ticks).to.equal(1);
    expect(slow.ticks).to.equal(0);
    [slow, fast].forEach((w) => shared.unsubscribe(w));
  });
});
