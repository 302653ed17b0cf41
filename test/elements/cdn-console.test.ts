import { expect, waitUntil } from '@open-wc/testing';

/**
 * The CDN bundle names problems by code on the console (the tools say them in
 * words): the code, its values and where, never a blank or a bare "invalid".
 */
describe('the CDN bundle on the console', () => {
  it('names an hours problem by its code, its values and where it is', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><script>
        window.warnings = [];
        const warn = console.warn.bind(console);
        console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
      </script>
      <nmt-hotline hours="Mo-Fr 09.00-16.30" now="2026-12-07T10:00:00+01:00"></nmt-hotline>
      <script type="module" src="/dist/cdn/nmt-widgets.js"></script></html>`;
    document.body.append(frame);
    try {
      const seen = () => (frame.contentWindow as (Window & { warnings?: string[] }) | null)?.warnings ?? [];
      await waitUntil(() => seen().some((w) => w.includes('hours attribute')), 'no warning', { timeout: 5000 });
      const warning = seen().find((w) => w.includes('hours attribute'))!;
      expect(warning).to.contain('hours problem time-with-dot (written: 09.00, meant: 09:00)');
      expect(warning).to.contain('(at character 7 of "Mo-Fr 09.00-16.30")');
      // Its prose is left out of the bundle.
      expect(warning).to.not.contain('Times are written');
    } finally {
      frame.remove();
    }
  });
});
