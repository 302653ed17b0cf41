/**
 * A web-test-runner reporter that ends the run with one unambiguous line,
 * `N passed, N failed, N skipped`. A test file that failed to load counts as
 * one failed test, so a broken import never looks like a green run.
 */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals;
  let printing = false;
  return {
    onTestRunStarted() {
      totals = { passed: 0, failed: 0, skipped: 0 };
    },
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (loadFailed) totals.failed++;
      }
    },
    stop() {
      // On exit, so the line comes after the default reporter's last progress output.
      const line = totals && `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      if (!line || printing) return;
      printing = true;
      process.once('exit', () => console.log(`\n${line}`));
    },
  };
}
