import { css } from 'lit';
import { sharedStyles } from '../shared/styles.js';

export const countdownStyles = [
  sharedStyles,
  css`
    :host {
      /* The layout follows the widget's own width (container queries), not the page's. A container has no
         width of its own content, so give it one for flex rows, floats and inline-blocks. */
      container-type: inline-size;
      contain-intrinsic-inline-size: 21em;
      max-inline-size: 100%;
    }
    .container {
      display: grid;
      gap: 0.6rem;
      /* A countdown off screen is not laid out or painted (a page may hold many, and the boxes' layout is the
         costliest part of showing one); until first shown it takes the room of a typical countdown (the
         snippets' room holds it, and sets --cmhw-placeholder to 0, so that this guess never exceeds their room),
         then the room it last had. On this box, not the host: with the host's inline-size containment, Firefox
         would give a skipped countdown no height at all. */
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--cmhw-placeholder, 11rem);
    }
    .heading {
      font-weight: 700;
      font-size: 1.1em;
    }
    .units {
      display: flex;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
    }
    /* Boxes share one row, shrinking (never below their content) rather than wrapping. */
    .unit {
      display: grid;
      justify-items: center;
      box-sizing: border-box;
      flex: 0 1 4.75em;
      min-inline-size: min-content;
      padding: 0.5em 0.3em;
      border: 1px solid transparent; /* visible in forced colours, where the background is dropped */
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .value {
      font-size: 1.9em;
      font-weight: 700;
      line-height: 1.1;
      /* Digits of equal width, so the boxes do not twitch as the numbers change. */
      font-variant-numeric: tabular-nums;
    }
    .label {
      font-size: 0.85em;
    }
    .dates {
      font-size: 0.95em;
    }
    button {
      justify-self: start;
    }
    /* In a narrow column (a sidebar, a 320px phone): smaller type so four boxes still fit on the row. */
    @container (max-width: 340px) {
      .units {
        gap: 0.35rem;
      }
      .unit {
        padding-inline: 0.1em;
      }
      .unit:not(:only-child) {
        flex-grow: 1;
      }
      .value {
        font-size: 1.5em;
      }
      .label {
        font-size: 0.7em;
      }
    }
    /* Narrower still (a thin sidebar, or 320px at 200% zoom): boxes wrap, and nothing overflows. */
    @container (max-width: 220px) {
      .container {
        padding: 0.75rem;
        overflow-wrap: anywhere;
      }
      .units {
        flex-wrap: wrap;
      }
      .unit {
        flex: 1 1 40%;
      }
      .label,
      button {
        overflow-wrap: normal;
      }
    }
  `,
];
