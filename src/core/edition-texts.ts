/**
 * The longer texts of each edition (what the theme means, and the tips for parents and carers), in the
 * language being rendered. They live apart from editions.ts, with their own translation tables, so that a
 * widget that does not show them does not carry them.
 */
import type { LanguageCode } from '../i18n/languages.js';
import { addTranslations, renderingLanguage } from '../i18n/msg.js';
import { EDITION_TRANSLATIONS } from '../i18n/generated/index.js';
import { EDITION_TEXTS } from './edition-texts.generated.js';
import type { Tip } from './content-validation.js';

export type { Tip };

export interface EditionTexts {
  readonly about?: string;
  readonly tips: readonly Tip[];
}

let registered = false;
// Read once per edition and language: a page of 100 tip cards shares one list of tips.
const read = new Map<string, EditionTexts>();

/** The edition's about text and tips in the language being rendered (call it during a render). */
export function editionTexts(year: number): EditionTexts {
  if (!registered) {
    registered = true;
    for (const [code, editions] of Object.entries(EDITION_TRANSLATIONS)) addTranslations(code as LanguageCode, editions!);
  }
  const key = `${year} ${renderingLanguage()}`;
  let texts = read.get(key);
  if (!texts) read.set(key, (texts = EDITION_TEXTS[year]?.() ?? { tips: [] }));
  return texts;
}
