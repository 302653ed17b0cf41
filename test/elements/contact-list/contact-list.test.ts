import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { NmtContactList } from '../../../src/elements/contact-list/contact-list.js';
import { setWidgetLocale } from '../../../src/i18n/locale.js';
import { expectNoOverflow, textOf } from '../../support/helpers.js';

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="item"]')];
const links = (card: Element) =>
  [...card.querySelectorAll('dd a')].map((a) => [a.textContent!.replace(/\s+/g, ''), a.getAttribute('href')]);

describe('<nmt-contact-list>', () => {
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));

  it('shows the three contact persons exactly as on the source page', async () => {
    const el = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
    expect(textOf(el, 'h2')).to.equal('Kontaktpersoner på Jämställdhetsmyndigheten');
    const [mats, catrin, yvonne] = cards(el);
    expect(textOf(mats, 'h3') || mats.querySelector('h3')!.textContent).to.equal('Mats Paulsson');
    expect(mats.querySelector('.title')!.textContent).to.equal('Senior utredare, prostitution och människohandel');
    expect(links(mats)).to.deep.equal([
      ['0313929031', 'tel:+46313929031'],
      ['0730568779', 'tel:+46730568779'],
      ['mats.paulsson@jamstalldhetsmyndigheten.se', 'mailto:mats.paulsson@jamstalldhetsmyndigheten.se'],
    ]);
    expect([...mats.querySelectorAll('dd a')].slice(0, 2).map((a) => a.textContent)).to.deep.equal([
      '031 392 90 31',
      '073 056 87 79',
    ]);
    expect(catrin.querySelector('h3')!.textContent).to.equal('Catrin Sandman');
    expect(catrin.querySelector('.title')!.textContent).to.equal(
      'Kvalificerad utredare, prostitution och människohandel',
    );
    expect(links(catrin)).to.deep.equal([
      ['0720847559', 'tel:+46720847559'],
      ['catrin.sandman@jamstalldhetsmyndigheten.se', 'mailto:catrin.sandman@jamstalldhetsmyndigheten.se'],
    ]);
    expect(yvonne.querySelector('h3')!.textContent).to.equal('Yvonne Karlsson');
    expect(links(yvonne)).to.deep.equal([
      ['0707847486', 'tel:+46707847486'],
      ['yvonne.karlsson@jamstalldhetsmyndigheten.se', 'mailto:yvonne.karlsson@jamstalldhetsmyndigheten.se'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('offers each contact as a vCard download', async () => {
    const el = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
    const vcard = cards(el)[1].querySelector('a.vcard') as HTMLAnchorElement;
    expect(vcard.getAttribute('download')).to.equal('Catrin Sandman.vcf');
    const text = decodeURIComponent(vcard.href.slice(vcard.href.indexOf(',') + 1));
    expect(text).to.contain('FN:Catrin Sandman').and.contain('TEL;TYPE=WORK,VOICE:+46720847559');
  });

  it('filters and limits', async () => {
    const filtered = await fixture<NmtContactList>(html`<nmt-contact-list filter="kvalificerad"></nmt-contact-list>`);
    expect(cards(filtered).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal([
      'Catrin Sandman',
      'Yvonne Karlsson',
    ]);
    const several = await fixture<NmtContactList>(html`<nmt-contact-list filter="mats, yvonne"></nmt-contact-list>`);
    expect(cards(several)).to.have.length(2);
    const limited = await fixture<NmtContactList>(html`<nmt-contact-list limit="1"></nmt-contact-list>`);
    expect(cards(limited).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal(['Mats Paulsson']);
    const none = await fixture<NmtContactList>(html`<nmt-contact-list filter="nobody"></nmt-contact-list>`);
    expect(textOf(none, 'p')).to.equal('Inga kontaktpersoner att visa.');
  });

  it('puts its heading at heading-level and names one level below', async () => {
    const el = await fixture<NmtContactList>(html`<nmt-contact-list heading-level="3"></nmt-contact-list>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.contain('Kontaktpersoner');
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(3);
  });

  it('reflows at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><nmt-contact-list></nmt-contact-list></div>`,
    );
    const el = wrapper.querySelector('nmt-contact-list')!;
    await el.updateComplete;
    expectNoOverflow(wrapper, el);
  });

  it('is accessible in English, with the titles in English', async () => {
    setWidgetLocale('en');
    try {
      const el = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
      expect(textOf(el, 'h2')).to.equal('Contact persons at the Swedish Gender Equality Agency');
      expect(cards(el)[0].querySelector('.title')!.textContent).to.equal(
        'Senior Investigator, Prostitution and Human Trafficking',
      );
      await expect(el).to.be.accessible();
    } finally {
      setWidgetLocale('sv');
    }
  });
});
