// The site's pages (npm run build:site; npm start serves them): every page in demo/ gets the same head (charset,
// viewport, favicon, stylesheet, social preview tags), the same header, navigation and footer, and its generated
// parts: the API tables from custom-elements.json (scripts/api-reference.mjs, the reader docs/api.md uses too),
// Markdown pages from docs/, and snippets from docs/embedding.md, the file whose snippets the tests paste.
// What a screen reader hears is added after the build, by scripts/site/finish.mjs, which needs the built kit.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Marked } from 'marked';
import { apiHtml, elementApis } from '../api-reference.mjs';
import { readJson } from '../package-paths.mjs';
import { schoolZipName } from '../release/addresses.mjs';
import { editions } from '../room/editions.mjs';
import { ownTipsNamed } from '../room/own-tips.mjs';
import { LANGUAGES, reachablePhases, roomCss, variantOf } from '../room/rules.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Every page, in the order of the navigation. `path` is under demo/ and under the built site. */
export const PAGES = [
  { path: 'index.html', nav: 'Home' },
  { path: 'getting-started/index.html', nav: 'Get started', source: 'docs/getting-started.md' },
  { path: 'countdown/index.html', nav: 'Countdown' },
  { path: 'tip-card/index.html', nav: 'Tip card' },
  { path: 'banner/index.html', nav: 'Banner' },
  { path: 'languages/index.html', nav: 'Languages', source: 'docs/languages.md' },
  { path: 'embedding/index.html', nav: 'Embedding', source: 'docs/embedding.md' },
  { path: 'time/index.html', nav: 'How time works', source: 'docs/time.md' },
  { path: 'api/index.html', nav: 'API', source: 'docs/api.md' },
  { path: 'configurator/index.html', nav: 'Get the code' },
];

export const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The way from a page up to the site's root folder: relative, so that the site works in any sub-folder. */
const upFrom = (page) => '../'.repeat(page.split('/').length - 1) || './';
/** A page's address relative to another page: its folder, never index.html, as a visitor would type it. */
const hrefTo = (from, to) => `${upFrom(from)}${to.replace(/index\.html$/, '')}` || './';

/** GitHub's heading ids, so that links written for the Markdown files work on the site too. */
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

/**
 * Where a link in one of the Markdown files goes on the site: the page made from that file, or, for a file of the
 * repository that is no page (a translator's guide, say), no link but its path, since the site may be hosted
 * without the repository beside it.
 */
function siteLink(page, href) {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return { href };
  const match = /^(?:\.\.?\/)*(?:docs\/)?([\w-]+)\.md(#.*)?$/.exec(href);
  const target =
    match &&
    (match[1] === 'README'
      ? PAGES[1]
      : PAGES.find((p) => p.source === `docs/${match[1]}.md` || p.path === `${match[1]}/index.html`));
  if (target) return { href: `${hrefTo(page, target.path)}${match[2] ?? ''}` };
  return { path: href.replace(/^(?:\.\.\/)+/, '') };
}

/** The level-2 sections of a Markdown file with these headings, in the file's order (the build stops if one is missing). */
function sectionsOf(text, headings) {
  const sections = text.split(/^(?=## )/m).filter((section) => headings.includes(/^## (.*)/.exec(section)?.[1] ?? ''));
  if (sections.length !== headings.length) throw new Error(`site: not every section of ${headings.join(', ')} was found`);
  return sections.join('\n');
}

/** A PNG's size, from its header: images get their width and height, so that nothing moves as they load. */
function pngSize(file) {
  const header = readFileSync(new URL(file, root)).subarray(16, 24);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
}

function markdownRenderer(page, file) {
  const fromSource =
    '../'.repeat(page.split('/').length) +
    file
      .split('/')
      .slice(0, -1)
      .map((d) => `${d}/`)
      .join('');
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading: (text, level, raw) => `<h${level} id="${slug(raw)}">${text}</h${level}>\n`,
      // A snippet's first line names it for the tests; the reader needs only the code. A long line scrolls inside
      // the block, which takes focus so that keyboard users can scroll it.
      code: (code, language) =>
        `<pre tabindex="0"><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(
          code.replace(/^<!-- snippet: [^>]*-->\n/, ''),
        )}</code></pre>\n`,
      link: (href, title, text) => {
        const target = siteLink(page, href);
        return target.href
          ? `<a href="${escapeHtml(target.href)}">${text}</a>`
          : `${text} (<code>${escapeHtml(target.path)}</code> in the source)`;
      },
      // Images of the repository, by the path from the Markdown file (the build copies them into the site).
      image: (href, title, text) => {
        const path = new URL(href, new URL(file, root)).pathname.slice(new URL(root).pathname.length);
        const { width, height } = pngSize(path);
        return `<img src="${escapeHtml(`${fromSource}${href}`)}" alt="${escapeHtml(text)}" width="${width}" height="${height}" loading="lazy" />`;
      },
      // Tables may be wider than a phone: they scroll in their own focusable box.
      table: (header, body) =>
        `<div class="table-scroll" tabindex="0"><table>\n<thead>${header}</thead>\n<tbody>${body}</tbody>\n</table></div>\n`,
    },
  });
  return marked;
}

/** The snippet named `name` in docs/embedding.md, as the tests paste it. */
function snippet(name) {
  const text = read('docs/embedding.md');
  const match = new RegExp(
    `\`\`\`html\\n<!-- snippet: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -->\\n([\\s\\S]*?)\`\`\``,
  ).exec(text);
  if (!match) throw new Error(`site: no snippet "${name}" in docs/embedding.md`);
  return `<pre tabindex="0"><code class="language-html">${escapeHtml(match[1])}</code></pre>`;
}

/**
 * The school's download (npm run build:zip), from the page: in the built site it is in this version's folder; the
 * dev server serves it from dist/. A plain link, so it works without JavaScript.
 */
function downloadLink(page, server) {
  const pkg = readJson('package.json');
  const zip = schoolZipName(pkg);
  const built = new URL(`dist/${zip}`, root);
  const size = existsSync(built) ? ` (${Math.ceil(statSync(built).size / 1024)} KB)` : '';
  const href = server ? `/dist/${zip}` : `${upFrom(page)}v${pkg.version}/${zip}`;
  return `<p class="download">For a website you can upload files to, with no npm: <a href="${href}" download>download ${zip}</a>${size}, with the widgets' file, the iframe page and a one-page how-to (which file to upload where, and the code to paste).</p>`;
}

/**
 * Each example's room, from the room rules (scripts/room/rules.mjs) as the snippets reserve it: every widget gets a
 * class naming its room, exact for its widget, options, edition and the phase it shows (the examples' `now`; the
 * ticking examples always count down to a week three days away, see demo/site.js), in every language (the language
 * picker changes them). The figures around them are the containers whose width the room follows (demo/site.css).
 */
function withRooms(html) {
  const rooms = new Map();
  const page = html.replace(
    /<cmhw-(countdown|tip-card|banner)\b([^>]*)>([\s\S]*?)<\/cmhw-\1>/g,
    (whole, widget, attributeText, inner) => {
      const tag = `<cmhw-${widget}${attributeText}>`;
      const attributes = Object.fromEntries(
        [...attributeText.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']),
      );
      const year = attributes.edition ?? '2023';
      const edition = year === 'latest' ? editions.at(-1) : editions.find((e) => String(e.year) === year);
      if (!edition) throw new Error(`site: an example shows edition "${year}", which content/ does not have`);
      const ticking = /\bdemo-ticking\b/.test(attributes.class ?? '');
      // A page's own tips: the room measured for them, when the project publishes that very list (own-tips.mjs).
      const ownTips = [...inner.matchAll(/<li>\s*<h\d>([^<]*)<\/h\d>\s*<p>([^<]*)<\/p>\s*<\/li>/g)].map(([, title, text]) => ({
        title: title.trim(),
        text: text.trim().replace(/\s+/g, ' '),
      }));
      const ownName = ownTips.length > 0 ? ownTipsNamed(ownTips) : undefined;
      const choice = {
        widget,
        variant: ownName ? `own:${ownName}` : variantOf(widget, attributes),
        edition: year,
        ownDates: Boolean(attributes.start || attributes.end || ticking),
        phases: ticking
          ? ['before']
          : reachablePhases({
              start: attributes.start ?? edition.start,
              end: attributes.end ?? edition.end,
              now: attributes.now,
              writtenAt: Date.now(),
            }),
        languages: LANGUAGES,
      };
      const key = JSON.stringify(choice);
      if (!rooms.has(key)) rooms.set(key, { name: `cmhw-room-${rooms.size + 1}`, choice });
      const { name } = rooms.get(key);
      const classed =
        attributes.class === undefined
          ? tag.replace(/>$/, ` class="${name}">`)
          : tag.replace(/class="([^"]*)"/, `class="$1 ${name}"`);
      return `${classed}${inner}</cmhw-${widget}>`;
    },
  );
  if (rooms.size === 0) return page;
  const css = [...rooms.values()].flatMap(({ name, choice }) => roomCss({ ...choice, selector: `.${name}`, wrapper: '' }));
  return page.replace('</head>', `<style>\n${css.join('\n')}\n</style>\n</head>`);
}

/** Reads the page's own title and description, which every page must have (the build stops without them). */
function metaOf(page, html) {
  const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
  const description = /<meta\s+name="description"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!title || !description) throw new Error(`site: demo/${page} needs a <title> and a <meta name="description">`);
  return { title, description };
}

function head(page, { title, description }) {
  const up = upFrom(page);
  // Preview cards need an absolute image address; CMHW_SITE_URL (the site's address when it is built for one
  // place) makes them absolute. Without it the address is relative, so the site still works in any folder.
  const siteUrl = process.env.CMHW_SITE_URL?.replace(/\/?$/, '/');
  const image = siteUrl ? `${siteUrl}social.png` : `${up}social.png`;
  return `
    <link rel="icon" href="${up}favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${up}site.css" />
    <meta name="theme-color" content="#5c2d91" />
    <meta property="og:type" content="website" />
    <meta property="og:site_name" content="cmhw-widgets" />
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    ${siteUrl ? `<meta property="og:url" content="${siteUrl}${page.replace(/index\.html$/, '')}" />` : ''}
    <meta property="og:image" content="${image}" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta property="og:image:alt" content="The Children's Mental Health Week banner and countdown, as the widgets show them on a page." />
    <meta name="twitter:card" content="summary_large_image" />
    <script type="module" src="${up}site.js"></script>
  </head>`;
}

function header(page) {
  const links = PAGES.map(
    (p) => `<li><a href="${hrefTo(page, p.path)}"${p.path === page ? ' aria-current="page"' : ''}>${p.nav}</a></li>`,
  ).join('');
  return `<body>
    <a class="skip-link" href="#content">Skip to content</a>
    <header class="site-header">
      <p class="site-name"><a href="${hrefTo(page, 'index.html')}">cmhw-widgets</a></p>
      <nav aria-label="Site"><ul>${links}</ul></nav>
    </header>`;
}

function footer() {
  const { version, license } = readJson('package.json');
  return `<footer class="site-footer">
      <p>cmhw-widgets ${version}, ${license} licence. Widgets for Children's Mental Health Week, run by Place2Be.
      No cookies, no trackers, no requests to other sites: this site and its widgets are plain files.</p>
    </footer>
  </body>`;
}

/** The page's path under demo/, from the address the dev server or the build gives. */
const pageOf = (path) => {
  // The dev server serves the repository (the site at /demo/), the build serves demo/ itself.
  const clean = decodeURIComponent(path.split('?')[0]).replace(/^\/(demo\/)?/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
};

export function sitePages() {
  return {
    name: 'cmhw-site-pages',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const page = pageOf(ctx.path);
        const meta = metaOf(page, html);
        const manifest = readJson('custom-elements.json');
        return withRooms(
          html
            .replace(
              '<head>',
              '<head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />',
            )
            .replace('</head>', head(page, meta))
            .replace('<body>', header(page))
            .replace('</body>', footer())
            .replace(/<!-- cmhw:markdown ([\w./-]+)(?:#(.+?))? -->/g, (_, file, sections) =>
              markdownRenderer(page, file).parse(sections ? sectionsOf(read(file), sections.split('|')) : read(file)),
            )
            .replace(/<!-- cmhw:snippet (.+?) -->/g, (_, name) => snippet(name))
            .replace(/<!-- cmhw:api ([\w-]+) -->/g, (_, tag) => {
              const api = elementApis(manifest).find((a) => a.tag === tag);
              if (!api) throw new Error(`site: no ${tag} in custom-elements.json`);
              return apiHtml(api, 3);
            })
            .replace(/<!-- cmhw:link ([\w./-]+) -->/g, (_, to) => hrefTo(page, to))
            .replace('<!-- cmhw:download -->', () => downloadLink(page, ctx.server))
            // Read from the browser once the site is built (`npm run site:finish`, scripts/site/finish.mjs), which
            // writes each table between the two markers; until then, and on the dev server, they say so.
            .replace(
              '<!-- cmhw:heard -->',
              '<!-- cmhw:heard --><p><em>Read from the accessibility tree by <code>npm run site:finish</code>.</em></p><!-- /cmhw:heard -->',
            ),
        );
      },
    },
  };
}
