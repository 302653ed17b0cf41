import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { NmtMemberAgencies } from '../../../src/elements/member-agencies/member-agencies.js';
import { setWidgetLocale } from '../../../src/i18n/locale.js';
import { expectNoOverflow, textOf } from '../../support/helpers.js';
import { datasetUrl } from '../../support/data-urls.js';

const members = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((li) => {
    const a = li.querySelector('a');
    // The link's own words, without the hidden "(extern webbplats)".
    const words = (a ?? li.querySelector('span')!).cloneNode(true) as Element;
    words.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return [words.textContent!.replace(/\s+/g, ' ').trim(), a?.getAttribute('href') ?? null];
  });

describe('<nmt-member-agencies>', () => {
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));

  it('lists the NMT members from the source page with their official sites', async () => {
    const el = await fixture<NmtMemberAgencies>(html`<nmt-member-agencies></nmt-member-agencies>`);
    expect(textOf(el, 'h2')).to.equal('Nationellt metodstödsteam mot prostitution och människohandel (NMT)');
    expect(textOf(el, '.description')).to.contain('operativ och strategisk resurs');
    expect(members(el)).to.deep.equal([
      ['Polismyndigheten', 'https://polisen.se/'],
      ['Åklagarmyndigheten', 'https://aklagare.se/'],
      ['Migrationsverket', 'https://migrationsverket.se/'],
      ['Skatteverket', 'https://skatteverket.se/'],
      ['Arbetsmiljöverket', 'https://av.se/'],
      ['Tullverket', 'https://tullverket.se/'],
      ['Länsstyrelserna', 'https://lansstyrelsen.se/'],
      ['Socialtjänst och hälso- och sjukvård', null],
    ]);
    const more = el.shadowRoot!.querySelector('.more a')!;
    expect(more.getAttribute('href')).to.equal('https://nmtsverige.se/');
    expect(more.textContent).to.contain('Läs mer om NMT på nmtsverige.se');
    await expect(el).to.be.accessible();
  });

  it('marks external links for sight and for screen readers', async () => {
    const el = await fixture<NmtMemberAgencies>(html`<nmt-member-agencies></nmt-member-agencies>`);
    const link = el.shadowRoot!.querySelector('[part="item"] a')!;
    expect(link.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    expect(link.querySelector('.visually-hidden')!.textContent).to.equal(' (extern webbplats)');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('shows hosted members, and the built-in NMT text when the dataset has none', async () => {
    const src = datasetUrl((d) => {
      delete (d as { nmt?: unknown }).nmt;
      d.members = [{ name: { sv: 'Kustbevakningen', en: 'Swedish Coast Guard' }, url: 'https://kustbevakningen.se/' }];
    });
    const el = await fixture<NmtMemberAgencies>(html`<nmt-member-agencies src=${src}></nmt-member-agencies>`);
    await waitUntil(() => members(el).length === 1, 'the hosted members are shown');
    expect(members(el)).to.deep.equal([['Kustbevakningen', 'https://kustbevakningen.se/']]);
    expect(textOf(el, 'h2')).to.equal('Nationellt metodstödsteam mot prostitution och människohandel (NMT)');
  });

  it('can leave out the description', async () => {
    const el = await fixture<NmtMemberAgencies>(
      html`<nmt-member-agencies hide-description heading-level="3"></nmt-member-agencies>`,
    );
    expect(el.shadowRoot!.querySelector('.description')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h3')).to.not.equal(null);
  });

  it('reflows at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><nmt-member-agencies></nmt-member-agencies></div>`,
    );
    const el = wrapper.querySelector('nmt-member-agencies')!;
    await el.updateComplete;
    expectNoOverflow(wrapper, el);
  });

  it('is accessible in English, with the agencies’ English names', async () => {
    setWidgetLocale('en');
    try {
      const el = await fixture<NmtMemberAgencies>(html`<nmt-member-agencies></nmt-member-agencies>`);
      expect(textOf(el, 'h2')).to.equal('National Task Force against Prostitution and Human Trafficking (NMT)');
      expect(members(el)[0]).to.deep.equal(['Swedish Police Authority', 'https://polisen.se/']);
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(' (external website)');
      await expect(el).to.be.accessible();
    } finally {
      setWidgetLocale('sv');
    }
  });
});
