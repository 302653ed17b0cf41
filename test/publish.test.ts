import { expect, waitUntil } from '@open-wc/testing';
import type { Dataset } from '../src/core/dataset.js';
import { DEFAULT_DATASET } from '../src/data/default-dataset.js';
import { VERSION } from '../src/version.js';

/*
 * The publish kit end to end: dist/publish/ served as a static host with the
 * headers of its own _headers file (the test server's /publish/ route) on one
 * origin, and an embedding page on another origin that loads the versioned
 * script with Subresource Integrity and reads the agency's dataset.
 */
let host = '';
const publishUrl = (file: string) => `${host}/${file}`;
/** Replaces a published file, as the publisher does when the data changes. */
const replace = (file: string, body: string) => fetch(`/test-publish/${file}`, { method: 'PUT', body });

type Frame = Window & { __errors?: string[]; Date: DateConstructor };

async function integrityOf(file: string): Promise<string> {
  const { files } = await (await fetch(publishUrl('integrity.json'), { cache: 'no-store' })).json();
  return files[file];
}

async function publishData(change: (d: Dataset) => void): Promise<void> {
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  change(data);
  await replace('nmt-data.json', JSON.stringify(data));
}

/** An embedding site: a page of this origin with the published script tag and one contact list. */
async function embeddingSite(scriptTag: string): Promise<{ doc: Document; win: Frame }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="sv"><head>
<script>window.__errors = []; addEventListener('error', (e) => __errors.push(e.message || 'load error'), true); addEventListener('nmt-data-error', (e) => __errors.push(e.reason));</script>
${scriptTag}</head><body><nmt-contact-list><p id="fallback">Stödtelefon 020-390 000</p></nmt-contact-list></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as Frame };
}

/** A published file's response headers, asked for with `acceptEncoding` (none by default) by the test server. */
async function headersOf(file: string, acceptEncoding?: string): Promise<Record<string, string>> {
  const query = acceptEncoding === undefined ? '' : `?accept-encoding=${encodeURIComponent(acceptEncoding)}`;
  return (await fetch(`/test-publish/headers/${file}${query}`)).json();
}

const firstName = (doc: Document) =>
  doc.querySelector('nmt-contact-list')?.shadowRoot?.querySelector('.card h3')?.textContent ?? '';

describe('the publish kit (dist/publish on another origin)', () => {
  before(async () => (host = await (await fetch('/test-publish/origin')).text()));
  after(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await fetch('/test-publish/nmt-data.json', { method: 'DELETE' });
  });

  it('sends the header rules of _headers: CORS, caching, content types, nosniff', async () => {
    const script = await headersOf(`nmt-widgets-${VERSION}.iife.js`);
    expect(script).to.include({
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    expect(await headersOf('nmt-widgets.iife.js')).to.include({
      'cache-control': 'public, max-age=300, must-revalidate',
    });
    expect(await headersOf('nmt-data.json')).to.include({
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=300, must-revalidate',
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    // no-store: this page shares its HTTP cache with the embedding pages below.
    expect((await fetch(publishUrl('nmt-data.json'), { cache: 'no-store' })).ok, 'readable here (CORS)').to.equal(true);
  });

  it('compresses what it sends, with the best encoding the browser accepts, as the hosts of _headers do', async () => {
    const script = `nmt-widgets-${VERSION}.iife.js`;
    expect(await headersOf(script, 'gzip, deflate, br, zstd')).to.include({
      'content-encoding': 'br',
      vary: 'Accept-Encoding',
    });
    expect(await headersOf('nmt-data.json', 'gzip, deflate')).to.include({ 'content-encoding': 'gzip' });
    expect(await headersOf(script, 'gzip, br;q=0')).to.include({ 'content-encoding': 'gzip' });
    expect(await headersOf(script, 'identity')).not.to.have.property('content-encoding');
    // What this browser gets (compressed, then decoded) is byte for byte the file its integrity is for.
    const bytes = await (await fetch(publishUrl(script), { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(`sha384-${btoa(String.fromCharCode(...digest))}`).to.equal(await integrityOf(script));
  });

  it('has nginx compress every file it serves: nginx compresses only HTML unless told', async () => {
    // (read from the build: the publish host serves it without CORS, as it is no file for other sites)
    const conf = await (await fetch('/dist/publish/nginx.conf', { cache: 'no-store' })).text();
    const locations = conf.split(/^location /m).slice(1);
    expect(locations.length).to.be.greaterThan(5);
    for (const location of locations) {
      expect(location, location.split('\n', 1)[0]).to.include('gzip on;').and.to.include('gzip_types *;');
    }
  });

  it('gives integrity only for the versioned scripts, which never change', async () => {
    const { files, about } = await (await fetch(publishUrl('integrity.json'), { cache: 'no-store' })).json();
    expect(Object.keys(files).sort()).to.deep.equal([`nmt-widgets-${VERSION}.iife.js`, `nmt-widgets-${VERSION}.js`]);
    expect(about).to.contain('without integrity');
  });

  it("starts each script with V8's compile hint, so that Chromium compiles it off the main thread", async () => {
    for (const file of [`nmt-widgets-${VERSION}.iife.js`, `nmt-widgets-${VERSION}.js`]) {
      const code = await (await fetch(publishUrl(file), { cache: 'no-store' })).text();
      expect(code.split('\n', 1)[0], file).to.equal('//# allFunctionsCalledOnLoad');
    }
  });

  it('loads the versioned script with SRI, uses the cross-origin dataset, and picks up a change', async () => {
    await publishData((d) => (d.contacts[0].name = 'Publicerad Person'));
    const file = `nmt-widgets-${VERSION}.iife.js`;
    const { doc, win } = await embeddingSite(
      `<script src="${publishUrl(file)}" integrity="${await integrityOf(file)}" crossorigin="anonymous"
        data-src="${publishUrl('nmt-data.json')}"></script>`,
    );
    await waitUntil(() => firstName(doc) === 'Publicerad Person', 'the published data is shown', { timeout: 4000 });
    expect(win.__errors).to.deep.equal([]);

    // Two hours later the page becomes visible again: it asks whether the data changed.
    await publishData((d) => (d.contacts[0].name = 'Ändrad Person'));
    const realNow = win.Date.now;
    win.Date.now = () => realNow.call(win.Date) + 2 * 3_600_000;
    doc.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => firstName(doc) === 'Ändrad Person', 'the changed data is shown', { timeout: 4000 });
  });

  it('refuses a script whose integrity does not match: nothing runs, the fallback stays', async () => {
    const { doc, win } = await embeddingSite(
      `<script src="${publishUrl(`nmt-widgets-${VERSION}.iife.js`)}" integrity="sha384-${'A'.repeat(64)}"
        crossorigin="anonymous"></script>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.customElements.get('nmt-contact-list')).to.equal(undefined);
    expect(doc.getElementById('fallback')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('keeps the embedded default when the published dataset is broken', async () => {
    await replace('nmt-data.json', '{"schemaVersion": 1, "updated": "igår"}');
    const file = `nmt-widgets-${VERSION}.js`;
    // A new page a while later (the query string stands for the five minutes of caching having passed).
    const { doc, win } = await embeddingSite(
      `<script type="module" src="${publishUrl(file)}" integrity="${await integrityOf(file)}" crossorigin="anonymous"
        data-src="${publishUrl('nmt-data.json?later')}"></script>`,
    );
    await waitUntil(() => win.__errors!.length > 0, 'the refusal is reported', { timeout: 4000 });
    // The CDN script names the problem by its code; the data page and the check command say it in words.
    expect(win.__errors![0]).to.match(/^invalid dataset: updated: not-iso-date; organisation: missing/);
    expect(firstName(doc)).to.equal('Mats Paulsson');
  });
});
