/**
 * The dataset an element shows: the embedded default, or the JSON at `src`.
 * Every element shares one request per URL. Whatever goes wrong (network,
 * timeout, size, content type, JSON, schema), the element keeps the default,
 * the console gets one warning per URL, and the element fires `nmt-data-error`.
 */
import type { ReactiveControllerHost } from 'lit';
import { parseDataset, type Dataset } from '../core/dataset.js';
import { DEFAULT_DATASET } from '../data/default-dataset.js';
import { NmtDataErrorEvent } from '../events.js';

export type LoadResult = { ok: true; data: Dataset } | { ok: false; reason: string };

/** Limits for hosted datasets; tests may lower them. */
export const dataLimits = { timeoutMs: 10_000, maxBytes: 256 * 1024 };

const requests = new Map<string, Promise<LoadResult>>();
const warned = new Set<string>();

async function fetchDataset(url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(dataLimits.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      reason: timedOut ? `no answer within ${dataLimits.timeoutMs / 1000} s` : 'the address could not be reached',
    };
  }
  if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` };
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) return { ok: false, reason: `not JSON (content type "${type || 'none'}")` };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > dataLimits.maxBytes) return { ok: false, reason: `larger than ${dataLimits.maxBytes} bytes` };
  const text = await response.text();
  if (text.length > dataLimits.maxBytes) return { ok: false, reason: `larger than ${dataLimits.maxBytes} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const result = parseDataset(json);
  return result.ok ? result : { ok: false, reason: `invalid dataset: ${result.errors.slice(0, 5).join('; ')}` };
}

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
      console.warn(`nmt-widgets: the dataset at ${url} was not used (${reason}); showing the built-in content.`);
    }
    this.host.dispatchEvent(new NmtDataErrorEvent(url, reason));
    this.host.requestUpdate();
  }
}
