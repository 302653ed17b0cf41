import { expect, waitUntil } from '@open-wc/testing';

/*
 * The configurator as an editor uses it, in a frame: values are checked as the
 * widget checks them, refused ones stay out of the snippet, and the page fits 320 px.
 */
async function openConfigurator(width: number, query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.src = `/demo/configurator.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('#snippet')?.textContent, 'the configurator runs', { timeout: 8000 });
  return doc;
}

function type(doc: Document, name: string, value: string, event: 'input' | 'change' = 'input'): void {
  const field = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('the configurator', () => {
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('keeps refused values out of the snippet and says why, in the page language', async () => {
    const doc = await openConfigurator(1000);
    const snippet = () => doc.querySelector('#snippet')!.textContent!;
    type(doc, 'social-services-number', 'ring socialjouren');
    expect(snippet()).to.not.contain('social-services-number');
    expect(doc.querySelector('#social-number-error')!.textContent).to.contain('Inte ett telefonnummer');
    type(doc, 'social-services-number', '040-34 12 00');
    expect(snippet()).to.contain('social-services-number="040-34 12 00"');

    type(doc, 'src', 'javascript:alert(1)', 'change');
    expect(snippet()).to.not.contain('src=');
    expect(doc.querySelector('#src-error')!.textContent).to.contain('Inte en webbadress');

    type(doc, 'hours', 'Mo-Fr 09.00-16:30');
    expect(snippet()).to.not.contain('hours=');
    expect(doc.querySelector('#hours-error mark')!.textContent).to.equal('0');
    expect(doc.querySelector('#hours-error')!.textContent).to.contain('Tider skrivs med kolon');
    type(doc, 'hours', 'Mo-Fr 09:00-16:30; week 28-31 off');
    expect(snippet()).to.contain('hours="Mo-Fr 09:00-16:30; week 28-31 off"');
    expect(doc.querySelector('#hours-words')!.textContent).to.contain('Vecka 28–31: stängt');
  });

  it('uses an address only when it is complete, and forgets "Kopierat" when the code changes', async () => {
    const doc = await openConfigurator(1000);
    const previewSrc = () => doc.querySelector('#preview > *')!.getAttribute('src');
    for (const partial of ['h', 'ht', 'https://www.exempel.se/nmt']) type(doc, 'src', partial);
    expect(previewSrc(), 'nothing fetched while typing').to.equal(null);
    type(doc, 'src', 'https://www.exempel.se/nmt-data.json', 'change');
    expect(previewSrc()).to.equal('https://www.exempel.se/nmt-data.json');
    doc.querySelector('#copied')!.textContent = 'Kopierat.';
    type(doc, 'filter', 'x', 'change');
    expect(doc.querySelector('#copied')!.textContent).to.equal('');
  });

  it('offers each widget exactly its options, and shows the script apart from the widget with fallback content', async () => {
    const doc = await openConfigurator(1000);
    const visible = () =>
      [...doc.querySelectorAll<HTMLElement>('#options label')]
        .filter((l) => !l.hidden)
        .map((l) => l.querySelector('[name]')!.getAttribute('name'));
    const select = doc.querySelector<HTMLSelectElement>('[name="widget"]')!;
    select.value = 'open-status';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(visible()).to.include.members(['show-number', 'hide-detail', 'hours']);
    expect(visible()).to.not.include('heading-level');
    select.value = 'contact-list';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(visible()).to.include.members(['limit', 'hide-vcard', 'filter', 'heading-level']);
    select.value = 'hotline';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.querySelector('#script-snippet')!.textContent).to.match(/^<script src=/);
    expect(doc.querySelector('#snippet')!.textContent).to.contain('<a href="tel:+4620390000">020-390 000</a>');
  });

  it('writes the widget prerendered (its own shape before the script runs) and the hash a strict CSP needs', async () => {
    const doc = await openConfigurator(1000);
    const code = doc.querySelector('#snippet')!;
    await waitUntil(() => !code.hasAttribute('aria-busy'), 'the prerender is written', { timeout: 5000 });
    const snippet = code.textContent!;
    expect(snippet).to.match(/^<nmt-hotline>\n {2}<template shadowrootmode="open"><style>:host\{/);
    // Nothing that depends on the time: no live status, no dated deviations, no Lit markers.
    expect(snippet).to.not.match(/Öppet nu|Stängt nu|december|<!--/);
    expect(snippet).to.contain('<span>Måndag–fredag 09.00–16.30</span>');
    expect(snippet, 'the plain fallback follows, for browsers without declarative shadow DOM').to.contain(
      '</template>\n  <p>Stödtelefon för yrkesverksamma: <a href="tel:+4620390000">020-390 000</a></p>',
    );
    await waitUntil(() => doc.querySelector('#style-hash')!.textContent, 'the hash is shown');
    const css = snippet.match(/<style>(.*?)<\/style>/)![1];
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(doc.querySelector('#style-hash')!.textContent).to.equal(`'sha256-${hash}'`);
  });

  it('fits 320 px without scrolling sideways, in English too', async () => {
    const doc = await openConfigurator(320, '?lang=en');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('Embed a widget');
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('the configurator on the development server', () => {
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('says its script address is the local one, and what the published one looks like', async () => {
    const doc = await openConfigurator(1000, '?lang=en');
    const note = doc.querySelector<HTMLElement>('#local-script')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain("local development server's");
    expect(note.textContent).to.contain('nmt-widgets-0.1.0.iife.js');
  });
});
