/**
 * Fetches a hosted dataset as hostile input: one AbortSignal for the headers
 * and the body, the body read as a stream and dropped at the byte cap, the
 * media type matched exactly, and every failure (network, CORS, timeout,
 * status, size, type, encoding, JSON, schema) turned into one reason. Never
 * rejects.
 */
import { parseDataset, type Dataset } from '../core/dataset.js';
import { parseJsonBytes } from '../core/json-bytes.js';
import { isJsonMediaType } from '../core/media-type.js';
import { MAX_DATASET_BYTES } from '../core/data-limits.js';
import { dataTiming } from './data-timing.js';

export type LoadResult = { ok: true; data: Dataset } | { ok: false; reason: string };

/** The body's bytes, or null as soon as it passes `maxBytes` (counted after any decompression). */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Why an address could not be read, as the widgets say it (and the demo's data page). */
export const UNREACHABLE = {
  crossOrigin:
    'the address could not be reached, or its server does not let other sites read it: a dataset on another ' +
    'origin must be served with the header "Access-Control-Allow-Origin: *" (CORS), and this page\'s ' +
    'Content-Security-Policy must allow it in connect-src',
  sameOrigin: 'the address could not be reached',
} as const;

function unreachable(url: string): string {
  const crossOrigin = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
  return crossOrigin ? UNREACHABLE.crossOrigin : UNREACHABLE.sameOrigin;
}

/**
 * At most this many datasets are requested at once, page-wide. A browser sends
 * only a few requests per host at a time and queues the rest; a request's time
 * limit must count from when it is sent, not from when it waited in that queue.
 */
const MAX_IN_FLIGHT = 4;
let inFlight = 0;
const waiting = new Set<() => void>();

/** Waits for a free request slot; false when `signal` aborts first. */
function takeSlot(signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (inFlight < MAX_IN_FLIGHT) {
    inFlight++;
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const go = () => {
      signal?.removeEventListener('abort', cancel);
      inFlight++;
      resolve(true);
    };
    const cancel = () => {
      waiting.delete(go);
      resolve(false);
    };
    waiting.add(go);
    signal?.addEventListener('abort', cancel, { once: true });
  });
}

function freeSlot(): void {
  inFlight--;
  const [next] = waiting;
  if (next) {
    waiting.delete(next);
    next();
  }
}

export interface FetchOptions {
  /** Ask the server whether the data changed (conditional request), instead of trusting the HTTP cache. */
  readonly revalidate?: boolean;
  /** Aborts the request when no one waits for it any more. */
  readonly signal?: AbortSignal;
}

/** The reason given for a request aborted through `signal`. */
const ABORTED = 'the request was cancelled: no widget uses this address any more';

export async function fetchDataset(
  url: string,
  { revalidate = false, signal }: FetchOptions = {},
): Promise<LoadResult> {
  // A task later: a page (or a script in a loop) that sets `src` again and again within one task sends only the
  // last request, rather than starting each and cancelling it, which the server may or may not have seen.
  await new Promise((resolve) => setTimeout(resolve));
  if (!(await takeSlot(signal))) return { ok: false, reason: ABORTED };
  try {
    return await fetchInSlot(url, revalidate, signal);
  } finally {
    freeSlot();
  }
}

async function fetchInSlot(url: string, revalidate: boolean, cancel: AbortSignal | undefined): Promise<LoadResult> {
  const { timeoutMs } = dataTiming();
  const maxBytes = MAX_DATASET_BYTES;
  // One signal for the headers and the body: the time limit, or the caller's cancel.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort();
  cancel?.addEventListener('abort', forward, { once: true });
  const { signal } = controller;
  let stage: 'headers' | 'body' = 'headers';
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: revalidate ? 'no-cache' : 'default',
      // A guest on the host's page: the widgets are on screen already (prerendered, or with the built-in data),
      // so their data goes after the page's own images and scripts (a fetch's default priority is high) rather
      // than taking bandwidth from its largest paint.
      priority: 'low',
      signal,
    });
    if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (!isJsonMediaType(type)) {
      return {
        ok: false,
        reason: `not JSON (content type "${type.slice(0, 80) || 'none'}", expected application/json)`,
      };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      return { ok: false, reason: `larger than ${maxBytes} bytes (the server declares ${declared})` };
    }
    stage = 'body';
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) return { ok: false, reason: `larger than ${maxBytes} bytes` };
    const json = parseJsonBytes(bytes);
    if (!json.ok) return { ok: false, reason: 'not valid JSON in UTF-8' };
    const result = parseDataset(json.value);
    return result.ok ? result : { ok: false, reason: `invalid dataset: ${result.errors.slice(0, 5).join('; ')}` };
  } catch {
    if (timedOut) {
      return {
        ok: false,
        reason:
          stage === 'headers'
            ? `no answer within ${timeoutMs / 1000} s`
            : `the data did not arrive in full within ${timeoutMs / 1000} s`,
      };
    }
    if (cancel?.aborted) return { ok: false, reason: ABORTED };
    return {
      ok: false,
      reason: stage === 'headers' ? unreachable(url) : 'the connection broke while reading the data',
    };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', forward);
  }
}
