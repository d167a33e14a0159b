import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import { ENGLISH, matchLanguage } from '../../src/i18n/languages.js';
import { addTranslations, msg, renderingIn } from '../../src/i18n/msg.js';
import { WIDGET_TRANSLATIONS } from '../../src/i18n/generated/index.js';

describe('matching a page language to a shipped one', () => {
  const cases: Array<[string | null, string | undefined, string | undefined, string | undefined]> = [
    // given, catalogue, tag for Intl, direction
    [null, 'en-GB', 'en-GB', 'ltr'],
    ['', 'en-GB', 'en-GB', 'ltr'],
    ['en', 'en-GB', 'en', 'ltr'],
    ['en-US', 'en-GB', 'en-US', 'ltr'],
    ['EN-gb', 'en-GB', 'en-GB', 'ltr'],
    ['cy', 'cy', 'cy', 'ltr'],
    ['cy-GB', 'cy', 'cy-GB', 'ltr'],
    [' pl ', 'pl', 'pl', 'ltr'],
    ['pl-PL', 'pl', 'pl-PL', 'ltr'],
    ['ur', 'ur', 'ur', 'rtl'],
    ['ur-PK', 'ur', 'ur-PK', 'rtl'],
    ['fr', undefined, undefined, undefined],
    // ISO 639-2 codes (bibliographic and terminological) are aliases of the two-letter ones: Intl canonicalises
    // them with CLDR's alias data, in all three engines, so a page that writes lang="eng" gets English, no warning.
    ['eng', 'en-GB', 'en', 'ltr'],
    ['eng-GB', 'en-GB', 'en-GB', 'ltr'],
    ['cym', 'cy', 'cy', 'ltr'],
    ['wel', 'cy', 'cy', 'ltr'],
    ['pol', 'pl', 'pl', 'ltr'],
    ['urd', 'ur', 'ur', 'rtl'],
    ['fra', undefined, undefined, undefined],
    ['tlh', undefined, undefined, undefined],
    ['not a tag', undefined, undefined, undefined],
    ['<script>', undefined, undefined, undefined],
  ];
  for (const [given, code, tag, dir] of cases) {
    it(`${JSON.stringify(given)} → ${code ?? 'not shipped'}`, () => {
      const language = matchLanguage(given);
      expect(language?.code).to.equal(code);
      expect(language?.tag).to.equal(tag);
      expect(language?.dir).to.equal(dir);
    });
  }

  it('no tag at all is British English, left to right', () => {
    expect(matchLanguage(null)).to.deep.equal(ENGLISH);
  });
});

describe('msg() answers in the language being rendered', () => {
  before(() => {
    addTranslations('pl', {
      'test-plain': 'tekst',
      // A translator moved the values: "{1} before {0}".
      'test-reordered': { strings: ['', ' przed ', ''], values: [1, 0] },
    });
  });

  it('gives the source text outside any render and in English', () => {
    expect(msg('text', { id: 'test-plain' })).to.equal('text');
    expect(renderingIn('en-GB', () => msg('text', { id: 'test-plain' }))).to.equal('text');
  });

  it('gives the translation inside a render in that language, and restores the language after it', () => {
    expect(renderingIn('pl', () => msg('text', { id: 'test-plain' }))).to.equal('tekst');
    expect(msg('text', { id: 'test-plain' })).to.equal('text');
  });

  it('restores the outer language after a nested render, and after a render that throws', () => {
    renderingIn('pl', () => {
      renderingIn('en-GB', () => expect(msg('text', { id: 'test-plain' })).to.equal('text'));
      expect(msg('text', { id: 'test-plain' })).to.equal('tekst');
    });
    expect(() =>
      renderingIn('pl', () => {
        throw new Error('render failed');
      }),
    ).to.throw('render failed');
    expect(msg('text', { id: 'test-plain' })).to.equal('text');
  });

  it('puts the values where the translator moved them', () => {
    const [a, b] = ['A', 'B'];
    expect(renderingIn('en-GB', () => msg(str`${a} after ${b}`, { id: 'test-reordered' }))).to.equal('A after B');
    expect(renderingIn('pl', () => msg(str`${a} after ${b}`, { id: 'test-reordered' }))).to.equal('B przed A');
  });

  it('falls back to the source text for an id a language lacks', () => {
    expect(renderingIn('cy', () => msg('untranslated', { id: 'test-missing' }))).to.equal('untranslated');
  });

  it('ships a translation of every widget text in every language', () => {
    const ids = Object.keys(WIDGET_TRANSLATIONS.cy!).sort();
    expect(ids.length).to.be.greaterThan(20);
    for (const [code, widgets] of Object.entries(WIDGET_TRANSLATIONS)) {
      expect(Object.keys(widgets!).sort(), code).to.deep.equal(ids);
    }
  });
});
