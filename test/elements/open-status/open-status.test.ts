import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/define.js';
import type { NmtOpenStatus } from '../../../src/elements/open-status/open-status.js';
import { setWidgetLocale } from '../../../src/i18n/locale.js';
import { AT, fakeClock, textOf } from '../../support/helpers.js';

describe('<nmt-open-status>', () => {
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));

  const cases: Array<[string, string, string, string]> = [
    ['open', AT.mondayOpen, 'open', 'Stödtelefonen: Öppet nu, stänger 16.30'],
    ['closing soon', AT.mondayClosingSoon, 'open', 'Stödtelefonen: Stänger snart, kl. 16.30'],
    ['closed', AT.mondayAfterHours, 'closed', 'Stödtelefonen: Stängt nu, öppnar i morgon 09.00'],
    ['a holiday', AT.juldagen, 'closed', 'Stödtelefonen: Stängt nu, juldagen; öppnar måndag 28 december 09.00'],
  ];
  for (const [name, now, status, text] of cases) {
    it(`says it in words when ${name}, with a shape as well as a colour`, async () => {
      const el = await fixture<NmtOpenStatus>(html`<nmt-open-status now=${now}></nmt-open-status>`);
      expect(el.getAttribute('status')).to.equal(status);
      expect(textOf(el, '[part="status"]')).to.equal(text);
      expect(el.shadowRoot!.querySelector('.dot')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  it('can show the number as a link and drop the detail', async () => {
    const el = await fixture<NmtOpenStatus>(
      html`<nmt-open-status now=${AT.mondayOpen} show-number hide-detail></nmt-open-status>`,
    );
    expect(textOf(el, '[part="status"]')).to.equal('Stödtelefonen: Öppet nu');
    expect(el.shadowRoot!.querySelector('[part="number"]')!.getAttribute('href')).to.equal('tel:+4620390000');
  });

  it('follows the hours attribute and exposes the status property', async () => {
    const el = await fixture<NmtOpenStatus>(
      html`<nmt-open-status now=${AT.saturday} hours="Sa 10:00-14:00"></nmt-open-status>`,
    );
    expect(el.status?.open).to.equal(true);
    expect(el.status?.nextChange?.toISOString()).to.equal('2026-11-28T13:00:00.000Z');
  });

  it('fires nmt-status-change once when the line opens', async () => {
    const clock = fakeClock('2026-11-30T08:59:59+01:00');
    try {
      const el = await fixture<NmtOpenStatus>(html`<nmt-open-status></nmt-open-status>`);
      const change = sinon.spy();
      el.addEventListener('nmt-status-change', change);
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('open');
      expect(change.callCount).to.equal(1);
      expect(textOf(el, '[role="status"]')).to.equal('Öppet nu, stänger 16.30');
    } finally {
      clock.restore();
    }
  });
});
