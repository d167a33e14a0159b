import { expect, fixture, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/tip-card/define.js';
import type { CmhwTipCard, TipChangeDetail } from '../../src/elements/tip-card/tip-card.js';
import { sharedClock } from '../../src/controllers/clock.js';
import { dayNumber, ukDateAt } from '../../src/core/uk-time.js';
import {
  BROKEN_TEXT,
  captureWarnings,
  currentTimeZone,
  emulateMedia,
  engine,
  shadowText,
  skipBecause,
  useTimeZone,
} from '../support/helpers.js';

const SECOND = 1000;
const INTERVAL = 30 * SECOND; // the default
// A moment on the page-wide grid of 30-second steps, plus 5 s: the first change is at the first step at least a
// whole interval away, so at T0 + 55 s.
const T0 = Date.UTC(2023, 1, 8, 12) + 5 * SECOND;
const FIRST_CHANGE = T0 + 55 * SECOND - T0;
const TITLES = [
  'Connect in everyday moments',
  'Talk about the people who matter to them',
  'Be curious about their friends',
  'Take an interest in their world',
  'Make time together as a family',
  'Repair and reconnect after a row',
];

const root = (el: Element) => el.shadowRoot!;
const shown = (el: Element) => root(el).querySelector('.slide.shown')!;
const shownTitle = (el: Element) => shown(el).querySelector('[part="title"]')!.textContent!.trim();
const counter = (el: Element) => root(el).querySelector('[part="counter"]')?.textContent?.trim();
const button = (el: Element, name: 'rotation' | 'previous' | 'next') =>
  root(el).querySelector<HTMLButtonElement>(`[part~="${name}"]`);
const slides = (el: Element) => root(el).querySelector('[part="slides"]')!;

let clock: sinon.SinonFakeTimers | undefined;

function install(now = T0) {
  clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

async function card(attributes = '', content = '', wrapper = '') {
  const host = await fixture(`<div ${wrapper}><cmhw-tip-card ${attributes}>${content}</cmhw-tip-card></div>`);
  const el = host.firstElementChild as CmhwTipCard;
  await el.updateComplete;
  return el;
}

/** Runs the fake clock on by `ms` and lets the cards render. */
async function tick(ms: number, ...els: CmhwTipCard[]) {
  clock!.tick(ms);
  await Promise.all(els.map((el) => el.updateComplete));
}

function recordChanges(el: HTMLElement): TipChangeDetail[] {
  const seen: TipChangeDetail[] = [];
  el.addEventListener('cmhw-tip-change', (event) => seen.push(event.detail));
  return seen;
}

/**
 * Waits, frame by frame, until the page's IntersectionObservers have reported and the card has acted on it: the
 * condition, checked after each frame, for at most 600 frames (a deadline, never reached when the card is right).
 * Observers report in a task after a frame, in no fixed order between observers, so a fixed number of frames, or
 * another observer's report, would only usually be enough.
 */
async function untilFrame(condition: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 600; frame++) {
    if (condition()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  expect.fail(`after 600 frames: ${what}`);
}

afterEach(() => {
  fixtureCleanup();
  clock?.restore();
  clock = undefined;
});

describe('<cmhw-tip-card>', () => {
  before(() => {
    expect(document.visibilityState, 'the test page must be visible (one test file at a time)').to.equal('visible');
  });

  describe('what it shows', () => {
    it('shows the 2023 edition\'s first tip, its title and text, with "Tip 1 of 6"', async () => {
      const el = await card();
      expect(shownTitle(el)).to.equal(TITLES[0]);
      expect(shown(el).querySelector('[part="text"]')!.textContent).to.contain('Small moments of being together matter.');
      expect(counter(el)).to.equal('Tip 1 of 6');
      expect(root(el).querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Tips for parents and carers');
      expect(shadowText(el)).not.to.match(BROKEN_TEXT);
    });

    it('carries the APG carousel roles and labels: a labelled region, slides as groups labelled "n of 6"', async () => {
      const el = await card();
      const region = root(el).querySelector('[part="container"]')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(root(el).getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Tips for parents and carers',
      );
      const groups = [...root(el).querySelectorAll('[part="slide"]')];
      expect(groups.map((group) => group.getAttribute('aria-label'))).to.deep.equal([
        '1 of 6',
        '2 of 6',
        '3 of 6',
        '4 of 6',
        '5 of 6',
        '6 of 6',
      ]);
      for (const group of groups) {
        expect(group.getAttribute('role')).to.equal('group');
        expect(group.getAttribute('aria-roledescription')).to.equal('slide');
      }
      // Previous and next name the box of slides they change (the APG example's regression test asserts it).
      const slidesBox = root(el).querySelector('[part="slides"]')!;
      for (const name of ['previous', 'next'] as const) {
        const controlled = root(el).getElementById(button(el, name)!.getAttribute('aria-controls') ?? '');
        expect(controlled, `${name} controls the slides`).to.equal(slidesBox);
      }
      expect(groups.every((group) => group.parentElement === slidesBox)).to.equal(true);
      // Only the tip shown is visible, to eyes and to screen readers.
      expect(groups.map((group) => getComputedStyle(group).visibility)).to.deep.equal(['visible', ...Array(5).fill('hidden')]);
    });

    it('gives every control a name that says what it does, the rotation control first', async () => {
      install();
      const el = await card();
      const buttons = [...root(el).querySelectorAll('button')];
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Stop rotating tips', 'Previous tip', 'Next tip']);
      button(el, 'rotation')!.click();
      await el.updateComplete;
      expect(button(el, 'rotation')!.getAttribute('aria-label')).to.equal('Start rotating tips');
    });

    it('speaks Welsh, Polish and Urdu, numbers through Intl', async () => {
      const cy = await card('lang="cy"');
      expect(counter(cy)).to.equal('Awgrym 1 o 6');
      expect(shownTitle(cy)).not.to.equal(TITLES[0]);
      expect(root(cy).querySelector('[part="slide"]')!.getAttribute('aria-roledescription')).to.equal('sleid');
      const pl = await card('lang="pl"');
      expect(counter(pl)).to.equal('Porada 1 z 6');
      const ur = await card('lang="ur"');
      const six = new Intl.NumberFormat('ur').format(6);
      expect(counter(ur)).to.contain(six).and.contain('مشورہ');
      expect(root(ur).querySelector('[part="container"]')!.getAttribute('dir')).to.equal('rtl');
    });

    for (const edition of ['2024', '2025', '2026']) {
      it(`edition ${edition}, which has no tips of its own, shows the 2023 tips without a warning or a theme`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await card(`edition="${edition}"`);
          expect(shownTitle(el)).to.equal(TITLES[0]);
          expect(shadowText(el)).not.to.contain("Let's Connect").and.not.contain('2023').and.not.contain(edition);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe("the page's own tips", () => {
    const OWN = `<ul>
      <li><h3>First &lt;b&gt;own&lt;/b&gt; tip</h3><p>Read <b>this</b> &lt;img src=x onerror="window.hacked=1"&gt;</p></li>
      <li><h4>Second own tip</h4><p>More text</p></li>
    </ul>`;

    it('replace the built-in tips, their HTML shown as text', async () => {
      const el = await card('', OWN);
      expect(shownTitle(el)).to.equal('First <b>own</b> tip');
      expect(shown(el).querySelector('[part="text"]')!.textContent).to.equal('Read this <img src=x onerror="window.hacked=1">');
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      expect(counter(el)).to.equal('Tip 1 of 2');
      el.next();
      await el.updateComplete;
      expect(shownTitle(el)).to.equal('Second own tip');
    });

    it('are picked up when the page fills or changes them after the card is on the page', async () => {
      const el = await card();
      el.innerHTML = OWN;
      await el.updateComplete; // the mutation observer's callback runs as a microtask first
      await el.updateComplete;
      expect(counter(el)).to.equal('Tip 1 of 2');
      const item = document.createElement('li');
      item.innerHTML = '<h3>Third</h3><p>Added later</p>';
      el.querySelector('ul')!.append(item);
      await Promise.resolve();
      await el.updateComplete;
      expect(counter(el)).to.equal('Tip 1 of 3');
      el.replaceChildren();
      await Promise.resolve();
      await el.updateComplete;
      expect(counter(el)).to.equal('Tip 1 of 6');
    });

    it('are what a visitor sees before the script runs (the list, as written)', async () => {
      const host = await fixture(`<div><cmhw-tip-card-not-defined>${OWN}</cmhw-tip-card-not-defined></div>`);
      expect(host.textContent).to.contain('Second own tip');
    });
  });

  describe('rotation (fake timers)', () => {
    beforeEach(() => install());

    it('advances every interval, on the page-wide grid, and says the timer moved it', async () => {
      const el = await card();
      const changes = recordChanges(el);
      await tick(FIRST_CHANGE - 1, el);
      expect(el.index).to.equal(0);
      await tick(1, el);
      expect(el.index).to.equal(1);
      expect(shownTitle(el)).to.equal(TITLES[1]);
      expect(counter(el)).to.equal('Tip 2 of 6');
      expect(Date.now() % INTERVAL).to.equal(0);
      await tick(INTERVAL, el);
      expect(el.index).to.equal(2);
      expect(changes).to.deep.equal([
        { index: 1, cause: 'timer' },
        { index: 2, cause: 'timer' },
      ]);
    });

    it('fires cmhw-tip-change, bubbling out of shadow roots, with the index and the cause', async () => {
      const el = await card();
      const event = oneEvent(document.body, 'cmhw-tip-change');
      button(el, 'next')!.click();
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ index: 1, cause: 'visitor' });
      expect(bubbles && composed).to.equal(true);
    });

    it('follows `interval`', async () => {
      const el = await card('interval="10"');
      await tick(20 * SECOND, el); // the first step at least 10 s away from T0 (…:05) is …:20
      expect(el.index).to.equal(1);
      await tick(10 * SECOND, el);
      expect(el.index).to.equal(2);
    });

    it('previous and next wrap around, and are announced politely only when stopped', async () => {
      const el = await card();
      const changes = recordChanges(el);
      expect(slides(el).getAttribute('aria-live')).to.equal('off');
      button(el, 'previous')!.click();
      await el.updateComplete;
      expect(shownTitle(el)).to.equal(TITLES[5]);
      expect(counter(el)).to.equal('Tip 6 of 6');
      button(el, 'next')!.click();
      await el.updateComplete;
      expect(shownTitle(el)).to.equal(TITLES[0]);
      expect(changes).to.deep.equal([
        { index: 5, cause: 'visitor' },
        { index: 0, cause: 'visitor' },
      ]);
      el.pause();
      await el.updateComplete;
      expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    });

    it('gives the tip a visitor chose a whole interval', async () => {
      const el = await card();
      await tick(FIRST_CHANGE - 2 * SECOND, el);
      el.next();
      await el.updateComplete;
      await tick(2 * SECOND, el);
      expect(el.index, 'not moved 2 s after the visitor').to.equal(1);
      await tick(INTERVAL, el);
      expect(el.index).to.equal(2);
    });

    it('pauses while the pointer is over the card and resumes when it leaves', async () => {
      const el = await card();
      el.dispatchEvent(new PointerEvent('pointerenter'));
      await tick(5 * INTERVAL, el);
      expect(el.index).to.equal(0);
      expect(clock!.countTimers(), 'no timer while hovered').to.equal(0);
      expect(button(el, 'rotation')!.getAttribute('aria-label'), 'still rotating: only hovered').to.equal('Stop rotating tips');
      el.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      // The first change a whole interval after leaving, at the next step of the grid.
      await tick(INTERVAL, el);
      expect(el.index).to.equal(0);
      await tick(INTERVAL, el);
      expect(el.index).to.equal(1);
    });

    it('does not resume on leaving when the visitor paused it', async () => {
      const el = await card();
      el.dispatchEvent(new PointerEvent('pointerenter'));
      button(el, 'rotation')!.click();
      el.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      await tick(5 * INTERVAL, el);
      expect(el.index).to.equal(0);
    });

    it('stops when keyboard focus enters, stays stopped after focus leaves, and rotates again after play', async () => {
      const el = await card();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).activeElement, 'the rotation control is first in the tab order').to.equal(button(el, 'rotation'));
      expect(button(el, 'rotation')!.getAttribute('aria-label')).to.equal('Start rotating tips');
      expect(slides(el).getAttribute('aria-live')).to.equal('polite');
      before.focus(); // focus leaves
      await tick(5 * INTERVAL, el);
      expect(el.index, 'still stopped after focus left').to.equal(0);
      expect(clock!.countTimers()).to.equal(0);
      button(el, 'rotation')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el, 'rotation')!.getAttribute('aria-label')).to.equal('Stop rotating tips');
      await tick(2 * INTERVAL, el);
      expect(el.index).to.be.greaterThan(0);
      before.remove();
    });

    it('keyboard: Tab reaches rotation, previous, next in that order; Enter and Space press them', async () => {
      const el = await card();
      button(el, 'rotation')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button(el, 'previous'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.index).to.equal(5);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button(el, 'next'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      button(el, 'rotation')!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button(el, 'rotation')!.getAttribute('aria-label')).to.equal('Stop rotating tips');
    });

    it('no timer once removed', async () => {
      const el = await card();
      expect(clock!.countTimers()).to.equal(1);
      el.remove();
      expect(clock!.countTimers()).to.equal(0);
      expect(sharedClock.size).to.equal(0);
    });

    it('100 cards share one timer, wake the page once per interval and change together', async () => {
      const host = await fixture<HTMLElement>('<div></div>');
      const els: CmhwTipCard[] = [];
      for (let batch = 0; batch < 4; batch++) {
        // Cards added at different moments still fall due together.
        const fresh = Array.from({ length: 25 }, () => document.createElement('cmhw-tip-card'));
        host.append(...fresh);
        els.push(...fresh);
        await Promise.all(fresh.map((el) => el.updateComplete));
        await tick(7 * SECOND, ...els);
      }
      expect(clock!.countTimers()).to.equal(1);
      // Each wake of the page is one run of the clock's one timer: count them over ten intervals.
      const end = Date.now() + 10 * INTERVAL;
      let wakes = 0;
      while (clock!.countTimers() > 0 && Date.now() + 0 < end) {
        clock!.next();
        wakes += 1;
        await Promise.all(els.map((el) => el.updateComplete));
        expect(clock!.countTimers()).to.equal(1);
      }
      expect(wakes).to.be.at.most(11);
      expect(new Set(els.map((el) => el.index)).size, 'all on the same tip').to.equal(1);
    });

    it('does no timer work while the card is off screen, and resumes when scrolled back', async function () {
      const el = await card('', '', 'style="margin-block-start: 300vh"');
      await untilFrame(() => clock!.countTimers() === 0, 'a card nobody can see still has a timer');
      el.scrollIntoView();
      await untilFrame(() => clock!.countTimers() === 1, 'the card, scrolled into view, did not start rotating again');
      // On screen, it rotates again: the next change at the grid's next point a whole interval away.
      const first = shownTitle(el);
      await tick(2 * INTERVAL, el);
      expect(shownTitle(el)).not.to.equal(first);
      window.scrollTo(0, 0);
    });

    it('does no timer work while the page is hidden', async () => {
      const el = await card();
      try {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        expect(clock!.countTimers()).to.equal(0);
        await tick(10 * INTERVAL, el);
        expect(el.index).to.equal(0);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
        document.dispatchEvent(new Event('visibilitychange'));
      }
      await el.updateComplete;
      // Back on the page: the visitor gets the tip they left for a whole interval, then it moves on.
      expect(el.index).to.equal(0);
      await tick(2 * INTERVAL, el);
      expect(el.index).to.equal(1);
    });

    it('rotates with `now` too (it only sets the day, which a rotating card does not show)', async () => {
      const el = await card('now="2023-02-10T09:00"');
      await tick(FIRST_CHANGE, el);
      expect(el.index).to.equal(1);
    });
  });

  describe('prefers-reduced-motion', () => {
    after(() => emulateMedia([]));

    it('starts paused, with no transition', async function () {
      if (!(await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }])))
        skipBecause(this, `${(await engine()).name} cannot emulate prefers-reduced-motion here`);
      install();
      const el = await card();
      expect(button(el, 'rotation')!.getAttribute('aria-label')).to.equal('Start rotating tips');
      expect(slides(el).getAttribute('aria-live')).to.equal('polite');
      await tick(5 * INTERVAL, el);
      expect(el.index).to.equal(0);
      expect(getComputedStyle(shown(el)).transitionDuration).to.match(/^0s/);
    });
  });

  describe('one height for every tip', () => {
    for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
      for (const width of [320, 600]) {
        it(`${lang} at ${width} px: the card never changes height, so the page below never moves`, async () => {
          const el = await card(`lang="${lang}"`, '', `style="inline-size: ${width}px"`);
          const height = el.getBoundingClientRect().height;
          const slideBox = slides(el).getBoundingClientRect().height;
          let tallest = 0;
          for (let i = 0; i < 6; i++) {
            tallest = Math.max(tallest, shown(el).getBoundingClientRect().height);
            expect(el.getBoundingClientRect().height, `tip ${i + 1}`).to.equal(height);
            el.next();
            await el.updateComplete;
          }
          expect(slideBox).to.equal(tallest);
        });
      }
    }
  });

  describe('right to left (Urdu)', () => {
    it('mirrors previous and next: previous on the right, its arrow pointing right', async () => {
      const el = await card('lang="ur"');
      const previous = button(el, 'previous')!.getBoundingClientRect();
      const next = button(el, 'next')!.getBoundingClientRect();
      expect(previous.left).to.be.greaterThan(next.left);
      const en = await card();
      expect(button(en, 'previous')!.getBoundingClientRect().left).to.be.lessThan(
        button(en, 'next')!.getBoundingClientRect().left,
      );
      // The same chevron, mirrored where it must point the other way.
      const scale = (e: Element, name: 'previous' | 'next') => getComputedStyle(button(e, name)!.querySelector('svg')!).scale;
      expect([scale(en, 'previous'), scale(en, 'next')]).to.deep.equal(['none', '-1 1']);
      expect([scale(el, 'previous'), scale(el, 'next')]).to.deep.equal(['-1 1', 'none']);
    });

    const swipe = (el: Element, dx: number) => {
      const box = slides(el).getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + 10];
      const at = (type: string, clientX: number) =>
        slides(el).dispatchEvent(
          new PointerEvent(type, { pointerType: 'touch', clientX, clientY: y, bubbles: true, composed: true }),
        );
      at('pointerdown', x);
      at('pointerup', x + dx);
    };

    it('a swipe towards the start of the line shows the next tip: leftwards in English, rightwards in Urdu', async () => {
      const en = await card();
      swipe(en, -80);
      await en.updateComplete;
      expect(en.index).to.equal(1);
      swipe(en, 80);
      await en.updateComplete;
      expect(en.index).to.equal(0);
      const ur = await card('lang="ur"');
      swipe(ur, 80);
      await ur.updateComplete;
      expect(ur.index).to.equal(1);
      swipe(ur, -80);
      await ur.updateComplete;
      expect(ur.index).to.equal(0);
      swipe(ur, 20); // too short to be a swipe
      await ur.updateComplete;
      expect(ur.index).to.equal(0);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    for (const value of ['0', '-5', 'ten', '1e9', '99999', '4', 'Infinity', '30s']) {
      it(`interval="${value}": one warning naming it and the default, then 30 s`, async () => {
        install();
        const el = await card(`interval="${value}"`);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.deep.equal([
          `<cmhw-tip-card>: interval=${JSON.stringify(value)} is not valid. Expected a number of seconds from 5 to 3600. Using 30.`,
        ]);
        await tick(FIRST_CHANGE, el);
        expect(el.index).to.equal(1);
      });
    }

    it('mode="weekly": one warning naming it and the default, then rotates', async () => {
      const el = await card('mode="weekly"');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<cmhw-tip-card>: mode="weekly" is not valid. Expected rotate or daily. Using rotate.',
      ]);
      expect(button(el, 'rotation')).not.to.equal(null);
    });

    it('accepts what it documents without a warning', async () => {
      for (const attributes of ['interval="5"', 'interval=" 12.5 "', 'interval="3600"', 'mode="DAILY"', 'mode=" rotate "'])
        await card(attributes);
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});

describe('<cmhw-tip-card mode="daily">', () => {
  it('shows no rotation control (nothing moves), but previous and next, and announces changes', async () => {
    const el = await card('mode="daily" now="2023-02-08T12:00"');
    expect(button(el, 'rotation')).to.equal(null);
    expect(button(el, 'previous')).not.to.equal(null);
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
  });

  it('shows the same tip all day for every visitor, the next one the next day', async () => {
    const day = (now: string) => card(`mode="daily" now="${now}"`).then((el) => el.index);
    const morning = await day('2023-02-08T00:00');
    expect(await day('2023-02-08T23:59:59')).to.equal(morning);
    expect(await day('2023-02-09T00:00')).to.equal((morning + 1) % 6);
    expect(morning).to.equal(dayNumber({ year: 2023, month: 2, day: 8 }) % 6);
  });

  for (const timeZone of ['Europe/London', 'America/New_York', 'Pacific/Auckland']) {
    describe(`in the ${timeZone} time zone`, () => {
      useTimeZone(timeZone);

      it('changes tip at UK midnight, not local midnight, on the shared clock', async () => {
        expect(currentTimeZone()).to.equal(timeZone);
        const ukMidnight = Date.UTC(2023, 1, 9); // GMT in February
        install(ukMidnight - 90 * 60 * SECOND); // 22:30 UK: 11:30 the next day in Auckland, 17:30 in New York
        const el = await card('mode="daily"');
        const changes = recordChanges(el);
        const before = el.index;
        expect(before).to.equal(dayNumber(ukDateAt(Date.now())) % 6);
        await tick(90 * 60 * SECOND - 1, el);
        expect(el.index).to.equal(before);
        await tick(1, el);
        expect(el.index).to.equal((before + 1) % 6);
        expect(changes).to.deep.equal([{ index: (before + 1) % 6, cause: 'timer' }]);
      });
    });
  }
});
