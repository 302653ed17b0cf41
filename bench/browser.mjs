/**
 * Headless Chromium on a static server of the project folder, for the render
 * benches: `withPage(fn)` serves the files on 127.0.0.1, opens a blank page
 * and closes both afterwards, whatever happens.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path);
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function withPage(fn, { cpuThrottling = 1 } = {}) {
  const server = await serve(process.cwd());
  const browser = await launchChromium(['--disable-background-networking', '--disable-dev-shm-usage']);
  try {
    const page = await browser.newPage();
    if (cpuThrottling > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    }
    const origin = `http://127.0.0.1:${server.address().port}`;
    return await fn(page, origin);
  } finally {
    await browser.close();
    server.close();
  }
}
