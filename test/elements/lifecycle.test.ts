// Widgets come and go: CMSs re-render blocks, single-page apps swap views, a page may hold hundreds. For every
// element of the table in widgets.ts: 1,000 create/attach/detach cycles leave no timer, interval, animation frame,
// listener or observer behind (counted by wrapping the platform's functions, see support/ledger.ts), and 200
// widgets on one page share one clock timer, one listener, one observer of `lang` attributes and one fitter.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { sharedClock } from '../../src/controllers/clock.js';
import { captureWarnings } from '../support/helpers.js';
import { type Live, watchPlatform } from '../support/ledger.js';
import { type AttributeKind, KINDS, WIDGETS, make } from './widgets.js';

const START = Date.UTC(2023, 1, 6); // the 2023 week starts: the default edition's, so every widget has a clock to run
const NOTHING: Live = { timers: 0, intervals: 0, frames: 0, listeners: 0, observers: 0 };
/**
 * The page-wide observers a widget needs, whatever their number: the one of `lang` attributes and the one
 * IntersectionObserver that fits a widget to its height below the viewport (`fitted`, while a widget on the page
 * is not yet fitted, as these on screen are not), and for the tip card also the one IntersectionObserver (off
 * screen, no timer work) and the one MutationObserver of its tips.
 */
const OBSERVERS: Record<string, number> = { 'cmhw-tip-card': 4 };
const observersOf = (tag: string) => OBSERVERS[tag] ?? 2;

/** Whether an event target belongs to one of the kit's widgets (the widget, its shadow root or anything in it). */
function insideWidget(target: EventTarget): boolean {
  for (let node = target as Node | null; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.localName in WIDGETS) return true;
  }
  return false;
}

/** Attribute values for cycle `index`: each attribute goes through its valid values and absence, and every other widget runs on the live clock. */
function attributesFor(tag: string, index: number): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const [name, kindName] of Object.entries(WIDGETS[tag]!)) {
    const { valid } = KINDS[kindName] as AttributeKind;
    const pick = (index + name.length) % (valid.length + 1);
    attributes[name] = pick < valid.length ? valid[pick]! : null;
  }
  if (index % 2 === 0) attributes.now = null;
  return attributes;
}

describe('widgets coming and going', () => {
  let host: HTMLElement;
  let ledger: ReturnType<typeof watchPlatform> | undefined;
  let clock: sinon.SinonFakeTimers | undefined;
  let warnings: ReturnType<typeof captureWarnings> | undefined;

  before(() => {
    // The clock sleeps on a hidden page, which would hide its timer from these counts.
    expect(document.visibilityState, 'the test page must be visible (one test file at a time)').to.equal('visible');
  });
  beforeEach(() => {
    // Date only: the clock's timers are the platform's own, counted by the ledger, and never waited for.
    clock = sinon.useFakeTimers({ now: START - 3 * 3_600_000, toFake: ['Date'] });
    warnings = captureWarnings();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    ledger?.stop();
    ledger = undefined;
    host.remove();
    warnings?.restore();
    clock?.restore();
  });

  for (const tag of Object.keys(WIDGETS)) {
    describe(`<${tag}>`, () => {
      it('is seen by the ledger while on the page: one clock timer, one listener, one language observer and one fitter', async () => {
        ledger = watchPlatform(insideWidget);
        const el = make(tag, { precision: 'second' });
        host.append(el);
        await el.updateComplete;
        expect(ledger.live()).to.deep.equal({ ...NOTHING, timers: 1, listeners: 1, observers: observersOf(tag) });
        // Pressed, it takes its own height (fitted), and the fitter goes with the last widget not fitted.
        el.dispatchEvent(new Event('pointerdown'));
        expect(el.matches(':state(fitted)'), 'fitted once pressed').to.equal(true);
        expect(ledger.live().observers).to.equal(observersOf(tag) - 1);
        el.remove();
        expect(ledger.live()).to.deep.equal(NOTHING);
      });

      it('leaves nothing behind after 1,000 create/attach/detach cycles', async function () {
        this.timeout(600_000); // a hang guard: 1,000 cycles take seconds, more in WebKit on a busy machine
        ledger = watchPlatform(insideWidget);
        const other = document.createElement('section');
        host.append(other);
        let kept = make(tag);
        for (let index = 0; index < 1000; index += 1) {
          const fresh = index % 4 !== 3;
          const el = fresh ? make(tag, attributesFor(tag, index)) : kept;
          host.append(el);
          switch (index % 4) {
            case 0: // rendered, then removed
              await el.updateComplete;
              break;
            case 1: // removed before it ever rendered
              break;
            case 2: // rendered, moved elsewhere on the page, changed there
              await el.updateComplete;
              other.append(el);
              el.setAttribute('now', index % 8 === 2 ? '2023-02-08T12:00' : '');
              await el.updateComplete;
              break;
            case 3: // the same element put back on the page again and again
              await el.updateComplete;
              break;
          }
          el.remove();
          await el.updateComplete;
          if (index % 4 === 3) kept = index % 100 === 99 ? make(tag) : kept;
        }
        expect(ledger.live(), ledger.listening().join(', ')).to.deep.equal(NOTHING);
        expect(sharedClock.size).to.equal(0);
      });

      it('runs one clock timer, one listener, one language observer and one fitter for 200 widgets on one page', async () => {
        ledger = watchPlatform(insideWidget);
        const widgets = Array.from({ length: 200 }, (_, index) => make(tag, { ...attributesFor(tag, index * 2), now: null }));
        host.append(...widgets);
        await Promise.all(widgets.map((el) => el.updateComplete));
        expect(sharedClock.size).to.equal(200);
        // Dismissible banners share one more: the window's `storage` event (a dismissal in another tab).
        const storage = widgets.some((el) => el.localName === 'cmhw-banner' && el.hasAttribute('dismissible')) ? 1 : 0;
        expect(ledger.live(), ledger.listening().join(', ')).to.deep.equal({
          ...NOTHING,
          timers: 1,
          listeners: 1 + storage,
          observers: observersOf(tag),
        });
        widgets.forEach((el) => el.remove());
        expect(ledger.live()).to.deep.equal(NOTHING);
      });
    });
  }
});
