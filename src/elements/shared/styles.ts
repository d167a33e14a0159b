import { css } from 'lit';

/**
 * The theme every widget shares: `--cmhw-*` custom properties with their defaults, the host's font by default,
 * a focus ring that meets WCAG 2.2 (2.4.11 and 2.4.13: 3px, with a gap in the surface colour so it shows on
 * light and dark backgrounds), and the visually-hidden text used for screen-reader sentences.
 * Windows High Contrast (forced colours) needs no rules here: borders and outlines take the system colours,
 * and boxes that rely on a background colour carry a transparent border that becomes visible there.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--cmhw-accent, #5c2d91);
    --_on-accent: var(--cmhw-on-accent, #fff);
    --_surface: var(--cmhw-surface, #fff);
    --_text: var(--cmhw-text, #1d1d1f);
    --_radius: var(--cmhw-radius, 12px);
    /* A grid, so that the widget's box fills any height the page reserves for it (the snippets reserve one, so
       that the page below does not move when the script upgrades the element): a finished card at any height,
       its content at the top, never floating in the middle of a taller box. */
    display: grid;
    box-sizing: border-box;
    font-family: var(--cmhw-font, inherit);
    line-height: 1.4;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .container {
    align-content: start;
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--cmhw-link-color, var(--_accent));
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
  :focus-visible {
    outline: 3px solid var(--cmhw-focus-color, var(--_text));
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
