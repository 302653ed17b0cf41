import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { clearDatasetCache } from '../../src/controllers/data-controller.js';
import { dataTiming, setDataTiming } from '../../src/hosted-data/data-timing.js';
import type { NmtContactList } from '../../src/elements/contact-list/contact-list.js';
import type { NmtHotline } from '../../src/elements/hotline/hotline.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import type { NmtDataErrorEvent } from '../../src/events.js';
import { datasetUrl, jsonUrl } from '../support/data-urls.js';
import { AT, shownText, textOf } from '../support/helpers.js';

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.card h3')].map((h) => h.textContent);
const DEFAULT_NAMES = ['Mats Paulsson', 'Catrin Sandman', 'Yvonne Karlsson'];

/** The test server under its other name: another origin, which sends no CORS headers. */
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';

describe('hosted data (src)', () => {
  let warn: sinon.SinonStub;
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));
  beforeEach(() => {
    clearDatasetCache();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('shows a hosted copy with a change', async () => {
    const src = datasetUrl((d) => {
      d.contacts = [{ ...d.contacts[1], name: 'Ny Kontaktperson' }];
    });
    const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${src}></nmt-contact-list>`);
    await waitUntil(() => names(el)[0] === 'Ny Kontaktperson', 'the hosted data is shown');
    expect(names(el)).to.deep.equal(['Ny Kontaktperson']);
  });

  it('makes one request for ten widgets on one URL', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const src = datasetUrl((d) => (d.contacts[0].name = 'Delad Källa'));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>${Array.from({ length: 10 }, () => html`<nmt-contact-list src=${src}></nmt-contact-list>`)}</div>`,
      );
      const lists = [...wrapper.querySelectorAll('nmt-contact-list')];
      await waitUntil(() => lists.every((l) => names(l)[0] === 'Delad Källa'), 'all ten show it');
      expect(fetchSpy.callCount).to.equal(1);
    } finally {
      fetchSpy.restore();
    }
  });

  it("asks for the data as a guest: no cookies, no referrer, and after the host page's own resources", async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const src = datasetUrl((d) => (d.contacts[0].name = 'Gäst På Sidan'));
      const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${src}></nmt-contact-list>`);
      await waitUntil(() => names(el)[0] === 'Gäst På Sidan', 'the hosted data is shown');
      expect(fetchSpy.callCount).to.equal(1);
      const [url, init] = fetchSpy.firstCall.args;
      expect(url).to.equal(src);
      expect(init).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer', priority: 'low' });
    } finally {
      fetchSpy.restore();
    }
  });

  it('hosted hours drive the status', async () => {
    const src = datasetUrl((d) => (d.hotline.hours = 'Mo-Fr 08:00-09:00'));
    const el = await fixture<NmtHotline>(html`<nmt-hotline src=${src} now=${AT.mondayOpen}></nmt-hotline>`);
    await waitUntil(() => el.getAttribute('status') === 'closed', 'the hosted hours apply');
    expect(textOf(el, '.hours-list li')).to.equal('Måndag–fredag 08.00–09.00');
  });

  const refused: Array<[string, () => string, RegExp]> = [
    ['broken JSON', () => jsonUrl('{"schemaVersion": 1,'), /not valid JSON/],
    [
      'the wrong shape',
      () => jsonUrl('{"hello": "world"}'),
      /invalid dataset: schemaVersion: missing; updated: missing/,
    ],
    [
      'a bad field, with its path',
      () => datasetUrl((d) => (d.contacts[2].email = 'nope')),
      /contacts\[2\]\.email: not a plain e-mail address/,
    ],
    ['a 404', () => '/test-data/does-not-exist.json', /the server answered 404/],
    ['an HTML error page', () => '/test-data/error-page.json', /the server answered 500/],
    ['HTML served as a success', () => '/test-data/html-200.json', /not JSON \(content type "text\/html/],
    ['an oversized file', () => '/test-data/huge.json', /larger than 262144 bytes/],
    ['an unreachable address', () => 'http://127.0.0.1:9/nmt-data.json', /could not be reached/],
    [
      'a dataset on another origin without CORS headers',
      () => `${location.protocol}//${otherHost}:${location.port}/test-data/huge.json`,
      /could not be reached, or its server does not let other sites read it.*Access-Control-Allow-Origin/,
    ],
    [
      'a JSON-like content type that is not JSON',
      () => '/test-data/html-charset-json.json',
      /not JSON \(content type "text\/html; charset=json"/,
    ],
    [
      'a declared Content-Length over the cap',
      () => '/test-data/declares-too-much.json',
      /larger than 262144 bytes \(the server declares 52428800\)/,
    ],
    ['a body that never ends', () => '/test-data/never-ends.json', /^larger than 262144 bytes$/],
    ['a gzip bomb', () => '/test-data/gzip-bomb.json', /^larger than 262144 bytes$/],
    ['240,000 two-byte characters (480 KB)', () => '/test-data/multibyte.json', /^larger than 262144 bytes$/],
    [
      'a javascript: link in the data',
      () => datasetUrl((d) => (d.members[0].url = 'javascript:alert(1)')),
      /members\[0\]\.url: not an https: or http: address/,
    ],
  ];
  for (const [what, src, reason] of refused) {
    it(`keeps the default on screen for ${what}, warns once and fires nmt-data-error`, async () => {
      const url = src();
      const el = document.createElement('nmt-contact-list');
      const error = oneEvent(el, 'nmt-data-error') as unknown as Promise<NmtDataErrorEvent>;
      el.setAttribute('src', url);
      document.body.append(el);
      try {
        const event = await error;
        expect(event.reason).to.match(reason);
        expect(event.src).to.equal(new URL(url, document.baseURI).href);
        expect(event.detail).to.deep.equal({ src: event.src, reason: event.reason });
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(names(el)).to.deep.equal(DEFAULT_NAMES);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.match(/nmt-widgets: the dataset at .* was not used/);
      } finally {
        el.remove();
      }
    });
  }

  it('gives up on a slow server after the timeout', async () => {
    setDataTiming({ timeoutMs: 300 });
    try {
      const el = document.createElement('nmt-contact-list');
      const error = oneEvent(el, 'nmt-data-error') as unknown as Promise<NmtDataErrorEvent>;
      el.setAttribute('src', '/test-data/slow.json');
      document.body.append(el);
      expect((await error).reason).to.equal('no answer within 0.3 s');
      expect(names(el)).to.deep.equal(DEFAULT_NAMES);
      el.remove();
    } finally {
      setDataTiming(null);
    }
  });

  it('gives up on a body that stalls after the headers, within the same timeout', async () => {
    setDataTiming({ timeoutMs: 300 });
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = document.createElement('nmt-contact-list');
      const error = oneEvent(el, 'nmt-data-error') as unknown as Promise<NmtDataErrorEvent>;
      el.setAttribute('src', '/test-data/stalls-after-headers.json');
      document.body.append(el);
      expect((await error).reason).to.equal('the data did not arrive in full within 0.3 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(names(el)).to.deep.equal(DEFAULT_NAMES);
      expect(warn.callCount).to.equal(1);
      expect(unhandled).to.deep.equal([]);
      el.remove();
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
      setDataTiming(null);
    }
  });

  it('quotes at most 120 characters of a long address in its warning', async () => {
    const el = document.createElement('nmt-contact-list');
    const error = oneEvent(el, 'nmt-data-error');
    el.setAttribute('src', `/test-data/${'x'.repeat(100_000)}.json`);
    document.body.append(el);
    await error;
    el.remove();
    expect(String(warn.firstCall.args[0]).length).to.be.below(300);
  });

  it('renders hostile strings as text and runs nothing', async () => {
    const w = window as unknown as { pwned?: number };
    const src = datasetUrl((d) => {
      d.contacts[0].name = '<img src=x onerror="window.pwned=1">';
      d.hotline.name.sv = '<script>window.pwned=2</script>';
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <nmt-contact-list src=${src}></nmt-contact-list><nmt-hotline src=${src} now=${AT.mondayOpen}></nmt-hotline>
      </div>`,
    );
    const [list, hotline] = [wrapper.children[0], wrapper.children[1]];
    await waitUntil(() => names(list)[0]?.startsWith('<img'), 'the hostile name is shown');
    await waitUntil(() => textOf(hotline, 'h2').startsWith('<script>'), 'the hostile heading is shown');
    expect(list.shadowRoot!.querySelector('img')).to.equal(null);
    expect(hotline.shadowRoot!.querySelector('script')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.pwned).to.equal(undefined);
    expect(shownText(list)).to.contain('<img src=x onerror="window.pwned=1">');
  });

  it('warns only once per URL, however many widgets use it', async () => {
    const src = jsonUrl('not json');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 4 }, () => html`<nmt-contact-list src=${src}></nmt-contact-list>`)}</div>`,
    );
    await waitUntil(() => warn.callCount > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warn.callCount).to.equal(1);
    expect(names(wrapper.children[3])).to.deep.equal(DEFAULT_NAMES);
  });

  it('goes back to the embedded default when src is removed', async () => {
    const src = datasetUrl((d) => (d.contacts = [d.contacts[0]]));
    const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${src}></nmt-contact-list>`);
    await waitUntil(() => names(el).length === 1);
    el.removeAttribute('src');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(DEFAULT_NAMES);
  });
});

describe('setDataTiming', () => {
  afterEach(() => setDataTiming(null));

  it('refuses a value out of its range, naming the range, and keeps what was set', () => {
    setDataTiming({ timeoutMs: 5000 });
    expect(() => setDataTiming({ timeoutMs: 0 })).to.throw(
      RangeError,
      'timeoutMs must be from 100 to 600000 ms, not 0',
    );
    expect(() => setDataTiming({ revalidateMs: Number.NaN })).to.throw(RangeError, 'revalidateMs');
    expect(dataTiming()).to.deep.equal({ timeoutMs: 5000, revalidateMs: 3_600_000 });
    setDataTiming(null);
    expect(dataTiming()).to.deep.equal({ timeoutMs: 10_000, revalidateMs: 3_600_000 });
  });
});
