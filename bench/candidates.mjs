// What is measured: the kit's widgets and, for each, the published components a school would otherwise embed.
// Each candidate says which bundle to load, which tags to wait for, and the markup of one instance on a page.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const edition = parse(readFileSync(new URL('../content/editions/2023.yaml', import.meta.url), 'utf8'));
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The countdowns count down to a week that starts 30 days after the run (UK midnight), so the kit shows its
 * numbers ("before"), as a school's page does in the weeks before the week; the live-updating anchor counts to the
 * same instant.
 */
export function futureWeek(now = Date.now()) {
  const day = 24 * 60 * 60 * 1000;
  const start = new Date(Math.floor(now / day) * day + 30 * day);
  const end = new Date(start.getTime() + 6 * day);
  const date = (d) => d.toISOString().slice(0, 10);
  const long = (d) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // February is outside British Summer Time, but a run in summer would be an hour off: the exact UK offset does
  // not matter for a benchmark, only that both countdowns aim at the same instant.
  return { start: date(start), end: date(end), instant: `${date(start)}T00:00:00Z`, label: `${long(start)} to ${long(end)}` };
}

// The README's recommended snippet (docs/embedding.md, "A plain HTML page"): room reserved before the upgrade.
const RECOMMENDED_STYLE = `cmhw-countdown { display: grid; box-sizing: border-box; min-block-size: 17.5rem; }
  cmhw-countdown:not(:defined) { align-content: center; padding: 1rem 1.25rem; border: 1px solid #5c2d91; border-radius: 12px; }`;
// docs/embedding.md: "with precision="second" (which adds a pause button), use 20rem".
const RECOMMENDED_STYLE_SECONDS = RECOMMENDED_STYLE.replace('17.5rem', '20rem');

// docs/embedding.md, "The tip card": its recommended snippet.
const TIP_CARD_STYLE = `cmhw-tip-card { display: grid; box-sizing: border-box; min-block-size: 24rem; }
  cmhw-tip-card:not(:defined) { align-content: center; padding: 1rem 1.25rem; border: 1px solid #5c2d91; border-radius: 12px; }`;
const TIP_CARD_FALLBACK =
  '<p><strong>Connect in everyday moments.</strong> Small moments of being together matter: give your child your full attention for a while.</p>' +
  '<p><a href="https://www.childrensmentalhealthweek.org.uk/">More for parents and carers</a></p>';

// docs/embedding.md, "The banner": its room, reserved by the width of a wrapper (it is taller when it stacks).
const BANNER_STYLE = `.cmhw-banner-room { container-type: inline-size; }
  cmhw-banner { display: grid; box-sizing: border-box; min-block-size: 44rem; }
  @container (min-width: 400px) { cmhw-banner { min-block-size: 31rem; } }
  @container (min-width: 640px) { cmhw-banner { min-block-size: 26rem; } }
  cmhw-banner:not(:defined) { align-content: center; padding: 1rem 1.25rem; border: 1px solid #5c2d91; border-radius: 12px; }`;

const fallbackLink = (week) =>
  `<p><a href="https://www.childrensmentalhealthweek.org.uk/">Children's Mental Health Week</a>: ${escape(week.label)}</p>`;

const tips = edition.tips.map((tip) => `<h3>${escape(tip.title)}</h3><p>${escape(tip.text)}</p>`);
const bannerText =
  `<strong>${escape(edition.theme)}</strong>: Children's Mental Health Week, 6–12 February 2023. ` +
  `${escape(edition.about.split('. ')[0])}. <a href="https://www.childrensmentalhealthweek.org.uk/">Free resources</a> #ChildrensMentalHealthWeek`;

/**
 * @typedef {object} Candidate
 * @property {string} id
 * @property {string} label
 * @property {'countdown' | 'tip card' | 'banner'} widget   the kit's widget it stands beside
 * @property {boolean} kit
 * @property {string} bundle       the bundle's address on the bench server
 * @property {string[]} tags       the custom elements whose rendering is waited for
 * @property {(week: object, options: { seconds?: boolean }) => string} markup   one instance, as pasted
 * @property {(options: { seconds?: boolean }) => string} [style]
 * @property {string} [pasted]     how the markup is pasted (for the layout-shift table)
 * @property {string} [missing]    why the kit's side cannot be measured yet (no bundle, no markup)
 */

/** @type {Candidate[]} */
export const CANDIDATES = [
  {
    id: 'kit-countdown',
    label: 'kit: <cmhw-countdown>',
    widget: 'countdown',
    kit: true,
    bundle: '/dist/cmhw-widgets.js',
    tags: ['cmhw-countdown'],
    style: ({ seconds }) => (seconds ? RECOMMENDED_STYLE_SECONDS : RECOMMENDED_STYLE),
    pasted: "the README's recommended snippet: room reserved, a link and the dates inside",
    markup: (week, { seconds }) =>
      `<cmhw-countdown start="${week.start}" end="${week.end}"${seconds ? ' precision="second"' : ''}>${fallbackLink(week)}</cmhw-countdown>`,
  },
  {
    id: 'floor',
    label: 'floor: a bare Lit element',
    widget: 'countdown',
    kit: false,
    bundle: '/bench/out/bundles/floor.js',
    tags: ['bench-floor'],
    pasted: 'the bare tag',
    markup: () => `<bench-floor></bench-floor>`,
  },
  {
    id: 'relative-time',
    label: '@github/relative-time-element',
    widget: 'countdown',
    kit: false,
    bundle: '/bench/out/bundles/relative-time.js',
    tags: ['relative-time'],
    pasted: "its documented use: the date as the element's text; no room reserved",
    // Its documented use: the element's text is the fallback; format="duration" counts the time left.
    markup: (week, { seconds }) =>
      `<relative-time datetime="${week.instant}" format="duration" tense="future" precision="${seconds ? 'second' : 'minute'}">${escape(week.label)}</relative-time>`,
  },
  {
    id: 'kit-tip-card',
    label: 'kit: <cmhw-tip-card>',
    widget: 'tip card',
    kit: true,
    bundle: '/dist/cmhw-widgets.js',
    tags: ['cmhw-tip-card'],
    style: () => TIP_CARD_STYLE,
    pasted: 'the recommended snippet of docs/embedding.md: room reserved, a tip and a link inside',
    // Rotating (its default, every 30 s), with the edition's six tips built in, as the carousels beside it show them.
    markup: () => `<cmhw-tip-card>${TIP_CARD_FALLBACK}</cmhw-tip-card>`,
  },
  {
    id: 'shoelace-carousel',
    label: 'Shoelace <sl-carousel>',
    widget: 'tip card',
    kit: false,
    bundle: '/bench/out/bundles/shoelace-carousel.js',
    tags: ['sl-carousel', 'sl-carousel-item'],
    pasted: 'the tips as slides, as its documentation shows; no room reserved',
    // A rotating card of the edition's six tips: autoplay, loop, previous/next and pagination.
    markup: () =>
      `<sl-carousel autoplay loop navigation pagination>${tips.map((tip) => `<sl-carousel-item>${tip}</sl-carousel-item>`).join('')}</sl-carousel>`,
  },
  {
    id: 'webawesome-carousel',
    label: 'Web Awesome <wa-carousel>',
    widget: 'tip card',
    kit: false,
    bundle: '/bench/out/bundles/webawesome-carousel.js',
    tags: ['wa-carousel', 'wa-carousel-item'],
    pasted: 'the tips as slides, as its documentation shows; no room reserved',
    markup: () =>
      `<wa-carousel autoplay loop navigation pagination>${tips.map((tip) => `<wa-carousel-item>${tip}</wa-carousel-item>`).join('')}</wa-carousel>`,
  },
  {
    id: 'kit-banner',
    label: 'kit: <cmhw-banner>',
    widget: 'banner',
    kit: true,
    bundle: '/dist/cmhw-widgets.js',
    tags: ['cmhw-banner'],
    style: () => BANNER_STYLE,
    pasted: "docs/embedding.md's banner snippet: room reserved by width, a link and the dates inside",
    // The 2023 edition with the run's future week (dates given with an edition keep its theme and about text),
    // so it counts the days to the start as a school's page does in the weeks before; closable, like the alert.
    markup: (week) =>
      `<div class="cmhw-banner-room"><cmhw-banner edition="2023" start="${week.start}" end="${week.end}" dismissible>${fallbackLink(week)}</cmhw-banner></div>`,
  },
  {
    id: 'shoelace-alert',
    label: 'Shoelace <sl-alert>',
    widget: 'banner',
    kit: false,
    bundle: '/bench/out/bundles/shoelace-alert.js',
    tags: ['sl-alert'],
    pasted: 'the text inside, open, as its documentation shows; no room reserved',
    markup: () => `<sl-alert variant="primary" open closable>${bannerText}</sl-alert>`,
  },
  {
    id: 'webawesome-callout',
    label: 'Web Awesome <wa-callout>',
    widget: 'banner',
    kit: false,
    bundle: '/bench/out/bundles/webawesome-callout.js',
    tags: ['wa-callout'],
    pasted: 'the text inside, as its documentation shows; no room reserved',
    markup: () => `<wa-callout variant="brand">${bannerText}</wa-callout>`,
  },
];

/** The bundles whose bytes are compared: the kit (as built), the floor, and each anchor as a school would add it. */
export const SIZE_ROWS = [
  { id: 'kit', label: 'kit: dist/cmhw-widgets.js (all four languages)', file: 'dist/cmhw-widgets.js' },
  { id: 'floor', label: 'floor: a bare Lit element', entry: 'floor' },
  { id: 'relative-time', label: '@github/relative-time-element', entry: 'relative-time' },
  { id: 'shoelace', label: 'Shoelace carousel + alert (with its light theme)', entry: 'shoelace' },
  { id: 'shoelace-carousel', label: '  Shoelace carousel alone', entry: 'shoelace-carousel' },
  { id: 'shoelace-alert', label: '  Shoelace alert alone', entry: 'shoelace-alert' },
  { id: 'shoelace-theme', label: '  the light theme alone (CSS, inside each Shoelace bundle)', entry: 'shoelace-theme' },
  { id: 'webawesome', label: 'Web Awesome carousel + callout (with its default theme)', entry: 'webawesome' },
  { id: 'webawesome-carousel', label: '  Web Awesome carousel alone', entry: 'webawesome-carousel' },
  { id: 'webawesome-callout', label: '  Web Awesome callout alone', entry: 'webawesome-callout' },
  { id: 'webawesome-theme', label: '  the default theme alone (CSS, inside each Web Awesome bundle)', entry: 'webawesome-theme' },
];
