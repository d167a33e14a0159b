import { expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/banner/define.js';
import '../../src/elements/countdown/define.js';
import { CmhwBanner } from '../../src/elements/banner/banner.js';
import { sharedClock } from '../../src/controllers/clock.js';
import { BROKEN_TEXT, captureWarnings, engine, emulateMedia, shadowText, skipBecause } from '../support/helpers.js';
import { loadFrame, removeFrames } from '../support/frames.js';

const START = Date.UTC(2023, 1, 6); // 00:00 UK time on Monday 6 February 2023 (GMT, so also 00:00Z)
const END = Date.UTC(2023, 1, 13); // 24:00 UK time on Sunday 12 February
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const KEY = 'cmhw-widgets:banner-dismissed:';
const OFFICIAL = 'https://www.childrensmentalhealthweek.org.uk/';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const closeButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
/** Whether the banner takes room on the page (a hidden one is `display: none`). */
const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;

async function bannerAt(now: string, extra = '', wrapper = '<div>') {
  const host = await fixture(`${wrapper}<cmhw-banner now="${now}" ${extra}></cmhw-banner></div>`);
  const el = host.querySelector('cmhw-banner')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  fixtureCleanup();
  // Nothing a test dismissed may hide another test's banners (the test files share one browser profile).
  CmhwBanner.clearDismissals();
  localStorage.clear();
});

describe('<cmhw-banner> at fixed moments (the `now` attribute)', () => {
  it('before the week: the theme, how many days until it starts, the dates, the about text, the link, the hashtag', async () => {
    const el = await bannerAt('2023-02-01T12:00');
    expect(el.getAttribute('phase')).to.equal('before');
    expect(el.phase).to.equal('before');
    expect(text(el, 'heading')).to.equal("Let's Connect");
    expect(text(el, 'status')).to.equal("Children's Mental Health Week starts in 5 days.");
    expect(text(el, 'dates')).to.match(/^6\s?–\s?12 February 2023$/);
    expect(text(el, 'about')).to.match(/^This year is about meaningful connection/);
    expect(text(el, 'hashtag')).to.equal('#ChildrensMentalHealthWeek');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal(OFFICIAL);
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Free resources for schools and families childrensmentalhealthweek.org.uk',
    );
    expect(shadowText(el)).not.to.match(BROKEN_TEXT);
  });

  it('on the last day before the week: the hours left, rounded up', async () => {
    const el = await bannerAt('2023-02-05T20:30');
    expect(text(el, 'status')).to.equal("Children's Mental Health Week starts in 4 hours.");
    el.now = '2023-02-05T00:00';
    await el.updateComplete;
    expect(text(el, 'status')).to.equal("Children's Mental Health Week starts in 24 hours.");
    el.now = '2023-02-04T23:59';
    await el.updateComplete;
    expect(text(el, 'status')).to.equal("Children's Mental Health Week starts in 2 days.");
  });

  it('during the week: which day of the seven it is', async () => {
    const el = await bannerAt('2023-02-08T12:00');
    expect(el.getAttribute('phase')).to.equal('during');
    expect(text(el, 'status')).to.equal("Children's Mental Health Week is on now: day 3 of 7.");
    el.now = '2023-02-12T23:59';
    await el.updateComplete;
    expect(text(el, 'status')).to.equal("Children's Mental Health Week is on now: day 7 of 7.");
  });

  it('after the week: a thank-you, and the link goes to the official site (even when the page chose another)', async () => {
    const el = await bannerAt('2023-02-20T09:00', 'href="https://partner.example/resources"');
    expect(el.getAttribute('phase')).to.equal('after');
    expect(text(el, 'status')).to.equal("Thank you for taking part in Children's Mental Health Week 2023.");
    expect(part(el, 'about')).to.equal(null);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal(OFFICIAL);
    expect(link.textContent).to.contain('Find out more on the official website');
  });

  it('is a region named by its heading, a real heading of level 2 by default', async () => {
    const el = await bannerAt('2023-02-01T12:00');
    const region = part(el, 'container')!;
    expect(region.localName).to.equal('section');
    const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal("Let's Connect");
  });

  for (const level of [1, 3, 6]) {
    it(`heading-level="${level}" makes the theme an <h${level}>`, async () => {
      const el = await bannerAt('2023-02-01T12:00', `heading-level="${level}"`);
      expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
    });
  }

  it('a bad heading level warns once, naming it, and uses 2', async () => {
    const warnings = captureWarnings();
    try {
      const el = await bannerAt('2023-02-01T12:00', 'heading-level="7"');
      expect(part(el, 'heading')!.localName).to.equal('h2');
      el.headingLevel = 'two';
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('<cmhw-banner>').and.contain('heading-level="7"').and.contain('Using 2');
    } finally {
      warnings.restore();
    }
  });

  it("another edition: its theme and dates, and a general sentence, never 2023's about text", async () => {
    const el = await bannerAt('2024-01-20T12:00', 'edition="2024"');
    expect(text(el, 'heading')).to.equal('My Voice Matters');
    expect(text(el, 'dates')).to.match(/^5\s?–\s?11 February 2024$/);
    expect(text(el, 'about')).to.match(/^Every February, schools, families and communities/);
    expect(shadowText(el)).not.to.contain('meaningful connection').and.not.contain("Let's Connect");
  });

  it("dates given with no edition do not borrow 2023's theme or about text", async () => {
    const el = await bannerAt('2030-01-20T12:00', 'start="2030-02-04"');
    expect(text(el, 'heading')).to.equal("Children's Mental Health Week");
    expect(text(el, 'dates')).to.match(/^4\s?–\s?10 February 2030$/);
    expect(shadowText(el)).not.to.contain("Let's Connect").and.not.contain('meaningful connection');
  });

  it('an unknown edition warns once, naming it, and shows 2023', async () => {
    const warnings = captureWarnings();
    try {
      const el = await bannerAt('2023-02-01T12:00', 'edition="2031"');
      expect(text(el, 'heading')).to.equal("Let's Connect");
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<cmhw-banner>').and.contain('edition="2031"').and.contain('2023');
    } finally {
      warnings.restore();
    }
  });

  it('fires cmhw-phase-change when the moment moves into the week', async () => {
    const el = await bannerAt('2023-02-05T23:00');
    setTimeout(() => (el.now = '2023-02-06T09:00'));
    const { detail } = await oneEvent(el, 'cmhw-phase-change');
    expect(detail).to.deep.equal({ phase: 'during', previousPhase: 'before', edition: 2023 });
    expect(el.getAttribute('phase')).to.equal('during');
  });
});

describe('<cmhw-banner> href', () => {
  for (const href of ['https://partner.example/cmhw?lang=cy', 'http://intranet.school.example/wellbeing']) {
    it(`follows a page's own ${href.split(':')[0]} link, and shows its address`, async () => {
      const el = await bannerAt('2023-02-01T12:00', `href="${href}"`);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal(href);
      expect(link.querySelector('bdi')!.textContent).to.equal(new URL(href).host);
    });
  }

  for (const href of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative/page',
    'https://a b.example/',
  ]) {
    it(`refuses ${href} with one warning, and links to the official site`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await bannerAt('2023-02-01T12:00', `href="${href.replace(/"/g, '&quot;')}"`);
        expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(OFFICIAL);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.contain('<cmhw-banner>')
          .and.contain(`href=${JSON.stringify(href)}`)
          .and.contain('http')
          .and.contain(OFFICIAL);
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('<cmhw-banner> show-window', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('without one, shows at any time', async () => {
    for (const now of ['2022-06-01T12:00', '2023-02-08T12:00', '2025-06-01T12:00']) {
      const el = await bannerAt(now);
      expect(shown(el), now).to.equal(true);
    }
  });

  it('"14": shown from 14 days before the first day until the week ends, and takes no room outside it', async () => {
    const reserve = '<div style="display: grid"><div style="block-size: 10px"></div>';
    const cases: Array<[string, boolean]> = [
      ['2023-01-22T23:59', false],
      ['2023-01-23T00:00', true],
      ['2023-02-08T12:00', true],
      ['2023-02-12T23:59', true],
      ['2023-02-13T00:00', false],
    ];
    for (const [now, expected] of cases) {
      // The room a page reserves (the recommended snippet's min-block-size) is not kept outside the window.
      const el = await bannerAt(now, 'show-window="14" style="min-block-size: 20rem; margin: 1rem"', reserve);
      expect(shown(el), now).to.equal(expected);
      expect(el.parentElement!.getBoundingClientRect().height, now).to.equal(
        expected ? el.getBoundingClientRect().height + 10 + 32 : 10,
      );
      if (!expected) expect(el.shadowRoot!.querySelector('[part]'), `${now}: nothing rendered`).to.equal(null);
    }
  });

  it('"14 7": the thank-you shows for 7 days after the week, then the banner goes', async () => {
    const el = await bannerAt('2023-02-19T23:59', 'show-window="14 7"');
    expect(shown(el)).to.equal(true);
    expect(text(el, 'status')).to.match(/^Thank you/);
    el.now = '2023-02-20T00:00';
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
  });

  it('sets no timer once the window has closed, and one for the opening only before it', async () => {
    clock = sinon.useFakeTimers({ now: END + 3 * DAY, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await bannerAt('', 'show-window="14"');
    expect(shown(el)).to.equal(false);
    expect(clock.countTimers(), 'after the window').to.equal(0);
    el.remove();

    const open = START - 14 * DAY;
    clock.setSystemTime(open - 5 * MINUTE);
    const early = await bannerAt('', 'show-window="14"');
    expect(shown(early)).to.equal(false);
    expect(clock.countTimers(), 'before the window').to.equal(1);
    // It sleeps (a minute at most, so a sleeping laptop catches up) without rendering until the window opens.
    const renders = sinon.spy(early, 'render');
    await clock.tickAsync(4 * MINUTE);
    expect(renders.callCount, 'no render while waiting').to.equal(0);
    await clock.tickAsync(MINUTE);
    await early.updateComplete;
    expect(shown(early), 'at the opening').to.equal(true);
    expect(text(early, 'status')).to.equal("Children's Mental Health Week starts in 14 days.");
  });

  it('re-renders only when what it says changes: at UK midnight during the week, hourly on the last day before it', async () => {
    clock = sinon.useFakeTimers({ now: END - 20 * HOUR, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const during = await bannerAt('');
    const renders = sinon.spy(during, 'render');
    await clock.tickAsync(19 * HOUR);
    expect(renders.callCount, 'the last day of the week, until 23:00').to.equal(0);
    during.remove();

    clock.setSystemTime(START - 3 * DAY - 30 * MINUTE);
    const before = await bannerAt('');
    expect(text(before, 'status')).to.equal("Children's Mental Health Week starts in 4 days.");
    const beforeRenders = sinon.spy(before, 'render');
    await clock.tickAsync(29 * MINUTE);
    expect(beforeRenders.callCount).to.equal(0);
    await clock.tickAsync(MINUTE);
    await before.updateComplete;
    expect(text(before, 'status')).to.equal("Children's Mental Health Week starts in 3 days.");
    clock.setSystemTime(START - DAY - 30 * MINUTE);
    await clock.tickAsync(MINUTE);
    await before.updateComplete;
    expect(text(before, 'status')).to.equal("Children's Mental Health Week starts in 2 days.");
    await clock.tickAsync(30 * MINUTE);
    await before.updateComplete;
    expect(text(before, 'status')).to.equal("Children's Mental Health Week starts in 24 hours.");
    await clock.tickAsync(HOUR);
    await before.updateComplete;
    expect(text(before, 'status')).to.equal("Children's Mental Health Week starts in 23 hours.");
  });

  it('changes at the end of the week by the shared clock: hidden at 24:00 UK time on the last day', async () => {
    clock = sinon.useFakeTimers({ now: END - MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await bannerAt('', 'show-window="14"');
    expect(shown(el)).to.equal(true);
    await clock.tickAsync(MINUTE);
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
  });

  for (const value of ['fourteen', '-3', '14 days', '14,7', '400', '1 2 3']) {
    it(`show-window="${value}" warns once, naming it, and means always shown`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await bannerAt('2022-06-01T12:00', `show-window="${value}"`);
        expect(shown(el)).to.equal(true);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.contain(`show-window=${JSON.stringify(value)}`)
          .and.contain('always shown');
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('<cmhw-banner> dismissible', () => {
  it('has no close button unless dismissible', async () => {
    const el = await bannerAt('2023-02-01T12:00');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('has a close button with an accessible name, which fires cmhw-dismiss and hides the banner', async () => {
    const el = await bannerAt('2023-02-01T12:00', 'dismissible');
    const button = closeButton(el);
    expect(button.querySelector('.visually-hidden')!.textContent).to.equal('Hide this banner');
    expect(button.querySelector('[aria-hidden="true"]')!.textContent).to.equal('×');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'cmhw-dismiss');
    expect(event.detail).to.deep.equal({ edition: 2023 });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(localStorage.getItem(`${KEY}2023`)).to.be.a('string');
    expect(document.cookie).to.equal('');
  });

  it('keeps the banner when the page cancels the event, and stores nothing', async () => {
    const el = await bannerAt('2023-02-01T12:00', 'dismissible');
    el.addEventListener('cmhw-dismiss', (event) => event.preventDefault());
    closeButton(el).click();
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    expect(localStorage.length).to.equal(0);
  });

  it('remembers the dismissal for a new banner of that edition, and not for another edition', async () => {
    const el = await bannerAt('2023-02-01T12:00', 'dismissible');
    closeButton(el).click();
    await el.updateComplete;
    const again = await bannerAt('2023-02-02T12:00', 'dismissible');
    expect(shown(again)).to.equal(false);
    const other = await bannerAt('2024-01-30T12:00', 'dismissible edition="2024"');
    expect(shown(other)).to.equal(true);
  });

  it('reads a dismissal stored by an earlier visit (a key already in localStorage)', async () => {
    localStorage.setItem(`${KEY}2023`, '2023-02-01T12:00:00.000Z');
    const el = await bannerAt('2023-02-02T12:00', 'dismissible');
    expect(shown(el)).to.equal(false);
  });

  it('is remembered across a page load (a fresh page in a frame)', async function () {
    this.timeout(60_000);
    const page = `<script type="module" src="/src/elements/banner/define.ts"></script>
      <cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner>`;
    const loaded = async () => {
      const frame = await loadFrame({ srcdoc: page });
      const el = frame.contentDocument!.querySelector('cmhw-banner') as CmhwBanner;
      await waitUntil(() => el.shadowRoot && el.getAttribute('phase'), 'the banner did not render in the frame', {
        timeout: 20_000,
      });
      return el;
    };
    try {
      const first = await loaded();
      expect(first.getBoundingClientRect().height).to.be.greaterThan(0);
      first.shadowRoot!.querySelector('button')!.click();
      await first.updateComplete;
      expect(first.getBoundingClientRect().height).to.equal(0);
      removeFrames();
      const second = await loaded();
      expect(second.getBoundingClientRect().height).to.equal(0);
      expect(second.ownerDocument.defaultView!.getComputedStyle(second).display).to.equal('none');
    } finally {
      removeFrames();
    }
  });

  it('hides every dismissible banner of that edition on the page at once, never a countdown', async () => {
    const host = await fixture(`<div>
      <cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner>
      <cmhw-banner dismissible now="2023-02-01T12:00" lang="cy"></cmhw-banner>
      <cmhw-banner dismissible edition="2024" now="2024-01-30T12:00"></cmhw-banner>
      <cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown>
    </div>`);
    const [first, second, other] = [...host.querySelectorAll('cmhw-banner')];
    const countdown = host.querySelector('cmhw-countdown')!;
    await Promise.all([first!.updateComplete, second!.updateComplete, other!.updateComplete, countdown.updateComplete]);
    closeButton(first!).click();
    await Promise.all([first!.updateComplete, second!.updateComplete, other!.updateComplete]);
    expect([shown(first!), shown(second!), shown(other!), shown(countdown)]).to.deep.equal([false, false, true, true]);
  });

  it('never hides a banner that is not dismissible (the page shows it on purpose)', async () => {
    localStorage.setItem(`${KEY}2023`, 'x');
    const el = await bannerAt('2023-02-02T12:00');
    expect(shown(el)).to.equal(true);
  });

  it('follows a dismissal made in another tab (the storage event)', async () => {
    const el = await bannerAt('2023-02-01T12:00', 'dismissible');
    localStorage.setItem(`${KEY}2023`, 'x');
    window.dispatchEvent(new StorageEvent('storage', { key: `${KEY}2023`, newValue: 'x' }));
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    localStorage.removeItem(`${KEY}2023`);
    window.dispatchEvent(new StorageEvent('storage', { key: `${KEY}2023`, oldValue: 'x' }));
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
  });

  it('restore() shows every banner of its edition again, and forgets the dismissal', async () => {
    const host = await fixture(`<div>
      <cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner>
      <cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner>
    </div>`);
    const [first, second] = [...host.querySelectorAll('cmhw-banner')] as CmhwBanner[];
    await first!.updateComplete;
    closeButton(first!).click();
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect(shown(second!)).to.equal(false);
    second!.restore();
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect([shown(first!), shown(second!)]).to.deep.equal([true, true]);
    expect(localStorage.getItem(`${KEY}2023`)).to.equal(null);
  });

  it('CmhwBanner.clearDismissals() forgets the dismissals of every edition, and leaves other keys alone', async () => {
    localStorage.setItem('site-own-key', 'kept');
    const a = await bannerAt('2023-02-01T12:00', 'dismissible');
    closeButton(a).click();
    const b = await bannerAt('2024-01-30T12:00', 'dismissible edition="2024"');
    closeButton(b).click();
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(localStorage.length).to.equal(3);
    CmhwBanner.clearDismissals();
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect([shown(a), shown(b)]).to.deep.equal([true, true]);
    expect(Object.keys(localStorage)).to.deep.equal(['site-own-key']);
  });

  describe('storage that fails', () => {
    afterEach(() => sinon.restore());

    it('throws on every call (blocked site data, a sandboxed frame): remembered for the page, in memory', async () => {
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const)
        sinon.stub(Storage.prototype, method).throws(new DOMException('The operation is insecure.', 'SecurityError'));
      sinon.stub(Storage.prototype, 'length').get(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const el = await bannerAt('2023-02-01T12:00', 'dismissible');
        closeButton(el).click();
        await el.updateComplete;
        expect(shown(el)).to.equal(false);
        const again = await bannerAt('2023-02-01T12:00', 'dismissible');
        expect(shown(again)).to.equal(false);
        again.restore();
        await Promise.all([el.updateComplete, again.updateComplete]);
        expect([shown(el), shown(again)]).to.deep.equal([true, true]);
        closeButton(el).click();
        await el.updateComplete;
        CmhwBanner.clearDismissals();
        await el.updateComplete;
        expect(shown(el)).to.equal(true);
        await new Promise((resolve) => setTimeout(resolve));
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });

    it('is full (setItem throws QuotaExceededError): remembered in memory, and restore() still works', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('Quota exceeded', 'QuotaExceededError'));
      const el = await bannerAt('2023-02-01T12:00', 'dismissible');
      closeButton(el).click();
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      expect(localStorage.getItem(`${KEY}2023`)).to.equal(null);
      const again = await bannerAt('2023-02-01T12:00', 'dismissible');
      expect(shown(again)).to.equal(false);
      el.restore();
      await Promise.all([el.updateComplete, again.updateComplete]);
      expect([shown(el), shown(again)]).to.deep.equal([true, true]);
    });
  });

  describe('focus after dismissal', () => {
    it('moves to the next thing that takes focus after the banner', async () => {
      const host = await fixture(`<div>
        <a href="#before">before</a>
        <cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner>
        <p>Text</p><button disabled>disabled</button><span tabindex="-1">not in the tab order</span>
        <a href="#after">after</a>
      </div>`);
      const el = host.querySelector('cmhw-banner')!;
      await el.updateComplete;
      closeButton(el).focus();
      closeButton(el).click();
      await waitUntil(() => document.activeElement !== document.body && document.activeElement !== el, 'focus went nowhere', {
        timeout: 20_000,
      });
      expect(document.activeElement!.textContent).to.equal('after');
    });

    it("reaches into a widget's shadow root (a countdown's link after the banner)", async () => {
      const host = await fixture(`<div>
        <cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner>
        <cmhw-countdown now="2023-02-20T12:00"></cmhw-countdown>
        <a href="#later">later</a>
      </div>`);
      const el = host.querySelector('cmhw-banner')!;
      const countdown = host.querySelector('cmhw-countdown')!;
      await Promise.all([el.updateComplete, countdown.updateComplete]);
      closeButton(el).click();
      await waitUntil(() => document.activeElement === countdown, 'focus did not reach the countdown', { timeout: 20_000 });
      expect(countdown.shadowRoot!.activeElement!.localName).to.equal('a');
    });

    it('moves to the last thing before the banner when nothing follows it, never to the body', async () => {
      const host = await fixture(
        `<div><button>earlier</button><cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner></div>`,
      );
      const el = host.querySelector('cmhw-banner')!;
      await el.updateComplete;
      closeButton(el).focus();
      closeButton(el).click();
      await waitUntil(() => document.activeElement?.textContent === 'earlier', 'focus did not move back', { timeout: 20_000 });
    });
  });
});

describe('<cmhw-banner> in Welsh, Polish and Urdu', () => {
  const MOMENTS = {
    before: '2023-02-01T12:00',
    'last day before': '2023-02-05T20:00',
    during: '2023-02-08T12:00',
    after: '2023-02-20T12:00',
  };
  // English words the banner's own texts use (the hashtag and the address stay as they are, in every language).
  const ENGLISH =
    /\b(Children|Mental|Health|Week|starts|days?|hours?|now|Thank|taking|part|February|Free|resources|schools|families|official|website|Hide|banner|Let's|Connect|connection)\b/i;

  for (const lang of ['cy', 'pl', 'ur']) {
    for (const [phase, now] of Object.entries(MOMENTS)) {
      it(`${lang}, ${phase}: every text translated, the dates through Intl, the hashtag and address as they are`, async () => {
        const el = await bannerAt(now, 'dismissible', `<div lang="${lang}">`);
        await Promise.resolve();
        await el.updateComplete;
        const root = part(el, 'container')!.cloneNode(true) as HTMLElement;
        root.querySelectorAll('bdi').forEach((bdi) => bdi.remove());
        const shownText = root.textContent!.replace(/\s+/g, ' ');
        expect(shownText, shownText).not.to.match(ENGLISH);
        expect(shownText).not.to.match(BROKEN_TEXT);
        expect(text(el, 'hashtag')).to.equal('#ChildrensMentalHealthWeek');
        expect(text(el, 'dates')).to.match(/2023|۲۰۲۳/);
        expect(part(el, 'container')!.getAttribute('lang')).to.equal(lang);
        expect(closeButton(el).textContent).not.to.match(ENGLISH);
      });
    }
  }
});

describe('<cmhw-banner> layout', () => {
  const MOMENTS = ['2023-02-01T12:00', '2023-02-08T12:00', '2023-02-20T12:00'];

  for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
    it(`fits a 320px page without horizontal scrolling (WCAG 1.4.10), in every phase, in ${lang}`, async () => {
      for (const now of MOMENTS) {
        const host = await fixture(
          `<div lang="${lang}" style="inline-size: 288px"><cmhw-banner dismissible heading-level="1" now="${now}"></cmhw-banner></div>`,
        );
        const el = host.firstElementChild as CmhwBanner;
        await Promise.resolve();
        await el.updateComplete;
        expect(part(el, 'container')!.getBoundingClientRect().width).to.be.at.most(288);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (node.closest('.visually-hidden') || getComputedStyle(node).display === 'inline') continue;
          expect(node.scrollWidth, `${node.className || node.localName} at ${now}`).to.be.at.most(node.clientWidth + 1);
        }
        expect(host.scrollWidth, now).to.be.at.most(288);
      }
    });
  }

  it('at 200% text size in a 320px page (160px of CSS width), nothing overflows', async () => {
    const host = await fixture(
      `<div style="inline-size: 144px; font-size: 32px"><cmhw-banner dismissible now="2023-02-01T12:00"></cmhw-banner></div>`,
    );
    const el = host.firstElementChild as CmhwBanner;
    await el.updateComplete;
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      if (node.closest('.visually-hidden') || getComputedStyle(node).display === 'inline') continue;
      expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth + 1);
    }
    expect(host.scrollWidth).to.be.at.most(144);
  });

  it('stacks the link under the text in a narrow column, and puts it beside the text when wide', async () => {
    const narrow = await bannerAt('2023-02-01T12:00', '', '<div style="inline-size: 300px">');
    const textBox = part(narrow, 'about')!.getBoundingClientRect();
    expect(part(narrow, 'link')!.getBoundingClientRect().top).to.be.greaterThan(textBox.bottom);
    const wide = await bannerAt('2023-02-01T12:00', '', '<div style="inline-size: 1000px">');
    const about = part(wide, 'about')!.getBoundingClientRect();
    const link = part(wide, 'link')!.getBoundingClientRect();
    expect(link.left).to.be.greaterThan(about.right);
  });

  it('in Urdu: right to left, with the hashtag and the address kept left to right', async () => {
    const el = await bannerAt('2023-02-01T12:00', 'dismissible', '<div lang="ur" style="inline-size: 1000px">');
    await Promise.resolve();
    await el.updateComplete;
    const container = part(el, 'container')!;
    expect(container.getAttribute('dir')).to.equal('rtl');
    expect(container.getAttribute('lang')).to.equal('ur');
    const hashtag = part(el, 'hashtag')!.querySelector('bdi')!;
    expect(hashtag.getAttribute('dir')).to.equal('ltr');
    expect(hashtag.textContent).to.equal('#ChildrensMentalHealthWeek');
    const address = part(el, 'link')!.querySelector('bdi')!;
    expect(address.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(address).direction).to.equal('ltr');
    // Right to left: the close button is at the left edge, the heading starts at the right.
    const box = container.getBoundingClientRect();
    expect(closeButton(el).getBoundingClientRect().left - box.left).to.be.below(
      box.right - closeButton(el).getBoundingClientRect().right,
    );
    expect(part(el, 'link')!.getBoundingClientRect().right).to.be.below(part(el, 'about')!.getBoundingClientRect().left);
  });
});

describe('<cmhw-banner> in forced colours (Windows High Contrast, emulated)', () => {
  before(async function () {
    if (await emulateMedia([{ name: 'forced-colors', value: 'active' }])) return;
    skipBecause(this, `${(await engine()).name} cannot emulate forced colours from a test; Chromium checks these styles`);
  });
  after(async () => {
    await emulateMedia([]);
  });

  it('keeps the link (its box outlined) and the close button visible', async () => {
    const el = await bannerAt('2023-02-01T12:00', 'dismissible');
    const background = getComputedStyle(part(el, 'container')!).backgroundColor;
    const link = getComputedStyle(part(el, 'link')!);
    expect(link.color).to.not.equal(background);
    expect(link.textDecorationLine).to.equal('underline');
    expect(link.borderTopStyle).to.equal('solid');
    expect(link.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(link.borderTopColor).to.not.equal(background);
    const button = getComputedStyle(closeButton(el));
    expect(button.color).to.not.equal(button.backgroundColor);
    expect(button.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    closeButton(el).focus({ focusVisible: true } as FocusOptions);
    expect(getComputedStyle(closeButton(el)).outlineStyle).to.equal('solid');
  });
});

describe('<cmhw-banner> and the clock', () => {
  it('leaves the shared clock once removed', async () => {
    const el = await bannerAt('', 'show-window="14"');
    el.remove();
    expect(sharedClock.size).to.equal(0);
  });
});
