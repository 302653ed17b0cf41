import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { VERSION } from '../../src/version.js';

/* `nmt-widgets/hotline` registers that element alone; a copy of another version already on the page is named. */
describe('a per-element entry point', () => {
  it('registers just its element, and warns once naming both versions when another is there first', async () => {
    window.__nmtWidgetsVersions = ['0.0.9'];
    const warn = sinon.stub(console, 'warn');
    try {
      await import('../../src/hotline.js');
      expect(customElements.get('nmt-hotline')).to.not.equal(undefined);
      for (const other of ['nmt-open-status', 'nmt-contact-list', 'nmt-member-agencies']) {
        expect(customElements.get(other), other).to.equal(undefined);
      }
      const said = warn.getCalls().map((c) => String(c.args[0]));
      expect(said).to.deep.equal([
        `nmt-widgets ${VERSION} loaded on a page that already has 0.0.9; the elements of 0.0.9 stay in use.`,
      ]);
      await import('../../src/open-status.js');
      expect(customElements.get('nmt-open-status')).to.not.equal(undefined);
      expect(warn.callCount, 'said once').to.equal(1);
    } finally {
      warn.restore();
    }
  });
});
