// A reporter for node's test runner (the WordPress tests): counts the tests that passed and failed (suites are not
// tests) and writes them as JSON, for scripts/run-tests.mjs to add to the browser suite's count.
//   node --test --test-reporter=./test/support/node-count-reporter.mjs --test-reporter-destination=counts.json
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook, such as WordPress failing to start) counts once.
      if (event.type === 'test:fail' && event.data.details.error?.failureType === 'hookFailed') counts.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
