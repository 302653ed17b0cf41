/**
 * The page's hosted datasets: one request per URL however many widgets use
 * it, and, for pages left open for hours (an intranet, a reception screen), a
 * check for new data when the page becomes visible again and at most once an
 * hour (a conditional request, so an unchanged file costs a 304). Widgets are
 * told only when their data really changed. A check that fails keeps the data
 * the page has: a passing network fault never swaps good data for the default.
 */
import type { Dataset } from '../core/dataset.js';
import { clip } from '../core/quote.js';
import { warnOnce } from '../warn.js';
import { dataLimits, fetchDataset, type LoadResult } from './fetch-dataset.js';

interface Entry {
  result: Promise<LoadResult>;
  /** The data as JSON, to tell a real change from a repeat. */
  fingerprint: string;
  checkedAt: number;
  checking: boolean;
  readonly listeners: Set<() => void>;
}

const entries = new Map<string, Entry>();
let timer: ReturnType<typeof setTimeout> | undefined;
let watchingVisibility = false;

const fingerprintOf = (data: Dataset) => JSON.stringify(data);
const anyListening = () => [...entries.values()].some((e) => e.listeners.size > 0);

function entryFor(url: string): Entry {
  let entry = entries.get(url);
  if (!entry) {
    const result = fetchDataset(url);
    entry = { result, fingerprint: '', checkedAt: Date.now(), checking: false, listeners: new Set() };
    const created = entry;
    void result.then((r) => {
      if (r.ok) created.fingerprint = fingerprintOf(r.data);
    });
    entries.set(url, entry);
  }
  return entry;
}

/** The dataset at a URL, loaded once per page (and kept current while widgets listen). */
export function loadDataset(url: string): Promise<LoadResult> {
  return entryFor(url).result;
}

/** Calls `onChange` whenever the data at `url` changes; returns the unsubscribe function. */
export function watchDataset(url: string, onChange: () => void): () => void {
  const entry = entryFor(url);
  entry.listeners.add(onChange);
  if (!watchingVisibility) {
    watchingVisibility = true;
    document.addEventListener('visibilitychange', checkWhenVisible);
  }
  armTimer();
  return () => {
    entry.listeners.delete(onChange);
    if (!anyListening()) stopWatching();
  };
}

/** Forgets loaded URLs (for tests, or an application that knows the data changed). */
export function clearDatasetCache(): void {
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
  }, dataLimits.revalidateMs);
}

/** Checks every watched URL not checked within the hour; nothing while the page is hidden. */
function checkWhenVisible(): void {
  if (document.visibilityState === 'hidden') return;
  const now = Date.now();
  for (const [url, entry] of entries) {
    if (entry.listeners.size > 0 && !entry.checking && now - entry.checkedAt >= dataLimits.revalidateMs) {
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
    entry.result = Promise.resolve(fresh);
    for (const listener of entry.listeners) listener();
  } finally {
    entry.checking = false;
  }
}
