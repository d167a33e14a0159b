import { expect } from '@open-wc/testing';
import { ContentError, checkLongTexts, validateEdition, validateEditions } from '../../src/core/content-validation.js';
import { type Edition, editions } from '../../src/core/editions.js';
import { editionTexts } from '../../src/core/edition-texts.js';
import { renderingIn } from '../../src/i18n/msg.js';
import { dayNumber, parseCalendarDate } from '../../src/core/uk-time.js';

const FILE = 'content/editions/2023.yaml';

const good = () => ({
  year: 2023,
  start: '2023-02-06',
  end: '2023-02-12',
  theme: "Let's Connect",
  about: 'About the theme.',
  tips: [
    { title: 'First', text: 'Do the first thing.' },
    { title: 'Second', text: 'Do the second thing.' },
  ],
});

/** Runs `action`, expects a ContentError, and returns its message. */
function contentError(action: () => unknown): string {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a ContentError to be thrown').to.be.instanceOf(ContentError);
  expect((thrown as Error).name).to.equal('ContentError');
  return (thrown as Error).message;
}

describe('validateEdition', () => {
  it('accepts a good edition and returns its fields', () => {
    const edition = validateEdition(good(), FILE);
    expect(edition).to.deep.equal(good());
  });

  it('accepts an edition without about and tips (tips become an empty list)', () => {
    const { about: _about, tips: _tips, ...rest } = good();
    const edition = validateEdition(rest, FILE);
    expect(edition).to.deep.equal({ ...rest, tips: [] });
    expect('about' in edition).to.equal(false);
  });

  it('tidies whitespace in texts', () => {
    const edition = validateEdition(
      { ...good(), theme: "  Let's\n  Connect ", tips: [{ title: ' A\ttitle ', text: 'Some\n\ntext ' }] },
      FILE,
    );
    expect(edition.theme).to.equal("Let's Connect");
    expect(edition.tips).to.deep.equal([{ title: 'A title', text: 'Some text' }]);
  });

  it('refuses something that is not an object, naming the file', () => {
    for (const data of [null, 'year: 2023', 42, [good()]]) {
      expect(contentError(() => validateEdition(data, FILE))).to.include(FILE);
    }
  });

  const without = (field: keyof ReturnType<typeof good>) => {
    const data: Record<string, unknown> = good();
    delete data[field];
    return data;
  };

  const bad: Array<[string, () => unknown, string, string]> = [
    // [name, data, file, field named in the message]
    ['missing year', () => without('year'), FILE, 'year'],
    ['a year that is text', () => ({ ...good(), year: '2023' }), FILE, 'year'],
    ['missing start', () => without('start'), FILE, 'start'],
    ['a start that is not a real date (2023-02-30)', () => ({ ...good(), start: '2023-02-30' }), FILE, 'start'],
    ['a start written in words (6 February)', () => ({ ...good(), start: '6 February' }), FILE, 'start'],
    ['missing end', () => without('end'), FILE, 'end'],
    ['a malformed end', () => ({ ...good(), end: '2023-2-12' }), FILE, 'end'],
    ['an end before start', () => ({ ...good(), end: '2023-02-05' }), FILE, 'end'],
    ['missing theme', () => without('theme'), FILE, 'theme'],
    ['an empty theme', () => ({ ...good(), theme: '   ' }), FILE, 'theme'],
    ['tips not a list', () => ({ ...good(), tips: 'be kind' }), FILE, 'tips'],
    ['tips as an object', () => ({ ...good(), tips: { title: 'A', text: 'B' } }), FILE, 'tips'],
    ['a tip with no text', () => ({ ...good(), tips: [{ title: 'Only a title' }] }), FILE, 'tips[1].text'],
    ['a tip with empty text', () => ({ ...good(), tips: [{ title: 'A', text: '' }] }), FILE, 'tips[1].text'],
    ['a tip with no title', () => ({ ...good(), tips: [{ text: 'Only a text' }] }), FILE, 'tips[1].title'],
    ['a tip that is not an object', () => ({ ...good(), tips: ['just a string'] }), FILE, 'tips[1]'],
    ['an unknown field', () => ({ ...good(), colour: 'purple' }), FILE, 'colour'],
    ['a year that does not match the file name', () => good(), 'content/editions/2024.yaml', 'year'],
  ];
  for (const [name, data, file, field] of bad) {
    it(`refuses ${name}, naming the file and "${field}"`, () => {
      const message = contentError(() => validateEdition(data(), file));
      expect(message).to.include(file);
      expect(message).to.include(field);
      // The field at fault is the one the message is about (the first one it quotes), not one merely mentioned.
      expect(/"([^"]+)"/.exec(message)?.[1], message).to.equal(field);
    });
  }

  it('names which tip is wrong', () => {
    const message = contentError(() =>
      validateEdition({ ...good(), tips: [{ title: 'A', text: 'B' }, { title: 'C', text: 'D' }, { title: 'E' }] }, FILE),
    );
    expect(message).to.include('tips[3]');
    expect(message).to.include('text');
  });

  it('an end before start names both dates', () => {
    const message = contentError(() => validateEdition({ ...good(), end: '2023-02-05' }, FILE));
    expect(message).to.include('2023-02-05');
    expect(message).to.include('2023-02-06');
  });

  it('a year that does not match the file name names both years', () => {
    const message = contentError(() => validateEdition(good(), 'content/editions/2024.yaml'));
    expect(message).to.include('2023');
    expect(message).to.include('2024');
  });
});

describe('validateEditions', () => {
  const edition = (year: number) => ({ ...good(), year, start: `${year}-02-06`, end: `${year}-02-12` });

  it('accepts several editions and sorts them by year', () => {
    const result = validateEditions([
      { file: 'content/editions/2025.yaml', data: edition(2025) },
      { file: 'content/editions/2023.yaml', data: edition(2023) },
      { file: 'content/editions/2024.yaml', data: edition(2024) },
    ]);
    expect(result.map((e) => e.year)).to.deep.equal([2023, 2024, 2025]);
  });

  it('refuses a year used twice, naming both files', () => {
    const message = contentError(() =>
      validateEditions([
        { file: 'content/editions/2023.yaml', data: edition(2023) },
        { file: 'content/editions/2024.yaml', data: edition(2024) },
        { file: 'archive/2023.yaml', data: edition(2023) },
      ]),
    );
    expect(message).to.include('content/editions/2023.yaml');
    expect(message).to.include('archive/2023.yaml');
    expect(message).to.include('2023');
  });

  it('passes on the first file error', () => {
    const message = contentError(() =>
      validateEditions([
        { file: 'content/editions/2023.yaml', data: edition(2023) },
        { file: 'content/editions/2024.yaml', data: { ...edition(2024), theme: undefined } },
      ]),
    );
    expect(message).to.include('content/editions/2024.yaml');
    expect(message).to.include('theme');
  });
});

describe('checkLongTexts: about and tips only for the default and the newest edition', () => {
  const file = (year: number) => `content/editions/${year}.yaml`;
  const bare = (year: number) => ({ year, start: `${year}-02-06`, end: `${year}-02-12`, theme: 'A theme', tips: [] });
  const withAbout = (year: number) => ({ ...bare(year), about: 'About it.' });
  const withTips = (year: number) => ({ ...bare(year), tips: [{ title: 'T', text: 'Do it.' }] });

  it('accepts long texts for the default edition and the newest, and none for the others', () => {
    expect(() => checkLongTexts([good(), bare(2024), withAbout(2026)], 2023, file)).not.to.throw();
    expect(() => checkLongTexts([withTips(2023)], 2023, file)).not.to.throw();
  });

  it('refuses an about text of an older edition, naming its file, the field and both years that may have one', () => {
    const message = contentError(() => checkLongTexts([good(), withAbout(2024), withAbout(2026)], 2023, file));
    expect(message).to.match(/^content\/editions\/2024\.yaml: "about" /);
    expect(message).to.contain('2023').and.contain('2026');
  });

  it('refuses tips of an older edition, naming the field', () => {
    const message = contentError(() => checkLongTexts([good(), withTips(2025), bare(2026)], 2023, file));
    expect(message).to.match(/^content\/editions\/2025\.yaml: "tips" /);
  });

  it('when a newer edition arrives, the one that was newest must give up its long texts', () => {
    const message = contentError(() => checkLongTexts([good(), withAbout(2026), bare(2027)], 2023, file));
    expect(message).to.contain('2026.yaml').and.contain('2027');
  });
});

describe('the shipped editions', () => {
  const byYear = (year: number): Edition => {
    const found = editions.find((e) => e.year === year);
    expect(found, `edition ${year}`).to.not.equal(undefined);
    return found!;
  };
  const length = (e: Edition) => dayNumber(parseCalendarDate(e.end)!) - dayNumber(parseCalendarDate(e.start)!) + 1;

  it('all validate, with no year twice', () => {
    const asWritten = (e: Edition) => ({
      ...e,
      theme: renderingIn('en-GB', e.theme),
      ...renderingIn('en-GB', () => editionTexts(e.year)),
    });
    const validated = validateEditions(editions.map((e) => ({ file: `content/editions/${e.year}.yaml`, data: asWritten(e) })));
    expect(validated.map((e) => e.year)).to.deep.equal([...editions].map((e) => e.year).sort((a, b) => a - b));
    expect(editions.map((e) => e.year)).to.include.members([2023, 2024, 2025, 2026]);
  });

  it('every edition lasts 7 days, in its own year', () => {
    for (const e of editions) {
      expect(parseCalendarDate(e.start), `${e.year} start`).to.not.equal(undefined);
      expect(parseCalendarDate(e.end), `${e.year} end`).to.not.equal(undefined);
      expect(length(e), `${e.year}`).to.equal(7);
      expect(parseCalendarDate(e.start)!.year).to.equal(e.year);
    }
  });

  it('2023 is "Let\'s Connect", 6–12 February, with an about text and 6 tips', () => {
    const e = byYear(2023);
    expect(renderingIn('en-GB', e.theme)).to.equal("Let's Connect");
    expect([e.start, e.end]).to.deep.equal(['2023-02-06', '2023-02-12']);
    const texts = renderingIn('en-GB', () => editionTexts(2023));
    expect(texts.about).to.be.a('string');
    expect(texts.about!.trim()).to.not.equal('');
    expect(texts.tips).to.have.length(6);
    for (const tip of texts.tips) {
      expect(tip.title.trim(), JSON.stringify(tip)).to.not.equal('');
      expect(tip.text.trim(), JSON.stringify(tip)).to.not.equal('');
    }
    expect(new Set(texts.tips.map((t) => t.title)).size).to.equal(6);
  });

  it('only 2023 and the newest, 2026, ship long texts; 2026 has its own about text', () => {
    const withTexts = editions.filter((e) => {
      const texts = renderingIn('en-GB', () => editionTexts(e.year));
      return texts.about || texts.tips.length > 0;
    });
    expect(withTexts.map((e) => e.year)).to.deep.equal([2023, 2026]);
    const about = renderingIn('en-GB', () => editionTexts(2026)).about!;
    expect(about).to.contain('belonging');
    expect(about).not.to.equal(renderingIn('en-GB', () => editionTexts(2023)).about);
  });

  const later: Array<[number, string, string, string]> = [
    [2024, '2024-02-05', '2024-02-11', 'My Voice Matters'],
    [2025, '2025-02-03', '2025-02-09', 'Know Yourself, Grow Yourself'],
    [2026, '2026-02-09', '2026-02-15', 'This is My Place'],
  ];
  for (const [year, start, end, theme] of later) {
    it(`${year} is "${theme}", ${start} to ${end}`, () => {
      const e = byYear(year);
      expect(renderingIn('en-GB', e.theme)).to.equal(theme);
      expect(e.start).to.equal(start);
      expect(e.end).to.equal(end);
    });
  }
});
