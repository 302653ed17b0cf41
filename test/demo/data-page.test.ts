import { expect, waitUntil } from '@open-wc/testing';
import type { Dataset } from '../../src/core/dataset.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';

/*
 * The demo's data page as a publisher uses it: the count of errors in words,
 * the warnings the check command gives, and a refused cross-origin address
 * explained as the widgets explain it.
 */
async function openDataPage(lang: 'sv' | 'en'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/demo/data.html?lang=${lang}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('#result')?.textContent, 'the page runs', { timeout: 8000 });
  return doc;
}

async function check(doc: Document, field: 'json' | 'url', value: string): Promise<string> {
  const form = doc.querySelector<HTMLFormElement>('#source')!;
  for (const name of ['json', 'url']) form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = '';
  form.querySelector<HTMLInputElement>(`[name="${field}"]`)!.value = value;
  const before = doc.querySelector('#result')!.textContent;
  const errorsBefore = doc.querySelector('#errors')!.textContent;
  form.requestSubmit();
  await waitUntil(
    () =>
      doc.querySelector('#result')!.textContent !== before ||
      doc.querySelector('#errors')!.textContent !== errorsBefore,
    'the result changes',
    { timeout: 5000 },
  );
  return doc.querySelector('#result')!.textContent!;
}

const dataset = (change: (d: Dataset) => void) => {
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  change(data);
  return JSON.stringify(data);
};

describe('the data page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('counts one error as one, in both languages', async () => {
    const sv = await openDataPage('sv');
    expect(
      await check(
        sv,
        'json',
        dataset((d) => (d.updated = '2026-13-01')),
      ),
    ).to.contain('(1 fel)');
    expect(sv.querySelector('#errors')!.textContent).to.contain('det finns ingen månad 13');
    const en = await openDataPage('en');
    expect(
      await check(
        en,
        'json',
        dataset((d) => (d.updated = '2026-13-01')),
      ),
    ).to.contain('(1 error)');
  });

  it('shows the warnings the check command gives', async () => {
    const doc = await openDataPage('sv');
    await check(
      doc,
      'json',
      dataset((d) => (d.hotline.hours = 'Mo-Th 09:00-16:00')),
    );
    const warnings = doc.querySelector('#warnings')!.textContent!;
    expect(warnings).to.contain('inga tider på fredag');
    expect(warnings).to.contain('"hoursAssumed" är true');
    expect(doc.querySelector<HTMLElement>('#warnings-heading')!.hidden).to.equal(false);
  });

  it('explains a refused cross-origin address as the widgets do, not as "Failed to fetch"', async () => {
    const doc = await openDataPage('en');
    await check(doc, 'url', 'http://127.0.0.1:9/nmt-data.json');
    const errors = doc.querySelector('#errors')!.textContent!;
    expect(errors).to.contain('Access-Control-Allow-Origin: *');
    expect(errors).to.not.contain('Failed to fetch');
  });
});
