/**
 * The page's hosted datasets: one request per URL however many widgets use
 * it, and, for pages left open for hours (an intranet, a reception screen), a
 * check for new data when the page becomes visible again and at most once an
 * hour (a conditional request, so an unchanged file costs a 304). Widgets are
 * told only when their data really changed. A check that fails keeps the data
 * the page has: a passing network fault never swaps good data for the default.
 *
 * A widget holds the URL it shows (`useDataset`) until it lets go. A request
 * that no widget waits for any more is cancelled, so a page (or an attacker)
 * changing `src` many times in a row never queues requests in front of the one
 * it shows; and data no widget uses is forgotten, beyond the few last used.
 */
import type { Dataset } from '../core/dataset.js';
import { clip } from '../core/quote.js';
import { warnOnce } from '../warn.js';
import { dataTiming } from './data-timing.js';
import { fetchDataset, type LoadResult } from './fetch-dataset.js';

interface Entry {
  result: Promise<LoadResult>;
  /** Cancels the first request while it is under way; null once it has settled. */
  loading: AbortController | null;
  /** Whether the data could not be used (then a widget that comes back asks again). */
  failed: boolean;
  /** The data as JSON, to tell a real change from a repeat. */
  fingerprint: string;
  checkedAt: number;
  checking: boolean;
  /** The widgets that use it, each told when the data changes. */
  readonly listeners: Set<() => void>;
}

/** How many datasets that no widget uses are kept, for a widget that comes back to one. */
const MAX_UNUSED = 8;

/** By URL, in the order they were last used (a Map keeps insertion order). */
const entries = new Map<string, Entry>();
let timer: ReturnType<typeof setTimeout> | undefined;
let watchingVisibility = false;

const fingerprintOf = (data: Dataset) => JSON.stringify(data);
const anyListening = () => [...entries.values()].some((e) => e.listeners.size > 0);

function entryFor(url: string): Entry {
  let entry = entries.get(url);
  if (entry) {
    entries.delete(url); // last used: to the end
  } else {
    const loading = new AbortController();
    const created: Entry = {
      result: fetchDataset(url, { signal: loading.signal }),
      loading,
      failed: false,
      fingerprint: '',
      checkedAt: Date.now(),
      checking: false,
      listeners: new Set(),
    };
    void created.result.then((r) => {
      created.loading = null;
      if (r.ok) created.fingerprint = fingerprintOf(r.data);
      else created.failed = true;
    });
    entry = created;
  }
  entries.set(url, entry);
  return entry;
}

export interface DatasetUse {
  /** The dataset at the URL, loaded once per page (and kept current while widgets use it). */
  readonly result: Promise<LoadResult>;
  /** Lets go of the URL: `onChange` is not called again, and a request no one else waits for is cancelled. */
  release(): void;
}

/** Uses the dataset at `url` (absolute, without a fragment); `onChange` is called whenever its data changes. */
export function useDataset(url: string, onChange: () => void): DatasetUse {
  const entry = entryFor(url);
  entry.listeners.add(onChange);
  if (!watchingVisibility) {
    watchingVisibility = true;
    document.addEventListener('visibilitychange', checkWhenVisible);
  }
  armTimer();
  let released = false;
  return {
    get result() {
      return entry.result;
    },
    release() {
      if (released) return;
      released = true;
      entry.listeners.delete(onChange);
      if (entry.listeners.size === 0 && (entry.loading !== null || entry.failed)) {
        // No one waits for it: cancel what is under way, and forget it, so that the next widget asks again.
        entry.loading?.abort();
        if (entries.get(url) === entry) entries.delete(url);
      }
      forgetUnused();
      if (!anyListening()) stopWatching();
    },
  };
}

/** Drops the datasets that no widget uses, beyond the `MAX_UNUSED` used last. */
function forgetUnused(): void {
  let unused = 0;
  for (const entry of entries.values()) if (entry.listeners.size === 0) unused++;
  for (const [url, entry] of entries) {
    if (unused <= MAX_UNUSED) break;
    if (entry.listeners.size > 0) continue;
    entries.delete(url);
    unused--;
  }
}

/** How many datasets the page keeps (for tests: it stays bounded). */
export function storedDatasets(): number {
  return entries.size;
}

/** Forgets loaded URLs and cancels what is under way (for tests, or an application that knows the data changed). */
export function clearDatasetCache(): void {
  for (const entry of entries.values()) entry.loading?.abort();
  entries.clear();
  stopWatching();
}

function stopWatching(): void {
  clearTimeout(timer);
  timer = undefined;
  document.removeEventListener('visibilitychange', checkWhenVisible);
  watchingVisibility = false;
}

function armTimer(): void {
  if (timer !== undefined) return;
  timer = setTimeout(() => {
    timer = undefined;
    checkWhenVisible();
    if (anyListening()) armTimer();
  }, dataTiming().revalidateMs);
}

/** Checks every watched URL not checked within the hour; nothing while the page is hidden. */
function checkWhenVisible(): void {
  if (document.visibilityState === 'hidden') return;
  const now = Date.now();
  for (const [url, entry] of entries) {
    if (entry.listeners.size > 0 && !entry.checking && now - entry.checkedAt >= dataTiming().revalidateMs) {
      void revalidate(url, entry);
    }
  }
}

async function revalidate(url: string, entry: Entry): Promise<void> {
  entry.checking = true;
  try {
    const [current, fresh] = await Promise.all([entry.result, fetchDataset(url, { revalidate: true })]);
    entry.checkedAt = Date.now();
    if (!fresh.ok) {
      if (current.ok) warnOnce(`new data at ${clip(url, 120)} was not used (${fresh.reason}); keeping the data shown.`);
      return;
    }
    const fingerprint = fingerprintOf(fresh.data);
    if (current.ok && fingerprint === entry.fingerprint) return;
    entry.fingerprint = fingerprint;
    entry.failed = false;
    entry.result = Promise.resolve(fresh);
    for (const listener of entry.listeners) listener();
  } finally {
    entry.checking = false;
  }
}
