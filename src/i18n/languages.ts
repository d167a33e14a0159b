/**
 * The languages the kit ships and how a page's `lang` tag is matched to one of them. No DOM here: the
 * language controller finds the tag, this decides what it means.
 */

import { TARGET_LANGUAGES } from './generated/index.js';

/** The shipped languages by their message catalogue: British English is the source; the rest are translations. */
export const LANGUAGES = ['en-GB', ...TARGET_LANGUAGES] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

// Languages written right to left (of those a translation might add): Arabic, Sorani, Divehi, Persian, Hebrew,
// Pashto, Sindhi, Uyghur, Urdu, Yiddish.
const RIGHT_TO_LEFT = ['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'];

export const SOURCE_LANGUAGE: LanguageCode = 'en-GB';

/** A language a widget shows: which messages, which tag Intl formats with, and which way the text runs. */
export interface Language {
  /** The message catalogue. */
  readonly code: LanguageCode;
  /**
   * The page's own tag, canonicalised ("cy-GB", "en-US"), so that Intl formats dates and numbers the way
   * that page's readers expect (an American page gets "February 6–12, 2023").
   */
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
}

export const ENGLISH: Language = { code: SOURCE_LANGUAGE, tag: SOURCE_LANGUAGE, dir: 'ltr' };

/**
 * The shipped language for a BCP 47 tag, matched on the language of its canonical form ("cy-GB" is Welsh, "en-US"
 * is English). Canonicalising applies CLDR's aliases, so ISO 639-2 codes name their language too ("eng" is
 * English, "cym" and "wel" Welsh, "pol" Polish, "urd" Urdu): a page's tag means what the browser says it means. `null` (no tag anywhere) and "" (the HTML way to say "unknown") give English; a well-formed tag
 * of a language the kit does not ship, or a malformed one, gives `undefined`.
 */
export function matchLanguage(tag: string | null): Language | undefined {
  if (tag === null || tag.trim() === '') return ENGLISH;
  // Every widget of a page usually has the same tag: it is read once, and they share one Language object.
  if (matched.has(tag)) return matched.get(tag);
  const language = readTag(tag);
  matched.set(tag, language);
  return language;
}

const matched = new Map<string, Language | undefined>();

function readTag(tag: string): Language | undefined {
  let canonical: string;
  try {
    // "wel" (ISO 639-2/B for Welsh) is one of CLDR's aliases that WebKitGTK's older ICU lacks: read it as "cy"
    // here, so that every engine gives a page the same language.
    [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/^wel(?=-|$)/i, 'cy'));
  } catch {
    return undefined;
  }
  const primary = canonical.split('-')[0];
  const code = primary === 'en' ? SOURCE_LANGUAGE : LANGUAGES.find((known) => known === primary);
  if (!code) return undefined;
  return { code, tag: canonical, dir: RIGHT_TO_LEFT.includes(code) ? 'rtl' : 'ltr' };
}
