// The room a snippet reserves for a widget, so that nothing on the page moves when the script upgrades it, and so
// that the box is no taller than what fills it. The ONE place the room rules come from: the README's and
// docs/embedding.md's snippets (written by scripts/room/snippets.mjs), the site's examples (scripts/site/plugin.mjs),
// the configurator (demo/configurator/snippet.ts), the iframe snippets, and the WordPress plugin's render (a data file
// written from here by scripts/room/snippets.mjs).
//
// What decides a widget's height, and how the rules follow it:
// - the width of its box: container queries on a wrapper (`.cmhw-room`), in bands that change wherever a line of its
//   text breaks differently (BAND_TOLERANCE_PX);
// - the language: `:lang()` rules (Welsh and Polish run longer than English), one sequence of bands per language;
// - the edition and options the snippet is written for, and the phases (before, during, after the week) its visitors
//   can still see: `reachablePhases` (time only moves forward, so a snippet written after its week needs no room for
//   the countdown's numbers);
// - the font: the widgets take the page's. The heights (heights.generated.mjs, measured by heights.mjs) are the
//   tallest in FONTS, at a 16px font in Chromium, Firefox and WebKit; the rules are in em, so they follow a larger or smaller
//   font. Fonts much wider than these (a condensed font is narrower, and safe) may need more room.
// What only the running widget knows (its exact height in its font) it uses where nobody can see it: a widget whose
// box is below the viewport, or that the visitor is using, takes its exact height (`:state(fitted)`, see
// src/elements/shared/cmhw-element.ts).
import { HEIGHTS } from './heights.generated.mjs';
import { OWN_TIPS } from './own-tips.mjs';

/** The fonts the room holds for: the system stack, a serif such as Georgia, Arial/Helvetica. */
export const FONTS = {
  'system-ui': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  Georgia: 'Georgia, serif',
  Arial: 'Arial, Helvetica, sans-serif',
};

export const LANGUAGES = ['en-GB', 'cy', 'pl', 'ur'];
export const PHASES = ['before', 'during', 'after'];

/** Container widths measured, in em: 15em (240px) to 100em, every em, and 341px, where the countdown widens. */
export const SAMPLE_WIDTHS_EM = [...Array.from({ length: 86 }, (_, i) => 15 + i), 341 / 16].sort((a, b) => a - b);

/**
 * The variants measured, each exact for the options that decide its height; the first of each widget is its tallest,
 * the room of a widget whose options are not known. A countdown with seconds has a pause button (day, hour and
 * minute are no taller than minute); a daily tip card has no pause button; a dismissible banner keeps room for its close
 * button, which a plain one does not. A page's own tips that the project publishes are variants of their own
 * (own-tips.mjs).
 */
export const VARIANTS = {
  countdown: ['minute', 'second'],
  'tip-card': ['rotate', 'daily', ...Object.keys(OWN_TIPS).map((name) => `own:${name}`)],
  banner: ['dismissible', 'plain'],
};

/** The variant of a widget with these attributes (by name, as written on the element; a boolean's value is ''). */
export function variantOf(widget, attributes) {
  if (widget === 'countdown') return attributes.precision === 'second' ? 'second' : 'minute';
  if (widget === 'tip-card') return attributes.mode === 'daily' ? 'daily' : 'rotate';
  return attributes.dismissible === undefined ? 'plain' : 'dismissible';
}

/** The editions measured: each year and `latest` (a tip card's tips are the same in every year). */
export function measuredEditions(editions) {
  return [...editions.map((edition) => ({ ...edition, key: String(edition.year) })), { key: 'latest' }];
}

export const HEIGHT_EDITION_OF_TIPS = '2023';
export const heightKey = ({ widget, variant, edition, phase, lang }) =>
  `${widget}|${variant}|${widget === 'tip-card' && edition !== 'latest' ? HEIGHT_EDITION_OF_TIPS : edition}|${phase}|${lang}`;

/** Two heights within this many px share a band: the bands follow the text's line breaks, not every pixel. */
export const BAND_TOLERANCE_PX = 12;

const DAY_MS = 86_400_000;
/** The instant a UK date starts: in February, and within a day either way all year, midnight UTC. */
const dayStart = (date) => Date.parse(`${date}T00:00:00Z`);

/**
 * The phases a snippet's visitors can see: with `now` (a frozen preview), that moment's; with `latest` on the
 * evergreen file, every phase (a later release brings a week still to come); otherwise the phase on the day the
 * snippet is written and those after it. A day's margin on each side covers time zones and a page cached for a day.
 * @param {{ start: string, end: string, now?: string, writtenAt: number, evergreen?: boolean }} week
 */
export function reachablePhases({ start, end, now, writtenAt, evergreen }) {
  if (evergreen) return [...PHASES];
  const phaseAt = (instant) => (instant < dayStart(start) ? 'before' : instant < dayStart(end) + DAY_MS ? 'during' : 'after');
  if (now) {
    const instant = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(now) ? now : `${now}Z`);
    if (!Number.isNaN(instant)) return [phaseAt(instant)];
  }
  return PHASES.slice(PHASES.indexOf(phaseAt(writtenAt - DAY_MS)));
}

/**
 * The bands of room for one widget, per language: `[[fromWidthEm, heightEm], …]`, the first from any width.
 * @param {{ widget: string, variant?: string, edition?: string, ownDates?: boolean, phases: string[], languages?: string[] }} choice
 */
export function roomBands({
  widget,
  variant = VARIANTS[widget][0],
  edition = '2023',
  ownDates = false,
  phases,
  languages = LANGUAGES,
}) {
  // A banner with the school's own dates shows the general heading and text, as an edition without its own does.
  const editionsShown = widget === 'banner' && ownDates ? [edition, '2024', '2025'] : [edition];
  const bands = {};
  for (const lang of languages) {
    const rows = phases.flatMap((phase) =>
      editionsShown.map((year) => {
        const row = HEIGHTS[heightKey({ widget, variant, edition: year, phase, lang })];
        if (!row) throw new Error(`room: no heights for ${widget} ${variant} ${year} ${phase} ${lang}: run npm run room:heights`);
        return row;
      }),
    );
    // The heights are the tallest of the three engines (WebKit breaks some lines sooner than Chromium and Firefox).
    const tallest = SAMPLE_WIDTHS_EM.map((_, i) => Math.max(...rows.map((row) => row[i])));
    const list = [];
    let start = 0;
    while (start < tallest.length) {
      // A band holds the tallest height from its first width on, until a width whose height is a line shorter.
      let end = start + 1;
      let room = tallest[start];
      while (end < tallest.length && tallest[end] >= room - BAND_TOLERANCE_PX) room = Math.max(room, tallest[end++]);
      list.push([start === 0 ? 0 : SAMPLE_WIDTHS_EM[start], Math.ceil((room / 16) * 8) / 8]);
      start = end;
    }
    bands[lang] = list;
  }
  return bands;
}

const em = (n) => `${Math.round(n * 10000) / 10000}em`;

/**
 * The CSS that reserves a widget's room: the wrapper a container, the element a grid as tall as its room, the
 * fallback (what shows before the script runs, or without it) framed as the widget will be, its text at the top.
 * With `frame`, the room of an iframe of the iframe page instead (its height until the frame reports its own).
 * Lines without indentation: the callers indent.
 * @param {{ widget: string, variant?: string, edition?: string, ownDates?: boolean, phases: string[], languages?: string[],
 *   selector?: string, wrapper?: string, accent?: string, extra?: string, frame?: boolean }} choice
 */
export function roomCss(choice) {
  const { widget, selector = `cmhw-${widget}`, wrapper = '.cmhw-room', accent = '#5c2d91', extra = '', frame = false } = choice;
  const bands = roomBands(choice);
  const english = JSON.stringify(bands[LANGUAGES[0]]);
  // A language whose bands are English's needs no rules of its own.
  const own = Object.keys(bands).filter((lang, i) => i === 0 || JSON.stringify(bands[lang]) !== english);
  const target = (lang) => (lang === LANGUAGES[0] || !bands[LANGUAGES[0]] ? selector : `${selector}:lang(${lang})`);
  const size = frame ? 'block-size' : 'min-block-size';
  const lines = [
    ...(wrapper ? [`${wrapper} { container-type: inline-size; }`] : []),
    frame
      ? `${selector} { display: block; border: 0; inline-size: 100%; block-size: ${em(bands[own[0]][0][1])}; }`
      : `${selector} { display: grid; box-sizing: border-box; min-block-size: ${em(bands[own[0]][0][1])}; --cmhw-placeholder: 0;${extra} }`,
    ...own.slice(1).map((lang) => `${target(lang)} { ${size}: ${em(bands[lang][0][1])}; }`),
    ...(frame
      ? []
      : [
          `${selector}:not(:defined) { align-content: start; gap: 0.5em; padding: 1rem 1.25rem; border: 1px solid ${accent}; border-radius: 12px; }`,
          // The fallback's lines close together, as the widget's are, so that it fits the widget's room.
          `${selector}:not(:defined) * { margin: 0; }`,
        ]),
  ];
  const widths = [...new Set(own.flatMap((lang) => bands[lang].slice(1).map(([width]) => width)))].sort((a, b) => a - b);
  for (const width of widths) {
    const rules = own
      .map((lang) => [lang, bands[lang].find(([from]) => from === width)])
      .filter(([, band]) => band)
      .map(([lang, [, height]]) => `${target(lang)} { ${size}: ${em(height)}; }`);
    lines.push(`@container (min-width: ${em(width)}) { ${rules.join(' ')} }`);
  }
  // Once the widget knows its height where nobody sees the change (see above), that height is its room.
  if (!frame) lines.push(`${selector}:state(fitted) { min-block-size: 0; }`);
  return lines;
}
