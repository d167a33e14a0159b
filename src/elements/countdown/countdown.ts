import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { str } from '@lit/localize';
import { parseNow, parsePrecision } from '../../core/attributes.js';
import { OFFICIAL_SITE } from '../../core/editions.js';
import { type DurationUnit, formatDateRange, formatDuration, formatNumber, formatUnitParts } from '../../core/format.js';
import { type Phase, type Precision, PRECISIONS, dayOfWeek, msLeft, nextChange, splitDuration } from '../../core/phase.js';
import { msg } from '../../i18n/msg.js';
import { CmhwElement } from '../shared/cmhw-element.js';
import { countdownStyles } from './countdown.styles.js';

/**
 * A countdown to Children's Mental Health Week: before the week, the time left until it starts; during it,
 * that it is on now, which day of the week it is and the time left; afterwards, that it took place, with a
 * link to the official site.
 *
 * With `edition="latest"`, once the newest week the kit knows is over, it says instead that the next week comes
 * in February and points to the official site for its dates: no numbers, no date and no theme, since the kit
 * does not know them yet (`phase` is `after`). A release with the new edition brings the countdown back.
 *
 * It speaks the language of the closest `lang` attribute (its own, an ancestor's, `<html lang>`): British
 * English, Welsh (`cy`), Polish (`pl`) or Urdu (`ur`, laid out right to left), regional tags such as `cy-GB`
 * included; any other language warns once and shows English. Changing `lang` re-renders it at once.
 *
 * @tagname cmhw-countdown
 * @summary Counts down to Children's Mental Health Week, in UK time, for every visitor.
 *
 * @attr {"before" | "during" | "after"} phase - Read-only, set by the element: where the current time falls
 * relative to the week. For the host page's CSS, e.g. `cmhw-countdown[phase="after"] { … }`.
 *
 * @csspart container - The box around the whole countdown.
 * @csspart heading - The line that says what is counted down to, or that the week is on or took place.
 * @csspart units - The row of number boxes.
 * @csspart unit - One number box (a number and its unit).
 * @csspart value - The number in a box.
 * @csspart label - The unit under a number ("days").
 * @csspart day - "Day 3 of 7", during the week.
 * @csspart dates - The week's dates and theme.
 * @csspart link - The link to the official site, after the week.
 * @csspart button - The pause/resume button (shown with `precision="second"`).
 *
 * @cssprop [--cmhw-accent=#5c2d91] - Accent colour: number boxes, buttons, links.
 * @cssprop [--cmhw-on-accent=#fff] - Text on the accent colour.
 * @cssprop [--cmhw-surface=#fff] - Background of the widget.
 * @cssprop [--cmhw-text=#1d1d1f] - Text colour.
 * @cssprop [--cmhw-font=inherit] - Font family; by default the host page's.
 * @cssprop [--cmhw-radius=12px] - Corner radius.
 * @cssprop [--cmhw-focus-color=var(--cmhw-text)] - Colour of the keyboard focus ring.
 * @cssprop [--cmhw-placeholder=11rem] - The height the widget takes off screen before it is first laid out; the
 * snippets' room sets it to 0, since the room holds the widget.
 * @cssprop [--cmhw-link-color=var(--cmhw-accent)] - Colour of links.
 */
export class CmhwCountdown extends CmhwElement {
  static override styles = countdownStyles;
  static override properties: PropertyDeclarations = { precision: {}, paused: { state: true, attribute: false } };

  /**
   * The smallest unit shown: `day`, `hour`, `minute` (default: days, hours and minutes) or `second`.
   * With `second`, a pause button lets visitors stop the moving numbers (WCAG 2.2.2).
   * Each unit is rounded up, so the countdown never reads zero before the moment arrives.
   * @type {"day" | "hour" | "minute" | "second"}
   */
  precision: string | null = null;

  /** Set while a visitor has paused a seconds countdown. */
  private paused = false;

  #precision: Precision = 'minute';

  /** Where the time shown falls relative to the week: `before`, `during` or `after` (as the `phase` attribute). */
  get phase(): Phase {
    return this.week ? this.shownPhase : 'before';
  }

  protected override nextChange(now: number): number {
    return nextChange(this.week.range, now, this.#precision);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#buttonHadFocus = this.shadowRoot?.activeElement?.localName === 'button';
    if (changed.has('precision')) {
      this.#precision = parsePrecision(this.precision, this.warn);
      if (this.#precision !== 'second' && this.paused) this.resume();
      this.clock.reschedule();
    }
    // A new `now` from the page replaces a visitor's pause (the base class freezes the clock there).
    if (changed.has('now')) this.paused = false;
    // Last, so that the instant it reads from the clock reflects a resume above.
    super.willUpdate(changed);
  }

  protected override updated(): void {
    this.reflectPhase(this.shownPhase);
    // The pause button goes when the week ends (or the page sets `now`). If it had keyboard focus, keep focus
    // in the widget, on the link that replaces it or on the box, rather than dropping it to the page's body.
    if (this.#buttonHadFocus && !this.renderRoot.querySelector('button')) {
      const target = this.renderRoot.querySelector<HTMLElement>('a') ?? this.renderRoot.querySelector<HTMLElement>('.container')!;
      if (target.localName !== 'a') target.tabIndex = -1;
      target.focus();
    }
  }

  #buttonHadFocus = false;

  override render() {
    const { range, edition, isEditionWeek } = this.week;
    const now = this.shownNow;
    const phase = this.shownPhase;
    const { tag: locale, dir } = this.language;
    const dates = formatDateRange(locale, range);

    // `lang` and `dir` on the widget's own box: screen readers pronounce the text in its language, and Urdu
    // runs right to left (mirroring the layout through logical CSS properties) even on a left-to-right page.
    if (phase === 'after') {
      return html`<div class="container" part="container" lang=${locale} dir=${dir}>
        <p
          class="heading"
          part="heading"
          .textContent=${
            this.awaitingNext()
              ? this.nextWeekText()
              : msg(str`Children's Mental Health Week ${range.firstDay.year} took place on ${dates}.`, {
                  id: 'countdown-after',
                })
          }
        ></p>
        <p><a part="link" href=${OFFICIAL_SITE}>${msg('Find out more on the official website', { id: 'official-site-link' })}</a></p>
      </div>`;
    }

    const units = this.unitsShown();
    const left = splitDuration(msLeft(range, now), this.#precision);
    const duration = formatDuration(locale, left, units);
    const day = dayOfWeek(range, now);
    const values: Record<DurationUnit, number> = { day: left.days, hour: left.hours, minute: left.minutes, second: left.seconds };

    // Screen readers get one plain sentence; the big numbers below it are hidden from them (aria-hidden),
    // so a reader does not hear "4, days, 3, hours…". The sentence is not a live region: changing numbers
    // are never announced on their own, which would interrupt the visitor every minute (or second).
    const dayNumber = day === undefined ? '' : formatNumber(locale, day);
    const days = formatNumber(locale, range.length);
    const sentence =
      phase === 'before'
        ? msg(str`Children's Mental Health Week starts in ${duration}.`, { id: 'countdown-before-sentence' })
        : msg(str`Children's Mental Health Week is on now, day ${dayNumber} of ${days}. It ends in ${duration}.`, {
            id: 'countdown-during-sentence',
          });

    return html`<div class="container" part="container" lang=${locale} dir=${dir}>
      <p class="visually-hidden" .textContent=${sentence}></p>
      <div aria-hidden="true">
        <p
          class="heading"
          part="heading"
          .textContent=${
            phase === 'before'
              ? msg("Children's Mental Health Week starts in", { id: 'countdown-before-heading' })
              : msg("Children's Mental Health Week is on now", { id: 'countdown-during-heading' })
          }
        ></p>
        ${
          phase === 'during'
            ? html`<p
              class="day"
              part="day"
              .textContent=${`${msg(str`Day ${dayNumber} of ${days}`, { id: 'countdown-day' })} · ${msg('ends in', { id: 'countdown-ends-in' })}`}
            ></p>`
            : nothing
        }
        <div class="units" part="units">
          ${units.map((unit) => {
            const { value, label } = formatUnitParts(locale, values[unit], unit);
            return html`<span class="unit" part="unit"
              ><span class="value" part="value" .textContent=${value}></span
              ><span class="label" part="label" .textContent=${label}></span
            ></span>`;
          })}
        </div>
      </div>
      <p class="dates" part="dates" .textContent=${isEditionWeek ? `${dates} · ${edition.theme()}` : dates}></p>
      ${
        this.#precision === 'second' && (this.paused || !this.clock.frozen)
          ? html`<button part="button" type="button" @click=${this.togglePause}>
              ${this.paused ? msg('Resume countdown', { id: 'countdown-resume' }) : msg('Pause countdown', { id: 'countdown-pause' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The units from days down to the precision. */
  private unitsShown(): readonly DurationUnit[] {
    return PRECISIONS.slice(0, PRECISIONS.indexOf(this.#precision) + 1);
  }

  // WCAG 2.2.2 (Pause, Stop, Hide): numbers that change every second are moving content, so visitors can stop them.
  private readonly togglePause = (): void => {
    if (this.paused) this.resume();
    else {
      this.paused = true;
      this.clock.freeze(this.clock.now);
    }
  };

  private resume(): void {
    this.paused = false;
    // Back to the live clock, or to the `now` attribute's moment when there is one.
    this.clock.freeze(parseNow(this.now, this.warn));
  }
}
