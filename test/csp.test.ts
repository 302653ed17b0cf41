import { expect, waitUntil } from '@open-wc/testing';

/*
 * The CDN bundles on a page with a strict Content-Security-Policy and Trusted
 * Types (served by the test server's /test-csp/ route): the widgets must render
 * with no violation, no inline script or style, and no request but the script.
 */
type FrameWindow = Window & { __violations?: string[]; __errors?: string[] };

async function loadInFrame(bundle: 'es' | 'iife', query = ''): Promise<{ doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/test-csp/page.html?bundle=${bundle}${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as FrameWindow;
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
      expect(win.__errors).to.deep.equal([]);
    });

    it("under trusted-types 'none' keeps the fallback content and says once which directive is missing", async () => {
      const { doc, win } = await loadInFrame(bundle, '&tt=none');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.customElements.get('nmt-hotline'), 'nothing is defined').to.equal(undefined);
      const fallback = doc.getElementById('fallback')!;
      expect(fallback.getBoundingClientRect().height, 'the fallback content is visible').to.be.above(0);
      expect(doc.querySelector('[data-nmt-widget]'), 'the CMS placeholder stays as written').to.not.equal(null);
      expect(win.__errors).to.have.length(1);
      expect(win.__errors![0]).to.match(/does not allow the Trusted Types policy "lit-html".*trusted-types lit-html/);
    });
  });
}
