import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { type ResolvedWeek, type Warn, parseNow, resolveWeek } from '../../core/attributes.js';
import { type Phase, phaseAt } from '../../core/phase.js';
import { ClockController } from '../../controllers/clock.js';
import { LanguageController } from '../../controllers/language.js';
import type { Language } from '../../i18n/languages.js';
import { msg, renderingIn } from '../../i18n/msg.js';

/** `detail` of the `cmhw-phase-change` event. */
export interface PhaseChangeDetail {
  /** The phase now shown. */
  phase: Phase;
  /** The phase shown before. */
  previousPhase: Phase;
  /** The edition's year. */
  edition: number;
}

/**
 * The room the snippets reserve holds the widget in every font and width the room was measured for, so it may be
 * taller than the widget. Once it has rendered, a widget takes its exact height (the custom state `fitted`, which
 * the snippets' CSS answers with `min-block-size: 0`) only where no visitor can see the page move: while its box is
 * below the viewport, where nothing on screen comes after it, or when the visitor presses or taps in it, where the
 * change answers their own action (as Cumulative Layout Shift also counts it: shifts just after an input are not
 * layout shifts). Never while it is on screen by itself, and never above the viewport, where the page would move.
 */
let fitter: IntersectionObserver | undefined;
/** The widgets not yet fitted: the one observer exists only while there are some, and goes with the last. */
const unfitted = new Set<Element>();
const stopWatching = (target: Element) => {
  if (!unfitted.delete(target)) return;
  if (unfitted.size) fitter!.unobserve(target);
  else {
    fitter!.disconnect();
    fitter = undefined;
  }
};
const fit = (target: Element) => {
  (target as CmhwElement).internals.states?.add('fitted');
  stopWatching(target);
};
/** A press or a key in a widget: the move that follows answers the visitor's own action. */
const fitOnInput = (event: Event) => fit(event.currentTarget as Element);
/**
 * Fits a widget that is below the viewport once the browser has laid it out (it skips the layout of a widget far
 * off screen: content-visibility), trying again over the next frames while it is not; on screen, never.
 */
const fitBelow = (target: Element, tries = 4): void => {
  if (!target.isConnected || target.getBoundingClientRect().top < innerHeight) return;
  if (
    (target as CmhwElement).renderRoot.querySelector('[part=container] > *')?.checkVisibility?.({ contentVisibilityAuto: true })
  )
    fit(target);
  else if (tries) requestAnimationFrame(() => fitBelow(target, tries - 1));
};

/**
 * What the three widgets share: the `edition`, `start`, `end` and `now` attributes, parsed in one place;
 * the shared clock; the language; and warnings for bad input that name the element and the attribute.
 *
 * @attr {string} lang - The global HTML attribute, here or on any ancestor: the widget speaks the closest one's
 * language when the kit ships it (`en`, `cy`, `pl`, `ur`, regional tags included), else British English.
 *
 * @fires {CustomEvent<PhaseChangeDetail>} cmhw-phase-change - The phase changed while the element was on the page
 * (the week started or ended, or `now` moved it). `detail`: `{ phase, previousPhase, edition }` (bubbles, composed).
 */
export abstract class CmhwElement extends LitElement {
  static override properties: PropertyDeclarations = {
    edition: {},
    start: {},
    end: {},
    now: {},
  };

  /**
   * The year of the edition to show, one of those in the kit's content (2023 to 2026), or `latest`: the newest
   * edition the kit knows (2026 in this release), so that a page pasted once follows the kit's releases. Default:
   * 2023, "Let's Connect". Anything else warns and falls back to 2023.
   */
  edition: string | null = null;

  /**
   * The first day of the week as a UK date, `YYYY-MM-DD`, overriding the edition's. Given alone, the week
   * keeps the edition's length (7 days) from that day.
   */
  start: string | null = null;

  /**
   * The last day of the week (inclusive) as a UK date, `YYYY-MM-DD`, overriding the edition's. Given alone,
   * the week keeps the edition's length up to that day. Before `start`, it warns and the edition's dates apply.
   */
  end: string | null = null;

  /**
   * Freezes the widget's clock at this moment, to preview what visitors will see then: an ISO 8601 date-time
   * such as `2023-02-08T12:00` (read as UK time) or `2023-02-08T12:00:00Z`. Absent: the live clock.
   */
  now: string | null = null;

  #internals: ElementInternals | undefined;
  /**
   * The element's custom states (`fitted`; the banner's `hidden`), attached when first set: most widgets never need
   * them. The states are the contract (`:state()`), not this object.
   * @internal
   */
  get internals(): ElementInternals {
    return (this.#internals ??= this.attachInternals());
  }

  constructor() {
    super();
    // One function for every widget: no closure per widget.
    for (const type of ['pointerdown', 'keydown']) this.addEventListener(type, fitOnInput);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof IntersectionObserver !== 'function') return;
    // Watched as it comes within half a screen below the viewport, where the browser lays out a widget it skips
    // off screen (content-visibility): only a widget laid out knows its height.
    (fitter ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) if (isIntersecting) fitBelow(target);
      },
      { root: document, rootMargin: '0px 0px 50%' },
    )).observe(this);
    unfitted.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopWatching(this);
  }

  /** The resolved edition and the week's start and end instants. */
  protected week!: ResolvedWeek;

  protected readonly clock = new ClockController(this, (now) => (this.week ? this.nextChange(now) : Infinity));

  #warned = new Set<string>();
  #shownPhase: Phase | undefined;

  /** When this element's display next changes on its own (for the shared clock). Infinity: never. */
  protected nextChange(_now: number): number {
    return Infinity;
  }

  readonly #language = new LanguageController(this);

  /**
   * The language of the text, numbers and dates: that of the closest `lang` attribute (the element's own, an
   * ancestor's, `<html lang>`) when the kit ships it, else British English, the source language.
   */
  protected get language(): Language {
    return this.#language.language;
  }

  // The element's own `lang` is watched here too, for widgets inside another component's shadow root, where
  // the page-wide observer of `lang` attributes cannot see.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.#language.refresh();
  }

  // Every `msg()` in this widget's render answers in this widget's language (see i18n/msg.ts).
  protected override update(changed: PropertyValues<this>): void {
    renderingIn(this.language.code, () => super.update(changed));
  }

  /** Warns once per bad value, naming the element, the attribute, the value, what is accepted and the fallback. */
  protected readonly warn: Warn = (attribute, given, accepted, fallback) => {
    const key = `${attribute}\u0000${given}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(
      `<${this.localName}>: ${attribute}=${JSON.stringify(given)} is not valid. Expected ${accepted}. Using ${fallback}.`,
    );
  };

  /**
   * The instant this update shows, read from the clock once per update, so that every figure in one render
   * (phase, day, time left) describes the same moment.
   */
  protected shownNow = 0;

  /**
   * With `edition="latest"`, whether the newest known week is over at `at`: the next one is then to come, in a
   * February whose dates the kit does not know yet, so the widget says that, with no date, number or theme.
   */
  protected awaitingNext(at = this.shownNow): boolean {
    return this.week.awaitsNext && at >= this.week.range.end;
  }

  /** The line said once the newest known week is over (`awaitingNext`): the next week is to come. */
  protected nextWeekText(): string {
    return msg("The next Children's Mental Health Week comes in February. Look out for its dates on the official website.", {
      id: 'next-week',
    });
  }

  /** The phase at `shownNow`. */
  protected get shownPhase(): Phase {
    return phaseAt(this.week.range, this.shownNow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.week || changed.has('edition') || changed.has('start') || changed.has('end')) {
      this.week = resolveWeek({ edition: this.edition, start: this.start, end: this.end }, this.warn);
      this.clock.reschedule();
    }
    if (changed.has('now')) this.clock.freeze(parseNow(this.now, this.warn));
    this.shownNow = this.clock.now;
  }

  /**
   * Reflects the phase as the read-only `phase` attribute (for the host page's CSS) and fires
   * `cmhw-phase-change` when it changes while the element is on the page (not on the first render).
   */
  protected reflectPhase(phase: Phase): void {
    if (this.getAttribute('phase') !== phase) this.setAttribute('phase', phase);
    const previousPhase = this.#shownPhase;
    this.#shownPhase = phase;
    if (previousPhase && previousPhase !== phase) {
      this.dispatchEvent(
        new CustomEvent<PhaseChangeDetail>('cmhw-phase-change', {
          detail: { phase, previousPhase, edition: this.week.edition.year },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }
}
