import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearDatasetCache } from '../../src/controllers/data-controller.js';
import type { NmtContactList } from '../../src/elements/contact-list/contact-list.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import { datasetUrl } from '../support/data-urls.js';

/*
 * One data setting per site: widgets without `src` use the script tag's
 * data-src, else <meta name="nmt-widgets-src">, else the embedded default;
 * `src` on an element still wins.
 */
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.card h3')].map((h) => h.textContent);
const named = (name: string) => datasetUrl((d) => (d.contacts = [{ ...d.contacts[0], name }]));

/** A page in a frame that loads a CDN bundle with these attributes on its script tag. */
async function siteWith(bundle: 'es' | 'iife', scriptAttributes: string, head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  const file = bundle === 'es' ? 'nmt-widgets.js' : 'nmt-widgets.iife.js';
  const type = bundle === 'es' ? ' type="module"' : '';
  frame.srcdoc = `<!doctype html><html lang="sv"><head>${head}
<script${type} src="/dist/cdn/${file}" ${scriptAttributes}></script></head>
<body><nmt-contact-list></nmt-contact-list><nmt-contact-list id="own"></nmt-contact-list></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('the site-wide data source', () => {
  before(() => setWidgetLocale('sv'));
  after(() => {
    setWidgetLocale(null);
    document.querySelectorAll('iframe, meta[name="nmt-widgets-src"]').forEach((e) => e.remove());
  });
  beforeEach(() => clearDatasetCache());

  for (const bundle of ['es', 'iife'] as const) {
    it(`the ${bundle} bundle's script tag data-src serves every widget without src`, async () => {
      const doc = await siteWith(bundle, `data-src="${named('Från skripttaggen')}"`);
      const [site] = doc.querySelectorAll('nmt-contact-list');
      await waitUntil(() => site.shadowRoot && names(site)[0] === 'Från skripttaggen', 'the site source is used', {
        timeout: 4000,
      });
    });
  }

  it('a meta tag serves every widget without src, and src on an element wins', async () => {
    const doc = await siteWith('iife', '', `<meta name="nmt-widgets-src" content="${named('Från metataggen')}">`);
    const [site, own] = doc.querySelectorAll('nmt-contact-list');
    own.setAttribute('src', named('Egen källa'));
    await waitUntil(() => site.shadowRoot && names(site)[0] === 'Från metataggen', 'the meta source', {
      timeout: 4000,
    });
    await waitUntil(() => names(own)[0] === 'Egen källa', 'the element src');
  });

  it('in this page too: a meta tag added later is used by widgets created after it', async () => {
    const meta = document.createElement('meta');
    meta.name = 'nmt-widgets-src';
    meta.content = named('Sent tillagd');
    document.head.append(meta);
    try {
      const el = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
      await waitUntil(() => names(el)[0] === 'Sent tillagd');
    } finally {
      meta.remove();
    }
    const plain = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
    expect(names(plain)).to.deep.equal(['Mats Paulsson', 'Catrin Sandman', 'Yvonne Karlsson']);
  });
});
