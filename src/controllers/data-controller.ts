/**
 * The dataset an element shows: the embedded default, or the JSON at `src`.
 * Every element shares one request per URL. Whatever goes wrong (network,
 * timeout, size, content type, JSON, schema), the element keeps the default,
 * the console gets one warning per URL, and the element fires `nmt-data-error`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../core/dataset.js';
import { clip } from '../core/quote.js';
import { DEFAULT_DATASET } from '../data/default-dataset.js';
import { NmtDataErrorEvent } from '../events.js';
import { fetchDataset, type LoadResult } from './fetch-dataset.js';

export { dataLimits, type LoadResult } from './fetch-dataset.js';

const requests = new Map<string, Promise<LoadResult>>();
const warned = new Set<string>();

/** Loads a dataset URL once per page, however many elements ask. */
export function loadDataset(url: string): Promise<LoadResult> {
  let request = requests.get(url);
  if (!request) requests.set(url, (request = fetchDataset(url)));
  return request;
}

/** Forgets loaded URLs (for tests, or an application that knows the data changed). */
export function clearDatasetCache(): void {
  requests.clear();
  warned.clear();
}

/** Holds an element's dataset; it needs no lifecycle hooks, as requests are shared and never cancelled. */
export class DataController {
  /** What the element shows now. */
  data: Dataset = DEFAULT_DATASET;

  private src = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Follows the element's `src`; empty means the embedded default. */
  setSource(src: string | null | undefined): void {
    const next = (src ?? '').trim();
    if (next === this.src) return;
    this.src = next;
    if (!next) {
      this.data = DEFAULT_DATASET;
      return;
    }
    let url: string;
    try {
      url = new URL(next, document.baseURI).href;
    } catch {
      this.refuse(next, 'not a valid address');
      return;
    }
    void loadDataset(url).then((result) => {
      if (this.src !== next) return; // src changed meanwhile
      if (result.ok) {
        this.data = result.data;
        this.host.requestUpdate();
      } else {
        this.refuse(url, result.reason);
      }
    });
  }

  private refuse(url: string, reason: string): void {
    this.data = DEFAULT_DATASET;
    if (!warned.has(url)) {
      warned.add(url);
      console.warn(
        `nmt-widgets: the dataset at ${clip(url, 120)} was not used (${reason}); showing the built-in content.`,
      );
    }
    this.host.dispatchEvent(new NmtDataErrorEvent(url, reason));
    this.host.requestUpdate();
  }
}
