/**
 * The paints of a page as Chromium measures them, not as Lighthouse's
 * simulation estimates them: the CPU 4x slower (Lighthouse's mobile factor),
 * a phone's viewport, and the page viewed twice, so that the second view,
 * the one measured, has the script from the HTTP and code caches, as on a
 * visitor's second page of a site. That is where a script is truly at once:
 * it shows whether running it before the first paint delays that paint.
 */

/** How long after load a view is left, for its last Largest Contentful Paint candidate. */
const SETTLE_MS = 1500;

/** First Contentful Paint and Largest Contentful Paint (ms from navigation) of the second view of `url`. */
export async function measuredPaints(context, url) {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.setViewportSize({ width: 412, height: 823 });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(SETTLE_MS);
    await tab.goto(`${url}?second-view`, { waitUntil: 'load' });
    await tab.waitForTimeout(SETTLE_MS);
    return await tab.evaluate(
      () =>
        new Promise((resolve) => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          new PerformanceObserver((list) => resolve({ fcp, lcp: list.getEntries().at(-1).startTime })).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
        }),
    );
  } finally {
    await tab.close();
  }
}
