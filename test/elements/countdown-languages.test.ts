import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/countdown/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import { BROKEN_TEXT, captureWarnings, shadowText } from '../support/helpers.js';

const START = Date.UTC(2023, 1, 6); // 00:00 UK time on Monday 6 February 2023
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const MOMENTS = {
  before: '2023-02-01T12:00',
  during: '2023-02-08T12:00',
  after: '2023-02-20T09:00',
} as const;

const container = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
const sentence = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.trim() ?? '';
const units = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="unit"]')].map((unit) => ({
    value: unit.querySelector('[part="value"]')!.textContent!.trim(),
    label: unit.querySelector('[part="label"]')!.textContent!.trim(),
  }));

/** Lets the page-wide `lang` observer run, then the widget's render. */
async function settled(el: CmhwCountdown): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

async function countdownIn(lang: string | null, now: string, extra = 'precision="second"') {
  const langAttribute = lang === null ? '' : `lang="${lang}"`;
  const host = await fixture(`<div ${langAttribute}><cmhw-countdown now="${now}" ${extra}></cmhw-countdown></div>`);
  const el = host.firstElementChild as CmhwCountdown;
  await el.updateComplete;
  return el;
}

/** English words (3 letters or more) of a text: what must not be left in a translated widget. */
const englishWords = (text: string) => new Set(text.match(/\p{L}{3,}/gu)?.map((word) => word.toLowerCase()) ?? []);

describe('<cmhw-countdown> in each shipped language', () => {
  for (const lang of ['cy', 'pl', 'ur']) {
    for (const [phase, now] of Object.entries(MOMENTS)) {
      it(`${lang}, ${phase} the week: no English left, nothing broken`, async () => {
        const english = englishWords(shadowText(await countdownIn('en-GB', now)));
        const el = await countdownIn(lang, now);
        const text = shadowText(el);
        expect(el.phase).to.equal(phase);
        expect(text).to.not.match(BROKEN_TEXT);
        const left = [...englishWords(text)].filter((word) => english.has(word));
        expect(left, `English words in the ${lang} text: ${text}`).to.deep.equal([]);
        expect(container(el).lang).to.equal(lang);
      });
    }
  }

  it('speaks Welsh: the sentence, the day and the dates', async () => {
    const before = await countdownIn('cy', MOMENTS.before, '');
    expect(sentence(before)).to.equal('Bydd Wythnos Iechyd Meddwl Plant yn dechrau mewn 4 diwrnod a 12 awr.');
    expect(shadowText(before)).to.contain('6–12 Chwefror 2023').and.contain('Dewch i Gysylltu');
    const during = await countdownIn('cy', MOMENTS.during, '');
    expect(shadowText(during)).to.contain('Diwrnod 3 o 7');
  });

  it('speaks Polish, with Intl forming the plurals and the date range', async () => {
    const el = await countdownIn('pl', MOMENTS.before, 'precision="day"');
    expect(units(el)).to.deep.equal([{ value: '5', label: 'dni' }]);
    expect(shadowText(el)).to.contain('6–12 lutego 2023');
  });

  // Welsh has six plural categories (zero, one, two, few, many, other); each count below falls in a different one.
  const welsh: Record<string, (count: number) => string> = {
    day: (count) => (count === 2 ? 'ddiwrnod' : 'diwrnod'),
    hour: () => 'awr',
    minute: (count) => (count === 2 ? 'funud' : 'munud'),
    second: () => 'eiliad',
  };
  const unitMs: Record<string, number> = { day: DAY, hour: HOUR, minute: MINUTE, second: SECOND };
  for (const unit of Object.keys(welsh)) {
    it(`writes Welsh ${unit} labels for 0, 1, 2, 3, 6 and 11`, async () => {
      for (const count of [0, 1, 2, 3, 6, 11]) {
        // One of each unit left, except `count` of this one (11 hours is fine: the others are whole units).
        const left = DAY + HOUR + MINUTE + SECOND + (count - 1) * unitMs[unit]!;
        const el = await countdownIn('cy', new Date(START - left).toISOString());
        const shown = units(el)[Object.keys(welsh).indexOf(unit)]!;
        expect(shown, `${count} ${unit}`).to.deep.equal({ value: String(count), label: welsh[unit]!(count) });
      }
    });
  }

  it('lays out Urdu right to left inside the widget, on a left-to-right page', async () => {
    const el = await countdownIn('ur', MOMENTS.before);
    expect(document.documentElement.dir).to.not.equal('rtl');
    expect(container(el).dir).to.equal('rtl');
    expect(getComputedStyle(container(el)).direction).to.equal('rtl');
    // The boxes mirror: days, the first unit, sit at the right; seconds at the left.
    const boxes = [...el.shadowRoot!.querySelectorAll('[part="unit"]')].map((box) => box.getBoundingClientRect());
    expect(boxes[0]!.left).to.be.greaterThan(boxes[1]!.left);
    expect(boxes[1]!.left).to.be.greaterThan(boxes[3]!.left);
    // The heading's text starts at the right edge, as Urdu text does.
    const text = document.createRange();
    text.selectNodeContents(el.shadowRoot!.querySelector('[part="heading"]')!);
    const box = container(el).getBoundingClientRect();
    const line = text.getBoundingClientRect();
    expect(box.right - line.right).to.be.lessThan(line.left - box.left);
  });

  it('keeps English left to right inside a right-to-left page', async () => {
    const host = await fixture('<div dir="rtl" lang="en"><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown></div>');
    const el = host.firstElementChild as CmhwCountdown;
    await el.updateComplete;
    expect(getComputedStyle(container(el)).direction).to.equal('ltr');
  });

  it('passes an axe check in Urdu and in Welsh', async () => {
    for (const lang of ['ur', 'cy']) {
      for (const now of Object.values(MOMENTS)) {
        await expect(await countdownIn(lang, now)).to.be.accessible();
      }
    }
  });
});

describe('<cmhw-countdown> follows the closest lang attribute', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('matches regional tags: cy-GB is Welsh, en-US is English with American dates', async () => {
    const welsh = await countdownIn('cy-GB', MOMENTS.before, '');
    expect(container(welsh).lang).to.equal('cy-GB');
    expect(sentence(welsh)).to.contain('Wythnos Iechyd Meddwl Plant');
    const american = await countdownIn('en-US', MOMENTS.before, '');
    expect(sentence(american)).to.contain("Children's Mental Health Week starts in");
    expect(shadowText(american)).to.match(/February 6\s?–\s?12, 2023/);
  });

  it('re-renders at once when the language changes: an ancestor, <html lang>, its own attribute', async () => {
    const el = await countdownIn('cy', MOMENTS.before, '');
    el.parentElement!.setAttribute('lang', 'pl');
    await settled(el);
    expect(container(el).lang).to.equal('pl');
    expect(sentence(el)).to.contain('Zdrowia Psychicznego Dzieci');

    el.parentElement!.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'ur');
    await settled(el);
    expect(container(el).lang).to.equal('ur');
    expect(container(el).dir).to.equal('rtl');

    el.setAttribute('lang', 'en-GB');
    await settled(el);
    expect(container(el).dir).to.equal('ltr');
    expect(sentence(el)).to.contain("Children's Mental Health Week starts in");
  });

  it("finds the language through another component's shadow root, and follows changes there", async () => {
    const outer = await fixture('<div lang="cy"></div>');
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown></section>';
    const el = shadow.querySelector('cmhw-countdown') as CmhwCountdown;
    await el.updateComplete;
    expect(container(el).lang).to.equal('cy');
    outer.setAttribute('lang', 'pl');
    await settled(el);
    expect(container(el).lang).to.equal('pl');
    // Its own attribute, inside a shadow root that the page-wide observer cannot see into.
    el.setAttribute('lang', 'ur');
    await settled(el);
    expect(container(el).lang).to.equal('ur');
  });

  it('warns once per page for a language it does not ship, and shows English', async () => {
    const warnings = captureWarnings();
    try {
      const host = await fixture(
        '<div lang="fr"><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown></div>',
      );
      const widgets = [...host.querySelectorAll('cmhw-countdown')] as CmhwCountdown[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) expect(sentence(widget)).to.contain("Children's Mental Health Week starts in");
      const aboutFrench = warnings.messages.filter((message) => message.includes('lang="fr"'));
      expect(aboutFrench).to.have.length(1);
      expect(aboutFrench[0]).to.contain('cy').and.contain('ur').and.contain('English');
    } finally {
      warnings.restore();
    }
  });

  it('treats a malformed tag like an unknown language', async () => {
    const warnings = captureWarnings();
    try {
      const el = await countdownIn('en_GB!!', MOMENTS.during, '');
      expect(sentence(el)).to.contain('is on now');
      expect(warnings.messages.some((message) => message.includes('lang="en_GB!!"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('watches the page only while a widget is on it', async () => {
    const observe = sinon.spy(MutationObserver.prototype, 'observe');
    const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
    try {
      const el = await countdownIn('cy', MOMENTS.before, '');
      const parent = el.parentElement!;
      expect(observe.callCount).to.equal(1);
      el.remove();
      expect(disconnect.callCount).to.equal(1);
      // Detached, it no longer follows the page.
      document.documentElement.setAttribute('lang', 'pl');
      await Promise.resolve();
      expect(container(el).lang).to.equal('cy');
      // Put back, it reads the language again and watches again.
      parent.setAttribute('lang', 'ur');
      parent.append(el);
      await settled(el);
      expect(observe.callCount).to.equal(2);
      expect(container(el).lang).to.equal('ur');
    } finally {
      observe.restore();
      disconnect.restore();
    }
  });
});
