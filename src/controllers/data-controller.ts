/**
 * The dataset an element shows: the JSON at its `src`, else the site-wide
 * source (see site-source.ts), else the embedded default. Elements share one
 * request per URL and hear of new data at that URL (dataset-store.ts).
 * Whatever goes wrong (network, CORS, timeout, size, content type, JSON,
 * schema), the element keeps the default, the console gets one warning per
 * URL, and the element fires `nmt-data-error`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../core/dataset.js';
import { clip } from '../core/quote.js';
import { DEFAULT_DATASET } from '../data/default-dataset.js';
import { NmtDataErrorEvent } from '../events.js';
import { forgetWarnings, warnOnce } from '../warn.js';
import { clearDatasetCache as clearStore, useDataset, type DatasetUse } from '../hosted-data/dataset-store.js';
import { siteSource } from '../hosted-data/site-source.js';

/** Warnings about a dataset are keyed by its URL: one per URL, whatever the reason. */
const WARNING_KEY = 'dataset:';

/** Forgets loaded URLs and warnings (for tests, or an application that knows the data changed). */
export function clearDatasetCache(): void {
  clearStore();
  forgetWarnings(WARNING_KEY);
}

export class DataController implements ReactiveController {
  /** What the element shows now. */
  data: Dataset = DEFAULT_DATASET;

  /** About the NMT: the dataset's, or the embedded text when the dataset has none (the field is optional). */
  get nmt(): NonNullable<Dataset['nmt']> {
    return this.data.nmt ?? DEFAULT_DATASET.nmt!;
  }

  /** The absolute URL in use, without a fragment, or '' for the embedded default. */
  private url = '';
  private requested = '';
  /** The dataset this element holds while connected. */
  private use: DatasetUse | null = null;
  /** Settles once the data for the current source is known (loaded, or refused and the default shown). */
  private known: Promise<unknown> = Promise.resolve();
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.letGo();
  }

  /** Follows the element's `src`; empty means the site-wide source, then the embedded default. */
  setSource(src: string | null | undefined): void {
    const next = (src ?? '').trim() || siteSource();
    if (next === this.requested) return;
    this.requested = next;
    this.letGo();
    this.url = '';
    this.known = Promise.resolve();
    if (!next) {
      this.data = DEFAULT_DATASET;
      return;
    }
    let url: URL;
    try {
      url = new URL(next, document.baseURI);
    } catch {
      this.refuse(next, 'not a valid address');
      return;
    }
    url.hash = ''; // a fragment never reaches the server: "data.json#a" and "data.json#b" are one source
    this.url = url.href;
    this.follow();
  }

  private follow(): void {
    if (!this.connected || !this.url || this.use) return;
    const use: DatasetUse = useDataset(this.url, () => void this.read(use));
    this.use = use;
    void this.read(use);
    this.known = use.result; // (after read() above, so that read() has taken the data when this settles)
  }

  /** Resolves when the element has the data of its current source, or knows it cannot have it. */
  settled(): Promise<void> {
    return this.known.then(() => undefined);
  }

  private letGo(): void {
    const use = this.use;
    this.use = null;
    // A microtask later: an element moved in the page lets go and takes hold again at once, and keeps its request.
    if (use) queueMicrotask(() => use.release());
  }

  private async read(use: DatasetUse): Promise<void> {
    const result = await use.result;
    if (this.use !== use) return; // the source changed meanwhile, or the element left the page
    if (result.ok) {
      this.data = result.data;
      this.host.requestUpdate();
    } else {
      this.refuse(this.url, result.reason);
    }
  }

  private refuse(url: string, reason: string): void {
    this.data = DEFAULT_DATASET;
    warnOnce(
      `the dataset at ${clip(url, 120)} was not used (${reason}); showing the built-in content.`,
      `${WARNING_KEY}${url}`,
    );
    this.host.dispatchEvent(new NmtDataErrorEvent(url, reason));
    this.host.requestUpdate();
  }
}
