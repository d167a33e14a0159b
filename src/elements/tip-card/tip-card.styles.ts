import { css } from 'lit';
import { sharedStyles } from '../shared/styles.js';

export const tipCardStyles = [
  sharedStyles,
  css`
    :host {
      max-inline-size: 100%;
      /* A card off screen is not laid out or painted (a page may hold many, each with every tip laid out for its
         height); until first shown it takes the room of a typical card (a snippet's room sets --cmhw-placeholder
         to 0: its room holds it), then the room it last had. */
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--cmhw-placeholder, 16rem);
    }
    .container {
      display: grid;
      gap: 0.6rem;
      align-content: start;
    }
    .heading,
    .title {
      font-weight: 700;
    }
    .title:empty {
      display: none;
    }
    .heading {
      font-size: 1.1em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    button {
      display: grid;
      place-items: center;
      padding: 0.4em;
      min-inline-size: 2.25em;
    }
    svg {
      inline-size: 1em;
      block-size: 1em;
      fill: currentColor;
    }
    /* The chevron points left: back for "previous" in English, forward for "next" in Urdu. */
    .next svg,
    [dir='rtl'] .previous svg {
      scale: -1 1;
    }
    [dir='rtl'] .next svg {
      scale: none;
    }
    /* Every tip in one grid cell: the box is as tall as the tallest tip at this width and in this language,
       so the page below never moves when the tip changes. */
    .slides {
      display: grid;
      touch-action: pan-y;
    }
    .slide {
      grid-area: 1 / 1;
      display: grid;
      gap: 0.25rem;
      align-content: start;
      transition:
        opacity 0.4s,
        visibility 0.4s;
    }
    /* Hidden from screen readers too, while still taking part in the height. */
    .slide:not(.shown) {
      opacity: 0;
      visibility: hidden;
    }
    @media (prefers-reduced-motion: reduce) {
      .slide {
        transition: none;
      }
    }
  `,
];
