/**
 * The widgets' markup as a webmaster copies it from the published configurator
 * (dist/publish/demo/, written by `npm run build`): prerendered, the open
 * status with its number. Shared by the Lighthouse run and the first-task and layout-shift benches.
 */
export const WIDGETS = ['hotline', 'open-status', 'contact-list', 'member-agencies'];

/**
 * `page` is a Playwright page; `configurator` the published configurator's URL, with `?lang=en` for its English
 * version (a widget that speaks as the page is prerendered in the configurator's language). Returns
 * { hotline: '<nmt-hotline>…', … }.
 */
export async function copySnippets(page, configurator) {
  await page.goto(configurator);
  const snippets = {};
  for (const widget of WIDGETS) {
    await page.selectOption('[name="widget"]', widget);
    if (widget === 'open-status') await page.check('[name="show-number"]');
    await page.waitForFunction(() => !document.querySelector('#snippet').hasAttribute('aria-busy'));
    snippets[widget] = await page.textContent('#snippet');
  }
  return snippets;
}

/** A snippet's prerender: the declarative shadow root, its styles and its markup. */
const PRERENDER = /<template shadowrootmode="open"><style>([^]*?)<\/style>([^]*?)<\/template>/;

/** The parts of a prerendered snippet: its tag's attributes, its styles and its markup. */
export function partsOf(snippet) {
  const [, tag, attributes] = /^<nmt-([a-z-]+)([^>]*)>/.exec(snippet);
  const [, css, markup] = PRERENDER.exec(snippet);
  return { tag, attributes, css, markup };
}

/** The snippet without its prerender: the plain fallback alone, as the configurator wrote it before it prerendered. */
export const withoutPrerender = (snippet) => snippet.replace(PRERENDER, '');
