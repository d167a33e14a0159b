/**
 * The editions of Children's Mental Health Week that the kit knows, from content/editions/*.yaml
 * (turned into editions.generated.ts by `npm run content`, which also validates them). Their longer texts
 * (about, tips) are in edition-texts.ts, so that only the widgets that show them carry them.
 */
import { EDITIONS } from './editions.generated.js';

export interface Edition {
  readonly year: number;
  /** First day, UK calendar date `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (inclusive), UK calendar date `YYYY-MM-DD`. */
  readonly end: string;
  /** The theme's name in the language being rendered (call it during a render). */
  readonly theme: () => string;
}

/** The "Let's Connect" edition, shown when a page names none. */
export const DEFAULT_EDITION_YEAR = 2023;

export const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';

export const editions: readonly Edition[] = EDITIONS;

export function findEdition(year: number): Edition | undefined {
  return editions.find((edition) => edition.year === year);
}

export function defaultEdition(): Edition {
  return findEdition(DEFAULT_EDITION_YEAR)!;
}
