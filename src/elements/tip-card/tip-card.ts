import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { str } from '@lit/localize';
import { DEFAULT_INTERVAL, type TipMode, parseInterval, parseMode, parseNow } from '../../core/attributes.js';
import { DEFAULT_EDITION_YEAR, OFFICIAL_SITE } from '../../core/editions.js';
import { type Tip, editionTexts } from '../../core/edition-texts.js';
import { formatNumber } from '../../core/format.js';
import { addDays, dayNumber, ukDateAt, ukMidnight } from '../../core/uk-time.js';
import { ChildrenController } from '../../controllers/children.js';
import { OnScreenController } from '../../controllers/on-screen.js';
import { msg, renderingIn } from '../../i18n/msg.js';
import { CmhwElement } from '../shared/cmhw-element.js';
import { tipCardStyles } from './tip-card.styles.js';

/** `detail` of the `cmhw-tip-change` event. */
export interface TipChangeDetail {
  /** The tip now shown, counted from 0. */
  index: number;
  /** Who moved it: the visitor (a control, a swipe, or the page through `next()`/`previous()`) or the timer. */
  cause: 'visitor' | 'timer';
}

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
// One query for every card of the page (its `matches` is live).
let reducedMotion: MediaQueryList | undefined;

/**
 * A card of tips for parents and carers, one at a time, following the WAI-ARIA carousel pattern: it rotates
 * on its own (unless the visitor prefers reduced motion), with a pause/play control first in the tab order and
 * previous/next controls. It pauses while the pointer is over it and stops for good when keyboard focus enters
 * it, until the visitor presses play. While it rotates, changes are not announced; when stopped, a change the
 * visitor makes is announced politely. Every tip takes the same room (the tallest tip's), so the page below
 * never moves; swiping moves between tips on touch screens, mirrored with the layout in right-to-left Urdu.
 * Off screen or on a hidden page it does no work, and all tip cards of a page share the page's one clock.
 *
 * Its tips are the edition's six, in its language; an edition without tips of its own shows the 2023 ones
 * (general advice, right for any year), without naming any year's theme. A page's own tips, written inside the
 * element as a list whose items have a heading and a paragraph, replace them, and are what visitors see when
 * JavaScript does not run; they are read as text, never as HTML, and changes to them are picked up.
 *
 * With `edition="latest"`, once the newest week the kit knows is over (on the live clock, or at `now`), the card
 * keeps its tips (they suit any year) and adds a line below them: the next week comes in February, with a link to
 * the official site for its dates. It names no date and no theme the kit does not know.
 *
 * With `mode="daily"`, nothing moves: each UK calendar day shows one tip, the same for every visitor, changing
 * at UK midnight. There is no pause control (nothing to pause), but previous/next stay, so a family can still
 * read the other tips.
 *
 * Methods: `next()` and `previous()` (wrapping around, as a visitor's would), `pause()` and `play()` (as the
 * pause/play control), and the read-only `index` of the tip shown.
 *
 * @tagname cmhw-tip-card
 * @summary One tip at a time for parents and carers, rotating calmly, with pause, previous and next.
 *
 * @slot - Optional: the page's own tips, `<ul><li><h3>Title</h3><p>Text</p></li>…</ul>` (any heading level).
 * Not shown as written: read as text into the card, and the card's no-JS fallback.
 *
 * @csspart container - The box around the whole card (the carousel region).
 * @csspart heading - "Tips for parents and carers".
 * @csspart controls - The row of controls and the "Tip 2 of 6" line.
 * @csspart button - Every control (also `rotation`, `previous` and `next`, one each).
 * @csspart rotation - The pause/play control.
 * @csspart previous - The previous-tip control.
 * @csspart next - The next-tip control.
 * @csspart counter - "Tip 2 of 6".
 * @csspart slides - The box the tips share (as tall as the tallest).
 * @csspart slide - One tip.
 * @csspart title - A tip's title.
 * @csspart text - A tip's text.
 * @csspart next-week - With `edition="latest"` after the newest known week: the line saying the next week is to come.
 * @csspart link - The link to the official site in that line.
 *
 * @cssprop [--cmhw-accent=#5c2d91] - Accent colour: buttons, the border.
 * @cssprop [--cmhw-on-accent=#fff] - Text and icons on the accent colour.
 * @cssprop [--cmhw-surface=#fff] - Background of the widget.
 * @cssprop [--cmhw-text=#1d1d1f] - Text colour.
 * @cssprop [--cmhw-font=inherit] - Font family; by default the host page's.
 * @cssprop [--cmhw-radius=12px] - Corner radius.
 * @cssprop [--cmhw-focus-color=var(--cmhw-text)] - Colour of the keyboard focus ring.
 * @cssprop [--cmhw-placeholder=16rem] - The height the widget takes off screen before it is first laid out; the
 * snippets' room sets it to 0, since the room holds the widget.
 *
 * @fires {CustomEvent<TipChangeDetail>} cmhw-tip-change - Another tip is shown, moved by the visitor or the
 * timer (not on the first render). `detail`: `{ index, cause }`, `cause` `"visitor"` or `"timer"` (bubbles, composed).
 */
export class CmhwTipCard extends CmhwElement {
  static override styles = tipCardStyles;
  static override properties: PropertyDeclarations = { interval: {}, mode: {} };

  /**
   * Seconds between tips while the card rotates, from 5 to 3600. Default: 30, long enough to read the longest
   * tip calmly in the slowest language: the longest tip (title and text) is 49 words in Urdu and 254 characters
   * in Welsh, which takes about 25 to 30 seconds at a slow reading pace (100 words, or 600 characters, a minute),
   * as a parent reading in a second language might. Anything else warns and uses 30.
   */
  interval: string | null = null;

  /**
   * `rotate` (default): the tips change every `interval` seconds. `daily`: one tip per UK calendar day, the same
   * for every visitor, with no motion. Anything else warns and uses `rotate`.
   * @type {"rotate" | "daily"}
   */
  mode: string | null = null;

  #interval = DEFAULT_INTERVAL * 1000;
  #mode: TipMode = 'rotate';
  #index = 0;
  /** Stopped by the visitor (pause, keyboard focus) or by a preference for reduced motion, until play. */
  #stopped = (reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)')).matches;
  #hovered = false;
  /** The instant of the next change while rotating; 0 while not. */
  #due = 0;
  #day: number | undefined;
  #cause: TipChangeDetail['cause'] | undefined;
  #list: readonly Tip[] = [];
  #swipe: [number, number] | undefined;
  /** The `now` attribute's instant: a rotating card keeps the live clock, but a preview still shows its day's note. */
  #at: number | undefined;

  // Off screen or under the pointer, only the timer changes: nothing to render.
  readonly #onScreen = new OnScreenController(this, () => this.#schedule());

  constructor() {
    super();
    new ChildrenController(this);
    const hover = (hovered: boolean) => () => {
      this.#hovered = hovered;
      this.#schedule();
    };
    this.addEventListener('pointerenter', hover(true));
    this.addEventListener('pointerleave', hover(false));
    // APG: keyboard focus entering the card stops the rotation until the visitor presses play, so that nothing
    // moves under a keyboard or screen-reader user. A mouse click on a control (no focus ring) is not that.
    // Focus moving between the card's own controls does not reach the host, so this is focus entering.
    this.addEventListener('focusin', (event) => {
      if ((event.composedPath()[0] as Element).matches(':focus-visible')) this.pause();
    });
  }

  // A card moved while the pointer was over it gets no pointerleave.
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hovered = false;
    this.#due = 0;
  }

  /** The tip shown, counted from 0. */
  get index(): number {
    return this.#index;
  }

  /** Shows the next tip (after the last, the first). */
  next(): void {
    this.#move(1);
  }

  /** Shows the previous tip (before the first, the last). */
  previous(): void {
    this.#move(-1);
  }

  /** Stops the rotation until `play()` (as the visitor's pause control does). */
  pause(): void {
    this.#stopped = true;
    this.requestUpdate();
  }

  /** Starts the rotation again, the first change a whole interval later. */
  play(): void {
    this.#stopped = false;
    this.#due = 0;
    this.requestUpdate();
  }

  #move(by: number): void {
    if (this.#list.length < 2) return;
    this.#index += by;
    this.#cause = 'visitor';
    // The tip the visitor chose stays for a whole interval.
    this.#due = 0;
    this.requestUpdate();
  }

  /** Whether the tips change on their own (in rotate mode, not stopped): then changes are not announced. */
  get #rotating(): boolean {
    return this.#mode === 'rotate' && !this.#stopped && this.#list.length > 1;
  }

  /**
   * Sets when the next change is due while the card rotates on screen and nobody points at it, else none, and
   * tells the shared clock when that changed. The first change comes a whole interval after the rotation starts.
   */
  #schedule(now = Date.now()): void {
    const interval = this.#interval;
    const due =
      this.#mode === 'rotate' && this.#rotating && this.#onScreen.onScreen && !this.#hovered
        ? this.#due || Math.ceil((now + interval) / interval) * interval
        : 0;
    if (due !== this.#due) {
      this.#due = due;
      this.clock.reschedule();
    }
  }

  /** The page's own tips, or the edition's (the 2023 ones for an edition without its own), in the language rendered. */
  #tips(): readonly Tip[] {
    const own = [...this.querySelectorAll(':scope > :is(ul, ol) > li')]
      .map((item) => ({ title: text(item.querySelector('h1, h2, h3, h4, h5, h6')), text: text(item.querySelector('p')) }))
      .filter((tip) => tip.title || tip.text);
    if (own.length > 0) return own;
    const tips = editionTexts(this.week.edition.year).tips;
    return tips.length > 0 ? tips : editionTexts(DEFAULT_EDITION_YEAR).tips;
  }

  protected override nextChange(now: number): number {
    // With `latest`, the end of the newest known week adds the line on the next week.
    const { awaitsNext, range } = this.week;
    const end = awaitsNext && this.#at === undefined && now < range.end ? range.end : Infinity;
    if (this.#mode === 'daily') return Math.min(end, ukMidnight(addDays(ukDateAt(now), 1)));
    // Due instants lie on one page-wide grid (multiples of the interval), so that every card with the same
    // interval is due at the same wake of the shared clock: 100 cards wake the page once per interval.
    return Math.min(end, this.#due ? Math.max(this.#due, (Math.floor(now / this.#interval) + 1) * this.#interval) : Infinity);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('interval')) {
      this.#interval = parseInterval(this.interval, this.warn) * 1000;
      this.#due = 0;
    }
    if (changed.has('mode')) this.#mode = parseMode(this.mode, this.warn);
    super.willUpdate(changed);
    // `now` sets the day a daily card shows. A rotating card shows no date, so it rotates on the live clock
    // even in a preview with `now`.
    if (changed.has('now') || changed.has('mode')) {
      this.#at = parseNow(this.now, this.warn);
      this.clock.freeze(this.#mode === 'daily' ? this.#at : undefined);
      this.clock.reschedule();
      this.shownNow = this.clock.now;
    }
    const now = this.shownNow;
    const list = (this.#list = renderingIn(this.language.code, () => this.#tips()));
    if (this.#mode === 'daily') {
      // Counted from a fixed day, so every visitor sees the same tip on the same UK day.
      const day = dayNumber(ukDateAt(now));
      if (this.#day !== day) {
        if (this.#day !== undefined) this.#cause = 'timer';
        this.#index = this.#day = day;
      }
    } else if (this.#due && now >= this.#due) {
      // A wake a whole interval late means the page was hidden or the computer asleep: the visitor who comes
      // back gets the tip they left, for a whole interval, rather than a change as they look.
      if (now < this.#due + this.#interval) {
        this.#index += 1;
        this.#cause = 'timer';
        this.#due += this.#interval;
      } else this.#due = 0;
    }
    this.#index = ((this.#index % list.length) + list.length) % list.length || 0;
    this.#schedule(now);
  }

  protected override updated(): void {
    const cause = this.#cause;
    this.#cause = undefined;
    if (cause)
      this.dispatchEvent(
        new CustomEvent<TipChangeDetail>('cmhw-tip-change', {
          detail: { index: this.#index, cause },
          bubbles: true,
          composed: true,
        }),
      );
  }

  override render() {
    const { tag, dir } = this.language;
    const tips = this.#list;
    const index = this.#index;
    const rotating = this.#rotating;
    const number = (n: number) => formatNumber(tag, n);
    const total = number(tips.length);

    // Lean, since a page may hold many cards: the icons are static markup (no nested template per card; the
    // chevron points left, and the styles mirror it where it must point right), and text is set as `textContent`
    // (as text, never HTML, and with no marker nodes).
    // The carousel pattern of the WAI-ARIA Authoring Practices: a labelled region, the rotation control first,
    // then previous/next (each `aria-controls` the slides' container, as the APG example's own test asserts), then
    // the slides, each a labelled group. Inactive slides are `visibility: hidden`, so
    // screen readers meet only the tip shown, yet every tip takes part in the height (see the styles).
    return html`<div
      class="container"
      part="container"
      role="region"
      aria-roledescription=${msg('carousel', { id: 'tip-card-carousel' })}
      aria-labelledby="heading"
      lang=${tag}
      dir=${dir}
    >
      <p class="heading" part="heading" id="heading" .textContent=${msg('Tips for parents and carers', { id: 'tip-card-heading' })}></p>
      ${
        tips.length > 1
          ? html`<div class="controls" part="controls">
            ${
              this.#mode === 'rotate'
                ? html`<button
                  type="button"
                  part="button rotation"
                  aria-label=${
                    rotating
                      ? msg('Stop rotating tips', { id: 'tip-card-stop' })
                      : msg('Start rotating tips', { id: 'tip-card-start' })
                  }
                  @click=${() => (rotating ? this.pause() : this.play())}
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${rotating ? 'M4 3h3v10H4zm5 0h3v10H9z' : 'M4 2l10 6-10 6z'} /></svg>
                </button>`
                : nothing
            }
            <button type="button" part="button previous" class="previous" aria-controls="slides" aria-label=${msg('Previous tip', { id: 'tip-card-previous' })} @click=${() => this.previous()}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 2 4.5 8l6 6 1.4-1.4L7.3 8l4.6-4.6z" /></svg>
            </button>
            <button type="button" part="button next" class="next" aria-controls="slides" aria-label=${msg('Next tip', { id: 'tip-card-next' })} @click=${() => this.next()}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 2 4.5 8l6 6 1.4-1.4L7.3 8l4.6-4.6z" /></svg>
            </button>
            <p class="counter" part="counter" .textContent=${msg(str`Tip ${number(index + 1)} of ${total}`, { id: 'tip-card-counter' })}></p>
          </div>`
          : nothing
      }
      <div
        class="slides"
        part="slides"
        id="slides"
        aria-live=${rotating ? 'off' : 'polite'}
        @pointerdown=${this.#swipeStart}
        @pointerup=${this.#swipeEnd}
      >
        ${tips.map(
          (tip, i) =>
            html`<div
              class=${i === index ? 'slide shown' : 'slide'}
              part="slide"
              role="group"
              aria-roledescription=${msg('slide', { id: 'tip-card-slide-role' })}
              aria-label=${msg(str`${number(i + 1)} of ${total}`, { id: 'tip-card-slide' })}
            >
              <p class="title" part="title" .textContent=${tip.title}></p>
              <p part="text" .textContent=${tip.text}></p>
            </div>`,
        )}
      </div>
      ${
        this.awaitingNext(this.#at ?? this.shownNow)
          ? html`<p class="next-week" part="next-week">
            ${this.nextWeekText()} <a part="link" href=${OFFICIAL_SITE}>${msg('Find out more on the official website', { id: 'official-site-link' })}</a>
          </p>`
          : nothing
      }
    </div>`;
  }

  // Touch swipe (pens too; a mouse drag selects text instead). `touch-action: pan-y` leaves vertical scrolling to
  // the browser and horizontal moves to the card. Swiping towards the start of the line shows the next tip, as a
  // page turns: leftwards in English, rightwards in Urdu.
  #swipeStart = ({ pointerType, clientX, clientY }: PointerEvent) => {
    this.#swipe = pointerType === 'mouse' ? undefined : [clientX, clientY];
  };

  #swipeEnd = ({ clientX, clientY }: PointerEvent) => {
    if (!this.#swipe) return;
    const dx = clientX - this.#swipe[0];
    const dy = clientY - this.#swipe[1];
    this.#swipe = undefined;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) this.#move(dx < 0 !== (this.language.dir === 'rtl') ? 1 : -1);
  };
}
