/**
 * A web-test-runner reporter that ends the run with one unambiguous line,
 * `N passed, N failed, N skipped`. A test file that failed to load counts as
 * one failed test, so a broken import never looks like a green run.
 *
 * It also names every test that took more than a quarter of its timeout: such
 * a test leans on the machine's speed and will fail on a slower, busier one.
 */
import { relative } from 'node:path';

function count(suite, totals, slow, budgetMs, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
    if ((test.duration ?? 0) > budgetMs)
      slow.push(`${Math.round(test.duration)} ms  ${[...path, test.name].join(' > ')}`);
  }
  for (const child of suite.suites ?? []) count(child, totals, slow, budgetMs, [...path, child.name]);
}

/**
 * `timeoutMs`: the mocha timeout of the run; a test over a quarter of it is reported as slow.
 * `timeouts`: files whose tests set a longer timeout of their own (`this.timeout`), by path prefix.
 */
export function summaryReporter({ timeoutMs = 20_000, timeouts = {} } = {}) {
  const budgetOf = (file) =>
    (Object.entries(timeouts).find(([prefix]) => file.startsWith(prefix))?.[1] ?? timeoutMs) / 4;
  let totals;
  let printing = false;
  return {
    onTestRunStarted() {
      totals = { passed: 0, failed: 0, skipped: 0 };
    },
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      const slow = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) count(session.testResults, totals, slow, budgetOf(file), [file]);
        const loadFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (loadFailed) totals.failed++;
      }
      if (slow.length > 0) {
        console.log(`\nTests over a quarter of their timeout (${timeoutMs / 1000} s unless set) (they lean on speed):`);
        for (const line of slow) console.log(`  ${line}`);
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
