/**
 * CI check of NMT_DATA_URL: builds the classic bundle with a data URL baked
 * in, loads it in Chromium on a page with no data-src, no meta and no src, and
 * checks that the widgets show the data from that URL (served by the route
 * below). Exits 1 with the reason otherwise.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { build } from 'vite';

const DATA_URL = 'https://data.publisher.example/nmt-data.json';
const outDir = mkdtempSync(join(tmpdir(), 'nmt-built-in-'));
process.env.NMT_DATA_URL = DATA_URL;
try {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const data = JSON.parse(readFileSync('dist/nmt-data.json', 'utf8'));
  data.contacts = [{ ...data.contacts[0], name: 'Från den inbakade adressen' }];

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route(DATA_URL, (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify(data),
      }),
    );
    await page.route('https://site.example/**', (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(outDir, 'nmt-widgets.iife.js')) })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><script src="/nmt-widgets.iife.js"></script><nmt-contact-list></nmt-contact-list>',
          }),
    );
    await page.goto('https://site.example/');
    const name = page.locator('nmt-contact-list .card h3').first();
    await name.waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      () =>
        document.querySelector('nmt-contact-list')?.shadowRoot?.querySelector('.card h3')?.textContent ===
        'Från den inbakade adressen',
      null,
      { timeout: 10_000 },
    );
    console.log(`NMT_DATA_URL: a bundle built with ${DATA_URL} shows that data`);
  } finally {
    await browser.close();
  }
} catch (error) {
  console.error(`NMT_DATA_URL: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
