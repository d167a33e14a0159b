// axe over every element × phase × language × documented look: zero violations (colour contrast included).
import { expect, fixture } from '@open-wc/testing';
import '../src/elements/countdown/define.js';
import '../src/elements/tip-card/define.js';
import type { CmhwTipCard } from '../src/elements/tip-card/tip-card.js';
import '../src/elements/banner/define.js';
import { LOOKS } from './support/looks.js';

/** Each element with a moment in each of its phases. */
const ELEMENTS: Record<string, Record<string, string>> = {
  'cmhw-countdown': { before: 'now="2023-02-01T12:00"', during: 'now="2023-02-08T12:00"', after: 'now="2023-02-20T12:00"' },
  'cmhw-banner': {
    before: 'dismissible now="2023-02-01T12:00"',
    during: 'dismissible now="2023-02-08T12:00"',
    after: 'dismissible now="2023-02-20T12:00"',
  },
};
const LANGUAGES = ['en-GB', 'cy', 'pl', 'ur'];

describe('accessibility sweep', () => {
  for (const [tag, phases] of Object.entries(ELEMENTS)) {
    for (const [look, variables] of Object.entries(LOOKS)) {
      for (const lang of LANGUAGES) {
        it(`<${tag}>, ${look}, ${lang}: every phase passes axe`, async () => {
          for (const [phase, attributes] of Object.entries(phases)) {
            const host = await fixture(`<div lang="${lang}"><${tag} ${attributes} style="${variables}"></${tag}></div>`);
            const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
            await el.updateComplete;
            expect(el.getAttribute('phase')).to.equal(phase);
            await expect(el).to.be.accessible();
          }
        });
      }
    }
  }
});

// The tip card has no phases: it is swept rotating (its default), paused by the visitor, and in daily mode.
describe('accessibility sweep: <cmhw-tip-card>', () => {
  const STATES: Record<string, { attributes: string; pause?: boolean }> = {
    rotating: { attributes: '' },
    paused: { attributes: '', pause: true },
    daily: { attributes: 'mode="daily" now="2023-02-08T12:00"' },
  };
  for (const [look, variables] of Object.entries(LOOKS)) {
    for (const lang of LANGUAGES) {
      it(`<cmhw-tip-card>, ${look}, ${lang}: rotating, paused and daily pass axe`, async () => {
        for (const { attributes, pause } of Object.values(STATES)) {
          const host = await fixture(
            `<div lang="${lang}"><cmhw-tip-card ${attributes} style="${variables}"></cmhw-tip-card></div>`,
          );
          const el = host.firstElementChild as CmhwTipCard;
          if (pause) el.pause();
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part="slides"]')!.getAttribute('aria-live')).to.equal(
            attributes || pause ? 'polite' : 'off',
          );
          await expect(el).to.be.accessible();
        }
      });
    }
  }
});
