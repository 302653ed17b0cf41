import { expect, waitUntil } from '@open-wc/testing';
import { attributesOf, prerenderedWidgets, WIDGETS, type Prerendered } from './prerendered.js';

/*
 * The longest task a page runs from the script tag to the widgets on screen, against plain Lit elements that
 * render the same markup and styles, bundled the same way (test/server/plain-reference.mjs). A ratio, never a
 * time: both pages run in the same test, interleaved, and the medians are compared. (`npm run bench` measures
 * the same with the CPU slowed 4x, against a goal of 1.5x; this holds a wider bound, for a busy machine.)
 */

/**
 * Enough rounds for a median that a busy machine does not decide: each task is 10-30 ms, and with a second
 * test suite running, five rounds once gave a median of 26 ms ours to 11 ms plain (2.3x), where a quiet machine
 * gives 1.0x. Eighteen loads and a warm-up take longer than the suite's 20 s allows a test a quarter of, so
 * this test has its own timeout.
 */
const ROUNDS = 9;
const TIMEOUT_MS = 60_000;
const MAX_RATIO = 2;

/**
 * Pings itself through a message channel from load on: the longest gap between two pings is the longest task
 * that ran in between.
 */
const PROBE = `window.longest = 0;
let last = performance.now();
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  const now = performance.now();
  window.longest = Math.max(window.longest, now - last);
  last = now;
  if (!window.stopProbe) channel.port2.postMessage(0);
};
window.startProbe = () => { window.longest = 0; last = performance.now(); channel.port2.postMessage(0); };`;

async function longestTask(kind: 'nmt' | 'plain', widgets: Record<string, Prerendered>): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  // With the attributes the prerenders were made with (the plain elements render the prerendered markup).
  const body = WIDGETS.map((w) => `<${kind}-${w}${attributesOf(w)}>${widgets[w].snippet}</${kind}-${w}>`).join('\n');
  frame.srcdoc = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><script>${PROBE}</script></head>
<body><h1>Stöd</h1>${body}<p>Text.</p></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window &
    typeof globalThis & { longest: number; stopProbe: boolean; startProbe(): void; plainReference?: unknown };
  const doc = frame.contentDocument!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  const script = doc.createElement('script');
  if (kind === 'plain') {
    win.plainReference = Object.fromEntries(
      WIDGETS.map((w) => [w, { css: widgets[w].css, markup: widgets[w].markup }]),
    );
    script.src = '/test-reference/plain-lit.js';
  } else {
    script.src = '/dist/cdn/nmt-widgets.iife.js';
  }
  win.startProbe();
  doc.head.append(script);
  const elements = () => WIDGETS.map((w) => doc.querySelector(`${kind}-${w}`) as Element & { hasUpdated?: boolean });
  await waitUntil(() => elements().every((el) => el.hasUpdated), `the ${kind} widgets render`, { timeout: 5000 });
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  win.stopProbe = true;
  const longest = win.longest;
  frame.remove();
  return longest;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('the page a prerendered widget lands on, from the script tag to the widgets on screen', function () {
  this.timeout(TIMEOUT_MS);
  it(`runs no task much longer than plain Lit elements with the same markup (median ratio at most ${MAX_RATIO})`, async () => {
    const widgets = await prerenderedWidgets('sv');
    // Both scripts come from the HTTP and code caches, on purpose: a load of each first, not measured. A cold
    // compile's cost follows the script's size and the machine's load (2.2x ours against plain, with two busy
    // loops beside the suite), not the widgets' work, which is what this guards; and two cold rounds of five
    // decided the median with a second suite running. The cold load, at 4x, is `npm run bench`'s to measure.
    await longestTask('nmt', widgets);
    await longestTask('plain', widgets);
    const ours: number[] = [];
    const plain: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Each goes first in turn: neither always meets the busier moment.
      if (round % 2) plain.push(await longestTask('plain', widgets));
      ours.push(await longestTask('nmt', widgets));
      if (!(round % 2)) plain.push(await longestTask('plain', widgets));
    }
    const ratio = median(ours) / median(plain);
    expect(ratio, `ours ${ours.map(Math.round)} ms, plain ${plain.map(Math.round)} ms`).to.be.at.most(MAX_RATIO);
  });
});
