// The tests of `npm test`, after lint, build and size: the content scripts' tests (node's test runner, no browser),
// the browser suite in three engines (web-test-runner), the release and package checks (node's test runner), then
// the WordPress plugin's tests in a real WordPress (node's test runner, Chromium only, once, after the browser suite
// so it never slows it), and last, alone on its line, "N passed, N failed" over all four: the line CI reads.
// Exits non-zero if any test failed, or if a suite could not run at all (counted as one failure).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'cmhw-counts-'));

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(signal ? 1 : code));
    child.on('error', () => resolve(1));
  });
}

/** A suite's counts from its file; a suite that ran no test or crashed with no failure counted fails once more. */
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

const suites = [];

/** A node:test file (or a list of them), its count written by the count reporter into `file`. */
const nodeTests = (testFiles, file) =>
  run('node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/node-count-reporter.mjs',
    `--test-reporter-destination=${file}`,
    ...[testFiles].flat(),
  ]);

const scriptsFile = join(dir, 'scripts.json');
suites.push([
  'Content scripts (node:test)',
  counts(scriptsFile, await nodeTests('test/scripts/new-edition.test.mjs', scriptsFile)),
]);

const browsersFile = join(dir, 'browsers.json');
let status = await run('bash', ['scripts/ensure-browser.sh']);
if (status === 0)
  status = await run('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'wtr'], { CMHW_COUNT_FILE: browsersFile });
suites.push(['Browser suite (web-test-runner)', counts(browsersFile, status)]);

// The release and package checks (test/release/*.test.mjs): the school's download, the packed tarball in a fresh
// project, the release scripts and the workflows. After the browser install: some open pages in Chromium.
const releaseFile = join(dir, 'release.json');
const releaseTests = readdirSync('test/release')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/release/${name}`);
suites.push(['Release and package checks (node:test)', counts(releaseFile, await nodeTests(releaseTests, releaseFile))]);

const wordpressFile = join(dir, 'wordpress.json');
status = await run('bash', ['scripts/ensure-wordpress.sh']);
if (status === 0) status = await nodeTests('test/wordpress/wordpress.test.mjs', wordpressFile);
suites.push(['WordPress plugin (node:test, Chromium)', counts(wordpressFile, status)]);
rmSync(dir, { recursive: true, force: true });

const total = { passed: 0, failed: 0 };
const lines = ['', 'Suites:'];
for (const [name, result] of suites) {
  lines.push(`  ${name}: passed ${result.passed}, failed ${result.failed}, skipped ${result.skipped}`);
  total.passed += result.passed;
  total.failed += result.failed;
}
// Last and alone on its line, in exactly this form: it is what CI reads as the count of tests.
lines.push('', `${total.passed} passed, ${total.failed} failed`, '');
process.stdout.write(lines.join('\n'));
process.exitCode = total.failed > 0 ? 1 : 0;
