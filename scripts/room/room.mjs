// How much of each widget's box is empty, and whether the page moves, for every snippet the project publishes: the
// README's and docs/embedding.md's, the configurator's code for each widget, the site's own examples, the iframe
// page's, and the WordPress plugin's render. Each at 320, 414, 768, 1024 and 1440 px wide, in the four languages, in
// the three fonts the room holds for (rules.mjs), in each phase of the week its visitors can see, in Chromium:
//   blank  the widget's box, less the extent of what it shows, less its own padding and border (px);
//   CLS    the page's cumulative layout shift, from first paint (the fallback) to the widget upgraded.
// Writes bench/ROOM.md, and exits 1 if a widget's median blank is over 24 px (a line), its worst over 72 px (three),
// or any CLS is not 0. `--root DIR` measures another checkout's built files (its snippets, site and plugin), and
// `--out FILE` writes the table elsewhere: so the same script measures the code before a change. The file server
// and Chromium are closed on every path; each page has a deadline, and so has the whole run (scripts/steps.mjs).
//   npm run room      (after npm run build; about twenty minutes)
/* global document, window, getComputedStyle, requestAnimationFrame */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { serveFolder } from '../site/serve.mjs';
import { runScript, within } from '../steps.mjs';
import { editions } from './editions.mjs';
import { BAND_TOLERANCE_PX, FONTS, LANGUAGES, reachablePhases } from './rules.mjs';

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const root = resolve(option('--root') ?? fileURLToPath(new URL('../..', import.meta.url)));
const out = resolve(option('--out') ?? fileURLToPath(new URL('../../bench/ROOM.md', import.meta.url)));
const WIDTHS = [320, 414, 768, 1024, 1440];
const GOALS = { median: 24, worst: 72 };
/**
 * The worst blank each widget may have until the goal is decided: the figures measured with these room rules (see
 * "Where the empty space comes from" in bench/ROOM.md for what keeps them over the goal), so that nothing grows unseen.
 */
const WORST_BUDGETS = { 'cmhw-banner': 229, 'cmhw-countdown': 103, 'cmhw-tip-card': 237 };
const SITE_PAGES = ['index.html', 'countdown/index.html', 'tip-card/index.html', 'banner/index.html'];
const WIDGETS = 'cmhw-countdown, cmhw-tip-card, cmhw-banner';
const CONCURRENCY = 4;
const PAGE_DEADLINE = 60_000;

/** The `html` snippet blocks of a Markdown file, by name. */
const markdownSnippets = (file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```html\n<!-- snippet: ([^>]+?) -->\n([\s\S]*?)```/g)].map(
    ([, name, code]) => ({ name: `${file}: ${name}`, code }),
  );

/** The instant of each phase of a week: five days before it, its third day, a week after it (noon UK). */
const momentOf = ({ start, end }, phase) =>
  ({
    before: Date.parse(`${start}T12:00:00Z`) - 5 * 86_400_000,
    during: Date.parse(`${start}T12:00:00Z`) + 2 * 86_400_000,
    after: Date.parse(`${end}T12:00:00Z`) + 8 * 86_400_000,
  })[phase];

/** The week a snippet's widget shows, and the phases its visitors can see (the rule the snippets are written by). */
function weekOf(code) {
  const year = /edition="([^"]+)"/.exec(code)?.[1] ?? '2023';
  const edition = year === 'latest' ? editions.at(-1) : editions.find((e) => String(e.year) === year);
  const evergreen = year === 'latest' && /cmhw-widgets@0\//.test(code);
  return { edition, phases: reachablePhases({ ...edition, writtenAt: Date.now(), evergreen }) };
}

/** The WordPress plugin's render of each block with its defaults, by its own PHP, with WordPress's few functions. */
function wordpressSnippets() {
  const plugin = join(root, 'dist/wordpress/cmhw-widgets');
  const php = `<?php
    define('ABSPATH', '/'); define('DAY_IN_SECONDS', 86400);
    function wp_enqueue_script() {}
    function esc_attr($t) { return htmlspecialchars($t, ENT_QUOTES); }
    function esc_html($t) { return htmlspecialchars($t, ENT_QUOTES); }
    function esc_url($t) { return htmlspecialchars($t, ENT_QUOTES); }
    function wp_parse_url($u, $c = -1) { return parse_url($u, $c); }
    function wp_strip_all_tags($t) { return trim(strip_tags($t)); }
    function get_block_wrapper_attributes($extra = array()) { return 'class="wp-block-cmhw' . (isset($extra['class']) ? ' ' . $extra['class'] : '') . '"'; }
    require '${plugin}/includes/render.php';
    echo json_encode(array(
      'countdown' => cmhw_widgets_render_countdown(array()),
      'tip card' => cmhw_widgets_render_tip_card(array()),
      'banner' => cmhw_widgets_render_banner(array('dismissible' => true)),
    ));`;
  const dir = mkdtempSync(join(tmpdir(), 'cmhw-room-'));
  try {
    writeFileSync(join(dir, 'render.php'), php);
    const rendered = JSON.parse(execFileSync('php', [join(dir, 'render.php')], { encoding: 'utf8', timeout: 30_000 }));
    return Object.entries(rendered).map(([name, html]) => ({
      name: `WordPress render: ${name}`,
      code: `${html}\n<script type="module" src="/dist/cmhw-widgets.js"></script>`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The configurator's code for each widget (every form it offers), as the built site's page shows it. */
async function configuratorSnippets(browser, site) {
  const page = await browser.newPage();
  try {
    const snippets = [];
    for (const widget of ['countdown', 'tip-card', 'banner']) {
      await page.goto(`${site}configurator/?widget=${widget}`);
      await page.waitForSelector('pre[id$="-code"]');
      for (const { id, code } of await page.$$eval('pre[id$="-code"]', (pres) =>
        pres.map((pre) => ({ id: pre.id, code: pre.textContent })),
      )) {
        // Its addresses (the school's own /js/ folder too) are served here by servedHere, as every snippet's.
        snippets.push({ name: `configurator: ${widget}, ${id.replace(/-code$/, '')}`, code });
      }
    }
    return snippets;
  } finally {
    await page.close();
  }
}

/**
 * A snippet with its addresses served here: jsDelivr's files of the package (dist/ is the package's dist/), the kit's
 * site (the built site/), and a school's own folder (this release's files). package.json is read when first needed,
 * so that a checkout without one fails inside the run, saying so.
 */
let pkg;
const servedHere = (code) => {
  pkg ??= JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return code
    .replaceAll(new RegExp(`https://cdn\\.jsdelivr\\.net/npm/${pkg.name}@[^/]+/`, 'g'), '/')
    .replaceAll(pkg.homepage, '/site/')
    .replaceAll('src="/js/', 'src="/dist/');
};

/** A blank school page around a snippet, in a language and a font, its scripts held back (run once it has painted). */
function pageFor(code, lang, family) {
  const local = servedHere(code);
  const scripts = [...local.matchAll(/<script type="module" src="([^"]+)"[^>]*><\/script>/g)].map(([tag]) => tag);
  const body = scripts.reduce((html, tag) => html.replace(tag, ''), local);
  const style = `<style>body { margin: 8px; font: 16px/1.5 ${family}; }</style>`;
  const html = /^\s*<!doctype/i.test(body)
    ? body
        .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
        .replace(/font-family: [^"]*"/, `font-family: ${family.replaceAll('"', "'")}"`)
    : `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${style}</head><body><h1>Our school</h1>${body}<p id="below">The page goes on below the widget.</p></body></html>`;
  return { html, scripts: scripts.map((tag) => /src="([^"]+)"/.exec(tag)[1]) };
}

/**
 * In a page: each widget's blank (px), as the issue defines it, and the bottom of what it shows, its own padding and
 * border included, in the document (`end`: where a frame fitted to the widget would end). Both from what the widget
 * shows, not from its host's height, which is the browser's guess (`--cmhw-placeholder`) until its first layout.
 */
function blanksIn() {
  const results = [];
  for (const host of document.querySelectorAll('cmhw-countdown, cmhw-tip-card, cmhw-banner')) {
    const box = host.getBoundingClientRect();
    if (box.height === 0) continue; // hidden (outside a show window): no box, no room
    const container = host.shadowRoot?.querySelector('[part="container"]');
    if (!container) continue;
    const style = getComputedStyle(container);
    const own = (sides) => sides.reduce((sum, p) => sum + parseFloat(style[p]), 0);
    const shown = [...container.children].filter((child) => {
      const s = getComputedStyle(child);
      return s.position !== 'absolute' && s.display !== 'none' && child.getBoundingClientRect().height > 0;
    });
    const rects = shown.map((child) => child.getBoundingClientRect());
    const extent = rects.length ? Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)) : 0;
    const needed = extent + own(['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']);
    const bottom = rects.length ? Math.max(...rects.map((r) => r.bottom)) : box.top;
    results.push({
      widget: host.localName,
      // Which widget of the page (a site page shows several).
      index: results.length,
      blank: Math.max(0, Math.round(box.height - needed)),
      end: bottom + own(['paddingBottom', 'borderBottomWidth']) + window.scrollY,
    });
  }
  return results;
}

/** A page of its own for one worker: its clock fixed for each case, its layout shifts added up from each load. */
async function workerPage(browser) {
  // The iframe page's Content Security Policy forbids the evaluation the measuring code needs; the page is otherwise as published.
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(Date.now());
  await page.addInitScript(() => {
    window.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let body = '';
  await page.route('**/__room__.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  return { context, page, setBody: (html) => (body = html) };
}

/** Loads one case and measures it: the widgets' blanks (those in frames, in their frames) and the page's CLS. */
async function measureCase({ page, setBody }, { url, html, scripts, time, width }) {
  await page.setViewportSize({ width, height: 900 });
  await page.clock.setFixedTime(time ?? Date.now());
  setBody(html);
  await page.goto(`${url}__room__.html`);
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await frames();
  // The fallback has painted: now the kit arrives, as on a page where the file comes after the first paint.
  for (const src of scripts ?? []) {
    await page.evaluate((source) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = source;
      document.body.append(script);
    }, src);
  }
  const rendered = (doc) =>
    [...doc.querySelectorAll('cmhw-countdown, cmhw-tip-card, cmhw-banner')].every((el) =>
      el.shadowRoot?.querySelector('[part="container"]'),
    );
  await page.waitForFunction(`(${rendered})(document)`, undefined, { timeout: 20_000 });
  const results = [];
  for (const frame of page.frames().slice(1)) {
    await frame.waitForFunction(`(${rendered})(document) && document.querySelector('${WIDGETS}')`, undefined, {
      timeout: 20_000,
    });
    // The frame's own next frames: its widget laid out as the browser shows it.
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const [inner] = await frame.evaluate(blanksIn);
    const element = await frame.frameElement();
    // Let the page's script fit the frame to the height it reports.
    await frames();
    const frameHeight = (await element.boundingBox()).height;
    // The frame's blank: the frame below the widget's own bottom (the widget is at the top of the frame's page); a
    // frame whose widget shows nothing (a banner outside its show window) is all blank.
    const widget = inner?.widget ?? (await frame.evaluate((tags) => document.querySelector(tags).localName, WIDGETS));
    results.push({ widget, blank: Math.max(0, Math.round(frameHeight - (inner?.end ?? 0))) });
  }
  await frames();
  await frames();
  results.push(...(await page.evaluate(blanksIn)));
  const cls = await page.evaluate(() => window.cls);
  return { results, cls };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The worst blank of each widget taken apart: over every case; in the font whose room it is (for each snippet,
 * widget, width, language and phase, the font it fills best); and in that font and the phase it fills best. What the
 * fonts and the phases add is the room holding for what this case does not show; the rest is the rules' own.
 */
function whereTheBlankComesFrom(measured, widgets) {
  const least = (cases, keyOf) => {
    const groups = new Map();
    for (const m of cases) {
      const key = keyOf(m);
      groups.set(key, Math.min(groups.get(key) ?? Infinity, m.blank));
    }
    return [...groups.values()];
  };
  const worstOf = (values) => (values.length ? Math.max(...values) : 0);
  const rows = widgets.map((widget) => {
    const cases = measured.filter((m) => m.widget === widget);
    const place = (m) => [m.row, m.index, m.width, m.lang].join('|');
    const inFont = worstOf(least(cases, (m) => `${place(m)}|${m.phase}`));
    const inFontAndPhase = worstOf(least(cases, place));
    // After the week, in a room that also holds the phases before it (the evergreen countdown).
    const afterInRoomForMore = worstOf(cases.filter((m) => m.heldPhases > 1 && m.phase === 'after').map((m) => m.blank));
    return { widget, worst: worstOf(cases.map((m) => m.blank)), inFont, inFontAndPhase, afterInRoomForMore };
  });
  const fontShare = Math.max(...rows.map((r) => r.worst - r.inFont));
  const evergreen = Math.max(...rows.map((r) => r.afterInRoomForMore));
  return [
    '',
    '## Where the empty space comes from',
    '',
    "A snippet's room holds its widget in every font and phase its visitors may meet, so each case shows the room less",
    "what this one needs. Each widget's worst blank over every case; then only in the font whose room it is (for each",
    'snippet, widget, width, language and phase, the font it fills best); then also only in the phase it fills best:',
    '',
    '| widget | worst blank | in the font of its room | in the font and phase of its room |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.widget} | ${r.worst} px | ${r.inFont} px | ${r.inFontAndPhase} px |`),
    '',
    `- **The fonts** (up to ${fontShare} px): the room is in em and holds the widest of the three fonts at each width`,
    "  (here DejaVu Sans, the system stack's stand-in, for most texts); a page in a narrower font sees the difference, a",
    '  line or more of a long text at 320 to 414 px. CSS cannot ask which font a page uses, so no rule written before the',
    "  script runs can follow it; a rule in `ch` (the width of a font's zero) would follow its digits rather than its",
    '  letters, and could leave a font whose letters run wider than its digits too little room: a layout shift, which',
    '  the goals rank above an empty line. The running widget fits its own height where nobody sees it change (below',
    '  the viewport, or when the visitor presses it).',
    `- **The phases** (the evergreen countdown after its week: up to ${evergreen} px): \`edition="latest"\` on the v0/`,
    '  file may meet a week still to come, brought by a later release with no change to the page, so its room holds the',
    "  countdown's numbers; after the week the box is that much emptier until the next one. This is the price of a page",
    '  that follows new weeks by itself; the pinned snippets and the configurator hold only the phases still to come.',
    '- **The rules themselves** (the last column): the room steps by whole bands (a band keeps its tallest height while',
    `  the next widths are less than ${BAND_TOLERANCE_PX} px shorter), from widths measured every em, rounded up to an eighth of`,
    "  an em, with the languages that share English's rules and the room holding WebKit's and Firefox's line breaks,",
    '  measured here in Chromium.',
  ];
}

async function measureAll(scope) {
  const server = await serveFolder(root);
  scope.defer('the file server', () => server.close());
  const browser = await within(60_000, 'starting Chromium', () =>
    chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS }),
  );
  scope.defer('Chromium', () => browser.close());
  const version = browser.version();
  let failed = false;

  const snippets = [
    ...markdownSnippets('README.md'),
    ...markdownSnippets('docs/embedding.md'),
    ...(await within(60_000, `reading the configurator (${server.url}site/configurator/)`, () =>
      configuratorSnippets(browser, `${server.url}site/`),
    )),
    ...wordpressSnippets(),
  ];
  // The same code published under several names is measured once.
  const distinct = new Map();
  for (const { name, code } of snippets) {
    const entry = distinct.get(code) ?? { names: [], code };
    entry.names.push(name);
    distinct.set(code, entry);
  }

  const cases = [];
  for (const { names, code } of distinct.values()) {
    const { edition, phases } = weekOf(code);
    for (const phase of phases)
      for (const width of WIDTHS)
        for (const lang of LANGUAGES)
          for (const [font, family] of Object.entries(FONTS)) {
            const { html, scripts } = pageFor(code, lang, family);
            cases.push({
              row: names.join('; '),
              phase,
              width,
              lang,
              font,
              url: server.url,
              html,
              scripts,
              time: momentOf(edition, phase),
              heldPhases: phases.length,
            });
          }
  }
  // The site's pages, as built: their examples freeze their own moment (`now`), so the phase is theirs.
  for (const path of SITE_PAGES)
    for (const width of WIDTHS)
      for (const lang of LANGUAGES)
        for (const [font, family] of Object.entries(FONTS)) {
          const html = readFileSync(join(root, 'site', path), 'utf8')
            .replace('<html lang="en-GB">', `<html lang="${lang}">`)
            .replace('</head>', `<style>:root { font-family: ${family}; }</style></head>`)
            .replace(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/, '');
          const script = /<script type="module"[^>]*src="([^"]+)"/.exec(readFileSync(join(root, 'site', path), 'utf8'))[1];
          const folder = `${server.url}site/${path.replace(/index\.html$/, '')}`;
          cases.push({
            row: `site: ${path}`,
            phase: 'as shown',
            width,
            lang,
            font,
            url: folder,
            html,
            scripts: [new URL(script, folder).href],
          });
        }

  console.log(`room: ${cases.length} cases in Chromium ${version}`);
  const measured = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const worker = await workerPage(browser);
      try {
        while (next < cases.length) {
          const c = cases[next++];
          const { results, cls } = await within(
            PAGE_DEADLINE,
            `${c.row} at ${c.width} px, ${c.lang}, ${c.font}, ${c.phase} (${c.url}__room__.html)`,
            () => measureCase(worker, c),
          );
          for (const r of results) measured.push({ ...c, ...r, cls, html: undefined, scripts: undefined });
          if (results.length === 0) measured.push({ ...c, widget: '(none shown)', blank: 0, cls, html: undefined });
          if (next % 100 === 0) console.log(`room: ${next} of ${cases.length} cases`);
        }
      } finally {
        await worker.context.close();
      }
    }),
  );

  // The tables: per widget, then per snippet and width.
  const widgets = [...new Set(measured.map((m) => m.widget))].filter((w) => w.startsWith('cmhw-')).sort();
  const lines = [];
  const fonts = Object.entries(FONTS).map(([name, family]) => {
    let resolved;
    try {
      resolved = execFileSync('fc-match', [family.split(',')[0].replace(/"/g, '')], { encoding: 'utf8', timeout: 5000 }).trim();
    } catch {
      resolved = 'unknown';
    }
    return `${name} (\`${family}\`, here ${resolved.replace(/^[^:]*: /, '')})`;
  });
  lines.push(
    '# Room: how much of each widget is empty, and whether the page moves',
    '',
    `Written by \`npm run room\` (scripts/room/room.mjs) on ${new Date().toISOString().slice(0, 10)}, in Chromium ${version}${option('--root') ? `, from the built files in another checkout` : ''}.`,
    'Every snippet the project publishes (the README, docs/embedding.md, the configurator for each widget, the iframe',
    "page, the site's examples and the WordPress render), pasted into a blank page under a heading, the kit arriving",
    'after the fallback has painted. Each at 320, 414, 768, 1024 and 1440 px, in en-GB, cy, pl and ur, in the fonts',
    `${fonts.join(', ')}, at 16px, in each phase its visitors can see: a snippet for the 2023 week, written after it, is`,
    'only ever seen after it; the evergreen one may meet a later week, so all three; the site examples show their `now`.',
    '',
    "**Blank**: the widget's box, less the extent of what it shows, less its own padding and border (px). **CLS**: the",
    `page's cumulative layout shift from the first paint to the widget upgraded. Goals: each widget's median blank at most ${GOALS.median} px,`,
    `its worst at most ${GOALS.worst} px, CLS 0 in every case. Until the worst is decided, each widget's budget for it is the`,
    `figure measured with these rules (${Object.entries(WORST_BUDGETS)
      .map(([widget, px]) => `${widget} ${px} px`)
      .join(', ')}); a run past a budget or a goal fails.`,
    '',
    '| widget | cases | median blank | worst blank | worst CLS | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const widget of widgets) {
    const rows = measured.filter((m) => m.widget === widget);
    const blanks = rows.map((m) => m.blank);
    const cls = Math.max(...rows.map((m) => m.cls));
    const worst = Math.max(...blanks);
    const ok = median(blanks) <= GOALS.median && worst <= (WORST_BUDGETS[widget] ?? GOALS.worst) && cls === 0;
    if (!ok) failed = true;
    const verdict = !ok
      ? '**missed**'
      : worst <= GOALS.worst
        ? 'goals met'
        : `within its budget (${WORST_BUDGETS[widget]} px), over the goal`;
    lines.push(
      `| ${widget} | ${rows.length} | ${median(blanks)} px | ${worst} px | ${cls === 0 ? '0' : cls.toFixed(4)} | ${verdict} |`,
    );
  }
  const summaryEnd = lines.length;
  const anyShift = measured.filter((m) => m.cls > 0);
  if (anyShift.length > 0) failed = true;
  lines.push(...whereTheBlankComesFrom(measured, widgets));
  lines.push(
    '',
    '## By snippet and width',
    '',
    'Each cell: median / worst blank in px over the languages, fonts and phases (and the widgets on a site page), then the',
    'worst CLS where it is not 0.',
    '',
    `| snippet | widget | phases | ${WIDTHS.map((w) => `${w} px`).join(' | ')} |`,
    `| --- | --- | --- | ${WIDTHS.map(() => '---').join(' | ')} |`,
  );
  const rowNames = [...new Set(measured.map((m) => m.row))];
  for (const row of rowNames) {
    for (const widget of widgets) {
      const rows = measured.filter((m) => m.row === row && m.widget === widget);
      if (rows.length === 0) continue;
      const cells = WIDTHS.map((width) => {
        const at = rows.filter((m) => m.width === width);
        const cls = Math.max(...at.map((m) => m.cls));
        return `${median(at.map((m) => m.blank))} / ${Math.max(...at.map((m) => m.blank))}${cls > 0 ? ` (CLS ${cls.toFixed(4)})` : ''}`;
      });
      lines.push(
        `| ${row.replace(/\|/g, '\\|')} | ${widget} | ${[...new Set(rows.map((m) => m.phase))].join(', ')} | ${cells.join(' | ')} |`,
      );
    }
  }
  if (anyShift.length > 0) {
    lines.push(
      '',
      '## Cases where the page moved',
      '',
      '| snippet | widget | width | language | font | phase | CLS |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    const seen = new Set();
    for (const m of anyShift) {
      const key = [m.row, m.width, m.lang, m.font, m.phase].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(
        `| ${m.row.replace(/\|/g, '\\|')} | ${m.widget} | ${m.width} | ${m.lang} | ${m.font} | ${m.phase} | ${m.cls.toFixed(4)} |`,
      );
    }
  }
  if (failed) {
    const worst = [...measured].sort((a, b) => b.blank - a.blank).slice(0, 10);
    lines.push(
      '',
      '## The ten emptiest cases',
      '',
      '| snippet | widget | width | language | font | phase | blank | CLS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const m of worst)
      lines.push(
        `| ${m.row.replace(/\|/g, '\\|')} | ${m.widget} | ${m.width} | ${m.lang} | ${m.font} | ${m.phase} | ${m.blank} | ${m.cls} |`,
      );
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(lines.slice(summaryEnd - 2 - widgets.length, summaryEnd).join('\n'));
  console.log(`room: ${out} written; ${failed ? 'a goal or budget was MISSED' : 'every goal or budget met'}`);
  // A missed goal fails the command, as a step past its deadline or ended by a signal does.
  if (failed) throw new Error(`a goal or budget was missed: see ${out}`);
}

await runScript('room', measureAll, { deadlineMs: 60 * 60_000 });
