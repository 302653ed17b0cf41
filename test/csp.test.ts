import { expect, waitUntil } from '@open-wc/testing';

/*
 * The CDN bundles on a page with a strict Content-Security-Policy and Trusted
 * Types (served by the test server's /test-csp/ route): the widgets must render
 * with no violation, no inline script or style, and no request but the script.
 */
async function loadInFrame(
  bundle: 'es' | 'iife',
): Promise<{ doc: Document; win: Window & { __violations?: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/test-csp/page.html?bundle=${bundle}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __violations?: string[] };
  return { doc: frame.contentDocument!, win };
}

for (const bundle of ['es', 'iife'] as const) {
  describe(`the ${bundle === 'es' ? 'ES module' : 'classic script'} CDN bundle under a strict CSP`, () => {
    it('renders every widget with no policy violation and no other request', async () => {
      const { doc, win } = await loadInFrame(bundle);
      await waitUntil(() => doc.querySelector('nmt-hotline')?.shadowRoot?.querySelector('h2'), 'the hotline renders', {
        timeout: 5000,
      });
      await waitUntil(
        () => doc.querySelectorAll('nmt-contact-list, nmt-member-agencies, nmt-open-status').length === 3,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const tag of ['nmt-hotline', 'nmt-open-status', 'nmt-contact-list', 'nmt-member-agencies']) {
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot?.textContent?.trim(), tag).to.not.equal('');
      }
      expect(doc.querySelector('[data-nmt-widget]'), 'the CMS placeholder was mounted').to.equal(null);
      expect(win.__violations).to.deep.equal([]);
      const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
      expect(requests.filter((p) => !p.startsWith('/test-csp/'))).to.deep.equal([
        bundle === 'es' ? '/dist/cdn/nmt-widgets.js' : '/dist/cdn/nmt-widgets.iife.js',
      ]);
      expect(doc.cookie).to.equal('');
      expect(win.localStorage.length).to.equal(0);
    });
  });
}
