import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { setWidgetLocale } from '../src/i18n/locale.js';
import { AT } from './support/helpers.js';

describe('CMS placeholders (data-nmt-widget)', () => {
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));

  it('turns a plain div into the widget, mapping data-* to attributes and keeping the fallback', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div data-nmt-widget="hotline" data-heading-level="3" data-now=${AT.mondayOpen} id="line" class="sidebar">
          <p>Ring 020-390 000</p>
        </div>
      </div>`,
    );
    await waitUntil(() => wrapper.querySelector('nmt-hotline'), 'the placeholder is replaced');
    const el = wrapper.querySelector('nmt-hotline')!;
    await el.updateComplete;
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.id).to.equal('line');
    expect(el.className).to.equal('sidebar');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Nationell stödtelefon för yrkesverksamma');
    expect(el.querySelector('p')!.textContent).to.equal('Ring 020-390 000');
    expect(el.getAttribute('status')).to.equal('open');
  });

  it('mounts every kind, including placeholders added later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = ['open-status', 'contact-list', 'member-agencies']
      .map((k) => `<div data-nmt-widget="${k}"></div>`)
      .join('');
    await waitUntil(
      () => wrapper.querySelectorAll('nmt-open-status, nmt-contact-list, nmt-member-agencies').length === 3,
    );
  });

  it('ignores unknown widgets and attributes that are not the widget’s, with a warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML =
        '<div data-nmt-widget="weather"></div><div data-nmt-widget="open-status" data-onclick="alert(1)" data-style="color:red"></div>';
      await waitUntil(() => wrapper.querySelector('nmt-open-status'));
      const el = wrapper.querySelector('nmt-open-status')!;
      expect(el.hasAttribute('onclick')).to.equal(false);
      expect(el.hasAttribute('style')).to.equal(false);
      expect(wrapper.querySelector('[data-nmt-widget]')).to.equal(null);
      expect(warn.calledWithMatch(/data-nmt-widget="weather" is not a widget/)).to.equal(true);
      expect(warn.calledWithMatch(/data-onclick .* is not an attribute of that widget/)).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('takes each widget\u2019s own attributes, as the element observes them, and no other widget\u2019s', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML =
        '<div data-nmt-widget="contact-list" data-filter="Sandman" data-limit="1" data-hide-vcard data-show-number></div>';
      await waitUntil(() => wrapper.querySelector('nmt-contact-list'));
      const el = wrapper.querySelector('nmt-contact-list')!;
      expect(el.getAttribute('filter')).to.equal('Sandman');
      expect(el.getAttribute('limit')).to.equal('1');
      expect(el.hasAttribute('hide-vcard')).to.equal(true);
      // show-number is the small status's, not the contact list's.
      expect(el.hasAttribute('show-number')).to.equal(false);
      expect(warn.calledWithMatch(/data-show-number on a data-nmt-widget="contact-list" placeholder/)).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});

// A second, independent copy (its own Lit included), as a second script tag would load.
const loadCdnCopy = (tag: string) => import(/* @vite-ignore */ `/dist/cdn/nmt-widgets.js?copy=${tag}`);

describe('loading the library twice', () => {
  it('does not throw, and keeps the first registration', async () => {
    const first = customElements.get('nmt-hotline');
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await loadCdnCopy('a');
      await loadCdnCopy('b');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('nmt-hotline')).to.equal(first);
  });

  it('warns once when the versions differ', async () => {
    const warn = sinon.stub(console, 'warn');
    const versions = window.__nmtWidgetsVersions!;
    const saved = [...versions];
    versions.splice(0, versions.length, '0.0.1');
    try {
      await loadCdnCopy('other-version');
      expect(warn.calledWithMatch(/loaded on a page that already has 0\.0\.1/)).to.equal(true);
    } finally {
      versions.splice(0, versions.length, ...saved);
      warn.restore();
    }
  });
});
