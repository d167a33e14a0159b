/**
 * The week a block shows, resolved as the element and the PHP render (includes/render.php) resolve it, and the
 * values the element accepts. No React, no WordPress: plain functions shared by the blocks.
 */

export const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const PRESET = /^var:preset\|color\|([a-z0-9-]+)$/;

/**
 * @param {unknown} value An attribute.
 * @return {string|null} A UK calendar date `YYYY-MM-DD` that exists, or null.
 */
export function validDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  if (!m) {
    return null;
  }
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3] ? value : null;
}

/**
 * Calendar days added to a date: no time zone is involved.
 *
 * @param {string} date A date `YYYY-MM-DD`.
 * @param {number} days Days to add (or subtract).
 * @return {string} The date that many days later.
 */
export function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The editions the plugin carries, and its newest: what `latest` means in this version of the plugin.
 *
 * @param {{year: number, start: string, end: string, theme: string}[]} editions From editions.json.
 */
export function editionsOf(editions) {
  const newest = editions.reduce((a, b) => (b.year > a.year ? b : a), editions[0]);
  const byYear = (year) => {
    if (year === 'latest') {
      return newest;
    }
    return editions.find((e) => String(e.year) === String(year)) || editions.find((e) => e.year === 2023);
  };
  return { list: editions, newest, byYear };
}

/**
 * @param {ReturnType<typeof editionsOf>} editions   The plugin's editions.
 * @param {Object}                        attributes A block's attributes.
 * @return {{edition: string, theme: string, start: string, end: string, custom: {start: string|null, end: string|null}, evergreen: boolean}} The week.
 */
export function resolveWeek(editions, attributes) {
  const edition = editions.byYear(attributes.edition);
  const length = Math.round((Date.parse(edition.end) - Date.parse(edition.start)) / 86400000);
  let start = validDate(attributes.start);
  let end = validDate(attributes.end);
  if (start && end && end < start) {
    start = end = null;
  }
  const custom = { start, end };
  if (start && !end) {
    end = addDays(start, length);
  } else if (end && !start) {
    start = addDays(end, -length);
  } else if (!start) {
    start = edition.start;
    end = edition.end;
  }
  const latest = attributes.edition === 'latest';
  return {
    edition: latest ? 'latest' : String(edition.year),
    theme: edition.theme,
    start,
    end,
    custom,
    // With `latest` and the edition's own dates, the saved fallback names no dates: the newest week moves on.
    evergreen: latest && !custom.start && !custom.end,
  };
}

/**
 * "6–12 February 2023", in British English as the saved fallback writes it (cmhw_widgets_format_range in PHP).
 *
 * @param {string} start First day.
 * @param {string} end   Last day.
 * @return {string} The range.
 */
export function formatRange(start, end) {
  const [sy, sm, sd] = start.split('-').map(Number);
  if (start === end) {
    return `${sd} ${MONTHS[sm - 1]} ${sy}`;
  }
  const [ey, em, ed] = end.split('-').map(Number);
  if (sy === ey && sm === em) {
    return `${sd}–${ed} ${MONTHS[em - 1]} ${ey}`;
  }
  if (sy === ey) {
    return `${sd} ${MONTHS[sm - 1]} – ${ed} ${MONTHS[em - 1]} ${ey}`;
  }
  return `${sd} ${MONTHS[sm - 1]} ${sy} – ${ed} ${MONTHS[em - 1]} ${ey}`;
}

/**
 * @param {unknown} value An attribute.
 * @return {string|null} The value if it is an absolute http(s) address (the only links the element accepts).
 */
export function httpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/**
 * @param {unknown} stored A colour as stored: a hex colour, or a reference to the theme's palette.
 * @return {string|null} The colour as CSS, or null.
 */
export function colorCss(stored) {
  if (typeof stored !== 'string') {
    return null;
  }
  const preset = PRESET.exec(stored);
  if (preset) {
    return `var(--wp--preset--color--${preset[1]})`;
  }
  return HEX.test(stored) ? stored : null;
}

/**
 * @param {string} stored A stored colour.
 * @return {string|null} The palette slug of a `var:preset|color|<slug>` reference, or null.
 */
export function presetSlug(stored) {
  const preset = PRESET.exec(stored || '');
  return preset ? preset[1] : null;
}

/**
 * @param {string} value A colour picked in the editor.
 * @return {boolean} Whether it is a hex colour.
 */
export const isHex = (value) => HEX.test(value || '');
