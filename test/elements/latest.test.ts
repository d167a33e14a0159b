/**
 * `edition="latest"` (the newest edition in content/editions/), the newest edition's own about text, the general
 * sentence of an edition without one, and what every widget says once the newest known week is over: that the
 * next week comes in February, with no number, no date and no theme the kit cannot know.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { editions, newestEdition } from '../../src/core/editions.js';
import { EDITION_TRANSLATIONS, WIDGET_TRANSLATIONS } from '../../src/i18n/generated/index.js';
import { renderingIn } from '../../src/i18n/msg.js';
import type { LanguageCode } from '../../src/i18n/languages.js';
import { BROKEN_TEXT, captureWarnings, shadowText } from '../support/helpers.js';

const OFFICIAL = 'https://www.childrensmentalhealthweek.org.uk/';
const LANGUAGES = ['en-GB', 'cy', 'pl', 'ur'] as const;
const TAGS = ['cmhw-countdown', 'cmhw-tip-card', 'cmhw-banner'] as const;
const DAY = 86_400_000;

const newest = newestEdition();
/** 00:00 UK time on the day after the newest week's last day (February: GMT, so UTC). */
const newestEnd = Date.parse(`${newest.end}T00:00:00Z`) + DAY;
const iso = (instant: number) => new Date(instant).toISOString().slice(0, 16) + 'Z';

/** A text in a language, as the widgets would say it (English: the source). */
function said(lang: (typeof LANGUAGES)[number], id: string, english: string): string {
  if (lang === 'en-GB') return english;
  const text = WIDGET_TRANSLATIONS[lang][id] ?? EDITION_TRANSLATIONS[lang][id];
  expect(text, `${lang} ${id}`).to.be.a('string');
  return text as string;
}

const NEXT_WEEK = "The next Children's Mental Health Week comes in February. Look out for its dates on the official website.";
const GENERAL =
  "Every February, schools, families and communities across the UK make time to talk about children's and young people's mental health, and to look after it together.";

/** Everything a visitor or a screen reader can meet in the widget: its text and the names given by aria-label. */
function everythingSaid(el: Element): string {
  const labels = [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${shadowText(el)} ${labels.join(' ')}`;
}

/**
 * What the widget says that could carry a number or a date: all of it, except the tip card's "Tip 2 of 6" and its
 * slides' "2 of 6", which count tips, not days (so its heading, its tips and the line on the next week).
 */
function numbersSaid(el: Element): string {
  if (el.localName !== 'cmhw-tip-card') return everythingSaid(el);
  const root = el.shadowRoot!.querySelector('[part~="container"]')!.cloneNode(true) as Element;
  root.querySelectorAll('[part~="counter"]').forEach((node) => node.remove());
  return root.textContent!.replace(/\s+/g, ' ');
}

/** Latin, Arabic-Indic and Urdu (extended Arabic-Indic) digits: no number may be shown or said. */
const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

async function widget(tag: string, attributes: string, lang = 'en-GB') {
  const host = await fixture(`<div lang="${lang}"><${tag} ${attributes}></${tag}></div>`);
  const el = host.querySelector(tag)! as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

afterEach(() => fixtureCleanup());

describe('edition="latest"', () => {
  it('resolves to the newest edition in content/ (the last year there is)', async () => {
    const years = editions.map((e) => e.year);
    expect(newest.year).to.equal(Math.max(...years));
    const el = await widget('cmhw-banner', `edition="latest" now="${newest.start}T12:00"`);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(renderingIn('en-GB', newest.theme));
    expect(el.getAttribute('phase')).to.equal('during');
  });

  it('takes any case and spaces, without a warning; a near miss warns and names latest as accepted', async () => {
    const warnings = captureWarnings();
    try {
      const el = await widget('cmhw-countdown', `edition=" Latest " now="${newest.start}T12:00"`);
      expect(shadowText(el)).to.contain(renderingIn('en-GB', newest.theme));
      expect(warnings.messages).to.deep.equal([]);
      const wrong = await widget('cmhw-countdown', 'edition="newest" now="2023-02-08T12:00"');
      expect(shadowText(wrong)).to.contain("Let's Connect");
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('<cmhw-countdown>')
        .and.contain('edition="newest"')
        .and.contain('latest or one of 2023');
    } finally {
      warnings.restore();
    }
  });

  it('counts down to the newest week before it, like the edition named by its year', async () => {
    const el = await widget('cmhw-countdown', `edition="latest" now="${newest.start}T00:00" precision="day"`);
    const pinned = await widget('cmhw-countdown', `edition="${newest.year}" now="${newest.start}T00:00" precision="day"`);
    expect(shadowText(el)).to.equal(shadowText(pinned));
  });
});

describe('about texts: the newest edition its own, an edition without one a general sentence', () => {
  for (const lang of LANGUAGES) {
    it(`2026's banner shows its own about text, in ${lang}`, async () => {
      const el = await widget('cmhw-banner', 'edition="2026" now="2026-02-01T12:00"', lang);
      const about = el.shadowRoot!.querySelector('[part~="about"]')!.textContent!.trim();
      expect(about).to.equal(
        said(
          lang,
          'edition-2026-about',
          'This year is about belonging. Knowing that we have a place among friends, at school, at home and in our community is a basic human need, and it protects our mental health. The week asks the people and groups around every child to make room for them, so that each child can say: this is my place.',
        ),
      );
      // Its own, not 2023's.
      expect(about).not.to.equal(said(lang, 'edition-2023-about', 'x'));
    });

    it(`2024's banner shows the general sentence, not 2023's about text, in ${lang}`, async () => {
      const el = await widget('cmhw-banner', 'edition="2024" now="2024-02-07T12:00"', lang);
      const about = el.shadowRoot!.querySelector('[part~="about"]')!.textContent!.trim();
      expect(about).to.equal(said(lang, 'banner-about', GENERAL));
      const text2023 =
        lang === 'en-GB'
          ? 'This year is about meaningful connection, for everyone, during the week and long after it. We do well when we belong to a community: warm ties with family, friends and the people around us protect our mental health and wellbeing, while going without them can leave us feeling isolated and lonely, and that takes its toll.'
          : said(lang, 'edition-2023-about', '');
      expect(shadowText(el)).not.to.contain(text2023);
    });
  }
});

describe('after the newest known week, with edition="latest"', () => {
  const after = iso(newestEnd + 30 * DAY);
  const themes = (lang: LanguageCode) => editions.map((e) => renderingIn(lang, e.theme));

  for (const lang of LANGUAGES) {
    for (const tag of TAGS) {
      it(`<${tag}> in ${lang}: the next week is to come, with no number, no date and no theme`, async () => {
        const el = await widget(tag, `edition="latest" now="${after}"`, lang);
        const everything = everythingSaid(el);
        expect(everything).to.contain(said(lang, 'next-week', NEXT_WEEK));
        expect(numbersSaid(el), numbersSaid(el)).not.to.match(DIGITS);
        expect(everything).not.to.match(BROKEN_TEXT);
        for (const theme of themes(lang)) expect(everything).not.to.contain(theme);
        // No date: not the newest week's, in this language's words for its month and days.
        expect(el.shadowRoot!.querySelector('[part~="dates"]') === null).to.equal(true);
        // A link to the official site, where the dates will be, named in the widget's language.
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
        expect(link.href).to.equal(OFFICIAL);
        expect(link.textContent!.trim()).to.contain(said(lang, 'official-site-link', 'Find out more on the official website'));
        // The public contract: the phase is still `after` (before, during and after are the only phases).
        if (tag !== 'cmhw-tip-card') expect(el.getAttribute('phase')).to.equal('after');
        // Nothing a screen reader would skip: the sentence is not hidden from it.
        const sentence = [...el.shadowRoot!.querySelectorAll('p')].find((p) =>
          p.textContent!.includes(said(lang, 'next-week', NEXT_WEEK)),
        )!;
        expect(sentence.closest('[aria-hidden="true"]') === null).to.equal(true);
      });
    }
  }

  it('the countdown shows no number boxes and no dates', async () => {
    const el = await widget('cmhw-countdown', `edition="latest" now="${after}" precision="second"`);
    expect(el.shadowRoot!.querySelector('[part~="units"]') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('button') === null).to.equal(true);
    expect(shadowText(el)).not.to.contain('took place');
  });

  it("the banner's heading is the week's name and it says what the week is for", async () => {
    const el = await widget('cmhw-banner', `edition="latest" now="${after}"`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal("Children's Mental Health Week");
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal(NEXT_WEEK);
    expect(el.shadowRoot!.querySelector('[part~="about"]')!.textContent!.trim()).to.equal(GENERAL);
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('the tip card keeps its tips and its neutral heading', async () => {
    const el = await widget('cmhw-tip-card', `edition="latest" now="${after}"`);
    const during = await widget('cmhw-tip-card', `edition="latest" now="${newest.start}T12:00"`);
    expect(el.shadowRoot!.querySelectorAll('[part~="slide"]').length).to.equal(6);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Tips for parents and carers');
    expect(during.shadowRoot!.querySelector('[part~="next-week"]') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="next-week"]') === null).to.equal(false);
  });

  it('a year named by the page still took place: only latest waits for the next week', async () => {
    const countdown = await widget('cmhw-countdown', `edition="${newest.year}" now="${after}"`);
    expect(shadowText(countdown)).to.match(/^Children's Mental Health Week 2026 took place on 9\s?–\s?15 February 2026\./);
    const banner = await widget('cmhw-banner', `edition="${newest.year}" now="${after}"`);
    expect(shadowText(banner)).to.contain("Thank you for taking part in Children's Mental Health Week 2026.");
    const card = await widget('cmhw-tip-card', `edition="${newest.year}" now="${after}"`);
    expect(card.shadowRoot!.querySelector('[part~="next-week"]') === null).to.equal(true);
  });

  it("latest with the page's own dates: that week took place, as the page set it", async () => {
    const el = await widget('cmhw-countdown', `edition="latest" start="2027-02-08" now="2027-03-01T12:00"`);
    expect(shadowText(el)).to.match(/^Children's Mental Health Week 2027 took place/);
  });

  describe('on the live clock', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => clock?.restore());

    for (const tag of TAGS) {
      it(`<${tag}> changes by itself at 24:00 UK time on the newest week's last day`, async () => {
        clock = sinon.useFakeTimers({ now: newestEnd - 60_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
        // A daily tip card: a rotating one has its own test below.
        const el = await widget(tag, tag === 'cmhw-tip-card' ? 'edition="latest" mode="daily"' : 'edition="latest"');
        expect(everythingSaid(el)).not.to.contain(NEXT_WEEK);
        await clock.tickAsync(60_000);
        await el.updateComplete;
        expect(everythingSaid(el)).to.contain(NEXT_WEEK);
        expect(numbersSaid(el)).not.to.match(DIGITS);
      });
    }

    it('a rotating tip card, on the live clock, also shows the line after the newest week', async () => {
      clock = sinon.useFakeTimers({ now: newestEnd - 60_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const el = await widget('cmhw-tip-card', 'edition="latest"');
      expect(el.shadowRoot!.querySelector('[part~="next-week"]') === null).to.equal(true);
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="next-week"]')!.textContent).to.contain(NEXT_WEEK);
    });
  });
});
