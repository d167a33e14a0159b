// The copy-paste snippets of docs/embedding.md and the README, each pasted into a blank page; what visitors see
// without JavaScript; and the layout shift when the script upgrades the recommended snippet.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/elements/countdown/define.js';
import '../../src/elements/banner/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import '../../src/elements/tip-card/define.js';
import type { CmhwTipCard } from '../../src/elements/tip-card/tip-card.js';
import { newestEdition } from '../../src/core/editions.js';
import { renderingIn } from '../../src/i18n/msg.js';
import { framesPainted, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

/** The `html` code blocks of a Markdown file that start with `<!-- snippet: name -->`. */
async function snippetsIn(file: string): Promise<Array<{ name: string; code: string }>> {
  const markdown = await (await fetch(file)).text();
  return [...markdown.matchAll(/```html\n<!-- snippet: ([^>]+?) -->\n([\s\S]*?)```/g)].map(([, name, code]) => ({
    name: name!,
    // Where the docs say "your site", the tests serve the built files.
    code: code!.replaceAll('https://your-school.example/js/', '/dist/').replaceAll('https://kit-site.example/', '/site/'),
  }));
}

const asPage = (code: string) =>
  /^<!doctype/i.test(code.trim()) ? code : `<!doctype html><html lang="en-GB"><body>${code}</body></html>`;

const RECOMMENDED = `<style>
  cmhw-countdown { display: grid; box-sizing: border-box; min-block-size: 17.5rem; }
  cmhw-countdown:not(:defined) { align-content: center; padding: 1rem 1.25rem; border: 1px solid #5c2d91; border-radius: 12px; }
</style>`;

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
      const frame = await loadFrame({ srcdoc: asPage(code) });
      if (code.includes('<iframe')) {
        const inner = frame.contentDocument!.querySelector('iframe')!;
        // The snippet reserves the frame's room in rem; a height in px can only come from the frame's message. (The
        // message may arrive before this line runs: nothing here waits for a change.)
        expect(code, name).to.match(/block-size: [\d.]+rem/);
        await waitUntil(() => /^\d+px$/.test(inner.style.blockSize), `${name}: no height from the frame`, {
          timeout: 20_000,
        });
        expect(parseInt(inner.style.blockSize, 10), name).to.be.within(80, 600);
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

  it('loads the file of the v0/ folder, the same bytes as this release, with no integrity hash, and shows the newest week', async () => {
    const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'evergreen')!;
    expect(code).to.contain('src="/site/v0/cmhw-widgets.js"').and.not.contain('integrity=');
    const [evergreen, release] = await Promise.all(
      ['/site/v0/cmhw-widgets.js', '/dist/cmhw-widgets.js'].map(async (url) => (await fetch(url)).text()),
    );
    expect(evergreen === release, 'site/v0/cmhw-widgets.js is this release').to.equal(true);
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
    expect(host.getBoundingClientRect().height).to.equal(17.5 * 16);
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
    expect(host.getBoundingClientRect().height).to.equal(24 * 16);
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
    for (const [width, rem] of [
      [320, 44],
      [480, 31],
      [800, 26],
    ] as const) {
      const frame = await loadFrame({ srcdoc: asPage(code), sandbox: 'allow-same-origin', width });
      const host = frame.contentDocument!.querySelector('cmhw-banner')!;
      expect(frame.contentWindow!.customElements.get('cmhw-banner')).to.equal(undefined);
      const link = host.querySelector('a')!;
      // Shown (on one line or, in a narrow frame, two).
      expect(link.getClientRects().length).to.be.at.least(1);
      expect(link.href).to.equal('https://www.childrensmentalhealthweek.org.uk/');
      expect(host.textContent).to.contain("Children's Mental Health Week").and.contain('6–12 February 2023');
      expect(host.getBoundingClientRect().height, `${width}px`).to.equal(rem * 16);
      frame.remove();
    }
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
      expect(await layoutShift(RECOMMENDED + fallback, width)).to.equal(0);
    });
  }

  for (const width of [320, 480, 1024]) {
    it(`of the tip card causes no layout shift (CLS 0) at ${width}px`, async () => {
      const { code } = (await snippetsIn('/docs/embedding.md')).find((snippet) => snippet.name === 'tip card: plain HTML page')!;
      expect(await layoutShift(code.replace(/<script[^]*<\/script>/, ''), width, 'cmhw-tip-card')).to.equal(0);
    });
  }

  it('without the reserved room, the page below does move (so the measurement works)', async () => {
    expect(await layoutShift(fallback, 480)).to.be.greaterThan(0);
  });

  // The reservation must hold the widget wherever the snippet is used as documented: any language, any phase.
  it('17.5rem holds the countdown from 280px wide, in every language and phase', async function () {
    this.timeout(30000);
    const moments = ['2023-02-01T12:00', '2023-02-08T12:00', '2023-02-20T12:00'];
    const tallest: string[] = [];
    for (const width of [280, 320, 400, 600, 1024]) {
      for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
        for (const now of moments) {
          const host = await fixture(
            `<div lang="${lang}" style="inline-size: ${width}px"><cmhw-countdown now="${now}"></cmhw-countdown></div>`,
          );
          const el = host.querySelector('cmhw-countdown') as CmhwCountdown;
          await el.updateComplete;
          const height = el.getBoundingClientRect().height;
          if (height > 17.5 * 16) tallest.push(`${width}px ${lang} ${now}: ${height}px`);
        }
      }
    }
    expect(tallest).to.deep.equal([]);
  });

  it('24rem holds the tip card from 320px wide, 27rem from 280px and 15rem from 600px, in every language and mode', async () => {
    const tallest: string[] = [];
    for (const width of [280, 320, 400, 600, 1024]) {
      const room = (width >= 600 ? 15 : width >= 320 ? 24 : 27) * 16;
      for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
        for (const mode of ['rotate', 'daily']) {
          // One card at a time at the top of the page: a card off screen is not laid out (content-visibility).
          fixtureCleanup();
          const host = await fixture(
            `<div lang="${lang}" style="inline-size: ${width}px"><cmhw-tip-card mode="${mode}" now="2023-02-08T12:00"></cmhw-tip-card></div>`,
          );
          const el = host.querySelector('cmhw-tip-card') as CmhwTipCard;
          await el.updateComplete;
          const height = el.getBoundingClientRect().height;
          if (height > room) tallest.push(`${width}px ${lang} ${mode}: ${height}px`);
        }
      }
    }
    expect(tallest).to.deep.equal([]);
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

    // Its room, by the width of the wrapper: it must hold the banner in any language and phase, dismissible.
    it('the reserved sizes hold the banner from 280px wide, in every language and phase', async function () {
      this.timeout(60000);
      const style = document.createElement('style');
      style.textContent = /<style>([\s\S]*?)<\/style>/.exec(banner)![1]!;
      document.head.append(style);
      const moments = ['2023-02-01T12:00', '2023-02-08T12:00', '2023-02-20T12:00'];
      const tallest: string[] = [];
      try {
        for (const width of [280, 320, 399, 400, 480, 639, 640, 800, 1024, 1400]) {
          for (const lang of ['en-GB', 'cy', 'pl', 'ur']) {
            for (const now of moments) {
              const host = await fixture(
                `<div lang="${lang}" style="inline-size: ${width}px; font: 16px/1.4 sans-serif"><div class="cmhw-banner-room"><cmhw-banner dismissible now="${now}"></cmhw-banner></div></div>`,
              );
              const el = host.querySelector('cmhw-banner')!;
              await Promise.resolve();
              await el.updateComplete;
              const reserved = parseFloat(getComputedStyle(el).minBlockSize);
              const height = el.getBoundingClientRect().height;
              if (height > reserved) tallest.push(`${width}px ${lang} ${now}: ${height}px in ${reserved}px`);
            }
          }
        }
      } finally {
        style.remove();
      }
      expect(tallest).to.deep.equal([]);
    });
  });
});
