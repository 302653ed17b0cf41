/**
 * Server commands for the WordPress plugin's tests (test/wordpress/): a real WordPress from Debian's packages
 * (wordpress-site.mjs), and a Chromium of its own driving it as its users would, since the site is on another
 * origin than the test page. Each command is one step a test checks; the site lives from `wordpress-start`
 * to `wordpress-stop`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { startWordPress, USERS, wordpressAvailable } from '../wordpress/wordpress-site.mjs';

let site = null;
let browser = null;

const WIDGETS = ['hotline', 'open-status', 'contact-list', 'member-agencies'];

/**
 * Logs `user` in, landing on `path` of wp-admin as WordPress's own redirect after the login (not on the
 * dashboard, the heaviest page of all, first). Waits for the document, not for every script and style of it.
 */
async function logIn(user, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const landing = `${site.origin}/wp-admin/${path}`;
  await page.goto(`${site.origin}/wp-login.php?redirect_to=${encodeURIComponent(landing)}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.fill('#user_login', USERS[user].login);
  await page.fill('#user_pass', USERS[user].password);
  await Promise.all([page.waitForURL(landing, { waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  return page;
}

/** As the Author: a new post with one block of each widget, each previewing the real widget; then published. */
async function authorAddsBlocks() {
  const errors = [];
  const page = await logIn('author', 'post-new.php');
  page.on('pageerror', (error) => errors.push(error.message));
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('nmt-widgets/hotline'), undefined, {
    timeout: 20_000,
  });
  const inserter = await page.evaluate(() =>
    window.wp.blocks
      .getBlockTypes()
      .filter((type) => type.name.startsWith('nmt-widgets/'))
      .map((type) => type.title),
  );
  await page.evaluate((widgets) => {
    const { createBlock } = window.wp.blocks;
    window.wp.data
      .dispatch('core/block-editor')
      .insertBlocks(
        widgets.map((widget) =>
          createBlock(`nmt-widgets/${widget}`, widget === 'open-status' ? { showNumber: true } : {}),
        ),
      );
    window.wp.data.dispatch('core/editor').editPost({ title: 'Stöd för yrkesverksamma', status: 'publish' });
  }, WIDGETS);
  // The previews: the real elements, rendered (in the editor's iframe where there is one).
  const canvas = page.frame({ name: 'editor-canvas' }) ?? page.mainFrame();
  await canvas.waitForFunction(
    (widgets) => widgets.every((w) => document.querySelector(`nmt-${w}`)?.shadowRoot?.querySelector('[part]')),
    WIDGETS,
    { timeout: 10_000 },
  );
  const previews = await canvas.evaluate(
    (widgets) =>
      widgets.map((w) => document.querySelector(`nmt-${w}`).shadowRoot.textContent.replace(/\s+/g, ' ').trim()),
    WIDGETS,
  );
  await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return !editor.isSavingPost() && editor.getCurrentPost().status === 'publish';
  });
  const post = await page.evaluate(() => {
    const current = window.wp.data.select('core/editor').getCurrentPost();
    return { id: current.id, link: current.link };
  });
  await page.context().close();
  return { inserter, previews, post, errors };
}

/** A visitor's view of the post, in a language, at a width: the widgets, the script tag, axe, the layout. */
async function visitorViews({ id, width, locale }) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  setOption('WPLANG', locale);
  await page.goto(`${site.origin}/?p=${id}`);
  await page.waitForFunction(
    (widgets) => widgets.every((w) => document.querySelector(`nmt-${w}`)?.shadowRoot?.querySelector('[part]')),
    WIDGETS,
    { timeout: 10_000 },
  );
  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  const report = await page.evaluate(async (widgets) => {
    const script = document.querySelector('script[src*="nmt-widgets-"]');
    const column = document.querySelector('.wp-block-post-content, .entry-content');
    const columnBox = column.getBoundingClientRect();
    const contentWidth = parseFloat(getComputedStyle(column).getPropertyValue('--wp--style--global--content-size'));
    const boxes = widgets.map((w) => {
      const wrapper = document.querySelector(`.wp-block-nmt-widgets-${w}`);
      const box = wrapper.getBoundingClientRect();
      return {
        widget: w,
        wrapper: Boolean(wrapper),
        left: box.left,
        right: box.right,
        elementInside: wrapper.contains(document.querySelector(`nmt-${w}`)),
      };
    });
    const axe = await window.axe.run(document.querySelector('main') ?? document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    });
    return {
      htmlLang: document.documentElement.lang,
      script: script && {
        integrity: script.getAttribute('integrity'),
        crossorigin: script.getAttribute('crossorigin'),
        defer: script.defer,
        dataSrc: script.getAttribute('data-src'),
        sameOrigin: new URL(script.src).origin === location.origin,
      },
      headings: widgets.map(
        (w) => document.querySelector(`nmt-${w}`).shadowRoot.querySelector('h2, h3, p')?.textContent,
      ),
      column: { left: columnBox.left, right: columnBox.right, contentWidth },
      boxes,
      violations: axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    };
  }, WIDGETS);
  await context.close();
  return { ...report, errors };
}

/**
 * A visitor's first view of the post at a width, with the widgets' script 400 ms late (as over a slow network):
 * the page's layout shifts summed (Cumulative Layout Shift) until every widget has rendered, and how many
 * widgets the page painted from their prerenders before the script ran.
 */
async function visitorLayoutShift({ id, width, locale }) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  setOption('WPLANG', locale);
  await page.route(/nmt-widgets-[^/]*\.js/, async (route) => {
    await sleep(400);
    await route.continue();
  });
  await page.addInitScript(() => {
    window.nmtShifts = 0;
    new window.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.nmtShifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Shadow roots the parser made from the prerenders, once it is done and before the deferred scripts run.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      window.nmtPrerendered = [...document.querySelectorAll('[class*="wp-block-nmt-widgets-"] > *')].filter(
        (element) => element.shadowRoot !== null && !customElements.get(element.localName),
      ).length;
    });
  });
  await page.goto(`${site.origin}/?p=${id}`);
  await page.waitForFunction(
    (widgets) => widgets.every((w) => customElements.get(`nmt-${w}`) && document.querySelector(`nmt-${w}`)?.hasUpdated),
    WIDGETS,
    { timeout: 10_000 },
  );
  const result = await page.evaluate(
    () =>
      new Promise((resolve) =>
        window.requestAnimationFrame(() =>
          window.requestAnimationFrame(() => resolve({ cls: window.nmtShifts, prerendered: window.nmtPrerendered })),
        ),
      ),
  );
  await context.close();
  return result;
}

/**
 * Runs PHP with the site loaded (wp-load.php, then `code`), `args` in its $argv from 1 on: the test's own hand,
 * not a user's. Returns what it printed.
 */
function phpInSite(code, args = []) {
  return execFileSync('php', ['-r', `require '${site.root}/site/wp-load.php';\n${code}`, ...args], {
    env: { ...process.env, HTTP_HOST: new URL(site.origin).host },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Sets a WordPress option. */
function setOption(name, value) {
  phpInSite('update_option($argv[1], $argv[2]);', [name, value]);
}

/**
 * The switches of each block as the plugin's PHP registers them, beside those its prerenders.json was made for
 * (both as installed in the site): { blocks: { hotline: [...] }, prerendered: { hotline: [...] } }.
 */
function blockSwitches() {
  const output = phpInSite(`$blocks = array();
foreach ( nmt_widgets_blocks() as $widget => $block ) {
  $blocks[ $widget ] = array_keys( array_filter( $block['options'], function ( $option ) { return 'flag' === $option['type']; } ) );
}
$file = json_decode( file_get_contents( WP_PLUGIN_DIR . '/nmt-widgets/prerenders.json' ), true );
echo json_encode( array( 'blocks' => $blocks, 'prerendered' => $file['flags'] ) );`);
  return JSON.parse(output);
}

/** The block's markup as the plugin renders it for a view (nmt_widgets_render), with the block's attributes. */
function renderBlock({ widget, attributes }) {
  return phpInSite('echo nmt_widgets_render( $argv[1], json_decode( $argv[2], true ) );', [
    widget,
    JSON.stringify(attributes),
  ]);
}

/** As the administrator, on the settings page: each value submitted in turn, what was saved and said after it. */
async function adminSetsDataSource(values) {
  const settings = 'options-general.php?page=nmt-widgets';
  const page = await logIn('admin', settings);
  const results = [];
  for (const [i, value] of values.entries()) {
    if (i > 0) await page.goto(`${site.origin}/wp-admin/${settings}`, { waitUntil: 'domcontentloaded' });
    await page.fill('#nmt_widgets_data_src', value);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
    const saved = await page.inputValue('#nmt_widgets_data_src');
    const notice = (await page.locator('.notice, .error, .updated').allTextContents()).join(' ').trim();
    results.push({ saved, notice });
  }
  await page.context().close();
  return results;
}

export const wordpressPlugin = {
  name: 'nmt-wordpress',
  async executeCommand({ command, payload }) {
    if (command === 'wordpress-start') {
      const available = wordpressAvailable();
      if (!available.ok) return { ok: false, missing: available.missing };
      const started = Date.now();
      site = await startWordPress();
      browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      return { ok: true, origin: site.origin, seconds: (Date.now() - started) / 1000 };
    }
    if (command === 'wordpress-author-adds-blocks') return authorAddsBlocks();
    if (command === 'wordpress-visitor-views') return visitorViews(payload);
    if (command === 'wordpress-visitor-layout-shift') return visitorLayoutShift(payload);
    if (command === 'wordpress-block-switches') return blockSwitches();
    if (command === 'wordpress-render-block') return renderBlock(payload);
    if (command === 'wordpress-admin-sets-data-source') return adminSetsDataSource(payload.values);
    if (command === 'wordpress-stop') {
      await browser?.close();
      await site?.stop();
      browser = null;
      site = null;
      return true;
    }
    return undefined;
  },
};
