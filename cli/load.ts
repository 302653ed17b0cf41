/**
 * Reads a dataset the way the widgets would, from a file or a URL, and says
 * what an embedding page would meet: for a URL its status, content type, size,
 * CORS for a given origin, caching headers and compression.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { isJsonMediaType } from '../src/core/media-type.js';
import { MAX_DATASET_BYTES } from '../src/core/data-limits.js';
import { readCapped } from '../src/hosted-data/fetch-dataset.js';
import { clip } from '../src/core/quote.js';

export type Level = 'ok' | 'warning' | 'error';
export interface Finding {
  readonly level: Level;
  readonly text: string;
}

export interface Loaded {
  /** The body's bytes, when they could be read within the limits. */
  readonly bytes: Uint8Array | null;
  readonly findings: readonly Finding[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const tooLarge = (size: string): Finding => ({
  level: 'error',
  text: `${size}: larger than the ${kb(MAX_DATASET_BYTES)} the widgets read`,
});

/**
 * A file's bytes, read as the widgets read a URL: at most the cap, whatever
 * the file system says of its size (a link to /dev/zero says 0), and only
 * from a regular file (a FIFO would wait for a writer for ever).
 */
export async function loadFile(path: string): Promise<Loaded> {
  const shown = clip(path, 200);
  try {
    // Opened without waiting for a writer, and checked before a byte is read.
    const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!(await file.stat()).isFile()) {
        return { bytes: null, findings: [{ level: 'error', text: `${shown} is not a regular file` }] };
      }
      const buffer = new Uint8Array(MAX_DATASET_BYTES + 1);
      let size = 0;
      while (size < buffer.length) {
        const { bytesRead } = await file.read(buffer, size, buffer.length - size, null);
        if (bytesRead === 0) break;
        size += bytesRead;
      }
      if (size > MAX_DATASET_BYTES) return { bytes: null, findings: [tooLarge(`more than ${kb(MAX_DATASET_BYTES)}`)] };
      return { bytes: buffer.slice(0, size), findings: [{ level: 'ok', text: `read ${kb(size)} from ${shown}` }] };
    } finally {
      await file.close();
    }
  } catch (error) {
    return { bytes: null, findings: [{ level: 'error', text: `cannot read ${shown}: ${(error as Error).message}` }] };
  }
}

/** What the caching headers mean for embedders: new data reaches them within minutes, and unchanged data costs little. */
function cachingFindings(headers: Headers): Finding[] {
  const cache = headers.get('cache-control');
  const findings: Finding[] = [];
  const maxAge = Number(/max-age=(\d+)/.exec(cache ?? '')?.[1] ?? NaN);
  if (!cache) {
    findings.push({
      level: 'warning',
      text: 'no Cache-Control: send "public, max-age=300, must-revalidate" so browsers check for new data every five minutes',
    });
  } else if (/no-store/.test(cache)) {
    findings.push({
      level: 'warning',
      text: `Cache-Control: ${cache}: every page view downloads the data again; "public, max-age=300, must-revalidate" is enough`,
    });
  } else if (maxAge > 3600 || /immutable/.test(cache)) {
    findings.push({
      level: 'warning',
      text: `Cache-Control: ${cache}: visitors may see old data for more than an hour after you change it`,
    });
  } else {
    findings.push({ level: 'ok', text: `Cache-Control: ${cache}` });
  }
  if (!headers.get('etag') && !headers.get('last-modified')) {
    findings.push({
      level: 'warning',
      text: 'no ETag or Last-Modified: pages cannot ask cheaply whether the data changed',
    });
  }
  return findings;
}

/** Below this, compressing gains nothing worth a warning. */
const WORTH_COMPRESSING = 1024;

/**
 * Whether the host compresses: a host that sends the dataset uncompressed most likely sends the script the same
 * way, at about three times its gzipped size for every page view that is not cached.
 */
function compressionFindings(headers: Headers, size: number): Finding[] {
  const encoding = headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return [{ level: 'ok', text: `compressed (${encoding})` }];
  if (size < WORTH_COMPRESSING) return [];
  return [
    {
      level: 'warning',
      text:
        'sent uncompressed: the scripts most likely are too, at about three times their gzipped size; turn on ' +
        "gzip or brotli for .js and .json (nginx: include the build's nginx.conf)",
    },
  ];
}

export async function loadUrl(url: string, origin: string | undefined, timeoutMs: number): Promise<Loaded> {
  const findings: Finding[] = [];
  let response: Response;
  try {
    response = await fetch(url, {
      headers: origin ? { Origin: origin } : {},
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : `${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}`;
    return { bytes: null, findings: [{ level: 'error', text: `cannot fetch ${clip(url, 200)}: ${reason}` }] };
  }
  findings.push(
    response.ok
      ? { level: 'ok', text: `HTTP ${response.status}` }
      : { level: 'error', text: `HTTP ${response.status}: the widgets use only a successful answer` },
  );
  const type = response.headers.get('content-type') ?? '';
  findings.push(
    isJsonMediaType(type)
      ? { level: 'ok', text: `Content-Type: ${type}` }
      : { level: 'error', text: `Content-Type: ${type || '(none)'}: send "application/json; charset=utf-8"` },
  );
  if (response.headers.get('x-content-type-options') !== 'nosniff') {
    findings.push({ level: 'warning', text: 'no "X-Content-Type-Options: nosniff"' });
  }
  const allowed = response.headers.get('access-control-allow-origin');
  if (!origin) {
    findings.push(
      allowed === '*'
        ? { level: 'ok', text: 'CORS: Access-Control-Allow-Origin: * (every site may read it)' }
        : {
            level: 'warning',
            text: `CORS: Access-Control-Allow-Origin is ${allowed ? `"${allowed}"` : 'missing'}: other sites cannot read the data; send "*" (check one site with --origin)`,
          },
    );
  } else {
    findings.push(
      allowed === '*' || allowed === origin
        ? { level: 'ok', text: `CORS: ${origin} may read it (Access-Control-Allow-Origin: ${allowed})` }
        : {
            level: 'error',
            text: `CORS: ${origin} may not read it (Access-Control-Allow-Origin is ${allowed ? `"${allowed}"` : 'missing'}); send "Access-Control-Allow-Origin: *"`,
          },
    );
  }
  findings.push(...cachingFindings(response.headers));
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DATASET_BYTES) {
    findings.push(tooLarge(`Content-Length ${kb(declared)}`));
    return { bytes: null, findings };
  }
  // Read as the widgets read it: dropped at the cap, so a server that sends without end cannot fill the memory.
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(response, MAX_DATASET_BYTES);
  } catch (error) {
    const text =
      (error as Error).name === 'TimeoutError'
        ? `the body did not arrive in full within ${timeoutMs / 1000} s (the widgets give up too)`
        : `the connection broke while reading the body (${(error as Error).message}): the widgets would not get the data`;
    findings.push({ level: 'error', text });
    return { bytes: null, findings };
  }
  if (!bytes) {
    findings.push(tooLarge('the body'));
    return { bytes: null, findings };
  }
  findings.push({ level: 'ok', text: `${kb(bytes.byteLength)} (at most ${kb(MAX_DATASET_BYTES)})` });
  findings.push(...compressionFindings(response.headers, bytes.byteLength));
  return { bytes, findings };
}
