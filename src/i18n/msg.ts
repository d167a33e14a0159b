/**
 * Per-widget translation lookup for `msg()` calls.
 *
 * @lit/localize's own runtime has one language for the whole page, switched asynchronously. A page can hold
 * widgets in different languages (an English page with a Welsh banner inside `<div lang="cy">`), so each widget
 * renders inside `renderingIn(language, …)`, which makes its language the one `msg()` reads for the duration
 * of that synchronous render. The calls keep @lit/localize's signature (this `msg` carries its type brand), so
 * `lit-localize extract` finds them and translators work in XLIFF as usual.
 *
 * Every call names its `id`: ids are stable across wording changes in the source, and no id hashing code
 * has to ship.
 */
import { joinStringsAndValues, type StrResult } from '@lit/localize';
import type { LanguageCode } from './languages.js';
import { WIDGET_TRANSLATIONS } from './generated/index.js';

/**
 * A language's texts by id, as generated from its XLIFF file: a plain string, or for a text with values the
 * strings around them and, for each value, its index in the source (a translator may reorder them).
 */
export type Translations = Readonly<Record<string, Localized>>;
type Localized = string | { readonly strings: readonly string[]; readonly values: readonly number[] };

interface MsgOptions {
  /** Stable, unique id: the key in every language's XLIFF file. */
  id: string;
  /** A note for translators (it reaches the XLIFF file). */
  desc?: string;
}

interface Msg {
  (template: string, options: MsgOptions): string;
  (template: StrResult, options: MsgOptions): string;
  /** The brand `lit-localize extract` looks for. */
  _LIT_LOCALIZE_MSG_?: never;
}

// Imported, not registered by a side effect, so that no bundler can drop the widgets' own texts.
const catalogues = new Map<LanguageCode, Record<string, Localized>>(
  Object.entries(WIDGET_TRANSLATIONS).map(([code, widgets]) => [code as LanguageCode, { ...widgets }]),
);

/** Adds a further group of translations for a language (the edition texts register theirs when first used). */
export function addTranslations(code: LanguageCode, templates: Translations): void {
  catalogues.set(code, Object.assign(catalogues.get(code) ?? {}, templates));
}

let active: Record<string, Localized> | undefined;
let activeCode: LanguageCode | undefined;

/** Runs `render` with `code` as the language `msg()` answers in (the source language has no catalogue). */
export function renderingIn<T>(code: LanguageCode, render: () => T): T {
  const previous = [active, activeCode] as const;
  active = catalogues.get(code);
  activeCode = code;
  try {
    return render();
  } finally {
    [active, activeCode] = previous;
  }
}

/** The language `msg()` answers in now (undefined outside a render: the source language). */
export const renderingLanguage = (): LanguageCode | undefined => activeCode;

export const msg: Msg = (template: string | StrResult, { id }: MsgOptions): string => {
  const localized = active?.[id];
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if (typeof localized === 'string') return localized;
  return localized
    ? joinStringsAndValues(localized.strings as TemplateStringsArray, template.values, localized.values as number[])
    : joinStringsAndValues(template.strings, template.values);
};
