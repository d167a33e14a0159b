// After `vite build --mode site`: what a screen reader hears from each example on the element pages, read from
// Chromium's accessibility tree (not written by hand, so it cannot drift from what the widgets really expose), and
// the preview image that the pages' social tags name. Needs Debian's Chromium (CHROME_PATH for another copy).
// The functions given to page.evaluate() run in the page, where these are defined.
/* global document, customElements */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { escapeHtml, PAGES } from './plugin.mjs';
import { serveFolder } from './serve.mjs';

const SITE = new URL('../../site/', import.meta.url);
const MARKER = '<!-- cmhw:heard -->';

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

async function heardOn(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('figure[data-heard] > :is(cmhw-countdown, cmhw-tip-card, cmhw-banner)')];
    await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName)));
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  });
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'figure[data-heard]' });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
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

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
const server = await serveFolder(SITE.pathname);
try {
  // The examples are frozen with `now`, read as UK time; the browser is in the UK too, in British English.
  const context = await browser.newContext({
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    viewport: { width: 1024, height: 800 },
  });
  for (const { path } of PAGES) {
    const file = new URL(path, SITE);
    const html = readFileSync(file, 'utf8');
    if (!html.includes(MARKER)) continue;
    const rows = await heardOn(context, new URL(path.replace(/index\.html$/, ''), server.url).href);
    writeFileSync(file, html.replace(MARKER, heardHtml(rows)));
    console.log(`site: ${path}: what a screen reader hears, from ${rows.length} examples`);
  }

  // The preview image of the social tags (1200 × 630): the front page's banner, as it looks on a page.
  const card = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await card.goto(new URL('./', server.url).href);
  // The front page's heading and banner alone (the rest hidden, whatever its own rules say).
  await card.addStyleTag({
    content: `body > :not(main), main > :not(h1, figure:first-of-type), figcaption { display: none !important }
      body { max-inline-size: none; padding: 8px 60px } h1 { font-size: 44px; margin-block: 24px }`,
  });
  await card.evaluate(() =>
    customElements.whenDefined('cmhw-banner').then(() => document.querySelector('cmhw-banner').updateComplete),
  );
  await card.screenshot({ path: new URL('social.png', SITE).pathname });
  console.log('site: social.png, the preview image');
} finally {
  await server.close();
  await browser.close();
}
