/**
 * `npm run screenshots`: pictures of the hotline in every state, in both
 * languages, at 320 px and at desktop width, from the demo page in headless
 * Chromium (CHROME_PATH, or /usr/bin/chromium); and the whole demo page as a
 * phone 320 px wide shows it, with the page's own margins, every widget on it.
 * Written to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { createServer } from 'vite';

const STATES = {
  open: '2026-11-30T10:00:00+01:00',
  'closing-soon': '2026-11-30T16:20:00+01:00',
  'closed-after-hours': '2026-11-30T17:00:00+01:00',
  weekend: '2026-11-28T12:00:00+01:00',
  'holiday-juldagen': '2026-12-25T10:00:00+01:00',
  'eve-julafton': '2026-12-24T10:00:00+01:00',
};

const server = await createServer({ logLevel: 'warn', server: { port: 5199, strictPort: true } });
await server.listen();
const browser = await launchChromium(['--disable-background-networking']);
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const [width, states] of [
    [1280, Object.keys(STATES)],
    [320, Object.keys(STATES)],
  ]) {
    // A visitor in Los Angeles still sees Stockholm time.
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      timezoneId: 'America/Los_Angeles',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    for (const lang of ['sv', 'en']) {
      for (const state of states) {
        const query = new URLSearchParams({ lang, now: STATES[state] });
        await page.goto(`http://127.0.0.1:5199/?${query}`, { waitUntil: 'networkidle' });
        const hotline = page.locator('nmt-hotline');
        await hotline.locator('[part="status"]').waitFor();
        const file = `docs/screenshots/hotline-${state}-${lang}-${width}.png`;
        await hotline.screenshot({ path: file });
        console.log(file);
      }
      if (width === 320) {
        // The whole page, margins and all four widgets, as a phone shows it.
        const query = new URLSearchParams({ lang, now: STATES['closed-after-hours'] });
        await page.goto(`http://127.0.0.1:5199/?${query}`, { waitUntil: 'networkidle' });
        await page.locator('nmt-hotline [part="status"]').waitFor();
        const file = `docs/screenshots/page-${lang}-320.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
