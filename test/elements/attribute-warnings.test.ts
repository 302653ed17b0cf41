import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NmtHotline } from '../../src/elements/hotline/hotline.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import { textOf } from '../support/helpers.js';

/*
 * Attributes a webmaster mistypes: the widget keeps working, and the console
 * says once what was wrong and what is used instead.
 */
describe('attribute mistakes', () => {
  let warn: sinon.SinonStub;
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  const warnings = () => warn.getCalls().map((c) => String(c.args[0]));

  const levels: Array<[string, string]> = [
    ['0', 'h1'],
    ['7', 'h6'],
    ['99', 'h6'],
    ['abc', 'h2'],
    ['2.5', 'h2'],
  ];
  for (const [written, used] of levels) {
    it(`heading-level="${written}" warns once and uses <${used}>`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <nmt-member-agencies heading-level=${written}></nmt-member-agencies>
          <nmt-member-agencies heading-level=${written}></nmt-member-agencies>
        </div>`,
      );
      const lists = [...wrapper.children];
      for (const list of lists) {
        await (list as NmtHotline).updateComplete;
        expect(list.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal(used);
      }
      const said = warnings().filter((w) => w.includes('heading-level'));
      expect(said).to.deep.equal([
        `nmt-widgets: heading-level="${written}" on <nmt-member-agencies> is not a whole number from 1 to 6; using ${used.slice(1)}.`,
      ]);
    });
  }

  it('a headingLevel set by a script is quoted as set, not as the attribute in the markup', async () => {
    const el = await fixture<NmtHotline>(html`<nmt-hotline heading-level="2"></nmt-hotline>`);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(warnings().filter((w) => w.includes('eading'))).to.deep.equal([
      'nmt-widgets: headingLevel = 9 on <nmt-hotline> is not a whole number from 1 to 6; using 6.',
    ]);
  });

  it('a valid heading-level says nothing', async () => {
    await fixture(html`<nmt-member-agencies heading-level="3"></nmt-member-agencies>`);
    expect(warnings()).to.deep.equal([]);
  });

  const badNows = [
    ['1', /now="1" is not an ISO 8601 instant/],
    ['Dec 24 2026 10:00', /now="Dec 24 2026 10:00" is not an ISO 8601 instant/],
    ['2026-12-24T10:00', /now="2026-12-24T10:00" is not an ISO 8601 instant/], // no offset: the visitor's zone
    ['2026-12-24', /not an ISO 8601 instant/],
    ['0050-12-25T10:00:00Z', /now="0050-12-25T10:00:00Z" is outside the supported years 1953-9999/],
    ['+275760-09-13T00:00:00Z', /not an ISO 8601 instant/],
  ] as const;
  for (const [now, message] of badNows) {
    it(`now="${now}" warns once and shows the real time`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><nmt-hotline now=${now}></nmt-hotline><nmt-open-status now=${now}></nmt-open-status></div>`,
      );
      const hotline = wrapper.children[0] as NmtHotline;
      await hotline.updateComplete;
      expect(hotline.status, 'a status at the real time').to.not.equal(null);
      expect(hotline.status!.date).to.equal(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }));
      expect(textOf(hotline, 'h2')).to.equal('Nationell stödtelefon för yrkesverksamma');
      const said = warnings().filter((w) => w.includes('now='));
      expect(said, said.join('\n')).to.have.length(1);
      expect(said[0]).to.match(message);
      expect(said[0]).to.match(/using the real time\.$/);
    });
  }

  it('accepts ISO 8601 instants with Z or an offset', async () => {
    for (const now of [
      '2026-12-24T09:00:00Z',
      '2026-12-24T10:00:00+01:00',
      '2026-12-24T10:00+0100',
      '2026-12-24T09:00:00.000Z',
    ]) {
      const el = await fixture<NmtHotline>(html`<nmt-hotline now=${now}></nmt-hotline>`);
      expect(el.status!.date, now).to.equal('2026-12-24');
    }
    expect(warnings()).to.deep.equal([]);
  });

  it('quotes at most about 80 characters of a huge attribute value', async () => {
    const now = 'x'.repeat(100_000);
    const hours = `Mo-Fr 09:00-16:30; ${'x'.repeat(100_000)}`;
    await fixture(html`<nmt-hotline now=${now} hours=${hours}></nmt-hotline>`);
    expect(warnings()).to.have.length(2);
    for (const said of warnings()) expect(said.length, said.slice(0, 200)).to.be.below(300);
  });
});
