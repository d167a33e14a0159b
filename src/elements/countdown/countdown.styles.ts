import { css } from 'lit';
import { sharedStyles } from '../shared/styles.js';

export const countdownStyles = [
  sharedStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .container {
      display: grid;
      gap: 0.6rem;
    }
    .heading {
      font-weight: 700;
      font-size: 1.1em;
    }
    .units {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
    }
    .unit {
      display: grid;
      justify-items: center;
      min-inline-size: 4.5em;
      padding: 0.5em 0.6em;
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
    @container (max-width: 260px) {
      .unit {
        min-inline-size: 3.6em;
      }
      .value {
        font-size: 1.5em;
      }
    }
    @media (forced-colors: active) {
      .unit {
        border: 1px solid CanvasText;
      }
    }
  `,
];
