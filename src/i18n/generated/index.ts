// Generated from lit-localize.json by `npm run translations`. Do not edit.
import type { Translations } from '../msg.js';
import * as cy from './cy.js';
import * as pl from './pl.js';
import * as ur from './ur.js';

/** The translated languages, after British English (the source). */
export const TARGET_LANGUAGES = ["cy","pl","ur"] as const;

type ByLanguage = Readonly<Record<(typeof TARGET_LANGUAGES)[number], Translations>>;

/** What the widgets say, by language. */
export const WIDGET_TRANSLATIONS: ByLanguage = { "cy": cy.widgets, "pl": pl.widgets, "ur": ur.widgets };

/** Each edition's about text and tips, by language (imported only by what shows them). */
export const EDITION_TRANSLATIONS: ByLanguage = { "cy": cy.editions, "pl": pl.editions, "ur": ur.editions };
