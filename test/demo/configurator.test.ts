// The "Get the code" configurator: its code, pasted into a blank page, gives the widget that was configured;
// the built site hands out the exact bytes it hashed; and the form works with a keyboard and a screen reader.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/countdown/define.js';
import '../../src/elements/banner/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import '../../src/elements/tip-card/define.js';
import type { CmhwTipCard } from '../../src/elements/tip-card/tip-card.js';
import { choicesFromQuery, mountConfigurator } from '../../demo/configurator/configurator.js';
import { type Choices, DEFAULTS, type Release, cssOf, iframeSnippet, pinnedSnippet } from '../../demo/configurator/snippet.js';
import { newestEdition } from '../../src/core/editions.js';
import { renderingIn } from '../../src/i18n/msg.js';
import { loadFrame, removeFrames, renderedIn } from '../support/frames.js';
import { shadowText } from '../support/helpers.js';

const VERSION = '0.1.0';

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
}

/** The release as a school gets it, its files served here: the tests paste the code into pages of this server. */
const localRelease = (integrity: string): Release => ({
  version: VERSION,
  integrity,
  pinned: '/dist/cmhw-widgets.js',
  evergreen: '/dist/cmhw-widgets.js',
  site: '/dist/',
  download: `/dist/cmhw-widgets-${VERSION}.zip`,
});

const blankPage = (code: string) => `<!doctype html><html lang="en-GB"><body>${code}</body></html>`;

describe("the configurator's code, pasted into a blank page", () => {
  afterEach(removeFrames);

  const choices: Choices = {
    ...DEFAULTS,
    lang: 'cy',
    start: '2030-02-04',
    end: '2030-02-10',
    precision: 'hour',
    theme: { accent: '#00703c', radius: '4px' },
  };

  it('renders that widget with those attributes, that language and those colours', async () => {
    const release = localRelease(await sha384('/dist/cmhw-widgets.js'));
    const frame = await loadFrame({ srcdoc: blankPage(pinnedSnippet(choices, release)) });
    const [widget] = (await renderedIn(frame)) as CmhwCountdown[];
    expect([widget!.getAttribute('start'), widget!.getAttribute('end')]).to.deep.equal(['2030-02-04', '2030-02-10']);
    expect(widget!.getAttribute('precision')).to.equal('hour');
    expect(widget!.shadowRoot!.querySelector('[part="container"]')!.getAttribute('lang')).to.equal('cy');
    expect(shadowText(widget!)).to.contain('4–10 Chwefror 2030');
    // Hours are the smallest unit shown: days and hours.
    const units = widget!.shadowRoot!.querySelectorAll('[part="unit"]');
    expect(units).to.have.length(2);
    expect(frame.contentWindow!.getComputedStyle(units[0]!).backgroundColor).to.equal('rgb(0, 112, 60)');
    const container = widget!.shadowRoot!.querySelector('[part="container"]')!;
    expect(frame.contentWindow!.getComputedStyle(container).borderTopLeftRadius).to.equal('4px');
  });

  it('is refused by the browser when the file does not match its integrity hash (so the hash is checked)', async () => {
    const release = localRelease(`sha384-${btoa('x'.repeat(48))}`);
    const frame = await loadFrame({ srcdoc: blankPage(pinnedSnippet(choices, release)) });
    // The frame's load event comes after its module script has run, or here, been refused.
    expect(frame.contentWindow!.customElements.get('cmhw-countdown')).to.equal(undefined);
    // Its fallback stays: the link and the dates, in Welsh.
    expect(frame.contentDocument!.querySelector('cmhw-countdown a')!.textContent).to.equal('Wythnos Iechyd Meddwl Plant');
  });

  it('the iframe variant renders the widget in its frame', async () => {
    const release = localRelease('unused');
    const frame = await loadFrame({ srcdoc: blankPage(iframeSnippet(choices, release)) });
    const inner = frame.contentDocument!.querySelector('iframe')!;
    expect(inner.getAttribute('sandbox')).to.contain('allow-scripts');
    expect(new URL(inner.src).searchParams.get('lang')).to.equal('cy');
    expect(new URL(inner.src).searchParams.get('accent')).to.equal('#00703c');
  });
});

describe("the configurator's room", () => {
  // The first room the CSS reserves (the narrowest band), in em.
  const firstRoom = (css: string) => parseFloat(/min-block-size: ([\d.]+)em/.exec(css)![1]!);
  const moment = (date: string) => Date.parse(`${date}T12:00:00Z`);

  it('is for the phases still to come on the day the code is written: the numbers only before and during the week', () => {
    const choices: Choices = { ...DEFAULTS, edition: '2026' };
    const before = cssOf(choices, { writtenAt: moment('2026-01-20') });
    const during = cssOf(choices, { writtenAt: moment('2026-02-12') });
    const after = cssOf(choices, { writtenAt: moment('2026-03-01') });
    expect(firstRoom(before)).to.be.at.least(firstRoom(during));
    expect(firstRoom(during)).to.be.greaterThan(firstRoom(after));
  });

  it('keeps room for every phase on the evergreen file with `latest`, which a later release may move to a new week', () => {
    const choices: Choices = { ...DEFAULTS, edition: 'latest' };
    const after = moment('2026-12-01');
    expect(firstRoom(cssOf(choices, { writtenAt: after, evergreen: true }))).to.be.greaterThan(
      firstRoom(cssOf(choices, { writtenAt: after })),
    );
  });

  it('is less for a banner without a close button, and for a narrow daily tip card, which has no pause button', () => {
    const at = moment('2026-01-20');
    const room = (choices: Partial<Choices>) => firstRoom(cssOf({ ...DEFAULTS, edition: '2026', ...choices }, { writtenAt: at }));
    expect(room({ widget: 'banner' })).to.be.lessThan(room({ widget: 'banner', dismissible: true }));
    expect(room({ widget: 'tip-card', mode: 'daily' })).to.be.lessThan(room({ widget: 'tip-card' }));
  });

  it('is more for a seconds countdown, which has a pause button', () => {
    const at = moment('2026-01-20');
    expect(firstRoom(cssOf({ ...DEFAULTS, edition: '2026', precision: 'second' }, { writtenAt: at }))).to.be.greaterThan(
      firstRoom(cssOf({ ...DEFAULTS, edition: '2026' }, { writtenAt: at })),
    );
  });
});

describe("the configurator's tip card code, pasted into a blank page", () => {
  afterEach(removeFrames);

  it('renders the tip card with its interval, language and colours, and its fallback is the first tip in that language', async () => {
    const choices: Choices = { ...DEFAULTS, widget: 'tip-card', lang: 'pl', interval: '45', theme: { accent: '#00703c' } };
    const release = localRelease(await sha384('/dist/cmhw-widgets.js'));
    const code = pinnedSnippet(choices, release);
    expect(code).to.contain('<cmhw-tip-card lang="pl" edition="latest" interval="45">').and.not.contain('<li');
    // The room is for Polish alone (the language chosen), by the width of its wrapper.
    expect(code).to.contain('<div class="cmhw-room">').and.contain('@container (min-width:').and.not.contain(':lang(');
    const frame = await loadFrame({ srcdoc: blankPage(code) });
    const [widget] = (await renderedIn(frame, 'cmhw-tip-card')) as CmhwTipCard[];
    expect(widget!.getAttribute('interval')).to.equal('45');
    const root = widget!.shadowRoot!;
    expect(root.querySelector('[part="counter"]')!.textContent).to.equal('Porada 1 z 6');
    // The fallback is the card's own first tip, in Polish.
    expect(widget!.querySelector('strong')!.textContent).to.equal(`${root.querySelector('.shown [part="title"]')!.textContent}.`);
    expect(frame.contentWindow!.getComputedStyle(root.querySelector('button')!).backgroundColor).to.equal('rgb(0, 112, 60)');
  });

  it('daily mode: `mode="daily"` and no interval; the iframe variant asks for the tip card', () => {
    const choices: Choices = { ...DEFAULTS, widget: 'tip-card', mode: 'daily', interval: '45' };
    const release = localRelease('unused');
    expect(pinnedSnippet(choices, release)).to.contain('<cmhw-tip-card edition="latest" mode="daily">');
    const src = new URL(/src="([^"]+)"/.exec(iframeSnippet(choices, release))![1]!.replaceAll('&amp;', '&'), location.href);
    expect(src.searchParams.get('widget')).to.equal('tip-card');
    expect(src.searchParams.get('mode')).to.equal('daily');
  });
});

describe("the configurator's banner code, pasted into a blank page", () => {
  afterEach(removeFrames);

  const choices: Choices = {
    ...DEFAULTS,
    widget: 'banner',
    lang: 'pl',
    dismissible: true,
    headingLevel: '3',
    href: 'https://partner.example/cmhw',
    showWindow: '14 7',
    theme: { accent: '#00703c' },
  };

  it('renders the banner with those settings, in the room reserved for it', async () => {
    const release = localRelease(await sha384('/dist/cmhw-widgets.js'));
    const code = pinnedSnippet(choices, release);
    expect(code)
      .to.contain('<div class="cmhw-room">')
      .and.contain('<cmhw-banner lang="pl" edition="latest" dismissible heading-level="3"');
    const frame = await loadFrame({ srcdoc: blankPage(code.replace('show-window="14 7"', '')) });
    const [widget] = await renderedIn(frame, 'cmhw-banner');
    const root = widget!.shadowRoot!;
    expect(root.querySelector('h3')).not.to.equal(null);
    expect(root.querySelector('button')).not.to.equal(null);
    expect(root.querySelector('[part="container"]')!.getAttribute('lang')).to.equal('pl');
    // The room holds it: the banner is exactly as tall as the room, not taller.
    expect(widget!.getBoundingClientRect().height).to.equal(
      parseFloat(frame.contentWindow!.getComputedStyle(widget!).minBlockSize),
    );
  });

  it('the iframe variant carries the banner and its settings', () => {
    const inner = new URL(
      iframeSnippet(choices, { ...localRelease('unused'), site: 'https://example.org/v0.1.0/' })
        .match(/src="([^"]+)"/)![1]!
        .replaceAll('&amp;', '&'),
    );
    expect(inner.searchParams.get('widget')).to.equal('banner');
    expect(inner.searchParams.get('dismissible')).to.equal('');
    expect(inner.searchParams.get('show-window')).to.equal('14 7');
    expect(inner.searchParams.get('href')).to.equal('https://partner.example/cmhw');
  });
});

describe('the built site (npm run build:site)', () => {
  afterEach(removeFrames);

  it('pins the file to this version on jsDelivr, and its integrity is the SHA-384 of the built file', async () => {
    const frame = await loadFrame({ src: '/site/configurator/index.html', width: 1024 });
    await waitUntil(() => frame.contentDocument!.querySelector('#pinned-code'), 'the configurator did not render', {
      timeout: 20_000,
    });
    const code = frame.contentDocument!.querySelector('#pinned-code')!.textContent!;
    const [, src, integrity] = /src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"/.exec(code)!;
    expect(src).to.equal(`https://cdn.jsdelivr.net/npm/cmhw-widgets@${VERSION}/dist/cmhw-widgets.js`);
    expect(integrity).to.equal(await sha384('/dist/cmhw-widgets.js'));
    // Pasted into a blank page, with jsDelivr's file served from here (the same path as in the package): the pinned
    // script loads (the browser checks the hash) and renders.
    const pasted = await loadFrame({ srcdoc: blankPage(code.replace(src!, '/dist/cmhw-widgets.js')) });
    await renderedIn(pasted);
    // The iframe page comes from the kit's site (jsDelivr serves HTML as plain text).
    const iframe = frame.contentDocument!.querySelector('#iframe-code')!.textContent!;
    expect(iframe).to.contain(`src="https://cmhw-widgets.github.io/cmhw-widgets/v${VERSION}/embed.html?widget=countdown`);
  });

  it("starts on the evergreen code: jsDelivr's newest 0.x, no integrity hash; pasted into a blank page it follows the newest week", async () => {
    const frame = await loadFrame({ src: '/site/configurator/index.html', width: 1024 });
    await waitUntil(() => frame.contentDocument!.querySelector('#pinned-code'), 'the configurator did not render', {
      timeout: 20_000,
    });
    const doc = frame.contentDocument!;
    expect(doc.querySelector<HTMLSelectElement>('#cfg-edition')!.value).to.equal('latest');
    expect(doc.querySelector('.codes h3')!.id, 'the first code offered').to.equal('evergreen-title');
    const code = doc.querySelector('#evergreen-code')!.textContent!;
    expect(doc.querySelector('#evergreen-title')!.textContent).to.contain('newest 0.x release');
    const [, src] = /<script type="module" src="([^"]+)"><\/script>/.exec(code)!;
    expect(src).to.equal('https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js');
    expect(code).not.to.contain('integrity=');
    // The fallback names no dates: the page keeps it while the newest week moves on.
    const element = /<cmhw-countdown[\s\S]*<\/cmhw-countdown>/.exec(code)![0];
    expect(element)
      .to.contain('<cmhw-countdown edition="latest">')
      .and.not.match(/February|\d/);
    const pasted = await loadFrame({ srcdoc: blankPage(code.replace(src!, '/dist/cmhw-widgets.js')) });
    const [widget] = await renderedIn(pasted);
    const phase = widget!.getAttribute('phase');
    // The newest week (2026 in this release): before or during it, its theme; after it, the line on the next one.
    const shown = shadowText(widget!);
    if (phase === 'after') expect(shown).to.contain("The next Children's Mental Health Week comes in February.");
    else expect(shown).to.contain(renderingIn('en-GB', newestEdition().theme));
  });

  it('opens with the widget its address names, as the element pages link to it', async () => {
    const frame = await loadFrame({ src: '/site/configurator/?widget=banner', width: 1024 });
    await waitUntil(() => frame.contentDocument!.querySelector('#pinned-code'), 'the configurator did not render', {
      timeout: 20_000,
    });
    const doc = frame.contentDocument!;
    expect(doc.querySelector<HTMLSelectElement>('#cfg-widget')!.value).to.equal('banner');
    expect(doc.querySelector('#pinned-code')!.textContent).to.contain('<cmhw-banner');
    expect(doc.querySelector('#content cmhw-countdown')).to.equal(null);
  });

  it('fits a 320px-wide screen without scrolling sideways', async () => {
    const frame = await loadFrame({ src: '/site/configurator/index.html', width: 320 });
    await waitUntil(() => frame.contentDocument!.querySelector('#pinned-code'), 'the configurator did not render', {
      timeout: 20_000,
    });
    const root = frame.contentDocument!.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});

describe('the configurator form', () => {
  let root: HTMLElement;
  const release: Release = {
    version: VERSION,
    integrity: 'sha384-test',
    pinned: 'https://cdn.jsdelivr.net/npm/cmhw-widgets@0.1.0/dist/cmhw-widgets.js',
    evergreen: 'https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js',
    site: 'https://cmhw-widgets.github.io/cmhw-widgets/v0.1.0/',
    download: 'https://cmhw-widgets.github.io/cmhw-widgets/v0.1.0/cmhw-widgets-0.1.0.zip',
  };
  const preview = () => root.querySelector('cmhw-countdown') as CmhwCountdown;
  const code = (id: string) => root.querySelector(`#${id}-code`)!.textContent!;
  const change = (selector: string, value: string, type = 'change') => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event(type, { bubbles: true }));
  };

  beforeEach(async () => {
    root = await fixture('<main style="inline-size: 800px"></main>');
    mountConfigurator(root, release);
    await preview().updateComplete;
  });

  it('reads the widget from the address: ?widget=tip-card chooses it; an unknown one warns and keeps the countdown', () => {
    expect(choicesFromQuery('?widget=tip-card')).to.deep.equal({ widget: 'tip-card' });
    expect(choicesFromQuery('?widget=banner&lang=cy')).to.deep.equal({ widget: 'banner' });
    expect(choicesFromQuery('')).to.deep.equal({});
    const warn = sinon.stub(console, 'warn');
    try {
      expect(choicesFromQuery('?widget=%3Cscript%3E')).to.deep.equal({});
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('"<script>"').and.contain('countdown, tip-card, banner');
    } finally {
      warn.restore();
    }
  });

  it('opens with the chosen widget in the preview and the code', async () => {
    const other = await fixture<HTMLElement>('<main style="inline-size: 800px"></main>');
    mountConfigurator(other, release, choicesFromQuery('?widget=tip-card'));
    const card = other.querySelector('cmhw-tip-card') as CmhwTipCard;
    await card.updateComplete;
    expect(other.querySelector<HTMLSelectElement>('#cfg-widget')!.value).to.equal('tip-card');
    expect(other.querySelector('#pinned-code')!.textContent).to.contain('<cmhw-tip-card edition="latest">');
  });

  it('a field changes the preview and the code at once', async () => {
    change('#cfg-lang', 'ur');
    await preview().updateComplete;
    expect(preview().getAttribute('lang')).to.equal('ur');
    expect(code('pinned')).to.contain('<cmhw-countdown lang="ur" edition="latest">').and.contain('بچوں کی ذہنی صحت کا ہفتہ');
    expect(code('iframe')).to.contain('lang=ur');

    change('#cfg-accent', '#00558c', 'input');
    await preview().updateComplete;
    expect(preview().style.getPropertyValue('--cmhw-accent')).to.equal('#00558c');
    expect(code('pinned')).to.contain('--cmhw-accent: #00558c;');
    expect(code('self')).to.contain('src="/js/cmhw-widgets.js" integrity="sha384-test"');
  });

  it('previews any day of the campaign without putting `now` in the code', async () => {
    for (const [day, phase] of [
      ['before', 'before'],
      ['during', 'during'],
      ['after', 'after'],
    ]) {
      root.querySelector<HTMLInputElement>(`#cfg-preview-${day}`)!.click();
      await preview().updateComplete;
      expect(preview().getAttribute('phase')).to.equal(phase);
    }
    expect(code('pinned')).to.not.contain('now=');
  });

  it('chooses the tip card, its interval and mode, previews it and gives its code', async function () {
    this.timeout(30_000); // axe over the whole form takes WebKit a while
    change('#cfg-widget', 'tip-card');
    const card = () => root.querySelector('cmhw-tip-card') as CmhwTipCard;
    await card().updateComplete;
    expect(root.querySelector('cmhw-countdown')).to.equal(null);
    expect(root.querySelector('#cfg-precision')).to.equal(null);
    expect(root.querySelector('#cfg-preview-during'), 'a rotating card looks the same any day').to.equal(null);
    change('#cfg-interval', '60');
    await card().updateComplete;
    expect(card().getAttribute('interval')).to.equal('60');
    expect(code('pinned')).to.contain('<cmhw-tip-card edition="latest" interval="60">');
    change('#cfg-mode', 'daily');
    await card().updateComplete;
    expect(card().getAttribute('mode')).to.equal('daily');
    expect(root.querySelector('#cfg-interval'), 'no interval without rotation').to.equal(null);
    expect(code('pinned')).to.contain('<cmhw-tip-card edition="latest" mode="daily">');
    expect(code('iframe')).to.contain('widget=tip-card').and.contain('mode=daily');
    await expect(root).to.be.accessible();
  });

  it('starts on the newest known week with the evergreen file first, saying which address it chose and why', async () => {
    expect(root.querySelector<HTMLSelectElement>('#cfg-edition')!.value).to.equal('latest');
    expect(preview().getAttribute('edition')).to.equal('latest');
    const titles = () => [...root.querySelectorAll('.codes h3')].map((h) => h.id);
    expect(titles()).to.deep.equal(['evergreen-title', 'pinned-title', 'self-title', 'iframe-title']);
    expect(root.querySelector('#address-choice')!.textContent).to.match(
      /newest 0\.x release from jsDelivr, since the newest known week changes each year/,
    );
    expect(code('evergreen'))
      .to.contain('<cmhw-countdown edition="latest">')
      .and.contain('src="https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js"></script>');
    expect(code('pinned')).to.contain(
      'src="https://cdn.jsdelivr.net/npm/cmhw-widgets@0.1.0/dist/cmhw-widgets.js" integrity="sha384-test" crossorigin="anonymous"',
    );
    // A year never changes: this version's file, checked by its hash, comes first.
    change('#cfg-edition', '2026');
    await preview().updateComplete;
    expect(titles()).to.deep.equal(['pinned-title', 'evergreen-title', 'self-title', 'iframe-title']);
    expect(root.querySelector('#address-choice')!.textContent).to.match(/version 0\.1\.0 from jsDelivr, checked by its hash/);
    expect(code('pinned')).to.contain('<cmhw-countdown edition="2026">');
    // The element's own default (2023) is left out of the code.
    change('#cfg-edition', '2023');
    await preview().updateComplete;
    expect(code('pinned')).to.contain('<cmhw-countdown>');
  });

  it('offers the newest known week as an edition: latest in the code, the newest week in the preview', async () => {
    change('#cfg-edition', 'latest');
    await preview().updateComplete;
    expect(preview().getAttribute('edition')).to.equal('latest');
    expect(code('pinned')).to.contain('<cmhw-countdown edition="latest">');
    expect(code('evergreen'))
      .to.contain('<cmhw-countdown edition="latest">')
      .and.contain('src="https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js"');
    root.querySelector<HTMLInputElement>('#cfg-preview-before')!.click();
    await preview().updateComplete;
    expect(shadowText(preview())).to.contain(renderingIn('en-GB', newestEdition().theme));
    root.querySelector<HTMLInputElement>('#cfg-preview-after')!.click();
    await preview().updateComplete;
    expect(shadowText(preview())).to.contain("The next Children's Mental Health Week comes in February.");
  });

  it('warns when chosen colours would be hard to read', async () => {
    change('#cfg-on-accent', '#6a3aa0', 'input');
    await preview().updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('the text on the accent');
  });

  it('copies the code, says so on screen and to screen readers', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      const button = root.querySelector<HTMLButtonElement>('.code:has(#pinned-title) .copy button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => writeText.called);
      expect(writeText.firstCall.args[0]).to.equal(code('pinned'));
      await waitUntil(() => root.querySelector('.copied'));
      expect(root.querySelector('.copied')!.textContent).to.contain('Copied');
      expect(root.querySelector('[role="status"]')!.textContent).to.equal('Code copied to the clipboard.');
    } finally {
      writeText.restore();
    }
  });

  it('configures the banner: its own fields, its preview (whose close button keeps it), its code', async () => {
    change('#cfg-widget', 'banner');
    const banner = () => root.querySelector('cmhw-banner')!;
    await banner().updateComplete;
    expect(root.querySelector('cmhw-countdown')).to.equal(null);
    expect(root.querySelector('#cfg-precision')).to.equal(null);
    root.querySelector<HTMLInputElement>('#cfg-dismissible')!.click();
    change('#cfg-heading-level', '4');
    change('#cfg-show-window', '14 7');
    change('#cfg-href', 'javascript:alert(1)');
    await banner().updateComplete;
    expect(code('pinned')).to.contain('<cmhw-banner edition="latest" dismissible heading-level="4" show-window="14 7">');
    expect(code('pinned')).not.to.contain('javascript');
    // The preview's heading fits this page's outline (under "2. Preview"); the code has the chosen level.
    expect(banner().shadowRoot!.querySelector('h3')).not.to.equal(null);
    banner().shadowRoot!.querySelector('button')!.click();
    await banner().updateComplete;
    expect(banner().getBoundingClientRect().height).to.be.greaterThan(0);
    expect(localStorage.length).to.equal(0);
    await expect(root).to.be.accessible();
  });

  it('passes axe', async () => {
    await expect(root).to.be.accessible();
  });

  it('can be used with the keyboard alone: every field and button in the tab order, with a label', () => {
    const fields = [...root.querySelectorAll<HTMLElement>('select, input, button')];
    for (const field of fields) {
      expect(field.tabIndex, field.id || field.textContent!).to.be.at.least(0);
      const named =
        field.localName === 'button'
          ? field.textContent!.trim()
          : root.querySelector(`label[for="${field.id}"]`)?.textContent?.trim();
      expect(named, `${field.localName}#${field.id}`).to.be.a('string');
      expect(named, `${field.localName}#${field.id}`).to.not.equal('');
    }
  });
});
