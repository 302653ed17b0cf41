import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { clearDatasetCache } from '../../src/controllers/data-controller.js';
import { setDataTiming } from '../../src/hosted-data/data-timing.js';
import { storedDatasets } from '../../src/hosted-data/dataset-store.js';
import type { Dataset } from '../../src/core/dataset.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';
import type { NmtContactList } from '../../src/elements/contact-list/contact-list.js';
import { setWidgetLocale } from '../../src/i18n/locale.js';

/*
 * A page (or an attacker) that changes `src` many times in a row: requests no
 * widget waits for any more are cancelled, the last `src` wins within its own
 * time limit, URLs that differ only in their fragment are one source, and the
 * page forgets data no widget uses. The test server answers
 * /test-data/delayed/<name> after a delay, and counts what it was sent and
 * what the page cancelled.
 */
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.card h3')].map((h) => h.textContent);
let unique = 0;

async function publish(name: string): Promise<string> {
  const path = `/test-data/live/churn-${++unique}.json`;
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  data.contacts = [{ ...data.contacts[0], name }];
  await fetch(path, { method: 'PUT', body: JSON.stringify(data) });
  return path;
}

interface DelayedStats {
  started: number;
  cancelled: number;
  answered: number;
}
const stats = async (): Promise<DelayedStats> =>
  (await fetch('/test-data/delayed-stats', { cache: 'no-store' })).json();
const requestsFor = async (path: string): Promise<number> =>
  (await fetch(path.replace('/live/', '/live-count/'), { cache: 'no-store' })).json();

describe('a source that churns', () => {
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

  it('cancels what no widget waits for, and the last src wins within its own time limit', async () => {
    const path = await publish('Sista källan');
    const delayed = (n: number) => `${path.replace('/live/', '/delayed/')}?ms=400&n=${n}`;
    // Sixty sources at 400 ms each, six at a time, would take four seconds: longer than the time limit.
    setDataTiming({ timeoutMs: 2500 });
    const el = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
    const errors: string[] = [];
    el.addEventListener('nmt-data-error', (e) => errors.push((e as Event & { reason: string }).reason));
    const before = await stats();
    for (let n = 0; n < 60; n++) {
      el.setAttribute('src', delayed(n));
      await el.updateComplete;
    }
    await waitUntil(() => names(el)[0] === 'Sista källan', 'the last source is shown', { timeout: 4000 });
    expect(errors, 'no source failed').to.deep.equal([]);
    expect(warn.callCount).to.equal(0);
    const after = await stats();
    // Sources replaced within one task are never sent (a request starts a task later): the server sees the last.
    expect(after.started - before.started, 'requests the server saw').to.be.at.most(2);
    expect(after.answered - before.answered, 'answers the page waited for').to.be.at.most(2);
  });

  it('reads URLs that differ only in their fragment as one source', async () => {
    const path = await publish('Ett fragment');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <nmt-contact-list src="${path}#a"></nmt-contact-list><nmt-contact-list src="${path}#b"></nmt-contact-list>
      </div>`,
    );
    await waitUntil(() => [...wrapper.children].every((l) => names(l)[0] === 'Ett fragment'));
    expect(storedDatasets(), 'one source kept').to.equal(1);
    expect(await requestsFor(path)).to.equal(1);
  });

  it('forgets data no widget uses, beyond the few last used', async () => {
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) paths.push(await publish(`Källa ${i}`));
    const el = await fixture<NmtContactList>(html`<nmt-contact-list></nmt-contact-list>`);
    for (const [i, path] of paths.entries()) {
      el.setAttribute('src', path);
      await waitUntil(() => names(el)[0] === `Källa ${i}`);
    }
    el.remove();
    await Promise.resolve();
    expect(storedDatasets(), 'kept for a widget that comes back').to.be.at.most(8);
    // A widget that comes back to a forgotten source loads it again.
    const again = await fixture<NmtContactList>(html`<nmt-contact-list src=${paths[0]}></nmt-contact-list>`);
    await waitUntil(() => names(again)[0] === 'Källa 0');
    expect(storedDatasets()).to.be.at.most(9);
  });
});
