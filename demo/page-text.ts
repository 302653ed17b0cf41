// The demo pages' own words in Swedish and English: an element with data-t="key" gets the text of
// that key in the page's language. The widgets follow the same <html lang> by themselves.
export type Lang = 'sv' | 'en';

const TEXT: Record<string, Record<Lang, string>> = {
  home: { sv: 'Exempelkommun', en: 'Example Municipality' },
  'nav.configurator': { sv: 'Bädda in en widget', en: 'Embed a widget' },
  'nav.data': { sv: 'Pröva en datamängd', en: 'Try a dataset' },
  title: { sv: 'Bädda in en widget', en: 'Embed a widget' },
  'index.title': {
    sv: 'Människohandel och prostitution: stöd för yrkesverksamma',
    en: 'Human trafficking and prostitution: support for professionals',
  },
  'data.title': { sv: 'Pröva en datamängd', en: 'Try a dataset' },
  'data.intro': {
    sv: 'Läs in en datamängd från en fil, en adress eller inklistrad JSON. Du ser varje fel med var det sitter, och alla widgetar som de skulle se ut med den, på svenska och engelska och vid valfri tidpunkt.',
    en: 'Load a dataset from a file, an address or pasted JSON. You see every error with where it is, and every widget as it would look with it, in Swedish and English and at any time.',
  },
  'data.source': { sv: 'Datamängd', en: 'Dataset' },
  'data.file': { sv: 'Fil', en: 'File' },
  'data.url': { sv: 'Adress', en: 'Address' },
  'data.paste': { sv: 'Klistra in JSON', en: 'Paste JSON' },
  'data.check': { sv: 'Kontrollera', en: 'Check' },
  'data.view': { sv: 'Visning', en: 'View' },
  'data.lang': { sv: 'Språk', en: 'Language' },
  'data.when': { sv: 'Tidpunkt (svensk tid)', en: 'Time (Swedish time)' },
  'data.result': { sv: 'Resultat', en: 'Result' },
  'index.cms': {
    sv: 'För CMS-redaktörer: samma widget som vanlig HTML',
    en: 'For CMS editors: the same widget as plain HTML',
  },
  intro: {
    sv: 'Välj widget och inställningar. Kopiera sedan koden till din webbplats.',
    en: 'Choose a widget and its settings, then copy the code to your website.',
  },
  widget: { sv: 'Widget', en: 'Widget' },
  'local-script': {
    sv: 'Adressen ovan är den lokala utvecklingsserverns. På utgivarens webbplats skriver konfiguratorn den publicerade adressen, till exempel https://widgets.exempel.se/nmt-widgets-0.1.0.iife.js, med integrity och data-src.',
    en: "The address above is the local development server's. On the publisher's site the configurator writes the published address, for example https://widgets.example.se/nmt-widgets-0.1.0.iife.js, with integrity and data-src.",
  },
  'w.hotline': { sv: 'Stödtelefonen (nmt-hotline)', en: 'The helpline (nmt-hotline)' },
  'w.open-status': { sv: 'Bara status (nmt-open-status)', en: 'Status only (nmt-open-status)' },
  'w.contact-list': { sv: 'Kontaktpersoner (nmt-contact-list)', en: 'Contact persons (nmt-contact-list)' },
  'w.member-agencies': { sv: 'NMT:s medlemmar (nmt-member-agencies)', en: "The NMT's members (nmt-member-agencies)" },
  lang: { sv: 'Widgetens språk', en: "The widget's language" },
  'lang.page': { sv: 'Som sidan', en: 'As the page' },
  'heading-level': { sv: 'Rubriknivå', en: 'Heading level' },
  hours: { sv: 'Egna öppettider (valfritt)', en: 'Own opening hours (optional)' },
  'social-number': { sv: 'Socialjourens nummer (valfritt)', en: "The social services' on-call number (optional)" },
  'social-label': { sv: 'Socialjourens namn (valfritt)', en: "The on-call service's name (optional)" },
  filter: { sv: 'Visa bara (namn eller titel, valfritt)', en: 'Show only (name or title, optional)' },
  limit: { sv: 'Högst antal personer (valfritt)', en: 'At most this many people (optional)' },
  compact: { sv: 'Kompakt', en: 'Compact' },
  'hide-urgent': { sv: 'Dölj akuta nummer', en: 'Hide the urgent numbers' },
  'show-number': { sv: 'Visa numret', en: 'Show the number' },
  'hide-detail': { sv: 'Dölj "stänger 16.30" och liknande', en: 'Hide "closes 16:30" and the like' },
  'hide-vcard': { sv: 'Dölj "Spara kontakt"', en: 'Hide "Save contact"' },
  'hide-description': { sv: 'Dölj texten om NMT', en: 'Hide the text about the NMT' },
  'hide-source': { sv: 'Dölj raden om var uppgifterna kommer från', en: 'Hide the line saying where the data is from' },
  src: { sv: 'Egen datakälla (valfritt)', en: 'Own data source (optional)' },
  cms: { sv: 'Mitt CMS tar bara vanlig HTML', en: 'My CMS only takes plain HTML' },
  code: { sv: 'Kod att kopiera', en: 'Code to copy' },
  once: {
    sv: '1. En gång för hela webbplatsen, i sidmallen',
    en: '1. Once for the whole website, in the page template',
  },
  'once-why': {
    sv: 'Skriptet laddas en gång per sida, oavsett hur många widgetar sidan har.',
    en: 'The script loads once per page, however many widgets the page has.',
  },
  where: { sv: '2. Där widgeten ska synas, i sidans innehåll', en: '2. Where the widget goes, in the page content' },
  'where-why': {
    sv:
      'Koden innehåller widgetens eget utseende (<template shadowrootmode>), så sidan får sin slutliga form direkt ' +
      'och flyttar sig inte när skriptet kommer. Utan JavaScript syns samma innehåll, utan live-status; i äldre ' +
      'webbläsare syns texten efter mallen.',
    en:
      "The code holds the widget's own look (<template shadowrootmode>), so the page has its final shape at once " +
      'and does not move when the script arrives. Without JavaScript the same content shows, without the live ' +
      'status; in older browsers the text after the template shows.',
  },
  csp: {
    sv: 'Har sidan en Content-Security-Policy som stoppar inbäddade stilar? Lägg då till i style-src:',
    en: 'Does the page have a Content-Security-Policy that blocks inline styles? Then add to style-src:',
  },
  copy: { sv: 'Kopiera koden', en: 'Copy the code' },
  preview: { sv: 'Förhandsvisning', en: 'Preview' },
};

/** The page's language now. */
export const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'sv');

/** Sets the page's language, its own words and the language button (which offers the other language). */
export function translatePage(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const text = TEXT[element.dataset.t!]?.[lang];
    if (text) element.textContent = text;
  }
  const button = document.querySelector<HTMLElement>('#language');
  if (button) {
    button.textContent = lang === 'sv' ? 'English' : 'Svenska';
    button.lang = lang === 'sv' ? 'en' : 'sv';
  }
  const heading = document.querySelector<HTMLElement>('h1[data-t]');
  if (heading) document.title = `nmt-widgets: ${heading.textContent}`;
}
