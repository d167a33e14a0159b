// The copy-paste snippets of docs/embedding.md and the README, each pasted into a blank page; what visitors see
// without JavaScript; and the layout shift when the script upgrades the recommended snippet.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/elements/countdown/define.js';
import '../../src/elements/banner/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import '../../src/elements/tip-card/define.js';
import { newestEdition } from '../../src/core/editions.js';
import { renderingIn } from '../../src/i18n/msg.js';
import { framesPainted, loadFrame, removeFrames, renderedIn } from '../support/frames.js';
import { type RoomChoice, roomCss } from '../../scripts/room/rules.mjs';

/** The package's name, version and site (package.json): the published addresses the snippets name. */
const pkg = (await (await fetch('/package.json')).json()) as { name: string; version: string; homepage: string };
/** Every address a snippet loads from, and where this server has the same file. */
const SERVED_HERE: Array<[string, string]> = [
  // jsDelivr serves the package's files at NAME@VERSION/PATH (and NAME@MAJOR/PATH): dist/ is the package's dist/.
  [`https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`, '/'],
  [`https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version.split('.')[0]}/`, '/'],
  // The kit's site is the built site/.
  [pkg.homepage, '/site/'],
  // Where the docs say "your own site", the school uploaded this release's files.
  ['src="/js/', 'src="/dist/'],
];

/** The `html` code blocks of a Markdown file that start with `<!-- snippet: name -->`, as published. */
async function publishedSnippetsIn(file: string): Promise<Array<{ name: string; code: string }>> {
  const markdown = await (await fetch(file)).text();
  return [...markdown.matchAll(/```html\n<!-- snippet: ([^>]+?) -->\n([\s\S]*?)```/g)].map(([, name, code]) => ({
    name: name!,
    code: code!,
  }));
}

/** The same, with their addresses served here: every file they load is this build's, so each hash is checked. */
async function snippetsIn(file: string): Promise<Array<{ name: string; code: string }>> {
  return (await publishedSnippetsIn(file)).map(({ name, code }) => ({
    name,
    code: SERVED_HERE.reduce((local, [published, here]) => local.replaceAll(published, here), code),
  }));
}

const asPage = (code: string) =>
  /^<!doctype/i.test(code.trim()) ? code : `<!doctype html><html lang="en-GB"><body>${code}</body></html>`;

/** A snippet of docs/embedding.md by name, without its script (the tests add the kit when they choose). */
async function snippetNamed(name: string, { script = true } = {}): Promise<string> {
  const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === name)!;
  return script ? code : code.replace(/<script type="module"[^>]*><\/script>/, '');
}

/** The room a snippet reserves, as CSS rules for the test page; without the rule that lets a widget fit itself. */
const roomRulesOf = (code: string) => /<style>([\s\S]*?)<\/style>/.exec(code)![1]!.replace(/^.*:state\(fitted\).*$/m, '');

const FONTS = ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'Georgia, serif', 'Arial, Helvetica, sans-serif'];
const LANGUAGES = ['en-GB', 'cy', 'pl', 'ur'];
const PHASE_MOMENTS = { before: '2023-02-01T12:00', during: '2023-02-08T12:00', after: '2023-02-20T12:00' };

/**
 * Every case where `tag`'s room might not hold it: the snippet's rules on this page, the widget in the snippet's
 * wrapper at each width, language, font and moment, all at once. Returns the cases where the widget is taller.
 */
async function overflowing(code: string, tag: string, moments: string[], attributes = ''): Promise<string[]> {
  const style = document.createElement('style');
  style.textContent = roomRulesOf(code);
  document.head.append(style);
  try {
    const cases = [240, 280, 320, 360, 414, 480, 600, 768, 1024, 1440].flatMap((width) =>
      LANGUAGES.flatMap((lang) => FONTS.flatMap((font) => moments.map((now) => ({ width, lang, font, now })))),
    );
    const host = await fixture(
      `<div>${cases
        .map(
          ({ width, lang, font, now }) =>
            `<div class="cmhw-room" lang="${lang}" style="inline-size: ${width}px; font: 16px ${font.replaceAll('"', "'")}"><${tag}${attributes} now="${now}"></${tag}></div>`,
        )
        .join('')}</div>`,
    );
    const widgets = [...host.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tag)];
    // Laid out even off screen (the widgets skip the layout of boxes far from view).
    for (const widget of widgets) widget.style.contentVisibility = 'visible';
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const tooTall: string[] = [];
    widgets.forEach((widget, i) => {
      const container = widget.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
      container.style.contentVisibility = 'visible';
      const reserved = parseFloat(getComputedStyle(widget).minBlockSize);
      // The widget's own height: its container's, whatever the room around it.
      const own = [...container.children].reduce((bottom, child) => Math.max(bottom, child.getBoundingClientRect().bottom), 0);
      const padding =
        parseFloat(getComputedStyle(container).paddingBottom) + parseFloat(getComputedStyle(container).borderBottomWidth);
      const needed = own + padding - widget.getBoundingClientRect().top;
      if (needed > reserved + 0.5) tooTall.push(`${JSON.stringify(cases[i])}: ${needed.toFixed(1)}px in ${reserved}px`);
    });
    return tooTall;
  } finally {
    style.remove();
    fixtureCleanup();
  }
}

describe('the documented snippets, pasted into a blank page', () => {
  let snippets: Array<{ name: string; code: string }> = [];
  before(async () => {
    snippets = [...(await snippetsIn('/docs/embedding.md')), ...(await snippetsIn('/README.md'))];
  });
  afterEach(removeFrames);

  it('are all found: a plain page, WordPress, Squarespace, Wix, Google Sites, the iframe page, and the README', () => {
    expect(snippets.map((snippet) => snippet.name)).to.include.members([
      'plain HTML page',
      'WordPress Custom HTML block',
      'Squarespace Code block',
      'Wix Embed HTML',
      'Google Sites Embed code',
      'iframe page',
      'README',
      'tip card: plain HTML page',
      'tip card: Wix Embed HTML and Google Sites Embed code',
      'tip card: iframe page',
      'tip card: your own tips',
      'evergreen',
    ]);
  });

  it("load the file from jsDelivr, pinned to package.json's version and checked by the built file's hash (the evergreen one: the newest 0.x, no hash); the iframe page from the kit's site", async () => {
    const bytes = await (await fetch('/dist/cmhw-widgets.js')).arrayBuffer();
    const built = `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
    const published = [...(await publishedSnippetsIn('/docs/embedding.md')), ...(await publishedSnippetsIn('/README.md'))];
    for (const { name, code } of published) {
      const scripts = [...code.matchAll(/<script type="module" src="([^"]+)"([^>]*)><\/script>/g)];
      const frames = [...code.matchAll(/<iframe[^>]*\ssrc="([^"?]+)/g)].map(([, src]) => src);
      expect(scripts.length + frames.length, `${name} loads the kit`).to.be.greaterThan(0);
      for (const [, src, rest] of scripts) {
        if (name === 'evergreen') {
          expect(src, name).to.equal(`https://cdn.jsdelivr.net/npm/${pkg.name}@0/dist/cmhw-widgets.js`);
          expect(rest, name).to.equal('');
        } else {
          const where =
            name === 'plain HTML page, the file on your own site'
              ? '/js/cmhw-widgets.js'
              : `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cmhw-widgets.js`;
          expect(src, name).to.equal(where);
          expect(rest, name).to.equal(` integrity="${built}" crossorigin="anonymous"`);
        }
      }
      for (const src of frames) expect(src, name).to.equal(`${pkg.homepage}v${pkg.version}/embed.html`);
    }
  });

  it('include the banner on each platform', () => {
    expect(snippets.map((snippet) => snippet.name)).to.include.members(
      [
        'plain HTML page',
        'WordPress Custom HTML block',
        'Squarespace Code block',
        'Wix Embed HTML',
        'Google Sites Embed code',
        'iframe page',
      ].map((name) => `banner: ${name}`),
    );
  });

  it('each renders the widget (the iframe page: in its frame, which reports its height)', async function () {
    this.timeout(90000);
    for (const { name, code } of snippets) {
      // The frame's height messages, as the page around it gets them.
      const recorder = `<script>addEventListener('message', (e) => { if (e.data && e.data.type === 'cmhw-embed-height') window.reported = e.data.height; });</script>`;
      const frame = await loadFrame({ srcdoc: code.includes('<iframe') ? recorder + asPage(code) : asPage(code) });
      if (code.includes('<iframe')) {
        const inner = frame.contentDocument!.querySelector('iframe')!;
        // The snippet reserves the frame's room in em, by the width of its wrapper. The frame reports its page's
        // height; the page's script takes it only where nobody sees the page move (the frame below the viewport) or
        // to grow, so a frame on screen keeps its room, which must hold the widget.
        expect(code, name).to.match(/block-size: [\d.]+em/);
        const win = frame.contentWindow as Window & { reported?: number };
        await waitUntil(() => win.reported !== undefined, `${name}: no height from the frame`, { timeout: 20_000 });
        expect(win.reported, name).to.be.within(80, 600);
        expect(win.reported, `${name}: the room holds the frame's page`).to.be.at.most(inner.getBoundingClientRect().height);
      } else {
        const tag = code.includes('<cmhw-tip-card')
          ? 'cmhw-tip-card'
          : code.includes('<cmhw-banner')
            ? 'cmhw-banner'
            : 'cmhw-countdown';
        const [widget] = await renderedIn(frame, tag);
        // (`latest` follows the newest edition, whose week may still be to come when one is added.)
        if (tag !== 'cmhw-tip-card' && !code.includes('edition="latest"'))
          expect(widget!.getAttribute('phase'), name).to.equal('after');
        // The fallback inside the element is no longer shown once the widget is there.
        expect(widget!.querySelector('a, li')!.getClientRects().length, name).to.equal(0);
      }
      frame.remove();
    }
  });

  it('the README shows the recommended snippet of the docs', () => {
    const readme = snippets.find((snippet) => snippet.name === 'README')!.code;
    const plain = snippets.find((snippet) => snippet.name === 'plain HTML page')!.code;
    const essentials = (code: string) =>
      code
        .replace(/\/\*[^*]*\*\//g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(essentials(readme)).to.equal(essentials(plain));
  });
});

describe('the evergreen snippet, pasted into a blank page', () => {
  afterEach(removeFrames);

  it("loads jsDelivr's newest 0.x file, with no integrity hash, and shows the newest week", async () => {
    const published = (await publishedSnippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'evergreen')!;
    expect(published.code)
      .to.contain(`src="https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js"></script>`)
      .and.not.contain('integrity=');
    const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'evergreen')!;
    const frame = await loadFrame({ srcdoc: asPage(code) });
    const [widget] = await renderedIn(frame, 'cmhw-countdown');
    const shown = widget!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // The newest week in content/: its theme before and during it, the line on the next week after it.
    if (widget!.getAttribute('phase') === 'after') expect(shown).to.contain('The next Children').and.not.match(/\d/);
    else expect(shown).to.contain(renderingIn('en-GB', newestEdition().theme));
    expect(shown).not.to.contain("Let's Connect");
  });
});

describe('without JavaScript', () => {
  afterEach(removeFrames);

  it('the recommended snippet shows a link to the official site and the dates, in a reserved box', async () => {
    const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'plain HTML page')!;
    // A sandbox without allow-scripts: the page's scripts never run.
    const frame = await loadFrame({ srcdoc: asPage(code), sandbox: 'allow-same-origin' });
    const doc = frame.contentDocument!;
    const host = doc.querySelector('cmhw-countdown')!;
    expect(frame.contentWindow!.customElements.get('cmhw-countdown')).to.equal(undefined);
    const link = host.querySelector('a')!;
    expect(link.getClientRects().length).to.equal(1);
    expect(link.href).to.equal('https://www.childrensmentalhealthweek.org.uk/');
    expect(host.textContent).to.contain("Children's Mental Health Week").and.contain('6–12 February 2023');
    // In the room reserved for the widget, the fallback at its top.
    const room = parseFloat(getComputedStyle(host).minBlockSize);
    expect(room).to.be.greaterThan(80);
    expect(host.getBoundingClientRect().height).to.equal(room);
    expect(link.getBoundingClientRect().top - host.getBoundingClientRect().top).to.be.below(40);
  });
});

describe('the tip card without JavaScript', () => {
  afterEach(removeFrames);

  const withoutScripts = async (name: string) => {
    const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === name)!;
    // A sandbox without allow-scripts: the page's scripts never run.
    const frame = await loadFrame({ srcdoc: asPage(code), sandbox: 'allow-same-origin' });
    expect(frame.contentWindow!.customElements.get('cmhw-tip-card')).to.equal(undefined);
    return { frame, host: frame.contentDocument!.querySelector('cmhw-tip-card')! };
  };

  it('the recommended snippet shows a tip and a link to the official site, in a reserved box', async () => {
    const { host } = await withoutScripts('tip card: plain HTML page');
    expect(host.querySelector('a')!.getClientRects().length).to.equal(1);
    expect(host.querySelector('a')!.href).to.equal('https://www.childrensmentalhealthweek.org.uk/');
    expect(host.textContent).to.contain('Connect in everyday moments');
    expect(host.getBoundingClientRect().height).to.equal(parseFloat(getComputedStyle(host).minBlockSize));
  });

  it("the page's own tips are shown as written, every one where the browser says scripting is off", async () => {
    const { frame, host } = await withoutScripts('tip card: your own tips');
    const items = [...host.querySelectorAll('li')];
    expect(items.map((item) => item.querySelector('h3')!.textContent)).to.deep.equal(['Eat together', 'Walk and talk']);
    const scriptingOff = frame.contentWindow!.matchMedia('(scripting: none)').matches;
    expect(items.filter((item) => item.getClientRects().length > 0)).to.have.length(scriptingOff ? 2 : 1);
  });
});

describe('the banner without JavaScript', () => {
  afterEach(removeFrames);

  it('the banner snippet shows a link to the official site and the dates, in the box reserved for its width', async () => {
    const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'banner: plain HTML page')!;
    const heights: number[] = [];
    for (const width of [320, 480, 800]) {
      const frame = await loadFrame({ srcdoc: asPage(code), sandbox: 'allow-same-origin', width });
      const host = frame.contentDocument!.querySelector('cmhw-banner')!;
      expect(frame.contentWindow!.customElements.get('cmhw-banner')).to.equal(undefined);
      const link = host.querySelector('a')!;
      // Shown (on one line or, in a narrow frame, two).
      expect(link.getClientRects().length).to.be.at.least(1);
      expect(link.href).to.equal('https://www.childrensmentalhealthweek.org.uk/');
      expect(host.textContent).to.contain("Children's Mental Health Week").and.contain('6–12 February 2023');
      const height = host.getBoundingClientRect().height;
      expect(height, `${width}px`).to.equal(parseFloat(frame.contentWindow!.getComputedStyle(host).minBlockSize));
      heights.push(height);
      frame.remove();
    }
    // The room follows the width: a narrow column holds more lines.
    expect(heights[0]).to.be.greaterThan(heights[2]!);
  });
});

describe('upgrading the recommended snippet', () => {
  afterEach(removeFrames);

  /**
   * The cumulative layout shift of a page with `snippet` and text below it, from first paint to upgraded. Engines
   * without the Layout Instability API (Firefox, WebKit) give how far the text below moved, in pixels, instead.
   */
  async function layoutShift(snippet: string, width: number, tag = 'cmhw-countdown'): Promise<number> {
    const page = `<!doctype html><html lang="en-GB"><body style="margin: 8px; font: 16px/1.4 sans-serif">
      <h1>Our school</h1>${snippet}<p id="below">The page goes on below the widget.</p></body></html>`;
    const frame = await loadFrame({ srcdoc: page, width });
    const win = frame.contentWindow as Window & typeof globalThis;
    let shift = 0;
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // The fallback is on screen first, as when the file arrives after the page has painted.
    await framesPainted(win, 3);
    const below = () => win.document.getElementById('below')!.getBoundingClientRect().top;
    const belowAtFirst = below();
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cmhw-widgets.js';
    win.document.body.append(script);
    await renderedIn(frame, tag);
    await framesPainted(win, 3);
    return PerformanceObserver.supportedEntryTypes.includes('layout-shift') ? shift : Math.abs(below() - belowAtFirst);
  }

  const fallback = `<cmhw-countdown><p><a href="https://www.childrensmentalhealthweek.org.uk/">Children's Mental Health Week</a>: 6–12 February 2023</p></cmhw-countdown>`;

  for (const width of [320, 480, 1024]) {
    it(`causes no layout shift (CLS 0) at ${width}px`, async () => {
      expect(await layoutShift(await snippetNamed('plain HTML page', { script: false }), width)).to.equal(0);
    });
  }

  for (const width of [320, 480, 1024]) {
    it(`of the tip card causes no layout shift (CLS 0) at ${width}px`, async () => {
      expect(
        await layoutShift(await snippetNamed('tip card: plain HTML page', { script: false }), width, 'cmhw-tip-card'),
      ).to.equal(0);
    });
  }

  it('without the reserved room, the page below does move (so the measurement works)', async () => {
    expect(await layoutShift(fallback, 480)).to.be.greaterThan(0);
  });

  // The room must hold the widget wherever the snippet is used as documented: every width from 240px, every
  // language, each of the fonts the room is measured for, and every phase its visitors can still see (the 2023
  // week is over: after it; the evergreen snippet may meet a later week: all three).
  it("the countdown's room holds it at every width, in every language and font, after the week", async function () {
    this.timeout(60000);
    expect(await overflowing(await snippetNamed('plain HTML page'), 'cmhw-countdown', [PHASE_MOMENTS.after])).to.deep.equal([]);
  });

  it("the evergreen countdown's room holds it in every phase of the newest week", async function () {
    this.timeout(60000);
    const { start } = newestEdition();
    const day = (offset: number) => new Date(Date.parse(`${start}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 16);
    expect(
      await overflowing(await snippetNamed('evergreen'), 'cmhw-countdown', [day(-5), day(2), day(14)], ' edition="latest"'),
    ).to.deep.equal([]);
  });

  it("the tip card's room holds it at every width, in every language and font, in both modes", async function () {
    this.timeout(60000);
    const code = await snippetNamed('tip card: plain HTML page');
    expect(await overflowing(code, 'cmhw-tip-card', [PHASE_MOMENTS.after])).to.deep.equal([]);
    expect(await overflowing(code, 'cmhw-tip-card', [PHASE_MOMENTS.after], ' mode="daily"')).to.deep.equal([]);
  });

  it('the room is no taller than the widget needs: at most three lines (72px) more, in the widest of the fonts', async function () {
    this.timeout(60000);
    const code = await snippetNamed('plain HTML page');
    const style = document.createElement('style');
    style.textContent = roomRulesOf(code);
    document.head.append(style);
    try {
      for (const width of [320, 414, 768, 1024]) {
        const host = await fixture(
          `<div class="cmhw-room" style="inline-size: ${width}px; font: 16px ${FONTS[0]!.replaceAll('"', "'")}"><cmhw-countdown now="${PHASE_MOMENTS.after}"></cmhw-countdown></div>`,
        );
        const widget = host.querySelector('cmhw-countdown') as CmhwCountdown;
        await widget.updateComplete;
        const container = widget.shadowRoot!.querySelector('[part="container"]')!;
        const lastChild = container.lastElementChild!.getBoundingClientRect().bottom;
        // Below the last line: the blank, then the container's padding and border (17px).
        expect(widget.getBoundingClientRect().bottom - lastChild, `${width}px`).to.be.at.most(72 + 17);
        fixtureCleanup();
      }
    } finally {
      style.remove();
    }
  });

  // The rooms the configurator, the site and the WordPress plugin write for the options that make a widget shorter:
  // exact for them, and still holding them, in every phase of the week.
  const roomOf = (choice: RoomChoice) => `<style>${roomCss(choice).join('\n')}</style>`;
  const everyPhase = Object.values(PHASE_MOMENTS);

  it("a plain banner's room (no close button) holds it in every phase, and is less than a dismissible one's", async function () {
    this.timeout(90000);
    const phases = ['before', 'during', 'after'] as const;
    const plain = roomOf({ widget: 'banner', variant: 'plain', phases: [...phases] });
    expect(await overflowing(plain, 'cmhw-banner', everyPhase)).to.deep.equal([]);
    const narrowest = (code: string) => parseFloat(/min-block-size: ([\d.]+)em/.exec(code)![1]!);
    expect(narrowest(plain)).to.be.lessThan(narrowest(roomOf({ widget: 'banner', variant: 'dismissible', phases: [...phases] })));
  });

  it("a daily tip card's room (no pause button) holds it in every phase", async function () {
    this.timeout(90000);
    const daily = roomOf({ widget: 'tip-card', variant: 'daily', phases: ['before', 'during', 'after'] });
    expect(await overflowing(daily, 'cmhw-tip-card', everyPhase, ' mode="daily"')).to.deep.equal([]);
  });

  describe('the banner', () => {
    let banner = '';
    before(async () => {
      banner = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'banner: plain HTML page')!.code;
      banner = banner.replace(/<script[^>]*><\/script>/, '');
    });

    for (const width of [320, 480, 1024]) {
      it(`causes no layout shift (CLS 0) at ${width}px`, async () => {
        expect(await layoutShift(banner, width, 'cmhw-banner')).to.equal(0);
      });
    }

    // Its room, by the width of the wrapper: it must hold the banner in any language and font, dismissible.
    it('the room holds the banner at every width, in every language and font, after the week', async function () {
      this.timeout(60000);
      expect(await overflowing(banner, 'cmhw-banner', [PHASE_MOMENTS.after], ' dismissible')).to.deep.equal([]);
    });
  });
});
