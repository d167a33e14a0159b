// `npm run new-edition` on scratch copies of the project (node's test runner, no browser): what it writes, that
// the result passes `npm run content` and `npm run translations -- --check` once translated (and fails the check,
// for the untranslated theme alone, before), and that each bad input is refused with a message naming the option,
// writing nothing. Every run works on a copy in a temporary folder; the project's own content is never touched.
// Run by `npm test` (scripts/run-tests.mjs); alone: `npm run test:scripts`.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(root, 'node_modules', '.bin', 'tsx');
const LOCALES = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')).targetLocales;
// Three TypeScript programs over src/ on two busy cores: minutes, never seconds, are the safe deadline.
const SLOW = { timeout: 300_000 };

const THEME = 'Growing Together';
const TRANSLATED = { cy: 'Tyfu Gyda’n Gilydd', pl: 'Rośniemy razem', ur: 'مل کر بڑھنا' };
const GOOD = ['--year', '2027', '--start', '2027-02-08', '--end', '2027-02-14', '--theme', THEME];

/** Runs one of the scripts; resolves with its exit code and output, whatever the code. */
function run(script, args = [], env = {}) {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(root, 'scripts', script), ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 10_000_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const scratches = [];

/** A scratch copy of what the content scripts read and write: content/, src/, lit-localize.json and tsconfig.json. */
function scratchProject() {
  const dir = mkdtempSync(join(tmpdir(), 'cmhw-new-edition-'));
  scratches.push(dir);
  for (const part of ['content', 'src', 'lit-localize.json', 'tsconfig.json']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Every file under `dir` and its text, to see that a refused run changed nothing. */
function snapshot(dir) {
  const files = {};
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const xliff = (project, locale) => readFileSync(join(project, 'content', 'translations', `${locale}.xlf`), 'utf8');
/** Each trans-unit of an XLIFF file as [id, its whole text], in order. */
const units = (text) => [...text.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g)].map(([whole, id]) => [id, whole]);
/** The newest year in the project's content, the one a new year follows. */
const newestYear = Math.max(...readdirSync(join(root, 'content/editions')).map((name) => Number.parseInt(name, 10)));
const unit = (text, id) => new RegExp(`<trans-unit id="${id}">[\\s\\S]*?</trans-unit>`).exec(text)?.[0];

/** Writes a <target> after the unit's <source>, as a translator would. */
function translate(project, id, targets) {
  for (const locale of LOCALES) {
    const path = join(project, 'content', 'translations', `${locale}.xlf`);
    const text = readFileSync(path, 'utf8');
    const found = unit(text, id);
    assert.ok(found, `${locale}.xlf has a unit ${id}`);
    writeFileSync(path, text.replace(found, found.replace('</source>', `</source>\n  <target>${targets[locale]}</target>`)));
  }
}

const projectFiles = () => ({ ...snapshot(join(root, 'content')), ...snapshot(join(root, 'src', 'core')) });
const before_ = projectFiles();

after(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

describe('new-edition: a new week, from the command to checks that pass', SLOW, () => {
  let project;
  let result;
  before(async () => {
    project = scratchProject();
    result = await run('new-edition.ts', GOOD, { CMHW_ROOT: project });
  });

  it('writes the edition file in the form of the others', () => {
    assert.equal(result.code, 0, result.stderr);
    const text = readFileSync(join(project, 'content', 'editions', '2027.yaml'), 'utf8');
    assert.equal(text, `year: 2027\nstart: 2027-02-08\nend: 2027-02-14\ntheme: ${THEME}\n`);
    // The same shape as an existing dates-and-theme edition, read the same way.
    assert.deepEqual(
      Object.keys(parse(text)),
      Object.keys(parse(readFileSync(join(root, 'content/editions/2024.yaml'), 'utf8'))),
    );
  });

  it('adds the theme to every XLIFF file without a target (untranslated), after the year before', () => {
    for (const locale of LOCALES) {
      const text = xliff(project, locale);
      assert.equal(
        unit(text, 'edition-2027-theme'),
        `<trans-unit id="edition-2027-theme">\n  <source>${THEME}</source>\n</trans-unit>`,
      );
      assert.ok(text.indexOf('edition-2026-theme') < text.indexOf('edition-2027-theme'), `${locale}: after 2026's theme`);
      // Everything else is as it was, but for the long texts of the edition that was the newest, if it had any.
      const previous = new RegExp(`^edition-${newestYear}-(about|tip-)`);
      assert.deepEqual(
        units(text).filter(([id]) => id !== 'edition-2027-theme'),
        units(xliff(root, locale)).filter(([id]) => !(newestYear !== 2023 && previous.test(id))),
      );
    }
  });

  it('prints what is left to do', () => {
    for (const step of [/about text/, /[Tt]ips/, /npm run content/, /translate every new text/, /CHANGELOG/, /minor release/]) {
      assert.match(result.stdout, step);
    }
    assert.match(result.stdout, /\(8–14 February 2027\)/);
  });

  it('passes `npm run content`; `npm run translations` keeps its XLIFF files as they are; the check fails for the theme alone', async () => {
    const content = await run('content.ts', [], { CMHW_ROOT: project });
    assert.equal(content.code, 0, content.stderr);
    assert.match(readFileSync(join(project, 'src/core/editions.generated.ts'), 'utf8'), /year: 2027,[\s\S]*"Growing Together"/);

    // @lit/localize's own writer, run on what the command wrote, changes nothing in the XLIFF files: the command
    // wrote them as the tool would. (It regenerates the language modules, as step 4 of the printed list says.)
    const written = LOCALES.map((locale) => xliff(project, locale));
    const write = await run('translations.ts', [], { CMHW_ROOT: project });
    assert.equal(write.code, 0, write.stderr);
    assert.deepEqual(
      LOCALES.map((locale) => xliff(project, locale)),
      written,
    );

    const check = await run('translations.ts', ['--check'], { CMHW_ROOT: project });
    assert.notEqual(check.code, 0, 'an untranslated text fails the check');
    const problems = check.stderr.split('\n').filter((line) => /^\s{2}\S/.test(line));
    assert.deepEqual(
      problems.map((line) => line.trim()),
      LOCALES.map((locale) => `${locale}: 1 text(s) not translated: edition-2027-theme`),
      check.stderr,
    );
  });

  it('once translated, passes `npm run content -- --check` and `npm run translations -- --check`', async () => {
    translate(project, 'edition-2027-theme', TRANSLATED);
    const write = await run('translations.ts', [], { CMHW_ROOT: project });
    assert.equal(write.code, 0, write.stderr);
    const [content, translations] = await Promise.all([
      run('content.ts', ['--check'], { CMHW_ROOT: project }),
      run('translations.ts', ['--check'], { CMHW_ROOT: project }),
    ]);
    assert.equal(content.code, 0, content.stderr);
    assert.equal(translations.code, 0, translations.stderr);
    assert.match(translations.stdout, /all translated/);
    for (const locale of LOCALES) {
      assert.match(
        readFileSync(join(project, `src/i18n/generated/${locale}.ts`), 'utf8'),
        new RegExp(`"edition-2027-theme": "${TRANSLATED[locale]}"`),
      );
    }
  });
});

describe('new-edition: the edition that was the newest keeps its dates and theme only', SLOW, () => {
  const ABOUT = 'A test about text.';
  let project;
  let result;
  before(async () => {
    project = scratchProject();
    // 2026 as the newest with an about text and a tip, translated, as it would be before 2027 is announced.
    writeFileSync(
      join(project, 'content/editions/2026.yaml'),
      `year: 2026\nstart: 2026-02-09\nend: 2026-02-15\ntheme: This is My Place\nabout: ${ABOUT}\n` +
        'tips:\n  - title: A tip\n    text: Its text.\n',
    );
    for (const locale of LOCALES) {
      const path = join(project, 'content/translations', `${locale}.xlf`);
      const added = ['edition-2026-about', 'edition-2026-tip-1-title', 'edition-2026-tip-1-text']
        .map((id) => `<trans-unit id="${id}">\n  <source>x</source>\n  <target>y</target>\n</trans-unit>\n`)
        .join('');
      const text = readFileSync(path, 'utf8').replace(/<trans-unit id="edition-2026-(about|tip-)[\s\S]*?<\/trans-unit>\n/g, '');
      writeFileSync(path, text.replace('</body>', `${added}</body>`));
    }
    result = await run('new-edition.ts', [...GOOD, '--content', join(project, 'content')]);
  });

  it("removes 2026's about text and tips from its file and from every XLIFF file, and says so", () => {
    assert.equal(result.code, 0, result.stderr);
    const data = parse(readFileSync(join(project, 'content/editions/2026.yaml'), 'utf8'));
    assert.deepEqual(data, { year: 2026, start: '2026-02-09', end: '2026-02-15', theme: 'This is My Place' });
    for (const locale of LOCALES) {
      const text = xliff(project, locale);
      assert.doesNotMatch(text, /edition-2026-(about|tip)/);
      assert.ok(unit(text, 'edition-2026-theme')?.includes('<target>'), `${locale}: 2026's theme keeps its translation`);
      assert.ok(unit(text, 'edition-2023-about')?.includes('<target>'), `${locale}: the default edition keeps its texts`);
    }
    assert.match(result.stdout, /2026\.yaml: its about text and 1 tip removed/);
    assert.match(
      result.stdout,
      /cy\.xlf: "edition-2027-theme" added, untranslated; 2026's about text and 1 tip removed \(3 units\)/,
    );
  });

  it('adds an older year without touching the newest (--content relative to where `npm run` was typed)', async () => {
    const again = await run(
      'new-edition.ts',
      ['--year', '2022', '--start', '2022-02-07', '--end', '2022-02-13', '--theme', 'Growing Together', '--content', 'content'],
      { INIT_CWD: project },
    );
    assert.equal(again.code, 0, again.stderr);
    for (const locale of LOCALES) {
      const text = xliff(project, locale);
      // Before the 2023 theme: the themes stay in order of year for the translator.
      assert.ok(text.indexOf('"edition-2022-theme"') < text.indexOf('"edition-2023-theme"'), locale);
      assert.ok(unit(text, 'edition-2027-theme'), locale);
    }
    assert.doesNotMatch(again.stdout, /removed/);
  });
});

describe('new-edition: bad input is refused, naming the option, and nothing is written', { ...SLOW, concurrency: 4 }, () => {
  let project;
  let untouched;
  before(() => {
    project = scratchProject();
    untouched = snapshot(join(project, 'content'));
  });

  const withOption = (name, value) => {
    const args = [...GOOD];
    const at = args.indexOf(`--${name}`);
    if (value === undefined) args.splice(at, 2);
    else args[at + 1] = value;
    return args;
  };
  const cases = [
    ['a date that does not exist', withOption('start', '2027-02-30'), '--start', /not a real date/],
    ['a date without leading zeros', withOption('start', '2027-2-8'), '--start', /YYYY-MM-DD/],
    ['a date in words', withOption('end', 'next Sunday'), '--end', /not a real date/],
    ['an end before the start', withOption('end', '2027-02-07'), '--end', /before the start/],
    ['a week of eight days', withOption('end', '2027-02-15'), '--end', /8 days/],
    ['a start in another year', withOption('start', '2026-02-08'), '--start', /2026, not in the edition's year/],
    [
      'a year that exists',
      ['--year', '2026', '--start', '2026-02-09', '--end', '2026-02-15', '--theme', 'Again'],
      '--year',
      /already/,
    ],
    ['a year that is not one', withOption('year', '27'), '--year', /not a year/],
    ['a missing theme', withOption('theme', undefined), '--theme', /missing/],
    ['an empty theme', withOption('theme', ''), '--theme', /empty/],
    ['a theme of spaces', withOption('theme', '   '), '--theme', /empty/],
    ['an option with no value', [...withOption('theme', undefined), '--theme'], '--theme', /no value/],
    ['an unknown option', [...GOOD, '--colour', 'red'], '--colour', /not an option/],
    ['an option given twice', [...GOOD, '--year', '2028'], '--year', /more than once/],
    ['a stray value', [...GOOD, 'extra'], '"extra"', /belongs to no option/],
    [
      'a content folder that is not one',
      [...GOOD, '--content', join(tmpdir(), 'cmhw-no-such-folder')],
      '--content',
      /no editions/,
    ],
  ];
  for (const [name, args, option, reason] of cases) {
    it(`${name}: ${args.join(' ')}`, async () => {
      const { code, stdout, stderr } = await run('new-edition.ts', args, { CMHW_ROOT: project });
      assert.notEqual(code, 0, 'exits with an error');
      const line = stderr.split('\n').find((text) => text.trim().startsWith(option));
      assert.ok(line, `a line names ${option}:\n${stderr}`);
      assert.match(line, reason);
      assert.match(stderr, /nothing written/);
      assert.equal(stdout, '');
      assert.deepEqual(snapshot(join(project, 'content')), untouched);
    });
  }

  it('reports every problem at once', async () => {
    const { code, stderr } = await run('new-edition.ts', ['--year', '2027', '--start', '2027-02-30', '--end', 'soon'], {
      CMHW_ROOT: project,
    });
    assert.notEqual(code, 0);
    for (const option of ['--start', '--end', '--theme']) assert.match(stderr, new RegExp(`^  ${option}:`, 'm'));
  });

  it('--help prints the usage and writes nothing', async () => {
    const { code, stdout } = await run('new-edition.ts', ['--help'], { CMHW_ROOT: project });
    assert.equal(code, 0);
    assert.match(stdout, /--year[\s\S]*--start[\s\S]*--end[\s\S]*--theme[\s\S]*--content/);
    assert.deepEqual(snapshot(join(project, 'content')), untouched);
  });
});

describe("new-edition: the project's own files", () => {
  it('are never touched by the tests (every run works on a scratch copy)', () => {
    assert.deepEqual(projectFiles(), before_);
  });
});
