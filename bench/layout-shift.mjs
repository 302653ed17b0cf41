/**
 * `npm run bench` (the host page): how far a page moves when the widgets' script arrives, measured in
 * Chromium as the layout shifts the page itself reports (Cumulative Layout Shift, summed: an upper bound of
 * the session window PageSpeed Insights reports). The page is a municipality's: a heading, the four widgets
 * as the published configurator writes them, then an article. The script comes 300 ms after the page, as
 * over a network, and the hosted data 600 ms after the script, so the page is painted without either.
 *
 * Each page is measured at 320 and 1280 px, in Swedish and English (the configurator in that language), the
 * line open and closed; against the same page with the plain Lit reference (the same markup under its own
 * tags, bench/plain-lit.mjs), and with the fallback alone, as the configurator wrote it before it
 * prerendered (what a page without the prerender shows first). Layout is not timing: one round would do;
 * a few show that it holds.
 *
 * Needs `npm run build` (the snippets come from the published configurator).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { withPage } from './browser.mjs';
import { median } from './median.mjs';
import { asPlain, buildPlainLit } from './plain-lit.mjs';
import { copySnippets, WIDGETS, withoutPrerender } from './snippets.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OUT = 'build/bench/layout-shift';
/** How late the script and then the hosted data come, as over a network. */
const SCRIPT_LATE_MS = 300;
const DATA_LATE_MS = 600;
/** Google's "good" is 0.1; the widgets aim at half of it. */
const GOAL = 0.05;
const INSTANTS = { open: '2026-12-08T10:00:00+01:00', closed: '2026-12-05T20:00:00+01:00' };
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 900 },
];
const LANGS = ['sv', 'en'];

if (!existsSync('dist/publish/demo/configurator.html')) {
  console.error('dist/publish/demo/ is not there yet: run npm run build first.');
  process.exit(1);
}

/** The widget at an instant of its own (the tag's `now`), so that open and closed do not depend on the clock. */
const at = (snippet, widget, now) => snippet.replace(`<nmt-${widget}`, `<nmt-${widget} now="${now}"`);

/**
 * The three embeddings compared: each widget's markup, and the script the page loads in a language (the plain
 * reference is built per language; ours reads hosted data).
 */
const EMBEDDINGS = {
  'ours, prerendered': {
    markup: (snippet, widget, now) => at(snippet, widget, now),
    script: () => '/dist/cdn/nmt-widgets.iife.js',
    hostedData: true,
  },
  'plain Lit, same markup': {
    markup: (snippet, widget) => asPlain(snippet, widget),
    script: (lang) => `/${OUT}/${lang}/plain.iife.js`,
  },
  'ours, fallback alone': {
    markup: (snippet, widget, now) => at(withoutPrerender(snippet), widget, now),
    script: () => '/dist/cdn/nmt-widgets.iife.js',
    hostedData: true,
  },
};

/** Adds up the page's own layout shifts from its first paint on; the bench reads `window.layoutShift`. */
const OBSERVER = `window.layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`;

function pageHtml(lang, widgets, script, hostedData) {
  const paragraph =
    lang === 'sv'
      ? 'Kommunen arbetar för att alla som möter personer utsatta för prostitution och människohandel ska få ' +
        'stöd. Här finns information om vart du vänder dig och vilka myndigheter som samverkar.'
      : 'The municipality works so that everyone who meets people exposed to prostitution and human ' +
        'trafficking gets support. Here is where to turn and which agencies work together.';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>${OBSERVER}</script>
<style>body{font-family:sans-serif;line-height:1.5;margin:0}main{padding:0 1rem;max-width:60rem;margin:0 auto}</style>
<script src="${script}"${hostedData ? ' data-src="/dist/publish/nmt-data.json"' : ''} defer></script></head>
<body><main><h1>${lang === 'sv' ? 'Stöd för yrkesverksamma' : 'Support for professionals'}</h1>
${widgets.join('\n')}
<article>${`<p>${paragraph}</p>`.repeat(8)}</article></main></body></html>`;
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads `file` at `viewport` with the script and the data late; the page's summed layout shift. */
async function layoutShift(browser, origin, { file, hostedData }, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    await context.route(/\.iife\.js$/, async (route) => {
      await delay(SCRIPT_LATE_MS);
      await route.continue();
    });
    await context.route(/nmt-data\.json$/, async (route) => {
      await delay(DATA_LATE_MS);
      await route.continue();
    });
    const page = await context.newPage();
    const data = hostedData && page.waitForResponse(/nmt-data\.json$/);
    await page.goto(`${origin}/${file}`);
    if (data) await data;
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main > :not(h1, article)')].every((el) => el.hasUpdated),
    );
    // The render the data brings, and the frame after it; then a moment for the observer, whose entries come in
    // a task of their own.
    await page.evaluate(
      () => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve))),
    );
    await delay(200);
    return await page.evaluate(() => window.layoutShift);
  } finally {
    await context.close();
  }
}

const cases = [];
mkdirSync(OUT, { recursive: true });
await withPage(async (page, origin) => {
  for (const lang of LANGS) {
    const query = lang === 'sv' ? '' : `?lang=${lang}`;
    const snippets = await copySnippets(page, `${origin}/dist/publish/demo/configurator.html${query}`);
    await buildPlainLit(snippets, `${OUT}/${lang}`);
    for (const [state, now] of Object.entries(INSTANTS)) {
      for (const [name, { markup, script, hostedData = false }] of Object.entries(EMBEDDINGS)) {
        const file = `${OUT}/${lang}-${state}-${Object.keys(EMBEDDINGS).indexOf(name)}.html`;
        const widgets = WIDGETS.map((widget) => markup(snippets[widget], widget, now));
        writeFileSync(file, pageHtml(lang, widgets, script(lang), hostedData));
        cases.push({ name, lang, state, file, hostedData });
      }
    }
  }
  const browser = page.context().browser();
  for (const entry of cases) entry.shifts = Object.fromEntries(VIEWPORTS.map(({ width }) => [width, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const entry of cases) {
      for (const viewport of VIEWPORTS) {
        entry.shifts[viewport.width].push(await layoutShift(browser, origin, entry, viewport));
      }
    }
  }
});

const columns = LANGS.flatMap((lang) =>
  Object.keys(INSTANTS).flatMap((state) => VIEWPORTS.map(({ width }) => ({ lang, state, width }))),
);
const cell = (value) => value.padStart(11);
console.log(
  `\nThe host page: layout shift when the script comes ${SCRIPT_LATE_MS} ms late and the hosted data ` +
    `${DATA_LATE_MS} ms after it (summed, median of ${ROUNDS})\n` +
    `  ${''.padEnd(24)}${columns.map(({ lang, state }) => cell(`${lang} ${state}`)).join('')}\n` +
    `  ${''.padEnd(24)}${columns.map(({ width }) => cell(`${width} px`)).join('')}`,
);
const worst = {};
for (const name of Object.keys(EMBEDDINGS)) {
  const values = columns.map(({ lang, state, width }) =>
    median(cases.find((c) => c.name === name && c.lang === lang && c.state === state).shifts[width]),
  );
  worst[name] = Math.max(...values);
  console.log(`  ${name.padEnd(24)}${values.map((v) => cell(v.toFixed(3))).join('')}`);
}
console.log(
  `  the most, ours: ${worst['ours, prerendered'].toFixed(3)} (goal at most ${GOAL}); ` +
    `plain Lit ${worst['plain Lit, same markup'].toFixed(3)}; the fallback alone ${worst['ours, fallback alone'].toFixed(3)}`,
);
