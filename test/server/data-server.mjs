/**
 * The test server's hosted-data cases (web-test-runner middleware): datasets a test can change, slow and
 * broken hosts, and the CSP test page. Imported by web-test-runner.config.mjs.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { clearTimeout, setTimeout } from 'node:timers';
import { gzipSync } from 'node:zlib';
import { etagOf, readBody } from './http.mjs';
import { publishControl } from './publish-host.mjs';

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

/** Hosted-data cases a static file cannot play: a slow server, an HTML error page, a huge file. */
export function dataServer(context, next) {
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
  if (path === '/test-data/uncompressed.json') {
    // A host that compresses nothing: the published dataset as it is, whatever the request accepts.
    context.compress = false;
    context.type = 'application/json; charset=utf-8';
    context.body = readFileSync('dist/publish/nmt-data.json');
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
