// Prints "N passed, N failed" (and ", N skipped") alone on the last line, the form CI reads as the test count.
function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function countReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const counted = totals.passed + totals.failed + totals.skipped - before;
        // A file that failed to load or never finished (no results, or errors besides its tests) counts as one
        // failure more, so a broken import or a hung file cannot pass silently.
        if (!session.passed && (counted === 0 || (session.errors?.length ?? 0) > 0)) totals.failed += 1;
      }
    },
    start() {
      // Printed as the process exits, so that it comes after the runner's own closing lines.
      process.on('exit', () => {
        if (!totals) return;
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
