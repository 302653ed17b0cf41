import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearDatasetCache } from '../../src/controllers/data-controller.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import { datasetUrl } from '../support/data-urls.js';
import { AT, textOf } from '../support/helpers.js';

/* Where the data is from and how old it is, on the hotline and the contact list. */
describe('the source line', () => {
  afterEach(() => setWidgetLocale(null));
  beforeEach(() => clearDatasetCache());

  for (const tag of ['nmt-hotline', 'nmt-contact-list'] as const) {
    it(`<${tag}> names the agency, links its site and gives the update date, in both languages`, async () => {
      setWidgetLocale('sv');
      const el = await fixture(
        tag === 'nmt-hotline'
          ? html`<nmt-hotline now=${AT.mondayOpen}></nmt-hotline>`
          : html`<nmt-contact-list></nmt-contact-list>`,
      );
      expect(textOf(el, '.source')).to.equal('Uppgifter från Jämställdhetsmyndigheten, uppdaterade 9 januari 2023');
      const link = el.shadowRoot!.querySelector('.source a')!;
      expect(link.getAttribute('href')).to.equal('https://www.jamstalldhetsmyndigheten.se/');
      expect(el.shadowRoot!.querySelector('.source time')!.getAttribute('datetime')).to.equal('2023-01-09');
      setWidgetLocale('en');
      await waitUntil(() => textOf(el, '.source').startsWith('Source'));
      expect(textOf(el, '.source')).to.equal('Source: Swedish Gender Equality Agency, updated 9 January 2023');
      await expect(el).to.be.accessible();
    });

    it(`<${tag} hide-source> leaves it out`, async () => {
      const el = await fixture(
        tag === 'nmt-hotline'
          ? html`<nmt-hotline hide-source now=${AT.mondayOpen}></nmt-hotline>`
          : html`<nmt-contact-list hide-source></nmt-contact-list>`,
      );
      expect(el.shadowRoot!.querySelector('.source')).to.equal(null);
    });
  }

  it('follows hosted data: its organisation and date, unlinked without a url', async () => {
    setWidgetLocale('sv');
    const src = datasetUrl((d) => {
      d.organisation = { name: { sv: 'Länsstyrelsen', en: 'The County Administrative Board' } };
      d.updated = '2026-11-02';
    });
    const el = await fixture(html`<nmt-contact-list src=${src}></nmt-contact-list>`);
    await waitUntil(() => textOf(el, '.source').includes('Länsstyrelsen'));
    expect(textOf(el, '.source')).to.equal('Uppgifter från Länsstyrelsen, uppdaterade 2 november 2026');
    expect(el.shadowRoot!.querySelector('.source a')).to.equal(null);
  });
});
