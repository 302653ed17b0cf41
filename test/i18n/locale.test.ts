import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NmtHotline } from '../../src/elements/hotline/hotline.js';
import { resolveLocale, setWidgetLocale, widgetLocale } from '../../src/i18n/locale.js';
import { AT, textOf } from '../support/helpers.js';

const root = document.documentElement;

describe('locale', () => {
  let savedLang: string | null;
  beforeEach(() => {
    savedLang = root.getAttribute('lang');
    setWidgetLocale(null);
  });
  afterEach(async () => {
    if (savedLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', savedLang);
    setWidgetLocale(null);
  });

  it('resolves page languages: Swedish for sv (any region) or none, English for everything else', () => {
    const table: Array<[string | null, string]> = [
      ['sv', 'sv'],
      ['sv-SE', 'sv'],
      ['SV-fi', 'sv'],
      ['', 'sv'],
      [null, 'sv'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['en_US', 'en'],
      ['de', 'en'],
      ['ar', 'en'],
      ['fi', 'en'],
    ];
    for (const [lang, locale] of table) expect(resolveLocale(lang), String(lang)).to.equal(locale);
  });

  it('follows the nearest lang per widget on a bilingual page, live, and says its language to assistive technology', async () => {
    root.setAttribute('lang', 'sv');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <nmt-open-status now=${AT.mondayOpen}></nmt-open-status>
        <nmt-open-status lang="en" now=${AT.mondayOpen}></nmt-open-status>
        <section lang="en-GB">
          <nmt-open-status now=${AT.mondayOpen}></nmt-open-status>
          <div lang="sv"><nmt-open-status now=${AT.mondayOpen}></nmt-open-status></div>
        </section>
      </div>`,
    );
    const [swedish, ownLang, inSection, inner] = [...wrapper.querySelectorAll('nmt-open-status')];
    const words = () => [swedish, ownLang, inSection, inner].map((el) => textOf(el, 'strong'));
    await waitUntil(() => words().every(Boolean));
    expect(words()).to.deep.equal(['Öppet nu', 'Open now', 'Open now', 'Öppet nu']);
    expect(ownLang.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(swedish.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');

    wrapper.querySelector('section')!.setAttribute('lang', 'sv');
    ownLang.setAttribute('lang', 'sv-FI');
    root.setAttribute('lang', 'en');
    await waitUntil(() => textOf(swedish, 'strong') === 'Open now', 'follows <html lang>');
    expect(words()).to.deep.equal(['Open now', 'Öppet nu', 'Öppet nu', 'Öppet nu']);

    setWidgetLocale('en');
    await waitUntil(() => words().every((w) => w === 'Open now'), 'setWidgetLocale overrides every lang');
  });

  it("keeps each widget's language when the page's own application configures @lit/localize", async () => {
    // The page's application uses @lit/localize for itself, in its own languages (it may do so only once per page,
    // and this file's page has no other use for it). The widgets install nothing into it and are not moved by it.
    const { configureLocalization } = await import('@lit/localize');
    const { setLocale } = configureLocalization({
      sourceLocale: 'de',
      targetLocales: ['fr'],
      loadLocale: () => Promise.resolve({ templates: { 'status.open': 'Ouvert' } }),
    });
    await setLocale('fr');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <nmt-open-status lang="sv" now=${AT.mondayOpen}></nmt-open-status>
        <nmt-open-status lang="en" now=${AT.mondayOpen}></nmt-open-status>
      </div>`,
    );
    const statuses = [...wrapper.querySelectorAll('nmt-open-status')];
    await waitUntil(() => statuses.every((el) => textOf(el, 'strong')));
    expect(statuses.map((el) => textOf(el, 'strong'))).to.deep.equal(['Öppet nu', 'Open now']);
  });

  it('follows <html lang> live, re-rendering every widget', async () => {
    root.setAttribute('lang', 'sv');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <nmt-hotline now=${AT.julafton}></nmt-hotline><nmt-open-status now=${AT.julafton}></nmt-open-status>
        <nmt-contact-list></nmt-contact-list><nmt-member-agencies></nmt-member-agencies>
      </div>`,
    );
    const [hotline, status, contacts, members] = [...wrapper.children];
    await waitUntil(() => textOf(hotline, 'h2') === 'Nationell stödtelefon för yrkesverksamma');

    root.setAttribute('lang', 'en-GB');
    await waitUntil(
      () => textOf(hotline, 'h2') === 'National telephone helpline for professionals',
      'switches to English',
    );
    await (hotline as NmtHotline).updateComplete;
    expect(widgetLocale()).to.equal('en');
    expect(textOf(hotline, '[part="status"]')).to.equal('Closed now, Christmas Eve; opens Monday 28 December at 09:00');
    expect([...hotline.shadowRoot!.querySelectorAll('.hours-list li')].map((li) => li.textContent)).to.deep.equal([
      'Monday–Friday 09:00–16:30',
      "Closed on public holidays, Midsummer Eve, Christmas Eve and New Year's Eve",
    ]);
    expect(textOf(hotline, '.urgent h3')).to.equal('If it is urgent');
    expect(textOf(status, '[part="status"]')).to.equal(
      'Helpline: Closed now, Christmas Eve; opens Monday 28 December at 09:00',
    );
    expect(textOf(contacts, 'h2')).to.equal('Contact persons at the Swedish Gender Equality Agency');
    expect(textOf(members, '.members-label')).to.equal('The NMT includes:');
    for (const el of [hotline, status, contacts, members]) await expect(el).to.be.accessible();

    root.setAttribute('lang', 'sv-SE');
    await waitUntil(() => textOf(hotline, 'h2') === 'Nationell stödtelefon för yrkesverksamma', 'and back to Swedish');
    expect(textOf(contacts, 'h2')).to.equal('Kontaktpersoner på Jämställdhetsmyndigheten');
  });

  it('falls back to English for a language it does not speak', async () => {
    root.setAttribute('lang', 'de');
    const el = await fixture<NmtHotline>(html`<nmt-hotline now=${AT.mondayOpen}></nmt-hotline>`);
    await waitUntil(() => textOf(el, '.status-label') === 'Open now');
    expect(textOf(el, '[part="status"]')).to.equal('Open now, closes 16:30');
  });

  it('lets an application set the language, whatever <html lang> says, and hand back', async () => {
    root.setAttribute('lang', 'sv');
    const el = await fixture<NmtHotline>(html`<nmt-hotline now=${AT.mondayAfterHours}></nmt-hotline>`);
    setWidgetLocale('en');
    await waitUntil(() => textOf(el, '.status-label') === 'Closed now');
    expect(textOf(el, '[part="status"]')).to.equal('Closed now, opens tomorrow at 09:00');
    setWidgetLocale(null);
    await waitUntil(() => textOf(el, '.status-label') === 'Stängt nu');
  });

  it('writes hours in words in both languages, in Stockholm time', async () => {
    setWidgetLocale('sv');
    const el = await fixture<NmtHotline>(
      html`<nmt-hotline
        now=${AT.mondayOpen}
        hours="Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-15:00; PH off; easter -3 days 08:00-12:00"
      ></nmt-hotline>`,
    );
    await waitUntil(() => textOf(el, '.status-label') === 'Öppet nu');
    const lines = () => [...el.shadowRoot!.querySelectorAll('.hours-list li')].map((li) => li.textContent);
    expect(lines()).to.deep.equal([
      'Måndag–torsdag 08.00–12.00 och 13.00–16.00',
      'Fredag 08.00–15.00',
      '3 dagar före påskdagen (25 mars 2027): 08.00–12.00', // skärtorsdagen
      'Stängt helgdagar',
    ]);
    setWidgetLocale('en');
    await waitUntil(() => textOf(el, '.status-label') === 'Open now');
    expect(lines()).to.deep.equal([
      'Monday–Thursday 08:00–12:00 and 13:00–16:00',
      'Friday 08:00–15:00',
      '3 days before Easter Sunday (25 March 2027): 08:00–12:00',
      'Closed on public holidays',
    ]);
  });
});

describe('hours around the clock', () => {
  it('says so in words', async () => {
    setWidgetLocale('sv');
    const el = await fixture<NmtHotline>(html`<nmt-hotline now=${AT.saturday} hours="24/7; PH off"></nmt-hotline>`);
    expect([...el.shadowRoot!.querySelectorAll('.hours-list li')].map((li) => li.textContent)).to.deep.equal([
      'Alla dagar dygnet runt',
      'Stängt helgdagar',
    ]);
    setWidgetLocale('en');
    await waitUntil(() => textOf(el, '.hours-list li') === 'Every day around the clock');
    setWidgetLocale(null);
  });
});

describe('right-to-left pages', () => {
  it('mirrors the layout with logical properties', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px">
        <nmt-hotline now=${AT.mondayAfterHours}></nmt-hotline>
      </div>`,
    );
    const el = wrapper.querySelector('nmt-hotline')!;
    await el.updateComplete;
    const urgent = el.shadowRoot!.querySelector('.urgent')!;
    const style = getComputedStyle(urgent);
    // The emphasis edge is on the start side, which is the right on an RTL page.
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(0);
    expect(parseFloat(style.borderLeftWidth)).to.equal(0);
    const number = el.shadowRoot!.querySelector('.urgent li a')!.getBoundingClientRect();
    const text = el.shadowRoot!.querySelector('.urgent li span')!.getBoundingClientRect();
    expect(number.left, 'the number comes first, on the right').to.be.greaterThan(text.left);
    await expect(el).to.be.accessible();
  });
});
