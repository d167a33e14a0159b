// The snippets the README and docs/embedding.md publish, written from the room rules (rules.mjs), and the WordPress
// plugin's room data (wordpress/includes/room.json, which its render reads). Each snippet block in the Markdown starts
// with `<!-- snippet: name -->`; the tests paste them into blank pages.
//   npm run snippets                     rewrite the blocks and the data (after `npm run build`: the integrity hash
//                                        is the built file's)
//   npm run snippets -- --check          fail if they are not what it would write, but for the integrity hash,
//                                        which needs a build (part of `npm run lint`)
//   npm run snippets -- --check --built  the same, the hash too (`npm test` runs it once it has built)
//   --root DIR                           another copy of the project (its package.json, dist/, README, docs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { releaseAddresses } from '../release/addresses.mjs';
import { editions } from './editions.mjs';
import { OWN_TIPS } from './own-tips.mjs';
import { LANGUAGES, PHASES, VARIANTS, reachablePhases, roomCss } from './rules.mjs';

const { values: options } = parseArgs({
  args: process.argv[1] === fileURLToPath(import.meta.url) ? process.argv.slice(2) : [],
  options: { check: { type: 'boolean' }, built: { type: 'boolean' }, root: { type: 'string' } },
});
const root = options.root ? pathToFileURL(`${options.root.replace(/\/$/, '')}/`) : new URL('../../', import.meta.url);
const kitFile = new URL('dist/cmhw-widgets.js', root);
const BUILT = existsSync(kitFile);
/** What a snippet's integrity hash reads before the kit is built: `npm run snippets` refuses to write it. */
const UNBUILT = 'sha384-(npm run build first)';

/**
 * Where the snippets load the kit from, all from scripts/release/addresses.mjs (package.json and the built file):
 * - `pinned`: jsDelivr's address of this very version (package.json's), with `integrity`, the built file's hash: the
 *   browser refuses any other bytes;
 * - `evergreen`: jsDelivr's address of the newest release of this major version (no hash: it changes with each);
 * - `site`: the kit's site folder of this version, for the iframe page (jsDelivr serves HTML as plain text);
 * - `selfHosted`: a folder `js` at the top of a school's own site (as in the configurator's own-site code), in the one
 *   snippet that says to change it where they put the file elsewhere.
 */
const release = releaseAddresses({
  pkg: JSON.parse(readFileSync(new URL('package.json', root), 'utf8')),
  kit: BUILT ? readFileSync(kitFile) : new Uint8Array(),
});
export const ADDRESSES = {
  pinned: release.jsdelivr.pinned,
  integrity: BUILT ? release.integrity : UNBUILT,
  evergreen: release.jsdelivr.evergreen,
  site: release.pages.folder,
  selfHosted: '/js/',
};

/** A module script tag; with a hash, checked by the browser (Subresource Integrity needs a CORS request). */
const scriptTag = (src, integrity) =>
  integrity
    ? `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${src}"></script>`;
const PINNED_SCRIPT = scriptTag(ADDRESSES.pinned, ADDRESSES.integrity);

const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';
const ROOM_COMMENT = (widget) =>
  `/* Room for the ${widget}, the same before and after the script runs, so the page below never moves: it follows the width, the language and the font (generated; see docs/embedding.md). */`;
const FALLBACK = `<p><a href="${OFFICIAL_SITE}">Children's Mental Health Week</a>: 6–12 February 2023</p>`;
const TIP_FALLBACK = [
  `<p><strong>Connect in everyday moments.</strong> Small moments of being together matter: give your child your full attention for a while.</p>`,
  `<p><a href="${OFFICIAL_SITE}">More for parents and carers</a></p>`,
];
const OWN_TIPS_LIST = ['<ul>', ...OWN_TIPS.docs.map(({ title, text }) => `  <li><h3>${title}</h3><p>${text}</p></li>`), '</ul>'];

const edition2023 = editions.find((e) => e.year === 2023);
const newest = editions.at(-1);

/** The phases a snippet written today can show: the 2023 week is over, so only "after". */
const phasesOf = (edition, { evergreen = false } = {}) =>
  reachablePhases({ start: edition.start, end: edition.end, writtenAt: Date.now(), evergreen });

const indent = (lines, by) => lines.map((line) => `${' '.repeat(by)}${line}`);

/** A snippet for a page that takes a script: the room's CSS, the element in its wrapper, the script. */
function pasted({ widget, attributes = '', fallback, room, script = PINNED_SCRIPT, comment = true, extraCss = [] }) {
  const tag = `cmhw-${widget}`;
  return [
    '<style>',
    ...indent([...(comment ? [ROOM_COMMENT(widget.replace('-', ' '))] : []), ...roomCss({ widget, ...room }), ...extraCss], 2),
    '</style>',
    '<div class="cmhw-room">',
    `  <${tag}${attributes}>`,
    ...indent(fallback, 4),
    `  </${tag}>`,
    '</div>',
    script,
  ].join('\n');
}

/**
 * A whole small page, for platforms that show embedded code in a frame of its own (Wix, Google Sites): the room
 * follows the frame's width, so that the widget does not move the page in the frame as it upgrades either.
 */
function framedPage({ widget, fallback }) {
  const tag = `cmhw-${widget}`;
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '  <head>',
    '    <style>',
    ...indent(roomCss({ widget, phases: phasesOf(edition2023) }), 6),
    '    </style>',
    '  </head>',
    '  <body style="margin: 0; font-family: system-ui, sans-serif">',
    '    <div class="cmhw-room">',
    `      <${tag}>`,
    ...indent(
      fallback.map((line) => line.replace(/<a href="([^"]+)">/, '<a href="$1" target="_blank" rel="noopener">')),
      8,
    ),
    `      </${tag}>`,
    '    </div>',
    `    ${PINNED_SCRIPT}`,
    '  </body>',
    '</html>',
  ].join('\n');
}

/** The iframe page: the frame's room by the width of its wrapper, in the frame's language and font (system-ui). */
function iframed({ widget, query, title, comment }) {
  const lang = new URLSearchParams(query).get('lang') ?? 'en-GB';
  const selector = `iframe.cmhw-${widget}-frame`;
  return [
    '<style>',
    ...indent(roomCss({ widget, phases: phasesOf(edition2023), languages: [lang], selector, frame: true }), 2),
    '</style>',
    '<div class="cmhw-room">',
    '  <iframe',
    `    class="cmhw-${widget}-frame"`,
    `    src="${ADDRESSES.site}embed.html?${query.replaceAll('&', '&amp;')}"`,
    `    title="${title}"`,
    '    sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"',
    '    loading="lazy"',
    '  ></iframe>',
    '</div>',
    '<script>',
    `  // ${comment}`,
    "  addEventListener('message', (event) => {",
    "    if (!event.data || event.data.type !== 'cmhw-embed-height' || typeof event.data.height !== 'number') return;",
    "    for (const frame of document.querySelectorAll('iframe')) {",
    '      if (frame.contentWindow !== event.source) continue;',
    '      const height = Math.min(event.data.height, 2000);',
    '      // Taller at once (nothing is cut off); shorter only while the frame is below the screen, where nobody sees the page move.',
    '      if (height > frame.offsetHeight || frame.getBoundingClientRect().top >= innerHeight) frame.style.blockSize = `${height}px`;',
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}

const countdown = (options = {}) =>
  pasted({ widget: 'countdown', fallback: [FALLBACK], room: { phases: phasesOf(edition2023) }, ...options });
const banner = () =>
  pasted({ widget: 'banner', attributes: ' dismissible', fallback: [FALLBACK], room: { phases: phasesOf(edition2023) } });

/** Every snippet, by the name its block carries. */
export const SNIPPETS = {
  README: countdown(),
  'plain HTML page': countdown(),
  'plain HTML page, the file on your own site': countdown({
    comment: false,
    script: scriptTag(`${ADDRESSES.selfHosted}cmhw-widgets.js`, ADDRESSES.integrity),
  }),
  evergreen: pasted({
    widget: 'countdown',
    attributes: ' edition="latest"',
    fallback: [`<p><a href="${OFFICIAL_SITE}">Children's Mental Health Week</a></p>`],
    // A later release of the evergreen file brings a week still to come: room for every phase of the newest.
    room: { edition: 'latest', phases: phasesOf(newest, { evergreen: true }) },
    script: scriptTag(ADDRESSES.evergreen),
    comment: false,
  }),
  'WordPress Custom HTML block': countdown({ comment: false }),
  'Squarespace Code block': countdown({ comment: false }),
  'Wix Embed HTML': framedPage({ widget: 'countdown', fallback: [FALLBACK] }),
  'Google Sites Embed code': framedPage({ widget: 'countdown', fallback: [FALLBACK] }),
  'tip card: plain HTML page': pasted({ widget: 'tip-card', fallback: TIP_FALLBACK, room: { phases: phasesOf(edition2023) } }),
  'tip card: Wix Embed HTML and Google Sites Embed code': framedPage({ widget: 'tip-card', fallback: TIP_FALLBACK }),
  'tip card: iframe page': iframed({
    widget: 'tip-card',
    query: 'widget=tip-card&lang=cy',
    title: 'Tips for parents and carers',
    comment: 'Optional, as above: fits each widget frame to its content.',
  }),
  'tip card: your own tips': pasted({
    widget: 'tip-card',
    fallback: OWN_TIPS_LIST,
    // Its room is measured for these very tips (own-tips.mjs).
    room: { variant: 'own:docs', phases: phasesOf(edition2023) },
    comment: false,
    // Every tip without JavaScript; the first only while the script loads (browsers that know `scripting`).
    extraCss: [
      'cmhw-tip-card:not(:defined) ul { margin: 0; padding: 0; list-style: none; }',
      '@media (scripting: enabled) { cmhw-tip-card:not(:defined) li + li { display: none; } }',
    ],
  }),
  'iframe page': iframed({
    widget: 'countdown',
    query: 'widget=countdown&lang=cy&accent=%2300558c',
    title: "Children's Mental Health Week countdown",
    comment: 'Optional, where a small script is allowed: fits each widget frame to its content (the frame sends its height).',
  }),
  'banner: plain HTML page': banner(),
  'banner: WordPress Custom HTML block': banner(),
  'banner: Squarespace Code block': banner(),
  'banner: Wix Embed HTML': framedPage({ widget: 'banner', fallback: [FALLBACK] }),
  'banner: Google Sites Embed code': framedPage({ widget: 'banner', fallback: [FALLBACK] }),
  'banner: iframe page': iframed({
    widget: 'banner',
    query: 'widget=banner&heading-level=2&lang=cy',
    title: "Children's Mental Health Week",
    comment: 'Optional, as above: fits each widget frame to its content (the frame sends its height).',
  }),
};

/**
 * The WordPress render's room: for each widget, variant, edition (a year or `latest`), own dates or not, and phases
 * still to be seen on the day of the render (joined by +), the number of its room; each room's CSS, for the element
 * with the class `cmhw-room-<number>` in the block's wrapper (the container). The same CSS is written once.
 */
export function wordpressRoom() {
  const keys = {};
  const css = [];
  const phaseSets = PHASES.map((_, i) => PHASES.slice(i));
  for (const [widget, variants] of Object.entries(VARIANTS)) {
    // Own tips in the plugin are a school's, which no room can know: they take the built-in tips' room.
    for (const variant of variants.filter((v) => !v.startsWith('own:'))) {
      for (const edition of [...editions.map((e) => String(e.year)), 'latest']) {
        if (widget === 'tip-card' && edition !== '2023' && edition !== 'latest') continue;
        for (const ownDates of widget === 'banner' ? [false, true] : [false]) {
          for (const phases of phaseSets) {
            const key = [widget, variant, edition, ownDates ? 'own' : 'edition', phases.join('+')].join('|');
            const text = roomCss({
              widget,
              variant,
              edition,
              ownDates,
              phases,
              languages: LANGUAGES,
              selector: '.cmhw-room-#',
            }).join('\n');
            const index = css.indexOf(text);
            keys[key] = index >= 0 ? index : css.push(text) - 1;
          }
        }
      }
    }
  }
  return { rooms: keys, css: css.map((text, index) => text.replaceAll('.cmhw-room-#', `.cmhw-room-${index}`)) };
}

/** The Markdown with every snippet block rewritten. */
function rewrite(file) {
  const text = readFileSync(new URL(file, root), 'utf8');
  return text.replace(/```html\n<!-- snippet: ([^>]+?) -->\n[\s\S]*?```/g, (block, name) => {
    if (!(name in SNIPPETS)) throw new Error(`${file}: no snippet named "${name}" in scripts/room/snippets.mjs`);
    return `\`\`\`html\n<!-- snippet: ${name} -->\n${SNIPPETS[name]}\n\`\`\``;
  });
}

/** A text with its integrity hashes set aside, for the check that runs before a build. */
const withoutHashes = (text) => text.replace(/integrity="sha384-[^"]*"/g, 'integrity="…"');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = {
    'README.md': rewrite('README.md'),
    'docs/embedding.md': rewrite('docs/embedding.md'),
    'wordpress/includes/room.json': `${JSON.stringify(wordpressRoom(), null, 1)}\n`,
  };
  const compare = options.check && !options.built ? withoutHashes : (text) => text;
  const stale = Object.entries(files).filter(([file, text]) => {
    try {
      return compare(readFileSync(new URL(file, root), 'utf8')) !== compare(text);
    } catch {
      return true;
    }
  });
  if ((options.built || !options.check) && !BUILT) {
    console.error('snippets: dist/cmhw-widgets.js is missing: run `npm run build` first (the snippets carry its hash).');
    process.exit(1);
  }
  const what = `version ${release.version}${options.check && !options.built ? '' : `, ${ADDRESSES.integrity}`}`;
  if (options.check) {
    if (stale.length > 0) {
      console.error(
        `snippets: ${stale.map(([file]) => file).join(', ')} stale (the room rules, or the addresses of ${what}): ` +
          'run `npm run build && npm run snippets` and commit the result.',
      );
      process.exit(1);
    }
    console.log(`snippets: the README, docs/embedding.md and the WordPress room data are up to date (${what})`);
  } else {
    for (const [file, text] of stale) writeFileSync(new URL(file, root), text);
    console.log(
      `snippets: ${stale.length === 0 ? 'already up to date' : `rewrote ${stale.map(([file]) => file).join(', ')}`} (${what})`,
    );
  }
}
