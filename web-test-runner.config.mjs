import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { cliPlugin } from './test/server/cli-plugin.mjs';
import { dataServer } from './test/server/data-server.mjs';
import { plainReference } from './test/server/plain-reference.mjs';
import { publishHostPlugin } from './test/server/publish-host.mjs';
import { wordpressPlugin } from './test/server/wordpress-plugin.mjs';
import { wordpressPrerenders } from './test/server/wordpress-prerenders.mjs';

/**
 * Every suite runs in real Chromium. The browser's own time zone is moved far
 * from Stockholm, so a test that passes proves the widgets ignore the
 * visitor's zone; the checks against opening_hours.js run with the browser in
 * Stockholm, because that library reads the machine's local time.
 */
const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const inZone = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      args: chromeFlags,
      ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
    },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });

const oracleTests = 'test/oracle/**/*.test.ts';

/** Each test's limit; the summary names any test that takes over a quarter of it. */
const TIMEOUT_MS = 20_000;

export default {
  nodeResolve: true,
  rootDir: '.',
  middleware: [dataServer, plainReference],
  // One page at a time: a background tab is hidden and gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: TIMEOUT_MS } },
  plugins: [
    publishHostPlugin,
    cliPlugin,
    wordpressPlugin,
    wordpressPrerenders,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
  ],
  // Tests with a timeout of their own, so that the summary judges them by it.
  reporters: [
    defaultReporter(),
    summaryReporter({
      timeoutMs: TIMEOUT_MS,
      timeouts: { 'test/wordpress/': 60_000, 'test/host-page/long-task.test.ts': 60_000 },
    }),
  ],
  // Lit's dev build says so once per test file; nothing to act on.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [inZone('Pacific/Auckland')],
  groups: [
    { name: 'auckland', files: ['test/**/*.test.ts', `!${oracleTests}`], browsers: [inZone('Pacific/Auckland')] },
    // West of UTC, where a local day starts after Stockholm's: the elements whose words depend on the time of day.
    // (The others show the same at any instant and in any zone; Auckland runs them.)
    {
      name: 'los-angeles',
      files: [
        'test/elements/hotline/*.test.ts',
        'test/elements/open-status/*.test.ts',
        'test/elements/edge-instants.test.ts',
        'test/elements/source-line.test.ts',
      ],
      browsers: [inZone('America/Los_Angeles')],
    },
    { name: 'stockholm-oracles', files: [oracleTests], browsers: [inZone('Europe/Stockholm')] },
  ],
};
