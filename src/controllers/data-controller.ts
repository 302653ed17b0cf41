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
import { clearDatasetCache as clearStore, loadDataset, watchDataset } from './dataset-store.js';
import { siteSource } from './site-source.js';

export { dataLimits, type LoadResult } from './fetch-dataset.js';

const warned = new Set<string>();

/** Forgets loaded URLs and warnings (for tests, or an application that knows the data changed). */
export function clearDatasetCache(): void {
  clearStore();
  warned.clear();
}

export class DataController implements ReactiveController {
  /** What the element shows now. */
  data: Dataset = DEFAULT_DATASET;

  /** The absolute URL in use, or '' for the embedded default. */
  private url = '';
  private requested = '';
  private unwatch: (() => void) | null = null;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.watch();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unwatch?.();
    this.unwatch = null;
  }

  /** Follows the element's `src`; empty means the site-wide source, then the embedded default. */
  setSource(src: string | null | undefined): void {
    const next = (src ?? '').trim() || siteSource();
    if (next === this.requested) return;
    this.requested = next;
    this.unwatch?.();
    this.unwatch = null;
    this.url = '';
    if (!next) {
      this.data = DEFAULT_DATASET;
      return;
    }
    try {
      this.url = new URL(next, document.baseURI).href;
    } catch {
      this.refuse(next, 'not a valid address');
      return;
    }
    this.watch();
    void this.read();
  }

  private watch(): void {
    if (this.connected && this.url && !this.unwatch) this.unwatch = watchDataset(this.url, () => void this.read());
  }

  private async read(): Promise<void> {
    const url = this.url;
    const result = await loadDataset(url);
    if (this.url !== url) return; // the source changed meanwhile
    if (result.ok) {
      this.data = result.data;
      this.host.requestUpdate();
    } else {
      this.refuse(url, result.reason);
    }
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
