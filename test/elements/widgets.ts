/**
 * Every element of the kit and its attributes, for the harnesses that treat them all alike: fuzzing
 * (fuzz.test.ts) and the lifecycle (lifecycle.test.ts). Adding an element is one line in WIDGETS; a new kind of
 * attribute also needs its entry in KINDS. fuzz.test.ts checks this table against custom-elements.json.
 */
import fc from '../support/property.js';
import type { ReactiveElement } from 'lit';
import '../../src/index.js';

/** What the harnesses know about one kind of attribute value. */
export interface AttributeKind {
  /** Values the element accepts without a warning, whatever the other attributes hold. */
  readonly valid: readonly string[];
  /** Values that are wrong for this kind in particular (out of range, almost right): each must warn. */
  readonly invalid: fc.Arbitrary<string>;
  /**
   * How a value the element does not accept is warned about: once per element, once per page (a page's
   * language is usually shared by all its widgets), or not at all (read-only: the element overwrites it).
   */
  readonly warns: 'element' | 'page' | false;
  /** A quick check that a random string is not accidentally valid. */
  readonly mightBeValid: (value: string) => boolean;
  /**
   * The exact rule, where the kind has one that the browser can answer: then whether a value must be warned about
   * is decided by this rule for every generated value, not by which generator made it.
   */
  readonly accepts?: (value: string) => boolean;
}

const SHIPPED_LANGUAGES = ['en', 'cy', 'pl', 'ur'];

/** Whether the browser reads `tag` as one of the shipped languages (docs/languages.md). */
export function isShippedLanguage(tag: string): boolean {
  try {
    // CLDR's aliases for the shipped languages' ISO 639-2 codes, stated here since engines' alias data differ
    // (WebKitGTK's ICU lacks "wel"); every other tag is what the browser canonicalises it to.
    const aliases: Record<string, string> = { eng: 'en', cym: 'cy', wel: 'cy', pol: 'pl', urd: 'ur' };
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    const language = canonical!.split('-')[0]!;
    return SHIPPED_LANGUAGES.includes(aliases[language] ?? language);
  } catch {
    return false; // not a well-formed BCP 47 tag
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Days in a month, from the calendar (month 1-12). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
const DATE_SHAPE = /\d{4}-\d\d-\d\d/;

/** YYYY-MM-DD strings in the right shape that name no real day: month 0 or 13-99, day 0 or past the month's end. */
const impossibleDates = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 0, max: 99 }),
    day: fc.integer({ min: 0, max: 99 }),
  })
  .filter(({ year, month, day }) => month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

/** Date-times in the right shape with a field out of range. */
const impossibleTimes = fc
  .record({
    hour: fc.integer({ min: 0, max: 99 }),
    minute: fc.integer({ min: 0, max: 99 }),
    second: fc.integer({ min: 0, max: 99 }),
    offset: fc.constantFrom('', 'Z', '+00:00', '+24:00', '-25:00', '+05:60', '+0530'),
  })
  .filter(({ hour, minute, second, offset }) => hour > 23 || minute > 59 || second > 59 || /24|25|60/.test(offset))
  .map(({ hour, minute, second, offset }) => `2023-02-08T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`);

export const KINDS = {
  edition: {
    // `latest` in any case, with spaces: the newest edition in content/.
    valid: ['2023', '2024', '2025', '2026', ' 2024 ', 'latest', ' LATEST '],
    invalid: fc.oneof(
      fc
        .integer()
        .filter((year) => year < 2023 || year > 2026)
        .map(String),
      fc.constantFrom(
        '1999',
        '2027',
        '0',
        '-1',
        '2023.0',
        '2023.5',
        '2e3',
        '0x7E7',
        'NaN',
        'Infinity',
        '２０２３',
        '2023 2024',
        'twenty23',
        'newest',
        'latest 2026',
        'lates',
        'last',
      ),
    ),
    warns: 'element',
    mightBeValid: (value) => /^\s*(202[3-6]|latest)\s*$/i.test(value),
  },
  // A first day before every valid last day, so that valid values never make an end-before-start warning.
  firstDay: {
    valid: ['2023-02-06', '2024-02-05', '2026-02-09', ' 2025-02-03 '],
    invalid: fc.oneof(
      impossibleDates,
      fc.constantFrom(
        '2023-2-6',
        '06/02/2023',
        '2023/02/06',
        '2023-02-06T00:00',
        '+002023-02-06',
        '20230206',
        '2023-02',
        '0000-00-00',
      ),
    ),
    warns: 'element',
    mightBeValid: (value) => DATE_SHAPE.test(value),
  },
  lastDay: {
    valid: ['2026-02-15', '2027-02-14', '2030-12-31'],
    invalid: fc.oneof(impossibleDates, fc.constantFrom('2023-02-29', '12/02/2023', 'next Friday', '2023-02-12Z', '-2023-02-12')),
    warns: 'element',
    mightBeValid: (value) => DATE_SHAPE.test(value),
  },
  instant: {
    valid: [
      '2023-02-08T12:00',
      '2023-02-01T00:00Z',
      '2023-02-06',
      '2023-02-12T23:59:59.999',
      '2027-07-05T00:00:00.000+01:00',
      '2023-02-06 05:30+0530',
    ],
    invalid: fc.oneof(
      impossibleTimes,
      impossibleDates,
      fc.constantFrom(
        'now',
        'tomorrow',
        '1675857600000',
        'Wed, 08 Feb 2023 12:00:00 GMT',
        '2023-02-08T12',
        '+275760-09-13T00:00:00Z',
        '2023-02-08T12:00 PM',
        '2023-02-08T12:00:00.0000Z',
      ),
    ),
    warns: 'element',
    mightBeValid: (value) => DATE_SHAPE.test(value),
  },
  precision: {
    valid: ['day', 'hour', 'minute', 'second', 'SECOND', ' Hour '],
    invalid: fc.constantFrom('seconds', 'ms', 'week', 'days', 'minutes', '1', 'minute second', 'millisecond'),
    warns: 'element',
    mightBeValid: (value) => ['day', 'hour', 'minute', 'second'].includes(value.trim().toLowerCase()),
  },
  /**
   * `lang` (the closest one counts, see src/controllers/language.ts). The rule, as docs/languages.md writes it: a tag
   * is a shipped language when its canonical form (Intl.getCanonicalLocales, which applies CLDR's aliases, so
   * ISO 639-2 codes such as `eng`, `cym`, `wel`, `pol` and `urd` count) has `en`, `cy`, `pl` or `ur` as its language.
   * The oracle asks the browser that same question, rather than guessing from the spelling.
   */
  language: {
    valid: ['en-GB', 'en-US', 'EN', 'cy', 'cy-GB', 'pl', 'pl-PL', 'ur', 'ur-PK', 'eng', 'cym', 'wel', 'pol', 'urd'],
    invalid: fc.constantFrom('fr', 'de-DE', 'zz', 'ar', 'zh-Hans', 'english', 'Welsh', 'cy_GB', 'en-', '-en', 'en--GB', '12'),
    warns: 'page',
    accepts: isShippedLanguage,
    mightBeValid: isShippedLanguage,
  },
  /** The tip card's `interval`: seconds from 5 to 3600. */
  seconds: {
    valid: ['5', '30', '3600', ' 12.5 ', '07'],
    invalid: fc.oneof(
      fc.oneof(fc.integer({ max: 4 }), fc.integer({ min: 3601 })).map(String),
      fc.constantFrom('0', '-5', '4.99', '3600.5', '1e3', '0x1e', '30s', 'Infinity', 'NaN', '30 60', '３０', '.5', '5.'),
    ),
    warns: 'element',
    mightBeValid: (value) => /^\s*\d+(\.\d+)?\s*$/.test(value) && Number(value) >= 5 && Number(value) <= 3600,
  },
  /** The tip card's `mode`. */
  tipMode: {
    valid: ['rotate', 'daily', 'DAILY', ' Rotate '],
    invalid: fc.constantFrom('weekly', 'day', 'rotating', 'static', 'daily rotate', 'none', '1'),
    warns: 'element',
    mightBeValid: (value) => ['rotate', 'daily'].includes(value.trim().toLowerCase()),
  },
  /** `heading-level`: 1 to 6. */
  headingLevel: {
    valid: ['1', '2', '6', ' 3 '],
    invalid: fc.constantFrom('0', '7', '2.0', 'h2', '-1', '1e0', '٢', 'two', '10', '2 3'),
    warns: 'element',
    mightBeValid: (value) => /^\s*[1-6]\s*$/.test(value),
  },
  /**
   * `href`: a whole http(s) address. The valid ones end in a port, so that any tail makes them invalid (after a
   * path, "x" or " 1" would still make a valid address).
   */
  link: {
    valid: ['https://www.childrensmentalhealthweek.org.uk:443', 'https://partner.example:8443', 'http://school.example:8080'],
    invalid: fc.constantFrom(
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      'ftp://example.org/',
      'mailto:head@school.example',
      '//example.org/',
      '/resources',
      'resources.html',
      'https://',
      'https://exa mple.org/',
      'https://example.org/"onmouseover="x',
    ),
    warns: 'element',
    mightBeValid: (value) => /^\s*https?:/i.test(value),
  },
  /** `show-window`: days before the start, and optionally after the end, 0 to 366. */
  window: {
    // Two numbers, so that a tail (" 1" in particular) always makes them invalid.
    valid: ['14 0', '14 7', '0 0', ' 366 366 '],
    invalid: fc.constantFrom('-14', '14 -7', '14,7', '14 days', '367', '1000', '14 7 1', 'two weeks', '1e1', '0x10', '14.5'),
    warns: 'element',
    mightBeValid: (value) => /^\s*\d{1,3}(\s+\d{1,3})?\s*$/.test(value),
  },
  /** A boolean attribute (`dismissible`): present or absent, whatever its value; nothing to warn about. */
  flag: {
    valid: ['', 'dismissible'],
    invalid: fc.constantFrom('false', '0', 'no'),
    warns: false,
    mightBeValid: () => false,
  },
  /** `phase`: set by the element; a page writing into it must not break it. */
  readOnlyPhase: {
    valid: [],
    invalid: fc.constantFrom('before', 'during', 'after', 'BEFORE', 'soon'),
    warns: false,
    mightBeValid: () => false,
  },
} satisfies Record<string, AttributeKind>;

/** tag → attribute → kind. One line per element. */
export const WIDGETS: Record<string, Record<string, keyof typeof KINDS>> = {
  'cmhw-countdown': {
    edition: 'edition',
    start: 'firstDay',
    end: 'lastDay',
    now: 'instant',
    lang: 'language',
    precision: 'precision',
    phase: 'readOnlyPhase',
  },
  'cmhw-tip-card': {
    edition: 'edition',
    start: 'firstDay',
    end: 'lastDay',
    now: 'instant',
    lang: 'language',
    interval: 'seconds',
    mode: 'tipMode',
  },
  'cmhw-banner': {
    edition: 'edition',
    start: 'firstDay',
    end: 'lastDay',
    now: 'instant',
    lang: 'language',
    'heading-level': 'headingLevel',
    href: 'link',
    dismissible: 'flag',
    'show-window': 'window',
    phase: 'readOnlyPhase',
  },
};

/** Makes an element of the table, with attributes, in a detached state. */
export function make(tag: string, attributes: Record<string, string | null> = {}): ReactiveElement {
  const el = document.createElement(tag) as ReactiveElement;
  for (const [name, value] of Object.entries(attributes)) if (value !== null) el.setAttribute(name, value);
  return el;
}
