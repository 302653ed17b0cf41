/**
 * `npm run bench` (browser part), in headless Chromium on the built CDN bundle:
 * - the first render of 100 and 1000 <nmt-hotline> elements against a plain
 *   Lit element with the same markup and styles (the floor), interleaved rounds
 *   on fresh pages, medians and ratios;
 * - the time to the first hotline on a cold page with the CPU slowed 4x, against
 *   the plain element on the same kind of page;
 * - V8 heap per element, against the plain element;
 * - the timers 100 live widgets keep, and the wake-ups in five idle minutes;
 * - where the render time of 1000 hotlines goes: our code, Lit and the DOM, the collector;
 * - each of the costliest hours texts under the 2,000-character cap, per element.
 * Prints figures; asserts nothing about speed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { withPage } from './browser.mjs';
import { median } from './median.mjs';
import { attribute, buildUnminified } from './render-profile.mjs';
import { variant, WORST_CASES } from './worst-cases.mjs';

const ROUNDS = 5;
const NOW = '2026-11-30T10:00:00+01:00';
const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);

/** Lit from node_modules for the plain element: the same production build the bundle has inside. */
const IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
});

/**
 * Defines <plain-hotline>: a LitElement whose template is the markup one real
 * hotline rendered (Lit's markers removed) and whose styles are the hotline's.
 */
async function definePlain(page) {
  await page.addScriptTag({ type: 'importmap', content: IMPORT_MAP });
  const { markup, css, markers, bound } = await page.evaluate(async (now) => {
    const el = document.createElement('nmt-hotline');
    el.setAttribute('now', now);
    document.body.append(el);
    await el.updateComplete;
    // Lit's markers: one comment per child binding (the plain element has none).
    const markers = el.shadowRoot.innerHTML.match(/<!--[^]*?-->/g)?.length ?? 0;
    const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    // The same markup with each text as a binding of its own, in one flat template: Lit's floor for these texts.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const texts = [];
    const walker = document.createTreeWalker(template.content, 4 /* NodeFilter.SHOW_TEXT */);
    while (walker.nextNode()) {
      if (walker.currentNode.data.trim() === '') continue;
      texts.push(walker.currentNode.data);
      walker.currentNode.data = '\u0001';
    }
    const bound = { strings: template.innerHTML.split('\u0001'), values: texts };
    const css = el.shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .join('\n');
    el.remove();
    return { markup, css, markers, bound };
  }, NOW);
  await page.addScriptTag({ type: 'module', content: plainModule({ markup, css }) });
  await page.addScriptTag({ type: 'module', content: boundModule({ bound, css }) });
  await page.waitForFunction(() => customElements.get('plain-hotline') && customElements.get('bound-hotline'));
  return { markup, css, markers, bound };
}

/** The plain element's definition as module text, for a page of its own. */
const plainModule = ({ markup, css }) => `import { LitElement, html, unsafeCSS } from 'lit';
const strings = Object.assign([${JSON.stringify(markup)}], { raw: [${JSON.stringify(markup)}] });
class PlainHotline extends LitElement {
  static styles = unsafeCSS(${JSON.stringify(css)});
  render() { return html(strings); }
}
customElements.define('plain-hotline', PlainHotline);`;

/** <bound-hotline>: the plain element with each text a binding, in one flat template (Lit's cost of dynamic texts). */
const boundModule = ({ bound, css }) => `import { LitElement, html, unsafeCSS } from 'lit';
const strings = Object.assign(${JSON.stringify(bound.strings)}, { raw: ${JSON.stringify(bound.strings)} });
const values = ${JSON.stringify(bound.values)};
class BoundHotline extends LitElement {
  static styles = unsafeCSS(${JSON.stringify(css)});
  render() { return html(strings, ...values); }
}
customElements.define('bound-hotline', BoundHotline);`;

async function freshPage(page, origin) {
  await page.goto(`${origin}/bench/blank.html`);
  await page.addScriptTag({ url: '/dist/cdn/nmt-widgets.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('nmt-hotline'));
  return definePlain(page);
}

/** Milliseconds from appending `count` elements to the last one's first complete render. */
function renderMany(page, tag, count) {
  return page.evaluate(
    async ({ tag, count, now }) => {
      const box = document.createElement('div');
      for (let i = 0; i < count; i++) {
        const el = document.createElement(tag);
        el.setAttribute('now', now);
        box.append(el);
      }
      const start = performance.now();
      document.body.append(box);
      await Promise.all([...box.children].map((el) => el.updateComplete));
      const time = performance.now() - start;
      box.remove();
      return time;
    },
    { tag, count, now: NOW },
  );
}

async function heapPerElement(page, cdp, tag, count) {
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await used();
  await page.evaluate(
    async ({ tag, count, now }) => {
      const box = document.createElement('div');
      box.id = 'heap';
      for (let i = 0; i < count; i++) box.append(Object.assign(document.createElement(tag), {}));
      box.querySelectorAll(tag).forEach((el) => el.setAttribute('now', now));
      document.body.append(box);
      await Promise.all([...box.children].map((el) => el.updateComplete));
    },
    { tag, count, now: NOW },
  );
  const after = await used();
  await page.evaluate(() => document.getElementById('heap').remove());
  return (after - before) / count;
}

const unminified = await buildUnminified();
const results = await withPage(async (page, origin) => {
  const cdp = await page.context().newCDPSession(page);
  const out = { render: {}, heap: {}, timers: null, plain: null, worst: [] };

  const TAGS = { ours: 'nmt-hotline', bound: 'bound-hotline', plain: 'plain-hotline' };
  for (const count of [100, 1000]) {
    const times = { ours: [], bound: [], plain: [] };
    for (let round = 0; round < ROUNDS; round++) {
      await freshPage(page, origin);
      // A different one goes first each round, so none always meets the colder page.
      const order = Object.keys(TAGS);
      for (let i = 0; i < order.length; i++) {
        const kind = order[(i + round) % order.length];
        times[kind].push(await renderMany(page, TAGS[kind], count));
      }
    }
    out.render[count] = { ours: median(times.ours), bound: median(times.bound), plain: median(times.plain) };
  }

  out.plain = await freshPage(page, origin);
  out.heap = {
    ours: await heapPerElement(page, cdp, 'nmt-hotline', 500),
    bound: await heapPerElement(page, cdp, 'bound-hotline', 500),
    plain: await heapPerElement(page, cdp, 'plain-hotline', 500),
  };

  // Timers of 100 live hotlines and open-status widgets, counted by wrapping the timer functions.
  out.timers = await page.evaluate(async () => {
    const active = new Set();
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
    // Each timer set is counted until it is cleared (or, for a timeout, until it has run).
    const counted = (set, clear, once) => [
      (fn, delay, ...args) => {
        const id = set(
          (...a) => {
            if (once) active.delete(id);
            fn(...a);
          },
          delay,
          ...args,
        );
        active.add(id);
        return id;
      },
      (id) => (active.delete(id), clear(id)),
    ];
    [window.setTimeout, window.clearTimeout] = counted(st, ct, true);
    [window.setInterval, window.clearInterval] = counted(si, ci, false);
    const box = document.createElement('div');
    for (let i = 0; i < 50; i++)
      box.append(document.createElement('nmt-hotline'), document.createElement('nmt-open-status'));
    document.body.append(box);
    await Promise.all([...box.children].map((el) => el.updateComplete));
    const timers = active.size;
    box.remove();
    Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci });
    return { widgets: 100, timers };
  });

  // Each costliest hours text under the cap, a text of its own per element.
  for (const [name, hours] of Object.entries(WORST_CASES)) {
    const times = await page.evaluate(
      async ({ texts, now }) => {
        const times = [];
        for (const hours of texts) {
          const start = performance.now();
          const el = document.createElement('nmt-hotline');
          el.setAttribute('now', now);
          el.setAttribute('hours', hours);
          document.body.append(el);
          await el.updateComplete;
          times.push(performance.now() - start);
          el.remove();
        }
        return times.slice(1);
      },
      { texts: Array.from({ length: 12 }, (_, i) => variant(hours, i)), now: NOW },
    );
    out.worst.push([name, median(times), Math.max(...times)]);
  }

  // The same first render of 1000, profiled on an unminified bundle (once untimed first).
  await page.goto(`${origin}/bench/blank.html`);
  await page.addScriptTag({ url: unminified, type: 'module' });
  await page.waitForFunction(() => customElements.get('nmt-hotline'));
  await renderMany(page, 'nmt-hotline', 1000);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let round = 0; round < ROUNDS; round++) await renderMany(page, 'nmt-hotline', 1000);
  out.shares = attribute((await cdp.send('Profiler.stop')).profile);
  return out;
});

/** A cold page with the CPU slowed 4x: from navigation to the first hotline rendered, ours against the plain element. */
async function firstHotline(kind) {
  return withPage(
    async (page, origin) => {
      await page.goto(`${origin}/build/bench/first-${kind}.html`);
      return page.evaluate(async () => {
        const el = document.querySelector('nmt-hotline, plain-hotline');
        while (!el.updateComplete) await new Promise((resolve) => setTimeout(resolve, 1));
        await el.updateComplete;
        return performance.now();
      });
    },
    { cpuThrottling: 4 },
  );
}
// The two cold pages, written beside the build: the bundle and one hotline, or Lit, the plain element and one.
mkdirSync('build/bench', { recursive: true });
const page = (head, body) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
writeFileSync(
  'build/bench/first-ours.html',
  page('<script type="module" src="/dist/cdn/nmt-widgets.js"></script>', `<nmt-hotline now="${NOW}"></nmt-hotline>`),
);
writeFileSync('build/bench/plain-hotline.js', plainModule(results.plain));
writeFileSync(
  'build/bench/first-plain.html',
  page(
    `<script type="importmap">${IMPORT_MAP}</script><script type="module" src="/build/bench/plain-hotline.js"></script>`,
    '<plain-hotline></plain-hotline>',
  ),
);
const first = { ours: [], plain: [] };
for (let round = 0; round < ROUNDS; round++) {
  first.ours.push(await firstHotline('ours'));
  first.plain.push(await firstHotline('plain'));
}

console.log(`<nmt-hotline> against a plain Lit element with the same markup (${ROUNDS} rounds, medians)\n`);
for (const [count, { ours, bound, plain }] of Object.entries(results.render)) {
  console.log(
    `  first render of ${String(count).padStart(4)}  ours ${ms(ours)}  plain ${ms(plain)}  ${(ours / plain).toFixed(2)}x (goal 2x, aim 1.3x)`,
  );
  console.log(
    `    its texts as bindings of one flat template ${ms(bound)}  ${(bound / plain).toFixed(2)}x plain; ours ${(ours / bound).toFixed(2)}x that`,
  );
}
const f = { ours: median(first.ours), plain: median(first.plain) };
console.log(
  `  first hotline, cold page, CPU 4x slower  ours ${ms(f.ours)}  plain ${ms(f.plain)}  ${(f.ours / f.plain).toFixed(2)}x (goal 1.5x)`,
);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const heap = results.heap;
console.log(
  `  V8 heap per element  ours ${kb(heap.ours)}  plain ${kb(heap.plain)}  ${(heap.ours / heap.plain).toFixed(2)}x (goal 2x)\n` +
    `    its texts as bindings of one flat template ${kb(heap.bound)}  ${(heap.bound / heap.plain).toFixed(2)}x plain; ours ${(heap.ours / heap.bound).toFixed(2)}x that\n` +
    `    (ours has ${results.plain.markers} Lit child-binding markers in its shadow root, the flat template ${results.plain.bound.values.length}, the plain element none)`,
);
console.log(
  `  timers kept by ${results.timers.widgets} live widgets: ${results.timers.timers} (one timeout, one watchdog)`,
);

const share = (owner) => `${((results.shares[owner] ?? 0) * 100).toFixed(0)} %`;
console.log(
  `  where the first render of 1000 goes: Lit and the DOM work it asks for ${share('Lit')}, ` +
    `nmt-widgets ${share('nmt-widgets')}, garbage collection ${share('garbage collector')}, other ${share('other')}\n`,
);

console.log(
  '<nmt-hotline> first render on the costliest hours under the cap (a text of its own each, goal under 50 ms)',
);
for (const [name, med, max] of results.worst) console.log(`  ${name.padEnd(30)} median ${ms(med)}   max ${ms(max)}`);
