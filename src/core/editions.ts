/**
 * The editions of Children's Mental Health Week that the kit knows, from content/editions/*.yaml
 * (turned into editions.generated.ts by `npm run content`, which also validates them). Their longer texts
 * (about, tips) are in edition-texts.ts, so that only the widgets that show them carry them.
 */
import { DEFAULT_EDITION_YEAR } from './content-validation.js';
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

export { DEFAULT_EDITION_YEAR } from './content-validation.js';

export const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';

export const editions: readonly Edition[] = EDITIONS;

export function findEdition(year: number): Edition | undefined {
  return editions.find((edition) => edition.year === year);
}

export function defaultEdition(): Edition {
  return findEdition(DEFAULT_EDITION_YEAR)!;
}

/**
 * The newest edition the kit knows, for `edition="latest"`: the last of the content's editions (the content step
 * sorts them by year), so a new year's file is all it takes, with no year written in the elements.
 */
export function newestEdition(): Edition {
  return editions[editions.length - 1]!;
}
