import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { clearDatasetCache } from '../../src/controllers/data-controller.js';
import { setDataTiming } from '../../src/hosted-data/data-timing.js';
import type { Dataset } from '../../src/core/dataset.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';
import type { NmtContactList } from '../../src/elements/contact-list/contact-list.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';
import { datasetUrl } from '../support/data-urls.js';

/*
 * Data that stays current: a long-lived page checks its dataset again when it
 * becomes visible and at most once per interval, with a conditional request,
 * and re-renders only when the data changed. The test server keeps datasets
 * that a test can replace (PUT) and counts the requests for each.
 */
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.card h3')].map((h) => h.textContent);
let unique = 0;

function withName(name: string): string {
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  data.contacts = [{ ...data.contacts[0], name }];
  return JSON.stringify(data);
}

async function publish(path: string, body: string): Promise<void> {
  await fetch(path, { method: 'PUT', body });
}

const requestsFor = async (path: string): Promise<number> =>
  (await fetch(path.replace('/live/', '/live-count/'), { cache: 'no-store' })).json();

describe('data that stays current', () => {
  let warn: sinon.SinonStub;
  before(() => setWidgetLocale('sv'));
  after(() => setWidgetLocale(null));
  beforeEach(() => {
    clearDatasetCache();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    setDataTiming(null);
    clearDatasetCache();
  });

  it('picks up a changed dataset, re-renders once for it, and keeps good data when the new one is broken', async () => {
    const path = `/test-data/live/data-${++unique}.json`;
    await publish(path, withName('Version Ett'));
    setDataTiming({ revalidateMs: 100 });
    const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${path}></nmt-contact-list>`);
    await waitUntil(() => names(el)[0] === 'Version Ett', 'the first version is shown');

    const updates = sinon.spy(el, 'requestUpdate');
    // Several checks of unchanged data: answered 304, and no re-render.
    const before = await requestsFor(path);
    await waitUntil(async () => (await requestsFor(path)) >= before + 2, 'checked again', { timeout: 3000 });
    expect(updates.callCount, 'no re-render for unchanged data').to.equal(0);

    await publish(path, withName('Version Två'));
    await waitUntil(() => names(el)[0] === 'Version Två', 'the new version is shown', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(updates.callCount, 'one re-render for one change').to.equal(1);

    await publish(path, '{"broken": ');
    await waitUntil(() => warn.callCount > 0, 'the broken version is reported', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(names(el)[0], 'the good data stays').to.equal('Version Två');
    expect(String(warn.firstCall.args[0])).to.match(/new data at .* was not used \(not valid JSON in UTF-8\)/);
    expect(warn.callCount).to.equal(1);
  });

  it('checks nothing while the page is hidden, and checks when it becomes visible again', async () => {
    const path = `/test-data/live/data-${++unique}.json`;
    await publish(path, withName('Synlig'));
    setDataTiming({ revalidateMs: 50 });
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    try {
      const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${path}></nmt-contact-list>`);
      await waitUntil(() => names(el)[0] === 'Synlig');
      const before = await requestsFor(path);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await requestsFor(path), 'no request while hidden').to.equal(before);
      visibility.get(() => 'visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(async () => (await requestsFor(path)) > before, 'checked on becoming visible');
    } finally {
      visibility.restore();
    }
  });

  it('makes one request per URL on load, and none again within the interval', async () => {
    const path = `/test-data/live/data-${++unique}.json`;
    await publish(path, withName('En gång'));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${[1, 2, 3].map(() => html`<nmt-contact-list src=${path}></nmt-contact-list>`)}</div>`,
    );
    await waitUntil(() => [...wrapper.children].every((l) => names(l)[0] === 'En gång'));
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requestsFor(path)).to.equal(1);
  });

  it('stops checking when no widget on the page uses the data', async () => {
    const path = `/test-data/live/data-${++unique}.json`;
    await publish(path, withName('Borta'));
    setDataTiming({ revalidateMs: 50 });
    const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${path}></nmt-contact-list>`);
    await waitUntil(() => names(el)[0] === 'Borta');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const before = await requestsFor(path);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestsFor(path)).to.equal(before);
  });

  it('still refuses a data: URL source with the wrong type at once (no checks needed)', async () => {
    const src = datasetUrl((d) => (d.contacts[0].name = 'Data-URL'));
    const el = await fixture<NmtContactList>(html`<nmt-contact-list src=${src}></nmt-contact-list>`);
    await waitUntil(() => names(el)[0] === 'Data-URL');
  });
});
