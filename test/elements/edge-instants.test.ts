import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import { shownText } from '../support/helpers.js';

/*
 * `now` at the ends of the supported years, and dates that do not exist:
 * every instant a widget accepts renders, and an impossible date is refused
 * with the warning that names it, never read as another day.
 */
describe('now at the edges', () => {
  let warn: sinon.SinonStub;
  let errors: string[];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    warn.restore();
    window.removeEventListener('error', onError);
  });

  const warnings = () => warn.getCalls().map((c) => String(c.args[0]));

  for (const now of ['9999-12-01T10:00:00Z', '9999-12-30T10:00:00Z', '9998-12-31T23:30:00Z', '1953-01-02T10:00:00Z']) {
    for (const hours of ['Mo-Fr 09:00-16:30; PH off', 'Jan 02 10:00-11:00', 'easter 10:00-11:00']) {
      it(`renders at ${now} with "${hours}"`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <nmt-hotline now=${now} hours=${hours}></nmt-hotline
            ><nmt-open-status now=${now} hours=${hours}></nmt-open-status>
          </div>`,
        );
        for (const el of wrapper.children) {
          await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
          expect(shownText(el), el.localName).to.match(/Stödtelefon|020-390 000/);
          expect(el.getAttribute('status'), el.localName).to.match(/^(open|closed)$/);
        }
        expect(errors).to.deep.equal([]);
        expect(warnings()).to.deep.equal([]);
      });
    }
  }

  for (const now of [
    '2026-02-30T10:00:00Z',
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00:00+02:00',
    '2026-13-01T10:00:00Z',
  ]) {
    it(`refuses now="${now}", which is no date, and says so`, async () => {
      const el = await fixture(html`<nmt-open-status now=${now}></nmt-open-status>`);
      expect(warnings().join('\n'))
        .to.contain(`now="${now}"`)
        .and.to.match(/no such date|not an ISO 8601 instant/);
      // The real clock is used: the status is today's, not some other day's.
      expect(el.getAttribute('status')).to.match(/^(open|closed)$/);
    });
  }
});
