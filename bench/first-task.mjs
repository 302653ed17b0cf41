/**
 * `npm run bench` (the host page): the main-thread tasks a page runs from its
 * script tag to the widgets on screen, with the CPU slowed 4x (Lighthouse's
 * mobile factor), against a plain Lit element with the same markup and styles
 * bundled the same way (one minified classic script, Lit inside).
 *
 * Each page is the embedding the configurator writes (prerendered snippets,
 * a deferred script); the plain page has the very same snippets under its own
 * tags. Rounds are interleaved on fresh browsers; medians. For each page: the
 * longest task, and the blocking time (the part of each task over 50 ms,
 * summed, as Lighthouse's Total Blocking Time counts it).
 *
 * Needs `npm run build` (the snippets come from the published configurator).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { withPage } from './browser.mjs';
import { median } from './median.mjs';
import { asPlain, buildPlainLit } from './plain-lit.mjs';
import { copySnippets, WIDGETS } from './snippets.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OUT = 'build/bench';

if (!existsSync('dist/publish/demo/configurator.html')) {
  console.error('dist/publish/demo/ is not there yet: run npm run build first.');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const snippets = await withPage((page, origin) => copySnippets(page, `${origin}/dist/publish/demo/configurator.html`));

/**
 * Marks in the page's own timeline the frame in which every widget has rendered: the end of what is measured.
 * (Checked once a frame; the bench asks only after it, so its own scripts in the page are not counted.)
 */
const DONE_MARK = `const widgets = [...document.querySelectorAll('body > :not(h1, p, script)')];
const check = () => widgets.every((el) => el.hasUpdated) ? performance.mark('widgets-done') : requestAnimationFrame(check);
requestAnimationFrame(check);`;

function writePage(name, script, widgets, prefix) {
  const body = widgets.map((widget) => (prefix === 'plain' ? asPlain(snippets[widget], widget) : snippets[widget]));
  writeFileSync(
    `${OUT}/${name}.html`,
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="${script}" defer></script></head>
<body><h1>Stöd för yrkesverksamma</h1>${body.join('\n')}<p>Kommunens text.</p>
<script>${DONE_MARK}</script></body></html>`,
  );
}

await buildPlainLit(snippets, OUT);
const PAGES = {
  'ours, one hotline': ['ours-1', '/dist/cdn/nmt-widgets.iife.js', ['hotline'], 'nmt'],
  'plain, one hotline': ['plain-1', `/${OUT}/plain.iife.js`, ['hotline'], 'plain'],
  'ours, the four widgets': ['ours-4', '/dist/cdn/nmt-widgets.iife.js', WIDGETS, 'nmt'],
  'plain, the four widgets': ['plain-4', `/${OUT}/plain.iife.js`, WIDGETS, 'plain'],
};
for (const [name, script, widgets, prefix] of Object.values(PAGES)) writePage(name, script, widgets, prefix);

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The renderer main thread's top-level tasks in a trace, from the one that runs the page's script to the one
 * in which the widgets are done: [{ start, duration }] in ms. (Before, the page is the same with or without the
 * widgets; after, the bench's own scripts run in the page.)
 */
function tasksOf(trace, script) {
  const events = JSON.parse(trace).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer is the one that ran the page's script.
  const ran = (main) => events.some((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'EvaluateScript');
  const main = mains.find(ran) ?? mains[0];
  const onMain = (e) => e.pid === main.pid && e.tid === main.tid;
  const evaluated = events.find((e) => onMain(e) && e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(script));
  const done = events.find((e) => e.name === 'widgets-done');
  const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && TASKS.has(e.name) && e.ts + e.dur >= evaluated.ts);
  // Only the outermost: a RunTask inside a RunTask is the same time.
  const outermost = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && t.ts + t.dur <= o.ts + o.dur));
  const task = (e) => ({ start: e.ts / 1000, duration: e.dur / 1000 });
  return {
    untilDone: outermost.filter((e) => e.ts <= done.ts).map(task),
    // What runs once the page is idle (the widgets check Stockholm's offsets against Intl then), before the
    // bench asks the page anything.
    idle: outermost.filter((e) => e.ts > done.ts && e.ts < done.ts + 2_000_000).map(task),
  };
}

async function measure([file, script]) {
  return withPage(
    async (page, origin) => {
      const browser = page.context().browser();
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'],
      });
      await page.goto(`${origin}/${OUT}/${file}.html`, { waitUntil: 'commit' });
      // Nothing of the bench's runs in the page until the widgets are done (a slow machine waits longer).
      do await new Promise((resolve) => setTimeout(resolve, 3000));
      while (!(await page.evaluate(() => performance.getEntriesByName('widgets-done').length)));
      const { untilDone, idle } = tasksOf((await browser.stopTracing()).toString(), script);
      return {
        longest: Math.max(...untilDone.map((t) => t.duration)),
        blocking: untilDone.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        idle: Math.max(0, ...idle.map((t) => t.duration)),
      };
    },
    { cpuThrottling: 4 },
  );
}

const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, { longest: [], blocking: [], idle: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(PAGES);
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length]; // a different page first each round
    const measured = await measure(PAGES[name]);
    for (const key of ['longest', 'blocking', 'idle']) results[name][key].push(measured[key]);
  }
}

const ms = (x) => `${Math.round(x)} ms`.padStart(7);
const of = (name, key) => median(results[name][key]);
console.log(
  `\nThe host page, CPU 4x slower: from the script tag to the widgets on screen (${ROUNDS} rounds, medians)\n` +
    `  ${''.padEnd(24)} ${'longest task'.padStart(12)} ${'blocking'.padStart(9)}   then, when idle, the longest task`,
);
for (const name of Object.keys(PAGES)) {
  console.log(
    `  ${name.padEnd(24)} ${ms(of(name, 'longest')).padStart(12)} ${ms(of(name, 'blocking')).padStart(9)}   ${ms(of(name, 'idle'))}`,
  );
}
const ratio = (a, b, key) => (of(a, key) / of(b, key)).toFixed(2);
console.log(
  `  longest task, ours/plain: one hotline ${ratio('ours, one hotline', 'plain, one hotline', 'longest')}x, ` +
    `four widgets ${ratio('ours, the four widgets', 'plain, the four widgets', 'longest')}x (goal at most 1.5x)\n` +
    `  blocking time of the four widgets: ours ${ms(of('ours, the four widgets', 'blocking')).trim()}, ` +
    `plain ${ms(of('plain, the four widgets', 'blocking')).trim()} (goal under 200 ms)`,
);
