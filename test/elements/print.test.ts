import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import { AT } from '../support/helpers.js';

/* Printed, the widgets give what helps on paper: no live status, black on white, addresses written out. */
describe('print', () => {
  before(() => setWidgetLocale('sv'));
  after(async () => {
    setWidgetLocale(null);
    await emulateMedia({ media: 'screen' });
  });

  const shown = (el: Element, selector: string) => {
    const node = el.shadowRoot!.querySelector(selector);
    return node !== null && getComputedStyle(node).display !== 'none';
  };

  it('prints the number, hours and urgent numbers without the live status, in black', async () => {
    const el = await fixture(html`<nmt-hotline now=${AT.mondayClosingSoon}></nmt-hotline>`);
    expect(shown(el, '[part="status"]'), 'on screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(el, '[part="status"]'), 'the live status').to.equal(false);
    for (const part of ['[part="number"]', '[part="hours"]', '[part="urgent"]'])
      expect(shown(el, part), part).to.equal(true);
    const number = el.shadowRoot!.querySelector('[part="number"]')!;
    expect(getComputedStyle(number).color).to.equal('rgb(0, 0, 0)');
    await emulateMedia({ media: 'screen' });
  });

  it('writes out web addresses, leaves out the contact cards, and prints the small status only with its number', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <nmt-member-agencies></nmt-member-agencies><nmt-contact-list></nmt-contact-list>
        <nmt-open-status now=${AT.mondayOpen}></nmt-open-status
        ><nmt-open-status show-number now=${AT.mondayOpen}></nmt-open-status>
      </div>`,
    );
    const [members, contacts, status, withNumber] = [...wrapper.children];
    await emulateMedia({ media: 'print' });
    const link = members.shadowRoot!.querySelector('a[href^="http"]')!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://');
    expect(shown(contacts, '.vcard')).to.equal(false);
    expect(getComputedStyle(status).display).to.equal('none');
    expect(getComputedStyle(withNumber).display).to.not.equal('none');
    expect(shown(withNumber, '[part="status"]')).to.equal(false);
    await emulateMedia({ media: 'screen' });
  });
});
