/**
 * Follows the language of the closest `lang` attribute (the element's own, an ancestor's, `<html lang>`), also
 * across shadow roots, and re-renders the widget at once when it changes. One MutationObserver for the whole
 * page watches every `lang` attribute in the document; it exists only while a widget is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ENGLISH, type Language, LANGUAGES, matchLanguage } from '../i18n/languages.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LanguageController>();
let observer: MutationObserver | undefined;

// An unknown language is usually the page's own (`<html lang="fr">`), shared by every widget on it: warn once
// per page for each tag, not once per widget.
const warnedTags = new Set<string>();

/** The `lang` in effect at `element`: its own or the closest ancestor's, looking out through shadow roots. */
export function closestLang(element: Element): string | null {
  for (let node: Element | null = element; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

export class LanguageController implements ReactiveController {
  /** The language the widget shows. */
  language: Language = ENGLISH;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Reads the language again (also called when the host's own `lang` changes) and re-renders if it moved. */
  refresh(): void {
    const tag = closestLang(this.host);
    let language = matchLanguage(tag);
    if (!language) {
      if (!warnedTags.has(tag!)) {
        warnedTags.add(tag!);
        console.warn(
          `<${this.host.localName}>: lang=${JSON.stringify(tag)} is not a language the widgets ship. ` +
            `Expected one of ${LANGUAGES.join(', ')} (or a regional variant such as cy-GB or en-US). Using English.`,
        );
      }
      language = ENGLISH;
    }
    if (language.tag !== this.language.tag) {
      this.language = language;
      this.host.requestUpdate();
    }
  }
}
