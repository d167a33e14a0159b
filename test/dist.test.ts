// The file a school pastes: dist/cmhw-widgets.js as built (npm test builds it first), not the sources.
import { expect, fixture } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';

const FILE = '/dist/cmhw-widgets.js';

describe('dist/cmhw-widgets.js', () => {
  let source = '';
  before(async () => {
    const response = await fetch(FILE);
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    source = await response.text();
  });

  it('is one self-contained module: no imports of other files, Lit inside', () => {
    expect(source).not.to.match(/\bimport\s*\(|\bfrom\s*["'`]|^import\s/m);
    expect(source).to.contain('litElementVersions');
  });

  it('makes no network requests and sets no cookies', () => {
    expect(source).not.to.match(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|document\.cookie/);
  });

  it('registers <cmhw-countdown>, which renders the right phase', async () => {
    await import(/* @vite-ignore */ FILE);
    expect(customElements.get('cmhw-countdown')).to.be.a('function');
    const el = await fixture('<cmhw-countdown now="2023-02-08T12:00"></cmhw-countdown>');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('phase')).to.equal('during');
    // The minified templates keep the spaces a reader needs.
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      "Children's Mental Health Week is on now, day 3 of 7. It ends in 4 days and 12 hours.",
    );
    expect(el.shadowRoot!.querySelector('[part="day"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Day 3 of 7 · ends in');
  });

  // The build gives the texts short ids (vite.config.ts, shortMessageIds): the same in the calls and the tables.
  it('speaks every shipped language: the translated texts survive the build', async () => {
    await import(/* @vite-ignore */ FILE);
    const cases: Array<[string, string, RegExp]> = [
      ['cy', '<cmhw-countdown now="2023-02-08T12:00"></cmhw-countdown>', /Wythnos Iechyd Meddwl Plant/],
      ['pl', '<cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown>', /Zdrowia Psychicznego Dzieci/],
      ['ur', '<cmhw-countdown now="2023-02-20T12:00"></cmhw-countdown>', /بچوں/],
      ['cy', '<cmhw-tip-card></cmhw-tip-card>', /Awgrym/],
      ['pl', '<cmhw-tip-card></cmhw-tip-card>', /Porada/],
    ];
    for (const [lang, markup, expected] of cases) {
      const el = (await fixture(`<div lang="${lang}">${markup}</div>`)).firstElementChild as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      expect(el.shadowRoot!.textContent, `${lang}: ${markup}`).to.match(expected);
    }
  });

  it('included a second time (another copy on the page) throws nothing and warns once', async () => {
    const warnings = captureWarnings();
    try {
      await import(/* @vite-ignore */ `${FILE}?second-copy`);
      await import(/* @vite-ignore */ `${FILE}?third-copy`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<cmhw-countdown>').and.contain('already defined');
  });
});
