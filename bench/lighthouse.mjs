/**
 * `npm run lighthouse`: what PageSpeed Insights would say of a municipality's
 * page once the widgets are on it. Lighthouse 12.2.3, its mobile preset
 * (simulated throttling: slow 4G, CPU 4x slower), on a plain municipality-like
 * page (a heading, the four widgets as the published configurator writes
 * them, prerendered, then an article), against the very same page without the
 * script tag (the prerendered content alone), and against the reference: the
 * same page with a plain Lit element per widget rendering the same markup
 * (bench/plain-lit.mjs), so that what any Lit widget costs is beside what ours
 * costs. A fourth page has an empty deferred script and nothing else: what
 * the simulation charges for a script tag at all, the floor under every
 * script's figure. Three runs of each, interleaved; medians. Then the same pages'
 * paints as Chromium measures them with the script at once and cached
 * (bench/measured-paint.mjs), beside the simulation's estimate of them.
 *
 * The page and the published files (dist/publish/, with its own _headers,
 * compressed as its hosts compress them) are served from this machine; run
 * `npm run build` first. Prints figures; asserts nothing (the CLS and
 * long-task test in the browser suite does, as ratios).
 */
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { publishedFiles, sendStatic } from '../scripts/publish-host.mjs';
import { measuredPaints } from './measured-paint.mjs';
import { median } from './median.mjs';
import { asPlain, buildPlainLit } from './plain-lit.mjs';
import { copySnippets, WIDGETS } from './snippets.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Views measured in Chromium itself, beside the simulation (cheaper than a Lighthouse run, and noisier). */
const MEASURED_RUNS = Number(process.env.MEASURED_RUNS ?? 9);
if (!existsSync('dist/publish/integrity.json')) {
  console.error('dist/publish/ is not there yet: run npm run build first.');
  process.exit(1);
}
const { version, files } = JSON.parse(readFileSync('dist/publish/integrity.json', 'utf8'));
const script = `nmt-widgets-${version}.iife.js`;

/** The widgets' markup as a webmaster copies it from the published configurator (filled in below). */
const snippets = {};

const PLAIN_OUT = 'build/lighthouse';
/** Each page's script tag: ours as the README embeds it, the others from this bench's own REFERENCE_SCRIPTS. */
const SCRIPT_TAGS = {
  without: '',
  empty: '<script src="/w/empty.js" defer></script>',
  with: `<script
  src="/w/${script}"
  integrity="${files[script]}"
  crossorigin="anonymous"
  data-src="/w/nmt-data.json"
  defer
></script>`,
  plain: '<script src="/w/plain.iife.js" defer></script>',
};
/**
 * The pages compared, in the order printed: the same municipality's page without a script, with an empty script,
 * with ours, and with the plain Lit reference.
 */
const PAGES = Object.keys(SCRIPT_TAGS);
/**
 * The scripts beside ours, by path, each read when asked for (the plain one is built after the server starts).
 * The empty one is one statement, so that the browser runs something and the simulation sees it run.
 */
const REFERENCE_SCRIPTS = {
  '/w/plain.iife.js': () => readFileSync(`${PLAIN_OUT}/plain.iife.js`),
  '/w/empty.js': () => Buffer.from('void 0;\n'),
};

/** The municipality's page; `which` of PAGES says which script tag it has, and nothing else changes. */
function page(which) {
  const widgets = WIDGETS.map((widget) => (which === 'plain' ? asPlain(snippets[widget], widget) : snippets[widget]));
  const paragraph =
    'Kommunen arbetar för att alla som möter personer utsatta för prostitution och människohandel ska få ' +
    'stöd. Här finns information om vart du vänder dig, vilka myndigheter som samverkar och hur du kan få ' +
    'råd i ett enskilt ärende. Kontakta kommunens socialtjänst om du har frågor om insatser i kommunen.';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stöd för yrkesverksamma – Exempelkommun</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1b1b}header,main{padding:0 1rem;max-width:60rem;margin:0 auto}header{padding-block:1rem;border-bottom:1px solid #ccc}h1{font-size:1.75rem}</style>
${SCRIPT_TAGS[which]}
</head>
<body>
<header><strong>Exempelkommun</strong></header>
<main>
<h1>Människohandel och prostitution: stöd för yrkesverksamma</h1>
${widgets.join('\n')}
<article>
<h2>Så arbetar kommunen</h2>
${Array.from({ length: 6 }, () => `<p>${paragraph}</p>`).join('\n')}
</article>
</main>
</body>
</html>`;
}

const published = publishedFiles('dist/publish');
/** How long the script takes to arrive (see SCENARIOS). */
let scriptDelay = 0;
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://host').pathname;
  const which = /^\/(\w+)\.html$/.exec(path)?.[1];
  if (PAGES.includes(which)) {
    // Compressed as a real host sends HTML: the same for every page, so no page gains by it.
    sendStatic(request, response, { 'Content-Type': 'text/html; charset=utf-8' }, Buffer.from(page(which)));
  } else if (Object.hasOwn(REFERENCE_SCRIPTS, path)) {
    // Compressed as ours is: the same host, and the same delay, for every script.
    const body = REFERENCE_SCRIPTS[path]();
    setTimeout(
      () => sendStatic(request, response, { 'Content-Type': 'text/javascript; charset=utf-8' }, body),
      scriptDelay,
    );
  } else if (path.startsWith('/w/')) {
    request.url = path.slice(2);
    setTimeout(() => published(request, response), path.endsWith('.js') ? scriptDelay : 0);
  } else response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
/** Takes each widget's snippet from the published configurator, as a webmaster would. */
async function takeSnippets() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const tab = await browser.contexts()[0].newPage();
  Object.assign(snippets, await copySnippets(tab, `${origin}/w/demo/configurator.html`));
  await buildPlainLit(snippets, PLAIN_OUT);
  await tab.close();
  await browser.close(); // (disconnects; the browser stays for Lighthouse)
}

/**
 * The two ways the script reaches the page. Served at once from this machine, the deferred script is in before
 * the parser is done, so Chromium runs it before the first paint, and Lighthouse's simulation (Lantern) then
 * counts its download at slow 4G and its run at 4x as blocking the Largest Contentful Paint, although the
 * prerendered content is painted without it. From a CDN it is at least one round trip away, as on a real site
 * and in PageSpeed Insights; 100 ms is a short one.
 */
const SCENARIOS = { 'served at once from this machine': 0, 'one round trip away, as from a CDN (100 ms)': 100 };
const figures = Object.fromEntries(
  Object.keys(SCENARIOS).map((name) => [name, Object.fromEntries(PAGES.map((which) => [which, []]))]),
);
/** The paints Chromium measured on a second view, the script served at once and cached (bench/measured-paint.mjs). */
const measured = Object.fromEntries(PAGES.map((which) => [which, []]));
try {
  await takeSnippets();
  // Compressed once before the runs, so that "served at once" is at once in the first run too.
  for (const file of [script, 'plain.iife.js', 'nmt-data.json']) {
    await fetch(`${origin}/w/${file}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  }
  for (let run = 0; run < RUNS; run++) {
    for (const [name, delay] of Object.entries(SCENARIOS)) {
      scriptDelay = delay;
      for (const which of PAGES) {
        const { lhr } = await lighthouse(`${origin}/${which}.html`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const audit = (id) => lhr.audits[id].numericValue;
        const result = {
          score: Math.round(lhr.categories.performance.score * 100),
          cls: audit('cumulative-layout-shift'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
        };
        figures[name][which].push(result);
        console.log(`run ${run + 1}, script ${name}, ${which.padEnd(7)} ${JSON.stringify(result)}`);
      }
    }
  }
  scriptDelay = 0;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  for (let run = 0; run < MEASURED_RUNS; run++) {
    for (const which of PAGES) {
      const paints = await measuredPaints(browser.contexts()[0], `${origin}/${which}.html`);
      measured[which].push(paints);
      console.log(`measured ${run + 1}, ${which.padEnd(7)} ${JSON.stringify(paints)}`);
    }
  }
  await browser.close();
} finally {
  await chrome.kill();
  server.close();
}

const ms = (v) => `${Math.round(v)} ms`;
const signed = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v))} ms`;
/** Column headings, in the order of PAGES. */
const HEADINGS = { without: 'without', empty: 'empty script', with: 'ours', plain: 'plain Lit' };
/**
 * Prints one table: a row per [label, key, format, goal], each with the median of `results[page][i][key]` for
 * every page, then `goal(m)`, where `m` holds those medians by page.
 */
function table(title, goalHeading, results, rows) {
  const cells = (values) => values.map((value) => value.padStart(13)).join('');
  console.log(`\n${title}\n  ${''.padEnd(26)}${cells(PAGES.map((which) => HEADINGS[which]))}   ${goalHeading}`);
  for (const [label, key, format, goal] of rows) {
    const m = Object.fromEntries(PAGES.map((which) => [which, median(results[which].map((result) => result[key]))]));
    console.log(`  ${label.padEnd(26)}${cells(PAGES.map((which) => format(m[which])))}   ${goal(m)}`);
  }
}

/** Ours and the reference against the page without a script, then the empty script against it (the floor). */
const againstWithout = (m) =>
  `${signed(m.with - m.without)}; ${signed(m.plain - m.without)}; ${signed(m.empty - m.without)}`;
for (const name of Object.keys(SCENARIOS)) {
  table(
    `Lighthouse 12.2.3, mobile preset (simulated throttling), median of ${RUNS}, nmt-widgets ${version};\n` +
      `the script ${name}`,
    'ours (goal); plain Lit; empty script',
    figures[name],
    [
      [
        'performance score',
        'score',
        String,
        (m) => `cost ${m.without - m.with} points (goal at most 2); ${m.without - m.plain}; ${m.without - m.empty}`,
      ],
      [
        'Cumulative Layout Shift',
        'cls',
        (v) => v.toFixed(3),
        (m) => `${m.with.toFixed(3)} (goal at most 0.05); ${m.plain.toFixed(3)}; ${m.empty.toFixed(3)}`,
      ],
      [
        'Largest Contentful Paint',
        'lcp',
        ms,
        (m) =>
          `${signed(m.with - m.without)} (goal at most +150 ms); ${signed(m.plain - m.without)}; ` +
          `${signed(m.empty - m.without)}`,
      ],
      // What is left once the floor is taken off, the widgets' own cost: a row of differences only, no columns.
      [
        'LCP above the empty script',
        'lcp',
        () => '',
        (m) => `${signed(m.with - m.empty)}; ${signed(m.plain - m.empty)}`,
      ],
      ['Total Blocking Time', 'tbt', ms, againstWithout],
    ],
  );
}

table(
  'Measured in Chromium, not simulated: CPU 4x slower, 412 px, the script served at once and in the cache ' +
    `(a second page view), median of ${MEASURED_RUNS}`,
  'ours; plain Lit; empty script',
  measured,
  [
    ['First Contentful Paint', 'fcp', ms, againstWithout],
    ['Largest Contentful Paint', 'lcp', ms, againstWithout],
  ],
);
