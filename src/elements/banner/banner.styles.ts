import { css } from 'lit';
import { sharedStyles } from '../shared/styles.js';

export const bannerStyles = [
  sharedStyles,
  css`
    :host {
      /* The layout follows the banner's own width (container queries): stacked in a sidebar, a row when wide. */
      container-type: inline-size;
      contain-intrinsic-inline-size: 21em;
      max-inline-size: 100%;
    }
    /* Outside its window or dismissed: no box at all, whatever room the page reserved for it. */
    :host(:state(hidden)) {
      display: none !important;
    }
    .container {
      position: relative;
      display: grid;
      gap: 1rem;
      overflow-wrap: anywhere;
      /* Off screen, not laid out or painted (its layout is most of what a banner costs); until first shown it
         takes the room of a typical banner (a snippet's room sets --cmhw-placeholder to 0: its room holds it),
         then the room it last had. On this box, not the host, as in the countdown. */
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--cmhw-placeholder, 18rem);
    }
    .text {
      display: grid;
      gap: 0.5rem;
    }
    [part='heading'] {
      margin: 0;
      font-size: 1.35em;
      line-height: 1.2;
    }
    .status,
    .hashtag {
      font-weight: 700;
    }
    /* The one thing to do here, as a clear target: a box in the accent colour, underlined, as links are. */
    .link {
      justify-self: start;
      display: grid;
      padding: 0.5em 1em;
      border: 1px solid transparent; /* the box stays visible in forced colours, where backgrounds are dropped */
      border-radius: calc(var(--_radius) / 2);
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 700;
    }
    .address {
      font-weight: 400;
      font-size: 0.85em;
    }
    /* In the top corner; the heading keeps clear of it. */
    .close {
      position: absolute;
      inset-block-start: 0.4rem;
      inset-inline-end: 0.4rem;
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
      padding: 0;
      font-size: 1.5em;
      line-height: 1;
      color: var(--_text);
      background: none;
      border-color: transparent;
    }
    .container:has(.close) [part='heading'] {
      padding-inline-end: 2.5rem;
    }
    /* Wide: the text on the start side, the link beside it; the close button in a gutter of its own. */
    @container (min-width: 50em) {
      .container {
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        column-gap: 2rem;
      }
      .container:has(.close) {
        padding-inline-end: 3.5rem;
      }
      .link {
        max-inline-size: 16em;
      }
    }
  `,
];
