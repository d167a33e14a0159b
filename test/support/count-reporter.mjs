// Ends the run with a summary per engine (its version and counts), every skipped test with the reason in its
// name, and last, alone on its line, "N passed, N failed" over all engines: the form CI reads
// as the test count. Under scripts/run-tests.mjs (CMHW_COUNT_FILE set), it writes the counts to that file instead,
// and the run prints the one count line over every suite.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function count(results, totals, path) {
  if (!results) return;
  const here = results.name ? [...path, results.name] : path;
  for (const test of results.tests ?? []) {
    if (test.skipped) {
      totals.skipped += 1;
      totals.skippedNames.push([...here, test.name].join(' > '));
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals, here);
}

/** "Chromium", "Firefox", "WebKit": a launcher's name without what it adds (a WebKit's "(TZ=…)"). */
const engineOf = (launcher) => launcher.name.split(' ')[0];

export function countReporter() {
  let engines;
  return {
    onTestRunFinished({ sessions }) {
      engines = new Map();
      for (const session of sessions) {
        const name = engineOf(session.browser);
        if (!engines.has(name))
          engines.set(name, { versions: new Set(), passed: 0, failed: 0, skipped: 0, skippedNames: [], files: new Set() });
        const totals = engines.get(name);
        if (session.browser.version) totals.versions.add(session.browser.version);
        totals.files.add(session.testFile);
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals, [relative(process.cwd(), session.testFile)]);
        const counted = totals.passed + totals.failed + totals.skipped - before;
        // A file that failed to load or never finished (no results, or errors besides its tests) counts as one
        // failure more, so a broken import or a hung file cannot pass silently.
        if (!session.passed && (counted === 0 || (session.errors?.length ?? 0) > 0)) totals.failed += 1;
      }
    },
    start() {
      // Printed as the process exits, so that it comes after the runner's own closing lines.
      process.on('exit', () => {
        if (!engines) return;
        const all = { passed: 0, failed: 0, skipped: 0 };
        const lines = ['', 'Engines:'];
        for (const [name, totals] of engines) {
          const version = [...totals.versions].join(', ') || 'version unknown';
          lines.push(
            `  ${name} ${version}: passed ${totals.passed}, failed ${totals.failed}, skipped ${totals.skipped} (${totals.files.size} files)`,
          );
          for (const key of Object.keys(all)) all[key] += totals[key];
        }
        const skippedNames = [...engines].flatMap(([name, totals]) => totals.skippedNames.map((test) => `  ${name}: ${test}`));
        if (skippedNames.length > 0) lines.push('Skipped:', ...skippedNames);
        if (all.skipped) lines.push(`${all.skipped} skipped in some engines, each with its reason above`);
        if (process.env.CMHW_COUNT_FILE) {
          // Part of a larger run (scripts/run-tests.mjs, `npm test`), which adds other tests and prints the one
          // count line itself: this suite's counts go to the file, and its line here is labelled.
          writeFileSync(process.env.CMHW_COUNT_FILE, JSON.stringify(all));
          lines.push('', `Browser suite: ${all.passed} passed, ${all.failed} failed`, '');
        } else {
          // Last and alone on its line, in exactly this form: it is what CI reads as the count of tests.
          lines.push('', `${all.passed} passed, ${all.failed} failed`, '');
        }
        process.stdout.write(lines.join('\n'));
      });
    },
  };
}
