// axe over every element × phase × language × documented look: zero violations (colour contrast included).
import { expect, fixture } from '@open-wc/testing';
import '../src/elements/countdown/define.js';
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
