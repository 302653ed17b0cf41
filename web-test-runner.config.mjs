import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { publishedFiles } from './scripts/publish-host.mjs';
import { defaultReporter } from '@web/test-runner';
import { Readable } from 'node:stream';
import { clearTimeout, setTimeout } from 'node:timers';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { createServer, get as httpGet } from 'node:http';

/** A body that sends `first`, then `next()` every 20 ms until the client goes away (or `next` gives null). */
function trickle(first, next) {
  let timer;
  return new Readable({
    read() {
      if (first !== null) {
        this.push(first);
        first = null;
        return;
      }
      timer = setTimeout(() => {
        const chunk = next();
        if (chunk === null) return; // stall: nothing more, never the end
        this.push(chunk);
      }, 20);
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
}

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

/** A request's body as text. */
function readBody(request) {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex')}"`;

/** Datasets a test can change (PUT), served with an ETag and answering conditional requests with 304. */
const liveData = new Map();

function liveDataset(context) {
  if (context.method === 'PUT') {
    return readBody(context.req).then((body) => {
      liveData.set(context.path, { body, etag: etagOf(body) });
      context.status = 204;
    });
  }
  const entry = liveData.get(context.path);
  if (!entry) {
    context.status = 404;
    return undefined;
  }
  const counts = (context.app.liveRequests ??= new Map());
  counts.set(context.path, (counts.get(context.path) ?? 0) + 1);
  context.set('ETag', entry.etag);
  context.set('Cache-Control', 'no-cache');
  if (context.get('If-None-Match') === entry.etag) {
    context.status = 304;
    return undefined;
  }
  context.type = 'application/json';
  context.body = entry.body;
  return undefined;
}

/** Requests to /test-data/delayed/: how many came, and how many the page cancelled before the answer. */
const delayedStats = { started: 0, cancelled: 0, answered: 0 };

/**
 * /test-data/delayed/<name>?ms=400&n=...: the live dataset /test-data/live/<name>, after a delay,
 * as a slow host serves it; each `n` is a URL of its own for the browser.
 */
function delayedDataset(context) {
  delayedStats.started++;
  const ms = Number(context.query.ms ?? 400);
  const entry = liveData.get(context.path.replace('/delayed/', '/live/'));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      context.res.off('close', cancelled);
      delayedStats.answered++;
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = entry?.body ?? '{}';
      resolve();
    }, ms);
    const cancelled = () => {
      if (context.res.writableEnded) return;
      clearTimeout(timer);
      delayedStats.cancelled++;
      resolve();
    };
    context.res.on('close', cancelled);
  });
}

/**
 * dist/publish/ as a static host would serve it, on an origin of its own (a
 * plain Node server, so no test-runner middleware touches the headers): the
 * headers come from the _headers file the build wrote, so the test checks
 * those very rules. Tests replace a file with PUT /test-publish/<name> on the
 * test runner's origin, as the publisher replaces nmt-data.json.
 */
const published = new Map();
let publishHost;

const publishOrigin = () => `http://127.0.0.1:${publishHost.address().port}`;

const publishHostPlugin = {
  name: 'publish-host',
  async serverStart() {
    publishHost = createServer(publishedFiles('dist/publish', published));
    await new Promise((resolve) => publishHost.listen(0, '127.0.0.1', resolve));
  },
  async serverStop() {
    publishHost?.close();
  },
};

function publishControl(context) {
  if (context.path.startsWith('/test-publish/headers/')) {
    const file = context.path.slice('/test-publish/headers'.length);
    return new Promise((resolve) => {
      httpGet(`${publishOrigin()}${file}`, (response) => {
        response.resume();
        context.type = 'application/json';
        context.body = JSON.stringify(response.headers);
        resolve();
      });
    });
  }
  if (context.path === '/test-publish/origin') {
    context.type = 'text/plain';
    context.body = publishOrigin();
    return undefined;
  }
  return readBody(context.req).then((body) => {
    published.set(context.path.slice('/test-publish'.length), body);
    context.status = 204;
  });
}

/**
 * Runs the built command-line tool for a test (`executeServerCommand('nmt-cli', ...)`):
 * `files` are written to a scratch folder first, and `{dir}` in an argument names it.
 */
/** Runs a Node script in a folder, as a process: its exit code and output. */
function runNode(args, cwd) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * `npm run build`'s publish step in a scratch project (the real scripts, sources and bundles, linked): publishes
 * `source` as the top-level nmt-data.json, then, given `edit`, puts it in dist/publish/nmt-data.json as a publisher
 * editing the wrong file would, and publishes again.
 */
async function publishInScratch({ source, edit }) {
  const dir = mkdtempSync(join(tmpdir(), 'nmt-publish-'));
  try {
    for (const name of ['src', 'scripts', 'node_modules', 'package.json'])
      symlinkSync(resolvePath(name), join(dir, name));
    mkdirSync(join(dir, 'dist'));
    symlinkSync(resolvePath('dist/cdn'), join(dir, 'dist/cdn'));
    copyFileSync('dist/nmt-data.schema.json', join(dir, 'dist/nmt-data.schema.json'));
    writeFileSync(join(dir, 'nmt-data.json'), source ?? readFileSync('nmt-data.json'));
    const first = await runNode(['scripts/publish.mjs'], dir);
    if (edit === undefined) return { first };
    writeFileSync(join(dir, 'dist/publish/nmt-data.json'), edit);
    const second = await runNode(['scripts/publish.mjs'], dir);
    return { first, second, publishedAfter: readFileSync(join(dir, 'dist/publish/nmt-data.json'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run serve:publish` on a free port: what it prints, and the headers it serves the dataset with. */
function servePublishOnce() {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['scripts/serve-publish.mjs', '--port', '0']);
    let stdout = '';
    const stop = setTimeout(() => child.kill(), 10_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const dataset = /dataset\s+(\S+)/.exec(stdout)?.[1];
      if (!dataset || !stdout.includes('</nmt-hotline>')) return;
      httpGet(dataset, (response) => {
        response.resume();
        clearTimeout(stop);
        child.kill();
        resolveRun({ stdout, status: response.statusCode, headers: response.headers });
      });
    });
    child.on('exit', () => resolveRun({ stdout, status: 0, headers: {} }));
  });
}

/** The CLI piped into a reader that stops after `lines` lines, as `| head -3` does: its exit code and stderr. */
function readingOnly(args, lines, dir) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['dist/cli/nmt-widgets.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.split('\n').length > lines) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolveRun({ code: code ?? 1, stdout: stdout.split('\n').slice(0, lines).join('\n'), stderr });
    });
  });
}

const cliPlugin = {
  name: 'nmt-cli',
  async executeCommand({ command, payload }) {
    if (command === 'nmt-publish') return publishInScratch(payload);
    if (command === 'nmt-serve-publish') return servePublishOnce();
    if (command !== 'nmt-cli') return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'nmt-cli-'));
    // A file's content is text, or bytes written "base64:...".
    for (const [name, content] of Object.entries(payload.files ?? {})) {
      writeFileSync(join(dir, name), content.startsWith('base64:') ? Buffer.from(content.slice(7), 'base64') : content);
    }
    for (const name of payload.fifos ?? []) execFileSync('mkfifo', [join(dir, name)]);
    for (const [name, target] of Object.entries(payload.links ?? {})) symlinkSync(target, join(dir, name));
    const args = payload.args.map((arg) => arg.replaceAll('{dir}', dir).replaceAll('{publish}', publishOrigin()));
    if (payload.headLines) return readingOnly(args, payload.headLines, dir);
    return new Promise((resolve) => {
      execFile(process.execPath, ['dist/cli/nmt-widgets.js', ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
      });
    });
  },
};

/** Hosted-data cases a static file cannot play: a slow server, an HTML error page, a huge file. */
function dataServer(context, next) {
  const path = context.path;
  if (path.startsWith('/test-data/live/')) return liveDataset(context);
  if (path.startsWith('/test-publish/')) return publishControl(context);
  if (path.startsWith('/test-data/live-count/')) {
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(context.app.liveRequests?.get(path.replace('-count', '')) ?? 0);
    return undefined;
  }
  if (path.startsWith('/test-data/delayed/')) return delayedDataset(context);
  if (path === '/test-data/delayed-stats') {
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(delayedStats);
    return undefined;
  }
  if (path === '/test-data/slow.json') {
    return new Promise((resolve) => setTimeout(resolve, 3000)).then(() => {
      context.type = 'application/json';
      context.body = '{}';
    });
  }
  if (path === '/test-data/error-page.json') {
    context.status = 500;
    context.type = 'text/html';
    context.body = '<!doctype html><title>Error</title><h1>Internal Server Error</h1>';
    return undefined;
  }
  if (path === '/test-data/html-200.json') {
    context.type = 'text/html';
    context.body = '<!doctype html><p>Not JSON</p>';
    return undefined;
  }
  if (path === '/test-data/huge.json') {
    context.type = 'application/json';
    context.body = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
    return undefined;
  }
  // Bodies that misbehave after the headers.
  if (path === '/test-data/trickles.json') {
    // A byte every 20 ms, for ever: the headers come at once, the body never ends.
    context.type = 'application/json';
    context.body = trickle('{"schemaVersion": 1, ', () => ' ');
    return undefined;
  }
  if (path === '/test-data/shorter-than-declared.json') {
    // Declares 5,000 bytes, sends a few, and hangs up.
    context.respond = false;
    context.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' });
    context.res.write('{"schemaVersion": 1, ', () => context.res.socket?.destroy());
    return undefined;
  }
  if (path === '/test-data/stalls-after-headers.json') {
    context.type = 'application/json';
    context.body = trickle('{"schemaVersion": 1, ', () => null);
    return undefined;
  }
  if (path === '/test-data/never-ends.json') {
    context.type = 'application/json';
    context.body = trickle('["', () => 'x'.repeat(16 * 1024));
    return undefined;
  }
  if (path === '/test-data/gzip-bomb.json') {
    // 20 MB of JSON in about 20 KB on the wire.
    context.type = 'application/json';
    context.set('Content-Encoding', 'gzip');
    context.body = gzipSync(`{"padding": "${' '.repeat(20 * 1024 * 1024)}"}`);
    return undefined;
  }
  if (path === '/test-data/multibyte.json') {
    // 240,000 characters, 480,000 bytes, sent without a Content-Length.
    let sent = 0;
    context.type = 'application/json';
    context.body = trickle('{"padding": "', () => {
      if (sent >= 240) return sent++ === 240 ? '"}' : null;
      sent++;
      return 'ä'.repeat(1000);
    });
    return undefined;
  }
  if (path === '/test-data/declares-too-much.json') {
    context.type = 'application/json';
    context.set('Content-Length', String(50 * 1024 * 1024));
    context.body = trickle('{', () => null);
    return undefined;
  }
  if (path === '/test-data/html-charset-json.json') {
    context.type = 'text/html; charset=json';
    context.body = '{}';
    return undefined;
  }
  if (path === '/test-csp/page.html') {
    const bundle = context.query.bundle === 'iife' ? 'nmt-widgets.iife.js' : 'nmt-widgets.js';
    const type = bundle.endsWith('iife.js') ? '' : ' type="module"';
    // ?tt=none: a page whose Trusted Types allow no policy at all.
    const trustedTypes = context.query.tt === 'none' ? "'none'" : 'lit-html';
    context.set(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        `require-trusted-types-for 'script'; trusted-types ${trustedTypes}`,
    );
    context.type = 'text/html';
    context.body = `<!doctype html><html lang="sv"><head><meta charset="utf-8">
<script src="/test-csp/record-violations.js"></script>
<script${type} src="/dist/cdn/${bundle}"></script></head><body>
<nmt-open-status now="2026-11-30T10:00:00+01:00"></nmt-open-status>
<nmt-hotline now="2026-11-30T17:00:00+01:00"><p id="fallback">Stödtelefon 020-390 000</p></nmt-hotline>
<nmt-contact-list></nmt-contact-list>
<div data-nmt-widget="member-agencies"></div>
</body></html>`;
    return undefined;
  }
  if (path === '/test-csp/record-violations.js') {
    context.type = 'application/javascript';
    context.body = `window.__violations = [];
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push('uncaught ' + e.message));
const consoleError = console.error;
console.error = (...args) => { window.__errors.push(args.join(' ')); consoleError(...args); };
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
    return undefined;
  }
  return next();
}

export default {
  nodeResolve: true,
  rootDir: '.',
  middleware: [dataServer],
  // One page at a time: a background tab is hidden and gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: TIMEOUT_MS } },
  plugins: [publishHostPlugin, cliPlugin, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  reporters: [defaultReporter(), summaryReporter({ timeoutMs: TIMEOUT_MS })],
  // Lit's dev build says so once per test file; nothing to act on.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [inZone('Pacific/Auckland')],
  groups: [
    { name: 'auckland', files: ['test/**/*.test.ts', `!${oracleTests}`], browsers: [inZone('Pacific/Auckland')] },
    { name: 'los-angeles', files: ['test/elements/**/*.test.ts'], browsers: [inZone('America/Los_Angeles')] },
    { name: 'stockholm-oracles', files: [oracleTests], browsers: [inZone('Europe/Stockholm')] },
  ],
};
