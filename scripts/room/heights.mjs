// Measures how tall each widget is, with no room reserved, so that the snippets can reserve exactly that: every
// widget and variant, edition, phase and language, at container widths from 15em to 100em in steps of one em,
// in each of the fonts the room holds for (FONTS in rules.mjs), in the three engines the kit is tested in: Chromium,
// Firefox and WebKit (which breaks some lines sooner than the other two). Writes the tallest of those fonts and
// engines for each case into scripts/room/heights.generated.mjs, which rules.mjs turns into CSS.
//   npm run room:heights      (after npm run build; WebKit under xvfb-run, as the npm script does; about six minutes)
// The widgets' own clock is the page's (each phase a page load with the clock fixed at a moment in it, by
// measure.html), not `now`, so that a seconds countdown shows its pause button as on a live page. Every browser and
// the file server are closed on every path; each page has a deadline (scripts/steps.mjs).
/* global document, customElements, requestAnimationFrame */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { serveFolder } from '../site/serve.mjs';
import { runScript, within } from '../steps.mjs';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from '../webkit-driver.mjs';
import { FONTS, HEIGHT_EDITION_OF_TIPS, LANGUAGES, SAMPLE_WIDTHS_EM, VARIANTS, heightKey, measuredEditions } from './rules.mjs';
import { OWN_TIPS } from './own-tips.mjs';
import { editions } from './editions.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const OUT = new URL('heights.generated.mjs', import.meta.url);

/** The instant of each phase of an edition's week: five days before it, its third day, a week after it (noon UK). */
const moments = ({ start, end }) => ({
  before: Date.parse(`${start}T12:00:00Z`) - 5 * 86_400_000,
  during: Date.parse(`${start}T12:00:00Z`) + 2 * 86_400_000,
  after: Date.parse(`${end}T12:00:00Z`) + 8 * 86_400_000,
});

/** The cases measured on one page load: every widget, variant, language and font of `edition`, in `phase`. */
function casesAt(phase, edition) {
  const cases = [];
  for (const [widget, variants] of Object.entries(VARIANTS)) {
    // A tip card shows the same tips in every year: measured once, and with `latest`.
    if (widget === 'tip-card' && edition !== HEIGHT_EDITION_OF_TIPS && edition !== 'latest') continue;
    for (const variant of variants.filter((v) => !only || only.includes(v))) {
      for (const lang of LANGUAGES) {
        for (const [font, family] of Object.entries(FONTS))
          cases.push({ widget, variant, edition, phase, lang, font, family, tips: OWN_TIPS[variant.replace(/^own:/, '')] });
      }
    }
  }
  return cases;
}

/** In the page: lays out each case at every sample width and returns the boxes' heights in px (16px font). */
async function measureInPage({ cases, widths }) {
  await customElements.whenDefined('cmhw-banner');
  const style = document.createElement('style');
  // Laid out even far down the page (the widgets skip the layout of boxes off screen).
  style.textContent =
    'cmhw-countdown, cmhw-tip-card, cmhw-banner { content-visibility: visible !important } ::part(container) { content-visibility: visible !important }';
  document.head.append(style);
  const results = [];
  for (const c of cases) {
    // The attributes of each variant (rules.mjs: variantOf reads them back).
    const attributes =
      {
        countdown: { second: ' precision="second"' },
        'tip-card': { daily: ' mode="daily"' },
        banner: { dismissible: ' dismissible' },
      }[c.widget]?.[c.variant] ?? '';
    const box = document.createElement('div');
    for (const width of widths) {
      const outer = document.createElement('div');
      outer.style.cssText = `inline-size: ${width}em; font: 16px ${c.family}`;
      outer.lang = c.lang;
      const el = document.createElement(`cmhw-${c.widget}`);
      el.setAttribute('edition', c.edition);
      for (const [, name, value] of attributes.matchAll(/ ([\w-]+)(?:="([^"]*)")?/g)) el.setAttribute(name, value ?? '');
      // A page's own tips, as a list inside the element.
      if (c.tips) {
        const list = document.createElement('ul');
        for (const tip of c.tips) {
          const item = document.createElement('li');
          item.append(Object.assign(document.createElement('h3'), { textContent: tip.title }));
          item.append(Object.assign(document.createElement('p'), { textContent: tip.text }));
          list.append(item);
        }
        el.append(list);
      }
      outer.append(el);
      box.append(outer);
    }
    document.body.replaceChildren(box);
    const elements = [...box.querySelectorAll('*')].filter((el) => el.localName.startsWith('cmhw-'));
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const phase = elements[0].getAttribute('phase') ?? c.phase;
    results.push({ ...c, shownPhase: phase, heights: elements.map((el) => el.getBoundingClientRect().height) });
  }
  return results;
}

/** `measure` run on a few cases at a time: each call to a page answers within a minute or two, in every engine. */
async function inBatches(cases, measure) {
  const results = [];
  for (let i = 0; i < cases.length; i += 6) results.push(...(await measure(cases.slice(i, i + 6))));
  return results;
}

/**
 * The three engines, each started once: `open(scope)` starts it (registering its closing with the script's scope) and
 * resolves to `measure(url, cases)`, which loads `url` in a fresh page and measures the cases there.
 */
const ENGINES = {
  Chromium: async (scope) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    scope.defer('Chromium', () => browser.close());
    return async (url, cases) => {
      const page = await browser.newPage({ viewport: { width: 1700, height: 900 } });
      try {
        await page.goto(url);
        return await inBatches(cases, (batch) => page.evaluate(measureInPage, { cases: batch, widths: SAMPLE_WIDTHS_EM }));
      } finally {
        await page.close();
      }
    };
  },
  Firefox: async (scope) => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
    });
    scope.defer('Firefox', () => browser.close());
    return async (url, cases) => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1700, height: 900 });
        await page.goto(url);
        return await inBatches(cases, (batch) => page.evaluate(measureInPage, { cases: batch, widths: SAMPLE_WIDTHS_EM }));
      } finally {
        await page.close();
      }
    };
  },
  WebKit: async (scope) => {
    const driver = await startWebKitDriver();
    scope.defer('WebKitWebDriver', () => driver.stop());
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: WEBKIT_CAPABILITIES,
      // A request that fails is not sent again (a measuring script would run twice): the step fails instead.
      connectionRetryCount: 0,
      connectionRetryTimeout: 300_000,
    });
    scope.defer('WebKit', () => browser.deleteSession());
    await browser.setWindowSize(1700, 900);
    // A batch measures for a while: longer than WebDriver's default 30 s for a script.
    await browser.setTimeout({ script: 300_000 });
    return async (url, cases) => {
      await browser.url(url);
      return inBatches(cases, (batch) => browser.execute(measureInPage, { cases: batch, widths: SAMPLE_WIDTHS_EM }));
    };
  },
};

// `--only own:docs,…`: measure only these variants, and keep the other heights as they are.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;

await runScript(
  'room:heights',
  async (scope) => {
    const server = await serveFolder(root);
    scope.defer('the file server', () => server.close());
    const engines = [];
    for (const [name, open] of Object.entries(ENGINES))
      engines.push([name, await within(60_000, `starting ${name}`, () => open(scope))]);
    const heights = only ? { ...(await import('./heights.generated.mjs')).HEIGHTS } : {};
    const fresh = new Set();
    for (const edition of measuredEditions(editions)) {
      const week = edition.key === 'latest' ? editions.at(-1) : edition;
      for (const [phase, time] of Object.entries(moments(week))) {
        const cases = casesAt(phase, edition.key);
        if (cases.length === 0) continue;
        const url = `${server.url}scripts/room/measure.html?at=${time}`;
        // The engines at once: each is mostly waiting for its own layout.
        const measured = await Promise.all(
          engines.map(async ([engine, measure]) => [
            engine,
            await within(600_000, `${engine}, edition ${edition.key}, ${phase} (${url})`, () => measure(url, cases)),
          ]),
        );
        for (const [engine, results] of measured) {
          for (const result of results) {
            if (result.shownPhase !== phase)
              throw new Error(`${engine}: ${result.widget} ${edition.key} showed ${result.shownPhase}, not ${phase}`);
            const key = heightKey(result);
            const previous = (!only || fresh.has(key)) && heights[key] ? heights[key] : result.heights.map(() => 0);
            fresh.add(key);
            heights[key] = result.heights.map((h, i) => Math.max(previous[i], Math.ceil(h)));
          }
          console.log(`room:heights: ${engine} ${edition.key} ${phase}: ${results.length} cases`);
        }
      }
    }

    const source = `// Generated by \`npm run room:heights\` (scripts/room/heights.mjs): do not edit. Each widget's height in px at a
// 16px font, with no room reserved, at each of SAMPLE_WIDTHS_EM (rules.mjs): the tallest in the fonts FONTS names,
// in Chromium, Firefox and WebKit. Key: widget|variant|edition|phase|language.
export const HEIGHTS = ${JSON.stringify(heights)};
`;
    const options = (await prettier.resolveConfig(fileURLToPath(OUT))) ?? {};
    writeFileSync(OUT, await prettier.format(source, { ...options, parser: 'babel', printWidth: 4000 }));
    console.log(`room:heights: ${Object.keys(heights).length} cases written to scripts/room/heights.generated.mjs`);
  },
  { deadlineMs: 40 * 60_000 },
);
