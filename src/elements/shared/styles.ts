import { css } from 'lit';

/**
 * The theme every widget shares: `--cmhw-*` custom properties with their defaults, the host's font by default,
 * a focus ring that meets WCAG 2.2 (2.4.11 and 2.4.13: at least 2px, 3:1 against its neighbours), the
 * visually-hidden text used for screen-reader sentences, and Windows High Contrast (forced colours).
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--cmhw-accent, #5c2d91);
    --_on-accent: var(--cmhw-on-accent, #ffffff);
    --_surface: var(--cmhw-surface, #ffffff);
    --_text: var(--cmhw-text, #1d1d1f);
    --_radius: var(--cmhw-radius, 12px);
    --_focus: var(--cmhw-focus-color, #1d1d1f);
    display: block;
    box-sizing: border-box;
    font-family: var(--cmhw-font, inherit);
    line-height: 1.4;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .container {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--cmhw-link-color, var(--_accent));
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.9em;
    min-block-size: 24px; /* WCAG 2.5.8 target size */
  }
  a:focus-visible,
  button:focus-visible {
    /* Two rings, so the indicator shows on light and dark backgrounds alike. */
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .container {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
