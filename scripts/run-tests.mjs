// `npm test`: every check, on a fresh machine as on a used one, each step installing what it needs before it first
// needs it. In order:
//   1. lint, build (no browser needed), the size budget and the snippets' hash against the build; a failure here
//      stops the run (nothing to test);
//   2. Debian's browsers (scripts/ensure-browser.sh), then the site's browser step (`npm run site:finish`: what a
//      screen reader hears, the preview image);
//   3. the scripts' tests (node's test runner: `npm start` shows the demo, the steps' rules, `npm run room` stopped
//      by a signal, new-edition), the browser suite in three engines (web-test-runner, under a virtual display for
//      WebKit), the release and package checks (node's test runner: the school's download, the packed tarball in a
//      fresh project, the release scripts, the workflows), then Debian's WordPress packages
//      (scripts/ensure-wordpress.sh) and the WordPress plugin's tests in a real WordPress (Chromium only, after the
//      browser suite so it never slows it);
// and last, alone on its line, "N passed, N failed" over the suites: the line CI reads.
// Every step has a deadline far above what it takes on a busy two-core machine; a step past it, or ended by a
// signal, fails (scripts/steps.mjs). Exits non-zero if any step or test failed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './steps.mjs';

const MINUTE = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'cmhw-counts-'));
const started = Date.now();

/** A suite's counts from its file; a suite that ran no test or failed with no failed test counted fails once more. */
function counts(file, status) {
  let result = { passed: 0, failed: 0, skipped: 0 };
  try {
    result = { ...result, ...JSON.parse(readFileSync(file, 'utf8')) };
  } catch {
    // the suite did not get as far as its reporter
  }
  if (status !== 0 && result.failed === 0) result.failed = 1;
  return result;
}

/** The node:test files of a folder. */
const testFiles = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => `${folder}/${name}`);

/** node:test files, their count written by the count reporter into `file`. */
const nodeTests = (files, file, deadlineMs) =>
  runCommand(
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node-count-reporter.mjs',
      `--test-reporter-destination=${file}`,
      ...files,
    ],
    { deadlineMs, name: `node --test ${files.join(' ')}` },
  );

const steps = []; // [name, status, seconds]
const suites = []; // [name, counts]
/** Runs one step and records how it ended; a step a signal ended stops the whole run. */
async function step(name, run) {
  const at = Date.now();
  console.log(`\n=== ${name}`);
  const status = await run();
  steps.push([name, status, Math.round((Date.now() - at) / 1000)]);
  if (status > 128) finish(`stopped: ${name} was ended by a signal`);
  return status;
}

function finish(reason) {
  rmSync(dir, { recursive: true, force: true });
  const failedSteps = steps.filter(([, status]) => status !== 0);
  const total = { passed: 0, failed: 0 };
  const lines = ['', 'Steps:'];
  for (const [name, status, seconds] of steps)
    lines.push(`  ${status === 0 ? 'ok    ' : `FAILED`} ${name} (${seconds} s${status === 0 ? '' : `, exit status ${status}`})`);
  if (reason) lines.push(`  ${reason}`);
  if (suites.length > 0) lines.push('', 'Suites:');
  for (const [name, result] of suites) {
    lines.push(`  ${name}: passed ${result.passed}, failed ${result.failed}, skipped ${result.skipped}`);
    total.passed += result.passed;
    total.failed += result.failed;
  }
  // A step that failed outside any suite (lint, the build, the site's browser step) counts as one failure.
  const unsuited = failedSteps.filter(([name]) => !suites.some(([suite]) => suite === name)).length;
  total.failed += unsuited;
  lines.push('', `All in ${Math.round((Date.now() - started) / 1000)} s.`);
  // Last and alone on its line, in exactly this form: it is what CI reads as the count of tests.
  lines.push('', `${total.passed} passed, ${total.failed} failed`, '');
  process.stdout.write(lines.join('\n'));
  process.exit(total.failed > 0 || failedSteps.length > 0 ? 1 : 0);
}

// 1. Nothing is worth testing if these fail.
for (const [name, script, minutes] of [
  ['Lint (types, ESLint, Prettier, generated files)', 'lint', 15],
  ['Build (the kit, the package, the site, the WordPress plugin)', 'build', 15],
  ['Size budget', 'size', 5],
  ["The snippets' addresses, version and integrity hash, against the build", 'check:snippets', 5],
]) {
  if ((await step(name, () => runCommand('npm', ['run', script], { deadlineMs: minutes * MINUTE }))) !== 0)
    finish(`stopped: ${name} failed`);
}

// 2. Browsers, and the site's browser step.
if ((await step("Debian's browsers", () => runCommand('bash', ['scripts/ensure-browser.sh'], { deadlineMs: 20 * MINUTE }))) !== 0)
  finish('stopped: the browsers could not be installed');
await step("The site's browser step (what a screen reader hears, the preview image)", () =>
  runCommand('node', ['scripts/site/finish.mjs'], { deadlineMs: 15 * MINUTE }),
);

// 3. The suites.
const scriptsFile = join(dir, 'scripts.json');
const scriptsSuite = 'Scripts (node:test)';
suites.push([
  scriptsSuite,
  counts(scriptsFile, await step(scriptsSuite, () => nodeTests(testFiles('test/scripts'), scriptsFile, 20 * MINUTE))),
]);

const browsersFile = join(dir, 'browsers.json');
const browserSuite = 'Browser suite (web-test-runner)';
suites.push([
  browserSuite,
  counts(
    browsersFile,
    await step(browserSuite, () =>
      runCommand('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'wtr'], {
        env: { CMHW_COUNT_FILE: browsersFile },
        deadlineMs: 120 * MINUTE,
      }),
    ),
  ),
]);

// After the browser install: some of these open pages in Chromium.
const releaseFile = join(dir, 'release.json');
const releaseSuite = 'Release and package checks (node:test)';
suites.push([
  releaseSuite,
  counts(releaseFile, await step(releaseSuite, () => nodeTests(testFiles('test/release'), releaseFile, 30 * MINUTE))),
]);

const wordpressFile = join(dir, 'wordpress.json');
const wordpressSuite = 'WordPress plugin (node:test, Chromium)';
let status = await step("Debian's WordPress packages", () =>
  runCommand('bash', ['scripts/ensure-wordpress.sh'], { deadlineMs: 20 * MINUTE }),
);
// (Not run without its packages: that step's failure is counted, once.)
if (status === 0) {
  status = await step(wordpressSuite, () => nodeTests(['test/wordpress/wordpress.test.mjs'], wordpressFile, 60 * MINUTE));
  suites.push([wordpressSuite, counts(wordpressFile, status)]);
}

finish();
