// The site's browser step, after `vite build --mode site` (npm run build:site): what a screen reader hears from each
// example on the element pages, read from Chromium's accessibility tree (not written by hand, so it cannot drift
// from what the widgets really expose), and the preview image that the pages' social tags name. It needs Debian's
// Chromium (CHROME_PATH for another copy), so `npm run build` leaves it out: `npm run site:finish` runs it (as
// `npm test` does, once it has installed the browsers). It can run again on the same site: each table is written
// between its two markers, replacing what an earlier run wrote.
//   node scripts/site/finish.mjs
// Every step has a deadline that names it and its page; the browser and the server are closed on every path
// (scripts/steps.mjs).
// The functions given to page.evaluate() run in the page, where these are defined.
/* global document, customElements */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { escapeHtml, PAGES } from './plugin.mjs';
import { serveFolder } from './serve.mjs';
import { runScript, within } from '../steps.mjs';

const SITE = new URL('../../site/', import.meta.url);
/** The two markers the site's build writes around each "what a screen reader hears" table (scripts/site/plugin.mjs). */
export const HEARD_START = '<!-- cmhw:heard -->';
export const HEARD_END = '<!-- /cmhw:heard -->';
const HEARD = /<!-- cmhw:heard -->[\s\S]*?<!-- \/cmhw:heard -->/;
/** How long one page's step may take: far above what it takes on a busy two-core machine (about a second). */
const STEP_MS = 60_000;

// Roles that screen readers do not announce: they only group (a paragraph's text is said, not its role).
const SILENT = new Set([
  'generic',
  'none',
  'paragraph',
  'InlineTextBox',
  'LineBreak',
  'LayoutTable',
  'LayoutTableRow',
  'LayoutTableCell',
]);
// Roles whose name already says the text inside them.
const NAMED_BY_CONTENT = new Set(['heading', 'link', 'button', 'listitem', 'paragraph', 'cell', 'StaticText']);
const STATES = ['level', 'pressed', 'expanded', 'disabled', 'live', 'roledescription'];

/** What a screen reader meets inside one element, in reading order: role, name, states, and the text between. */
function linesFor(nodes, rootId) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const lines = [];
  const visit = (id, inNamed) => {
    const node = byId.get(id);
    if (!node) return;
    const role = node.role?.value ?? '';
    const name = (node.name?.value ?? '').trim();
    if (!node.ignored && role === 'StaticText') {
      if (!inNamed && name) lines.push(`text “${name}”`);
    } else if (!node.ignored && !SILENT.has(role) && role !== 'RootWebArea') {
      const states = (node.properties ?? [])
        .filter(
          (p) => STATES.includes(p.name) && p.value?.value !== undefined && p.value.value !== false && p.value.value !== 'off',
        )
        .map((p) => (p.value.value === true ? p.name : `${p.name} ${p.value.value}`));
      const description = (node.description?.value ?? '').trim();
      lines.push(
        [role, name && `“${name}”`, description && `(described as “${description}”)`, states.length && states.join(', ')]
          .filter(Boolean)
          .join(', '),
      );
      // A heading, link or button is announced by its name: the text inside it is not said again.
      for (const child of node.childIds ?? []) visit(child, inNamed || (name !== '' && NAMED_BY_CONTENT.has(role)));
      return;
    }
    for (const child of node.childIds ?? []) visit(child, inNamed);
  };
  visit(rootId, false);
  return lines;
}

async function heardOn(context, url, step) {
  const page = await context.newPage();
  await step('opening the page', () => page.goto(url));
  await step('waiting for its widgets', () =>
    page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('figure[data-heard] > :is(cmhw-countdown, cmhw-tip-card, cmhw-banner)')];
      await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName)));
      await Promise.all(widgets.map((widget) => widget.updateComplete));
    }),
  );
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'figure[data-heard]' });
  const { nodes } = await step('reading the accessibility tree', () => cdp.send('Accessibility.getFullAXTree'));
  const rows = [];
  for (const nodeId of nodeIds) {
    const { node: figure } = await cdp.send('DOM.describeNode', { nodeId, depth: 2, pierce: true });
    const widget = figure.children.find((child) => child.localName.startsWith('cmhw-'));
    const axRoot = nodes.find((node) => node.backendDOMNodeId === widget.backendNodeId);
    const caption = await page.locator(`#${figure.attributes[figure.attributes.indexOf('id') + 1]} > figcaption`).innerText();
    const lines = axRoot ? linesFor(nodes, axRoot.nodeId) : [];
    if (lines.length === 0) throw new Error(`site: nothing in the accessibility tree for "${caption}" on ${url}`);
    rows.push({ caption, lines });
  }
  await page.close();
  return rows;
}

const heardHtml = (rows) =>
  `<div class="table-scroll heard" tabindex="0" role="region" aria-label="What a screen reader hears"><table>
<thead><tr><th scope="col">example</th><th scope="col">what a screen reader meets, in order (role, name, states)</th></tr></thead>
<tbody>
${rows.map(({ caption, lines }) => `<tr><th scope="row">${escapeHtml(caption)}</th><td><ol>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ol></td></tr>`).join('\n')}
</tbody>
</table></div>`;

/**
 * Finishes the built site in `site` (a folder URL): every page's "what a screen reader hears" table and the preview
 * image. `scope` is runScript's (it closes the browser and the server); `onServer(url)` is told the site server's
 * address once it listens (the tests use it to hold a connection open).
 */
export async function finishSite(scope, { site = SITE, onServer = () => {} } = {}) {
  const browser = await within(STEP_MS, 'site: starting Chromium', () =>
    chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS }),
  );
  let closing = false;
  // Closed last, after the server (which ends the browser's connections to it as it closes: scripts/site/serve.mjs).
  scope.defer('Chromium', () => {
    closing = true;
    return browser.close();
  });
  // A browser that goes away in the middle (killed, crashed) fails the step rather than leaving it waiting.
  browser.on('disconnected', () => closing || scope.fail(new Error('site: Chromium went away before the site was finished')));
  const server = await serveFolder(fileURLToPath(site));
  scope.defer('the site server', () => server.close());
  await onServer(server.url);

  // The examples are frozen with `now`, read as UK time; the browser is in the UK too, in British English.
  const context = await browser.newContext({
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    viewport: { width: 1024, height: 800 },
  });
  for (const { path } of PAGES) {
    const file = new URL(path, site);
    const html = readFileSync(file, 'utf8');
    if (!HEARD.test(html)) continue;
    const where = path.replace(/index\.html$/, '') || './';
    const step = (what, work) => within(STEP_MS, `site: what a screen reader hears, ${where}: ${what}`, work);
    const rows = await heardOn(context, new URL(path.replace(/index\.html$/, ''), server.url).href, step);
    writeFileSync(
      file,
      html.replace(HEARD, () => `${HEARD_START}${heardHtml(rows)}${HEARD_END}`),
    );
    console.log(`site: ${path}: what a screen reader hears, from ${rows.length} examples`);
  }
  await context.close();

  // The preview image of the social tags (1200 × 630): the front page's banner, as it looks on a page.
  const step = (what, work) => within(STEP_MS, `site: the preview image social.png, ./: ${what}`, work);
  const card = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await step('opening the page', () => card.goto(new URL('./', server.url).href));
  // The front page's heading and banner alone (the rest hidden, whatever its own rules say).
  await card.addStyleTag({
    content: `body > :not(main), main > :not(h1, figure:first-of-type), figcaption { display: none !important }
      body { max-inline-size: none; padding: 8px 60px } h1 { font-size: 44px; margin-block: 24px }`,
  });
  await step('waiting for the banner', () =>
    card.evaluate(() =>
      customElements.whenDefined('cmhw-banner').then(() => document.querySelector('cmhw-banner').updateComplete),
    ),
  );
  await step('taking the picture', () => card.screenshot({ path: fileURLToPath(new URL('social.png', site)) }));
  await card.close();
  console.log('site: social.png, the preview image');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runScript('site:finish', (scope) => finishSite(scope), { deadlineMs: 10 * 60_000 });
}
