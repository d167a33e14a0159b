import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { type ShowWindow, parseHeadingLevel, parseHref, parseShowWindow } from '../../core/attributes.js';
import { editionTexts } from '../../core/edition-texts.js';
import { OFFICIAL_SITE } from '../../core/editions.js';
import { formatDateRange, formatNumber, formatUnit } from '../../core/format.js';
import { type Phase, UNIT_MS, dayOfWeek, msLeft, nextChange } from '../../core/phase.js';
import { DAY_MS, addDays, ukMidnight } from '../../core/uk-time.js';
import { followDismissals, isDismissed, setDismissed } from '../../controllers/dismissals.js';
import { msg } from '../../i18n/msg.js';
import { CmhwElement } from '../shared/cmhw-element.js';
import { bannerStyles } from './banner.styles.js';

/** `detail` of the `cmhw-dismiss` event. */
export interface DismissDetail {
  /** The year of the edition whose banners the visitor dismissed. */
  edition: number;
}

// A real <h1>…<h6>, not role="heading": it is the same to screen readers' heading lists and needs no ARIA.
// One short template per level costs fewer bytes than Lit's static templates.
const HEADINGS: Array<(text: string) => TemplateResult> = [
  (text) => html`<h1 id="heading" part="heading">${text}</h1>`,
  (text) => html`<h2 id="heading" part="heading">${text}</h2>`,
  (text) => html`<h3 id="heading" part="heading">${text}</h3>`,
  (text) => html`<h4 id="heading" part="heading">${text}</h4>`,
  (text) => html`<h5 id="heading" part="heading">${text}</h5>`,
  (text) => html`<h6 id="heading" part="heading">${text}</h6>`,
];

const FOCUSABLE = 'a[href],area[href],button,input,select,textarea,iframe,summary,[tabindex],[contenteditable]';

/**
 * Children's Mental Health Week's theme as a banner: its name as a heading, the dates, what the theme is about,
 * a link to the free resources and the hashtag, with a line that follows the phase (how long until the week
 * starts, which day of it this is, and afterwards a thank-you with a link to the official site).
 *
 * An edition without an about text of its own (2024, 2025), or dates of the page's own, get a general sentence
 * on what the week is for, never another year's text.
 *
 * With `edition="latest"`, once the newest week the kit knows is over, the banner shows no theme and no dates
 * (the next week's are not known yet, and the last week's are over): its heading is the week's name, its status
 * line says the next week comes in February, with the general sentence and a link to the official site for the
 * dates (`phase` is `after`).
 *
 * It speaks the language of the closest `lang` attribute, like the countdown: British English, Welsh (`cy`),
 * Polish (`pl`) or Urdu (`ur`, right to left, with the hashtag and the address kept left to right).
 *
 * **Dismissal.** With `dismissible`, a close button hides the banner, and every dismissible banner of the same
 * edition on the site, in this tab and others, until the host page restores it: `banner.restore()` for its
 * edition, `CmhwBanner.clearDismissals()` for all, or by removing the `localStorage` keys
 * `cmhw-widgets:banner-dismissed:<year>`. Nothing else is stored, and never in a cookie; where storage is
 * blocked or full, the choice lasts until the page is left. A banner without `dismissible` always shows (within
 * its window): it is the page's own content. The countdown and the tip card are never hidden by a dismissal.
 * Keyboard focus then moves to the next thing that takes focus after the banner, or else the one before it.
 *
 * @tagname cmhw-banner
 * @summary The week's theme, dates and free resources, aware of the phase, optionally dismissible.
 *
 * @attr {"before" | "during" | "after"} phase - Read-only, set by the element: where the current time falls
 * relative to the week. For the host page's CSS, e.g. `cmhw-banner[phase="after"] { … }`.
 *
 * @cssstate hidden - Outside its `show-window`, or dismissed: the element is `display: none` and takes no space.
 *
 * @csspart container - The labelled region around the whole banner.
 * @csspart heading - The theme's name.
 * @csspart status - The line that follows the phase ("starts in 5 days", "day 3 of 7", the thank-you).
 * @csspart dates - The week's dates.
 * @csspart about - What the theme is about.
 * @csspart hashtag - #ChildrensMentalHealthWeek.
 * @csspart link - The link to the free resources (to the official site after the week).
 * @csspart button - The close button, with `dismissible`.
 *
 * @cssprop [--cmhw-accent=#5c2d91] - Accent colour: the border, the link's box, the focus ring.
 * @cssprop [--cmhw-on-accent=#fff] - Text on the accent colour (the link).
 * @cssprop [--cmhw-surface=#fff] - Background of the widget.
 * @cssprop [--cmhw-text=#1d1d1f] - Text colour.
 * @cssprop [--cmhw-font=inherit] - Font family; by default the host page's.
 * @cssprop [--cmhw-radius=12px] - Corner radius.
 * @cssprop [--cmhw-focus-color=var(--cmhw-text)] - Colour of the keyboard focus ring.
 * @cssprop [--cmhw-placeholder=18rem] - The height the widget takes off screen before it is first laid out; the
 * snippets' room sets it to 0, since the room holds the widget.
 *
 * @fires {CustomEvent<DismissDetail>} cmhw-dismiss - The visitor pressed the close button. Cancelable: call
 * `preventDefault()` to keep the banner (nothing is stored). `detail`: `{ edition }` (bubbles, composed).
 */
export class CmhwBanner extends CmhwElement {
  static override styles = bannerStyles;
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    href: {},
    dismissible: { type: Boolean },
    showWindow: { attribute: 'show-window' },
  };

  /** The level of the theme's heading, 1 to 6 (default 2), to fit the page's outline. */
  headingLevel: string | null = null;

  /**
   * The free-resources link: a whole http(s) address. Default: https://www.childrensmentalhealthweek.org.uk/.
   * Anything else (a `javascript:` or `data:` URL, a relative address) warns and uses the default.
   */
  href: string | null = null;

  /** Shows a close button that hides the banners of this edition on the site (see above). */
  dismissible = false;

  /**
   * Shows the banner only for a while: `"14"` from 14 days before the week's first day until it ends, `"14 7"`
   * until 7 days after it (the thank-you). UK days. Absent: always shown. Outside it the element takes no space.
   */
  showWindow: string | null = null;

  /** Forgets every dismissal of every edition, so every banner shows again. */
  static clearDismissals(): void {
    setDismissed(undefined, false);
  }

  #window: ShowWindow | undefined;
  #level = 2;
  #href = OFFICIAL_SITE;
  #hidden = false;
  #dismissed = false;

  /** Where the time shown falls relative to the week: `before`, `during` or `after` (as the `phase` attribute). */
  get phase(): Phase {
    return this.week ? this.shownPhase : 'before';
  }

  /** Shows this edition's banners again after a dismissal, on this page and (through storage) on the site. */
  restore(): void {
    setDismissed(this.week.edition.year, false);
  }

  /** The instants the show window opens and closes. */
  #bounds(): [number, number] {
    const { firstDay, lastDay } = this.week.range;
    const days = this.#window;
    return days
      ? [ukMidnight(addDays(firstDay, -days.before)), ukMidnight(addDays(lastDay, days.after + 1))]
      : [-Infinity, Infinity];
  }

  // Before the week: whole days, then hours on its last day. During it: the day number, at UK midnight.
  // Outside the window: only its opening. Dismissed: nothing (restore() re-renders it).
  protected override nextChange(now: number): number {
    const [open, close] = this.#bounds();
    if (this.#dismissed || now >= close) return Infinity;
    if (now < open) return open;
    const { range } = this.week;
    const hours = now < range.start && range.start - now <= DAY_MS;
    return Math.min(close, nextChange(range, now, hours ? 'hour' : 'day'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = parseHeadingLevel(this.headingLevel, this.warn);
    if (changed.has('href')) this.#href = parseHref(this.href, OFFICIAL_SITE, this.warn);
    if (changed.has('showWindow')) this.#window = parseShowWindow(this.showWindow, this.warn);
    super.willUpdate(changed);
    followDismissals(this, this.isConnected && this.dismissible);
    const dismissed = this.dismissible && isDismissed(this.week.edition.year);
    const [open, close] = this.#bounds();
    const hidden = dismissed || this.shownNow < open || this.shownNow >= close;
    if (hidden !== this.#hidden || dismissed !== this.#dismissed || changed.has('showWindow')) {
      this.#hidden = hidden;
      this.#dismissed = dismissed;
      this.clock.reschedule();
    }
    // A custom state, not an attribute or inline style of the page's element: `display: none` (see the styles)
    // wins over the room a page reserves for the banner, so a hidden banner takes none.
    this.internals.states?.[hidden ? 'add' : 'delete']('hidden');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followDismissals(this, false);
  }

  protected override updated(): void {
    this.reflectPhase(this.shownPhase);
  }

  override render() {
    if (this.#hidden) return nothing;
    const { range, edition, isEditionWeek } = this.week;
    const now = this.shownNow;
    const phase = this.shownPhase;
    const { tag: locale, dir } = this.language;
    const after = phase === 'after';
    // `latest` after the newest known week: that week is over and the next one's dates and theme are unknown,
    // so the banner names neither; it says the next week is to come and what the week is for.
    const next = this.awaitingNext();
    const left = msLeft(range, now);
    // Coarse on purpose: a banner is read, not watched; "5 days" until the last day, then hours.
    const duration =
      left > DAY_MS
        ? formatUnit(locale, Math.ceil(left / DAY_MS), 'day')
        : formatUnit(locale, Math.ceil(left / UNIT_MS.hour), 'hour');
    const day = formatNumber(locale, dayOfWeek(range, now) ?? 1);
    const days = formatNumber(locale, range.length);
    const status = next
      ? this.nextWeekText()
      : after
        ? msg(str`Thank you for taking part in Children's Mental Health Week ${range.firstDay.year}.`, { id: 'banner-after' })
        : phase === 'before'
          ? msg(str`Children's Mental Health Week starts in ${duration}.`, { id: 'countdown-before-sentence' })
          : msg(str`Children's Mental Health Week is on now: day ${day} of ${days}.`, { id: 'banner-during' });
    // The edition's own about text only for its own week, and never another year's: otherwise a general line.
    // (Only the default and the newest edition ship one; see content/README.md.)
    const about =
      (isEditionWeek && !next && editionTexts(edition.year).about) ||
      msg(
        "Every February, schools, families and communities across the UK make time to talk about children's and young people's mental health, and to look after it together.",
        { id: 'banner-about' },
      );
    const href = after ? OFFICIAL_SITE : this.#href;
    const host = new URL(href).host.replace(/^www\./, '');

    // A labelled region (a landmark), named by its heading, so screen-reader users can find it and skip it.
    // `lang` and `dir` on the region: the text is pronounced in its language, and Urdu runs right to left.
    return html`<section class="container" part="container" aria-labelledby="heading" lang=${locale} dir=${dir}>
      <div class="text">
        ${HEADINGS[this.#level - 1]!(
          isEditionWeek && !next ? edition.theme() : msg("Children's Mental Health Week", { id: 'banner-heading' }),
        )}
        <p class="status" part="status" .textContent=${status}></p>
        ${next ? nothing : html`<p class="dates" part="dates" .textContent=${formatDateRange(locale, range)}></p>`}
        ${after && !next ? nothing : html`<p class="about" part="about" .textContent=${about}></p>`}
        <p class="hashtag" part="hashtag"><bdi dir="ltr" lang="en">#ChildrensMentalHealthWeek</bdi></p>
      </div>
      <a class="link" part="link" href=${href}
        >${
          after
            ? msg('Find out more on the official website', { id: 'official-site-link' })
            : msg('Free resources for schools and families', { id: 'banner-resources' })
        }
        <bdi class="address" dir="ltr">${host}</bdi></a
      >
      ${
        this.dismissible
          ? html`<button class="close" part="button" type="button" @click=${this.#dismiss}>
            <span aria-hidden="true">×</span
            ><span class="visually-hidden" .textContent=${msg('Hide this banner', { id: 'banner-dismiss' })}></span>
          </button>`
          : nothing
      }
    </section>`;
  }

  readonly #dismiss = async (): Promise<void> => {
    const edition = this.week.edition.year;
    const event = new CustomEvent<DismissDetail>('cmhw-dismiss', {
      detail: { edition },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    setDismissed(edition, true);
    await this.updateComplete;
    // The button that had focus is gone. Focus moves on to what a keyboard user would reach next after the
    // banner (for a screen-reader user, the content that followed it), or else the last thing before it, so
    // that it is never dropped to the page's body (WCAG 2.4.3), from where Tab would start the page again.
    let previous: HTMLElement | undefined;
    let passed = false;
    const visit = (root: ParentNode): HTMLElement | undefined => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el === this) passed = true;
        else if (
          el.matches(FOCUSABLE) &&
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          el.checkVisibility?.() !== false
        ) {
          if (passed) return el;
          previous = el;
        }
        const inner = el.shadowRoot && el !== this && visit(el.shadowRoot);
        if (inner) return inner;
      }
      return undefined;
    };
    (visit(document) ?? previous)?.focus();
  };
}
