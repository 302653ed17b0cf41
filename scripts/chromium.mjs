/**
 * Headless Chromium for the scripts and benches: CHROME_PATH, else Debian's
 * /usr/bin/chromium (what .ci/run installs on a clean machine).
 */
import { chromium } from 'playwright-core';

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', ...extraArgs],
  });
}
