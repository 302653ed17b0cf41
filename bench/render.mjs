/**
 * `npm run bench` (browser part): how long one <nmt-hotline> takes from being
 * added to the page to its first complete render, on the costliest hours texts
 * that the 2,000-character cap lets through (bench/worst-cases.mjs). Each
 * element gets a text of its own, so nothing is served from a cache. Uses the
 * built CDN bundle. Prints medians and maxima; asserts nothing.
 */
import { withPage } from './browser.mjs';
import { variant, WORST_CASES } from './worst-cases.mjs';

const RUNS = 15;
const GOAL_MS = 50;

const warnings = [];
const results = await withPage(async (page, origin) => {
  // A text the widget refused would time the dataset's hours instead: any warning spoils the figures.
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error')
      warnings.push(`${message.text()} ${message.location().url}`);
  });
  await page.goto(`${origin}/bench/blank.html`);
  await page.addScriptTag({ url: '/dist/cdn/nmt-widgets.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('nmt-hotline'));
  const cases = Object.entries(WORST_CASES).map(([name, hours]) => [
    name,
    Array.from({ length: RUNS + 1 }, (_, i) => variant(hours, i)),
  ]);
  return page.evaluate(async (cases) => {
    const out = [];
    for (const [name, texts] of cases) {
      const times = [];
      for (const hours of texts) {
        const start = performance.now();
        const el = document.createElement('nmt-hotline');
        el.setAttribute('now', '2026-11-30T10:00:00+01:00');
        el.setAttribute('hours', hours);
        document.body.append(el);
        await el.updateComplete;
        times.push(performance.now() - start);
        el.remove();
      }
      times.shift(); // the first also pays for the page's first Intl formatters
      out.push([name, times]);
    }
    return out;
  }, cases);
});

if (warnings.length > 0) {
  console.error(`The page warned, so these figures are not of the texts meant:\n${warnings.join('\n')}`);
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `<nmt-hotline> first render on the costliest hours under the cap (${RUNS} texts each, goal under ${GOAL_MS} ms)\n`,
);
let worst = 0;
for (const [name, times] of results) {
  const max = Math.max(...times);
  worst = Math.max(worst, median(times));
  console.log(
    `  ${name.padEnd(30)} median ${median(times).toFixed(1).padStart(6)} ms   max ${max.toFixed(1).padStart(6)} ms`,
  );
}
console.log(
  `\n  worst median ${worst.toFixed(1)} ms per element: ${worst < GOAL_MS ? 'within' : 'OVER'} the ${GOAL_MS} ms goal`,
);
