import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from '../support/property.js';
import sinon from 'sinon';
import '../../src/elements/countdown/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import { sharedClock } from '../../src/controllers/clock.js';
import { BROKEN_TEXT, captureWarnings, currentTimeZone, useTimeZone, shadowText } from '../support/helpers.js';

const START = Date.UTC(2023, 1, 6); // 00:00 UK time on Monday 6 February 2023 (GMT, so also 00:00Z)
const END = Date.UTC(2023, 1, 13); // 24:00 UK time on Sunday 12 February
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const sentence = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.trim() ?? '';
const unitTexts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="unit"]')].map(
    (unit) => `${unit.querySelector('[part="value"]')!.textContent} ${unit.querySelector('[part="label"]')!.textContent}`,
  );
const pauseButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button');

async function countdownAt(now: string, extra = '') {
  const host = await fixture(`<div><cmhw-countdown now="${now}" ${extra}></cmhw-countdown></div>`);
  return host.firstElementChild as CmhwCountdown;
}

describe('<cmhw-countdown> at fixed moments (the `now` attribute)', () => {
  it('before the week: says how long until it starts, in a sentence for screen readers and in boxes', async () => {
    const el = await countdownAt('2023-02-01T12:00');
    expect(el.getAttribute('phase')).to.equal('before');
    expect(el.phase).to.equal('before');
    expect(sentence(el)).to.equal("Children's Mental Health Week starts in 4 days and 12 hours.");
    expect(unitTexts(el)).to.deep.equal(['4 days', '12 hours', '0 minutes']);
    expect(shadowText(el)).to.contain('February 2023').and.contain("Let's Connect");
  });

  it('during the week: says it is on now, which day it is, and how long is left', async () => {
    const el = await countdownAt('2023-02-08T12:00');
    expect(el.getAttribute('phase')).to.equal('during');
    expect(sentence(el)).to.equal("Children's Mental Health Week is on now, day 3 of 7. It ends in 4 days and 12 hours.");
    expect(shadowText(el)).to.contain('Day 3 of 7');
  });

  it('after the week: says it took place, with its dates and a link to the official site', async () => {
    const el = await countdownAt('2023-02-20T09:00');
    expect(el.getAttribute('phase')).to.equal('after');
    expect(shadowText(el)).to.match(/Children's Mental Health Week 2023 took place on 6\s?–\s?12 February 2023\./);
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal('https://www.childrensmentalhealthweek.org.uk/');
    expect(link.textContent).to.contain('official website');
    expect(unitTexts(el)).to.deep.equal([]);
  });

  it('shows the dates as one range in UK dates', async () => {
    const el = await countdownAt('2023-02-01T12:00');
    const dates = el.shadowRoot!.querySelector('[part="dates"]')!.textContent!;
    expect(dates).to.match(/^6\s?–\s?12 February 2023/);
  });

  it('rounds the time left up, so it never reads zero before the start', async () => {
    const el = await countdownAt('2023-02-05T23:59:30Z');
    expect(unitTexts(el)).to.deep.equal(['0 days', '0 hours', '1 minute']);
    expect(sentence(el)).to.equal("Children's Mental Health Week starts in 1 minute.");
  });

  it("for dates given without an edition, names their year and not the default edition's theme", async () => {
    const before = await countdownAt('2027-02-01T00:00', 'start="2027-02-08" end="2027-02-14"');
    expect(shadowText(before)).not.to.contain("Let's Connect");
    expect(before.shadowRoot!.querySelector('[part="dates"]')!.textContent!.trim()).to.match(/^8\s?–\s?14 February 2027$/);
    const after = await countdownAt('2027-03-01T00:00', 'start="2027-02-08" end="2027-02-14"');
    expect(shadowText(after)).to.contain('Week 2027 took place').and.not.contain('2023');
    // Dates chosen for a named edition (a school's own week) keep its theme.
    const named = await countdownAt('2023-01-01T00:00', 'edition="2023" start="2023-02-13" end="2023-02-19"');
    expect(shadowText(named)).to.contain("Let's Connect");
  });

  for (const wrapper of [
    'display: flex',
    'display: inline-block',
    'display: grid; grid-template-columns: auto 1fr',
    'float: left',
  ]) {
    it(`keeps a readable width inside a "${wrapper}" parent`, async () => {
      const host = await fixture(
        `<div style="inline-size: 800px"><div style="${wrapper}"><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown></div></div>`,
      );
      const el = host.querySelector('cmhw-countdown') as CmhwCountdown;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.within(250, 800);
    });
  }

  it('uses another edition and dates given by attributes', async () => {
    const el = await countdownAt('2024-02-06T10:00', 'edition="2024"');
    expect(sentence(el)).to.contain('day 2 of 7');
    const custom = await countdownAt('2027-02-01T00:00', 'start="2027-02-08" end="2027-02-14"');
    expect(sentence(custom)).to.equal("Children's Mental Health Week starts in 7 days.");
  });

  for (const [precision, units] of [
    ['day', ['5 days']],
    ['hour', ['4 days', '13 hours']],
    ['minute', ['4 days', '12 hours', '1 minute']],
    ['second', ['4 days', '12 hours', '0 minutes', '30 seconds']],
  ] as const) {
    it(`precision="${precision}" shows units down to ${precision}s`, async () => {
      const el = await countdownAt('2023-02-01T11:59:30', `precision="${precision}"`);
      expect(unitTexts(el)).to.deep.equal(units);
    });
  }

  it('hides the changing numbers from screen readers and never makes them a live region', async () => {
    const el = await countdownAt('2023-02-01T12:00', 'precision="second"');
    const root = el.shadowRoot!;
    const units = root.querySelector('[part="units"]')!;
    expect(units.closest('[aria-hidden="true"]')).not.to.equal(null);
    expect(root.querySelector('[aria-live], [role="timer"], [role="status"], [role="alert"]')).to.equal(null);
    // The sentence is exposed (not aria-hidden) and is the full state.
    expect(root.querySelector('.visually-hidden')!.closest('[aria-hidden]')).to.equal(null);
  });

  for (const now of ['2023-02-01T12:00', '2023-02-08T12:00', '2023-02-20T12:00']) {
    it(`passes an axe accessibility check (now=${now})`, async () => {
      const el = await countdownAt(now, 'precision="second"');
      await expect(el).to.be.accessible();
    });
  }

  it('fires cmhw-phase-change (bubbling, composed) when `now` moves it into another phase', async () => {
    const el = await countdownAt('2023-02-01T12:00');
    setTimeout(() => el.setAttribute('now', '2023-02-07T12:00'));
    const event = (await oneEvent(document, 'cmhw-phase-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ phase: 'during', previousPhase: 'before', edition: 2023 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.getAttribute('phase')).to.equal('during');
  });

  it('does not fire cmhw-phase-change on its first render', async () => {
    const spy = sinon.spy();
    document.addEventListener('cmhw-phase-change', spy);
    await countdownAt('2023-02-08T12:00');
    document.removeEventListener('cmhw-phase-change', spy);
    expect(spy.called).to.equal(false);
  });

  it('puts back its own phase attribute if a page overwrites it', async () => {
    const el = await countdownAt('2023-02-08T12:00');
    el.setAttribute('phase', 'after');
    el.setAttribute('now', '2023-02-08T13:00');
    await el.updateComplete;
    expect(el.getAttribute('phase')).to.equal('during');
  });

  for (const width of [120, 200, 288, 600]) {
    it(`fits a ${width}px column without horizontal overflow (WCAG 1.4.10), in every phase`, async () => {
      for (const now of ['2023-02-01T12:00', '2023-02-08T12:00', '2023-02-20T12:00']) {
        const host = await fixture(
          `<div style="inline-size: ${width}px"><cmhw-countdown precision="second" now="${now}"></cmhw-countdown></div>`,
        );
        const el = host.firstElementChild as CmhwCountdown;
        await el.updateComplete;
        const container = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
        expect(container.getBoundingClientRect().width).to.be.at.most(width);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          // An inline box (the link) has no width of its own (clientWidth 0), and Firefox gives it a scrollWidth:
          // its overflow is its block's, checked with the block.
          if (node.closest('.visually-hidden') || getComputedStyle(node).display === 'inline') continue;
          expect(node.scrollWidth, `${node.className || node.localName} at ${now}`).to.be.at.most(node.clientWidth + 1);
        }
      }
    });
  }

  for (const width of [240, 300, 320, 400]) {
    it(`keeps the number boxes on one row in a ${width}px column`, async () => {
      for (const precision of ['minute', 'second']) {
        const host = await fixture(
          `<div style="inline-size: ${width}px"><cmhw-countdown precision="${precision}" now="2023-02-01T12:00"></cmhw-countdown></div>`,
        );
        const el = host.firstElementChild as CmhwCountdown;
        await el.updateComplete;
        const tops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="unit"]')].map((unit) => unit.offsetTop);
        expect(new Set(tops).size, `${precision}: ${tops.join(', ')}`).to.equal(1);
      }
    });
  }
});

const EDITION_WEEKS: Record<string, { start: number; end: number }> = {
  '2023': { start: Date.UTC(2023, 1, 6), end: Date.UTC(2023, 1, 13) },
  '2024': { start: Date.UTC(2024, 1, 5), end: Date.UTC(2024, 1, 12) },
  '2025': { start: Date.UTC(2025, 1, 3), end: Date.UTC(2025, 1, 10) },
  '2026': { start: Date.UTC(2026, 1, 9), end: Date.UTC(2026, 1, 16) },
};

describe('<cmhw-countdown> at any moment (property test)', () => {
  it('always shows a complete, well-formed text whose phase matches the moment', async () => {
    const host = await fixture(html`<div></div>`);
    const el = document.createElement('cmhw-countdown') as CmhwCountdown;
    host.append(el);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom('day', 'hour', 'minute', 'second'),
        fc.constantFrom('2023', '2024', '2025', '2026'),
        async (instant, precision, edition) => {
          el.setAttribute('edition', edition);
          el.setAttribute('precision', precision);
          el.setAttribute('now', new Date(instant).toISOString());
          await el.updateComplete;
          const text = shadowText(el);
          expect(text).not.to.match(BROKEN_TEXT);
          const phase = el.getAttribute('phase');
          const { start, end } = EDITION_WEEKS[edition]!; // February: UK time is UTC
          expect(phase).to.equal(instant < start ? 'before' : instant < end ? 'during' : 'after');
          expect(text).to.contain(phase === 'after' ? 'took place' : phase === 'during' ? 'is on now' : 'starts in');
          if (phase === 'during') expect(sentence(el)).to.match(/day [1-7] of 7/);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('<cmhw-countdown> bad input: one warning naming the attribute, then the safe default', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  const cases: Array<[string, string, RegExp]> = [
    ['edition', '1999', /before|during|after/],
    ['start', 'next Monday', /./],
    ['end', '2023-02-30', /./],
    ['now', 'tomorrow', /./],
    ['precision', 'fortnight', /./],
  ];
  for (const [attribute, value] of cases) {
    it(`${attribute}="${value}"`, async () => {
      const host = await fixture(html`<div></div>`);
      const el = document.createElement('cmhw-countdown');
      if (attribute !== 'now') el.setAttribute('now', '2023-02-08T12:00');
      el.setAttribute(attribute, value);
      host.append(el);
      await el.updateComplete;
      const mine = warnings.messages.filter((message) => message.includes(`${attribute}=`));
      expect(mine, warnings.messages.join('\n')).to.have.length(1);
      expect(mine[0]).to.contain('<cmhw-countdown>').and.contain(JSON.stringify(value)).and.contain('Expected');
      expect(shadowText(el)).not.to.match(BROKEN_TEXT);
      expect(shadowText(el).length).to.be.greaterThan(20);
      // The fallback is the default edition's week.
      if (attribute !== 'now') expect(sentence(el)).to.contain('day 3 of 7');
      // Re-rendering does not repeat the warning.
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter((message) => message.includes(`${attribute}=`))).to.have.length(1);
    });
  }

  it('an end before start falls back to the edition dates', async () => {
    const el = await countdownAt('2023-02-08T12:00', 'start="2023-03-10" end="2023-03-01"');
    expect(sentence(el)).to.contain('day 3 of 7');
    expect(warnings.messages.some((message) => message.includes('end="2023-03-01"'))).to.equal(true);
  });
});

describe('<cmhw-countdown> on the live clock (fake timers)', () => {
  let clock: sinon.SinonFakeTimers;
  before(() => {
    // The shared clock rightly sleeps on a hidden page, so these tests need a visible one.
    expect(document.visibilityState, 'the test page must be visible (run test files one at a time)').to.equal('visible');
  });
  const install = (now: number) => {
    clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  };
  afterEach(() => {
    fixtureCleanup();
    clock?.restore();
  });

  async function live(now: number, attributes = '') {
    install(now);
    return countdownAt('', attributes);
  }

  for (const timeZone of ['Europe/London', 'America/Los_Angeles', 'Pacific/Auckland']) {
    describe(`in the ${timeZone} time zone`, () => {
      useTimeZone(timeZone);

      it('runs in that zone', () => {
        expect(currentTimeZone()).to.equal(timeZone);
      });

      it('crosses the start at 00:00 UK time exactly: start−1 ms is before, start is during (day 1)', async () => {
        const el = await live(START - 1);
        expect(el.getAttribute('phase')).to.equal('before');
        expect(sentence(el)).to.equal("Children's Mental Health Week starts in 1 minute.");
        const changed = oneEvent(el, 'cmhw-phase-change');
        clock.tick(1);
        expect(((await changed) as CustomEvent).detail.phase).to.equal('during');
        await el.updateComplete;
        expect(el.getAttribute('phase')).to.equal('during');
        expect(sentence(el)).to.contain('day 1 of 7').and.contain('ends in 7 days.');
      });

      it('crosses the end at 24:00 UK time on the last day: end−1 ms is day 7, end is after', async () => {
        const el = await live(END - 1);
        expect(el.getAttribute('phase')).to.equal('during');
        expect(sentence(el)).to.contain('day 7 of 7').and.contain('ends in 1 minute');
        clock.tick(1);
        await el.updateComplete;
        expect(el.getAttribute('phase')).to.equal('after');
        expect(shadowText(el)).to.contain('took place');
      });

      it('shows the UK day number all week (changes at UK midnight, not local midnight)', async () => {
        const el = await live(START + 12 * HOUR);
        for (let day = 1; day <= 7; day += 1) {
          expect(sentence(el)).to.contain(`day ${day} of 7`);
          clock.tick(DAY);
          await el.updateComplete;
        }
        expect(el.getAttribute('phase')).to.equal('after');
      });
    });
  }

  it('updates minute by minute with the default precision, waking once per minute', async () => {
    const el = await live(START - 2 * HOUR - 30_000);
    expect(unitTexts(el)).to.deep.equal(['0 days', '2 hours', '1 minute']);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(29_999);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['0 days', '2 hours', '1 minute']);
    clock.tick(1);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['0 days', '2 hours', '0 minutes']);
    // The next change is a whole minute away, and nothing happens before it.
    clock.tick(59_999);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['0 days', '2 hours', '0 minutes']);
    clock.tick(1);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['0 days', '1 hour', '59 minutes']);
  });

  it('wakes exactly at each whole unit: 60 wakes for an hour of a minute countdown', async () => {
    await live(START - 10 * HOUR);
    const setTimeoutSpy = sinon.spy(globalThis, 'setTimeout');
    clock.tick(HOUR);
    const wakes = setTimeoutSpy.callCount;
    setTimeoutSpy.restore();
    expect(wakes).to.equal(60);
  });

  it('leaves no timer and no listener behind when removed', async () => {
    const added = sinon.spy(document, 'addEventListener');
    const removed = sinon.spy(document, 'removeEventListener');
    const visibility = (spy: sinon.SinonSpy) => spy.getCalls().filter((call) => call.args[0] === 'visibilitychange').length;
    try {
      const el = await live(START - DAY);
      expect(clock.countTimers()).to.equal(1);
      expect(visibility(added)).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(sharedClock.size).to.equal(0);
      expect(visibility(removed)).to.equal(1);
    } finally {
      added.restore();
      removed.restore();
    }
  });

  it('runs one clock timer for 50 countdowns', async () => {
    install(START - DAY);
    const host = await fixture(html`<div></div>`);
    for (let i = 0; i < 50; i += 1) host.append(document.createElement('cmhw-countdown'));
    await Promise.all([...host.children].map((el) => (el as CmhwCountdown).updateComplete));
    expect(clock.countTimers()).to.equal(1);
    expect(sharedClock.size).to.equal(50);
    clock.tick(60_000);
    expect(clock.countTimers()).to.equal(1);
  });

  it('sets no timer at all when frozen by `now`, or once the week is over', async () => {
    install(START - DAY);
    await countdownAt('2023-02-01T12:00');
    expect(clock.countTimers()).to.equal(0);
    fixtureCleanup();
    await countdownAt('', '');
    clock.setSystemTime(END + DAY);
    clock.runAll();
    expect(clock.countTimers()).to.equal(0);
  });

  describe('while the page is hidden', () => {
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    afterEach(() => {
      delete (document as { visibilityState?: unknown }).visibilityState;
    });

    it('sets no timer, and shows the right time at once when the page is shown again', async () => {
      const el = await live(START - 3 * DAY - 30_000);
      expect(unitTexts(el)[0]).to.equal('3 days');
      setVisibility('hidden');
      expect(clock.countTimers()).to.equal(0);
      // A laptop asleep for two days: no tick happens, the clock just jumps.
      clock.setSystemTime(START - DAY - 30_000);
      setVisibility('visible');
      await el.updateComplete;
      expect(unitTexts(el)).to.deep.equal(['1 day', '0 hours', '1 minute']);
      expect(clock.countTimers()).to.equal(1);
    });
  });

  it('reads Date.now() at each wake: a clock that jumps forward shows the right time at the next wake', async () => {
    const el = await live(START - 5 * DAY);
    clock.setSystemTime(START - 2 * DAY + 1); // the system clock jumps 3 days
    clock.tick(60_000);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['1 day', '23 hours', '59 minutes']);
  });

  it('shows the current time at once when put back on the page after being removed', async () => {
    const el = await live(START - 2 * DAY, 'precision="day"');
    const parent = el.parentElement!;
    el.remove();
    clock.setSystemTime(START + HOUR);
    parent.append(el);
    await el.updateComplete;
    expect(el.getAttribute('phase')).to.equal('during');
    expect(sentence(el)).to.contain('day 1 of 7');
  });

  it('re-renders only the widgets whose display changes at a wake', async () => {
    install(START - 2 * DAY);
    const host = await fixture(html`<div>
      <cmhw-countdown precision="day"></cmhw-countdown><cmhw-countdown precision="second"></cmhw-countdown>
    </div>`);
    const [byDay, bySecond] = [...host.children] as CmhwCountdown[];
    await byDay!.updateComplete;
    const dayRenders = sinon.spy(byDay!, 'render');
    const secondRenders = sinon.spy(bySecond!, 'render');
    for (let i = 0; i < 10; i += 1) {
      clock.tick(1000);
      await byDay!.updateComplete;
      await bySecond!.updateComplete;
    }
    expect(secondRenders.callCount).to.equal(10);
    expect(dayRenders.callCount).to.equal(0);
  });

  it('after a long sleep that its timer did not count, is right again within a minute', async () => {
    const el = await live(START - 5 * DAY + HOUR, 'precision="day"');
    expect(unitTexts(el)).to.deep.equal(['5 days']);
    // The computer sleeps for three days: the wall clock moves on, the pending timer does not.
    clock.setSystemTime(START - 2 * DAY + HOUR);
    clock.tick(60_000);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['2 days']);
  });

  it('a clock that jumps back an hour shows the right time at the next wake', async () => {
    const el = await live(START - 2 * HOUR);
    expect(unitTexts(el)).to.deep.equal(['0 days', '2 hours', '0 minutes']);
    clock.setSystemTime(START - 3 * HOUR);
    clock.tick(60_000);
    await el.updateComplete;
    expect(unitTexts(el)).to.deep.equal(['0 days', '2 hours', '59 minutes']);
  });

  describe('pausing a seconds countdown (WCAG 2.2.2)', () => {
    it('offers a pause button that stops the numbers and a resume button that brings them back to now', async () => {
      const el = await live(START - 90_000, 'precision="second"');
      const button = pauseButton(el)!;
      expect(button.textContent!.trim()).to.equal('Pause countdown');
      expect(unitTexts(el).slice(-2)).to.deep.equal(['1 minute', '30 seconds']);

      button.click();
      await el.updateComplete;
      expect(pauseButton(el)!.textContent!.trim()).to.equal('Resume countdown');
      expect(clock.countTimers()).to.equal(0);
      clock.tick(10_000);
      await el.updateComplete;
      expect(unitTexts(el).slice(-2)).to.deep.equal(['1 minute', '30 seconds']);

      pauseButton(el)!.click();
      await el.updateComplete;
      expect(unitTexts(el).slice(-2)).to.deep.equal(['1 minute', '20 seconds']);
      expect(pauseButton(el)!.textContent!.trim()).to.equal('Pause countdown');
    });

    it('passes an axe check while running and while paused', async () => {
      const el = await live(START - 90_000, 'precision="second"');
      clock.restore(); // axe waits on real timers
      await expect(el).to.be.accessible();
      pauseButton(el)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('keeps keyboard focus in the widget when the button goes away as the week ends', async () => {
      const el = await live(END - 1500, 'precision="second"');
      pauseButton(el)!.focus();
      clock.tick(1500);
      await el.updateComplete;
      expect(el.getAttribute('phase')).to.equal('after');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('a'));
    });

    it('keeps keyboard focus in the widget when the page freezes it with `now`', async () => {
      const el = await live(START - 90_000, 'precision="second"');
      pauseButton(el)!.focus();
      el.setAttribute('now', '2023-02-01T12:00');
      await el.updateComplete;
      expect(pauseButton(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="container"]'));
      expect(document.activeElement).to.equal(el);
    });

    it('can be paused from the keyboard', async () => {
      const el = await live(START - 90_000, 'precision="second"');
      pauseButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(pauseButton(el)!.textContent!.trim()).to.equal('Resume countdown');
      await sendKeys({ press: ' ' }); // the space bar
      await el.updateComplete;
      expect(pauseButton(el)!.textContent!.trim()).to.equal('Pause countdown');
    });

    it('is not offered when nothing moves every second', async () => {
      expect(pauseButton(await live(START - 90_000))).to.equal(null);
      fixtureCleanup();
      clock.restore();
      expect(pauseButton(await countdownAt('2023-02-01T12:00', 'precision="second"'))).to.equal(null);
    });
  });
});
