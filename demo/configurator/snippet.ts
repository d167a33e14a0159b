/**
 * The code the configurator hands a webmaster, from their choices: pure functions, so the tests can paste
 * exactly what the page shows into a blank page.
 */
import { DEFAULT_EDITION_YEAR, type Edition, editions, newestEdition } from '../../src/core/editions.js';
import { editionTexts } from '../../src/core/edition-texts.js';
import { formatDateRange } from '../../src/core/format.js';
import { weekRange } from '../../src/core/phase.js';
import { parseCalendarDate } from '../../src/core/uk-time.js';
import { renderingIn } from '../../src/i18n/msg.js';
import { matchLanguage } from '../../src/i18n/languages.js';
import { reachablePhases, roomCss, variantOf } from '../../scripts/room/rules.mjs';

export const THEME_VARIABLES = ['accent', 'on-accent', 'surface', 'text', 'focus-color', 'link-color', 'radius', 'font'] as const;
export type ThemeVariable = (typeof THEME_VARIABLES)[number];

export interface Choices {
  widget: 'countdown' | 'tip-card' | 'banner';
  lang: string;
  edition: string;
  /** Own dates instead of the edition's (both UK dates, YYYY-MM-DD), or empty. */
  start: string;
  end: string;
  precision: 'day' | 'hour' | 'minute' | 'second';
  /** The tip card's seconds between tips, and its mode. */
  interval: string;
  mode: 'rotate' | 'daily';
  /** The banner's settings: a close button, its heading's level, its resources link, its show window. */
  dismissible: boolean;
  headingLevel: string;
  href: string;
  showWindow: string;
  /** Theme values that differ from the defaults. */
  theme: Partial<Record<ThemeVariable, string>>;
}

/**
 * Where and what the kit's release is (scripts/release/addresses.mjs, built into the page by vite.config.ts): the
 * addresses a school pastes, the same on the kit's site and on the dev server.
 */
export interface Release {
  version: string;
  /** `sha384-…` of cmhw-widgets.js. */
  integrity: string;
  /** The file of this very version on jsDelivr, kept for ever: https://cdn.jsdelivr.net/npm/cmhw-widgets@0.1.0/… */
  pinned: string;
  /** The file of the newest release of this major version on jsDelivr, which each release replaces: …@0/… */
  evergreen: string;
  /** The kit's site folder of this version (ending in /), where the iframe page is. */
  site: string;
  /** The download for a school's own web space: the file, the iframe page and a how-to, in a zip. */
  download: string;
}

export const DEFAULTS: Choices = {
  widget: 'countdown',
  lang: 'en-GB',
  // What a school arriving today wants: the newest known week, which the evergreen file keeps current.
  edition: 'latest',
  start: '',
  end: '',
  precision: 'minute',
  interval: '30',
  mode: 'rotate',
  dismissible: false,
  headingLevel: '2',
  href: '',
  showWindow: '',
  theme: {},
};

const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';

/** The week's name, for the fallback text (the widgets themselves need no such string). */
const WEEK_NAME: Record<string, string> = {
  'en-GB': "Children's Mental Health Week",
  cy: 'Wythnos Iechyd Meddwl Plant',
  pl: 'Tydzień Zdrowia Psychicznego Dzieci',
  ur: 'بچوں کی ذہنی صحت کا ہفتہ',
};

/** Escapes text for HTML text and double-quoted attribute values (an apostrophe needs no escape in either). */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** The attributes to write on the element, in a stable order, leaving out defaults. */
export function attributesOf(choices: Choices): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  if (choices.lang !== DEFAULTS.lang) attributes.push(['lang', choices.lang]);
  // Left out only when it is the element's own default (2023), whatever the form starts on.
  if (choices.edition !== String(DEFAULT_EDITION_YEAR)) attributes.push(['edition', choices.edition]);
  if (choices.start) attributes.push(['start', choices.start]);
  if (choices.end) attributes.push(['end', choices.end]);
  if (choices.widget === 'countdown' && choices.precision !== DEFAULTS.precision)
    attributes.push(['precision', choices.precision]);
  if (choices.widget === 'tip-card') {
    if (choices.mode !== DEFAULTS.mode) attributes.push(['mode', choices.mode]);
    else if (choices.interval !== DEFAULTS.interval) attributes.push(['interval', choices.interval]);
  }
  if (choices.widget === 'banner') {
    if (choices.dismissible) attributes.push(['dismissible', '']);
    if (choices.headingLevel !== DEFAULTS.headingLevel) attributes.push(['heading-level', choices.headingLevel]);
    if (choices.href) attributes.push(['href', choices.href]);
    if (choices.showWindow) attributes.push(['show-window', choices.showWindow]);
  }
  return attributes;
}

/** The edition chosen: a year, or `latest`, the newest in this release (as the widgets read it). */
export function editionOf(choices: Choices): Edition {
  return choices.edition === 'latest'
    ? newestEdition()
    : (editions.find((e) => String(e.year) === choices.edition) ?? editions[0]!);
}

/**
 * The fallback inside the element, in the chosen language: the week's name linked to the official site, and the
 * dates. With `latest`, no dates: the page keeps this text for years, while the newest week moves on.
 */
export function fallbackOf(choices: Choices): string {
  const language = matchLanguage(choices.lang)!;
  const edition = editionOf(choices);
  if (choices.widget === 'tip-card') {
    // The first tip and a link, as paragraphs: not a list, which would replace the card's own tips.
    const tip = renderingIn(language.code, () =>
      [edition.year, DEFAULT_EDITION_YEAR].map((year) => editionTexts(year).tips[0]).find(Boolean),
    )!;
    return (
      `<p><strong>${escapeHtml(tip.title)}.</strong> ${escapeHtml(tip.text)}</p>\n  ` +
      `<p><a href="${OFFICIAL_SITE}">${escapeHtml(WEEK_NAME[language.code]!)}</a></p>`
    );
  }
  const href = (choices.widget === 'banner' && choices.href) || OFFICIAL_SITE;
  const link = `<a href="${escapeHtml(href)}">${escapeHtml(WEEK_NAME[language.code]!)}</a>`;
  if (choices.edition === 'latest' && !choices.start && !choices.end) return `<p>${link}</p>`;
  const first = parseCalendarDate(choices.start || edition.start)!;
  const last = parseCalendarDate(choices.end || edition.end)!;
  const dates = renderingIn(language.code, () => formatDateRange(language.tag, weekRange(first, last)));
  return `<p>${link}: ${escapeHtml(dates)}</p>`;
}

const tagOf = (choices: Choices) => `cmhw-${choices.widget}`;

/**
 * The room rules (scripts/room/rules.mjs, the one place they come from) for these choices: exact for the widget,
 * its variant (the options that decide its height: seconds, daily, a close button), edition and language chosen, and the phases its visitors can still see from today (`writtenAt`). The
 * evergreen file may bring a newer week, so its snippet keeps room for every phase. With the page's language, the
 * rules hold for every language the kit speaks.
 */
function roomOf(choices: Choices, { writtenAt = Date.now(), evergreen = false } = {}) {
  const edition = editionOf(choices);
  return {
    widget: choices.widget,
    variant: variantOf(choices.widget, Object.fromEntries(attributesOf(choices))),
    edition: choices.edition === 'latest' ? 'latest' : String(edition.year),
    ownDates: Boolean(choices.start || choices.end),
    phases: reachablePhases({
      start: choices.start || edition.start,
      end: choices.end || edition.end,
      writtenAt,
      evergreen: evergreen && choices.edition === 'latest',
    }),
    languages: choices.lang === DEFAULTS.lang ? undefined : [matchLanguage(choices.lang)!.code],
  };
}

/** The page CSS: the reserved room, the fallback's look, and the chosen theme. */
export function cssOf(choices: Choices, options: { writtenAt?: number; evergreen?: boolean } = {}): string {
  const theme = THEME_VARIABLES.filter((name) => choices.theme[name]).map((name) => ` --cmhw-${name}: ${choices.theme[name]};`);
  return roomCss({ ...roomOf(choices, options), accent: choices.theme.accent ?? '#5c2d91', extra: theme.join('') }).join('\n  ');
}

function element(choices: Choices): string {
  const attributes = attributesOf(choices)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  // The wrapper is the container whose width the room follows.
  return `<div class="cmhw-room">\n  <${tagOf(choices)}${attributes}>\n    ${fallbackOf(choices).replaceAll('\n  ', '\n    ')}\n  </${tagOf(choices)}>\n</div>`;
}

/** The script tag pinned to this exact version of the file, with Subresource Integrity. */
export function scriptTag(src: string, release: Release): string {
  return `<script type="module" src="${src}" integrity="${release.integrity}" crossorigin="anonymous"></script>`;
}

/** Loading this version's file from jsDelivr, pinned to it and checked by its integrity hash. */
export function pinnedSnippet(choices: Choices, release: Release): string {
  return `<style>\n  ${cssOf(choices)}\n</style>\n${element(choices)}\n${scriptTag(release.pinned, release)}`;
}

/**
 * Loading the newest release of this major version (the evergreen folder), with no integrity hash: the file changes
 * with each release, which is the point (a new edition arrives with no change to the page), and a hash would make
 * the browser refuse the next one. With `edition="latest"` the widget then follows the newest week too.
 */
export function evergreenSnippet(choices: Choices, release: Release): string {
  const major = release.version.split('.')[0];
  return (
    `<!-- Follows every ${major}.x release of the kit: no integrity hash, since the file changes with each one. -->\n` +
    `<style>\n  ${cssOf(choices, { evergreen: true })}\n</style>\n${element(choices)}\n` +
    `<script type="module" src="${release.evergreen}"></script>`
  );
}

/** Hosting the file yourself: the same, with the file on the school's own site. */
export function selfHostedSnippet(choices: Choices, release: Release): string {
  return (
    `<!-- Upload cmhw-widgets.js (version ${release.version}, in ${release.download}) to your site's /js/ folder. -->\n` +
    `<style>\n  ${cssOf(choices)}\n</style>\n${element(choices)}\n${scriptTag('/js/cmhw-widgets.js', release)}`
  );
}

/** The iframe page, for platforms that strip scripts: its room follows its wrapper's width, in its language. */
export function iframeSnippet(choices: Choices, release: Release): string {
  const query = new URLSearchParams({ widget: choices.widget });
  for (const [name, value] of attributesOf(choices)) query.set(name, value);
  for (const name of THEME_VARIABLES) if (choices.theme[name]) query.set(name, choices.theme[name]!);
  const frameClass = `cmhw-${choices.widget}-frame`;
  // The frame's page has its own font and one language: the page's language is English unless one is chosen.
  const room = roomCss({
    ...roomOf(choices),
    languages: [matchLanguage(choices.lang)!.code],
    selector: `iframe.${frameClass}`,
    frame: true,
  });
  return (
    `<style>\n  ${room.join('\n  ')}\n</style>\n<div class="cmhw-room">\n  ` +
    `<iframe class="${frameClass}" src="${escapeHtml(`${release.site}embed.html?${query}`)}" title="${escapeHtml(WEEK_NAME[matchLanguage(choices.lang)!.code]!)}"` +
    ` sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"></iframe>\n</div>`
  );
}
