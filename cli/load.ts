/**
 * Reads a dataset the way the widgets would, from a file or a URL, and says
 * what an embedding page would meet: for a URL its status, content type, size,
 * CORS for a given origin, and caching headers.
 */
import { readFile, stat } from 'node:fs/promises';
import { isJsonMediaType } from '../src/core/media-type.js';
import { dataLimits, readCapped } from '../src/controllers/fetch-dataset.js';

export type Level = 'ok' | 'warning' | 'error';
export interface Finding {
  readonly level: Level;
  readonly text: string;
}

export interface Loaded {
  /** The JSON text, when it could be read within the limits. */
  readonly text: string | null;
  readonly findings: readonly Finding[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const tooLarge = (size: string): Finding => ({
  level: 'error',
  text: `${size}: larger than the ${kb(dataLimits.maxBytes)} the widgets read`,
});

export async function loadFile(path: string): Promise<Loaded> {
  try {
    const size = (await stat(path)).size;
    if (size > dataLimits.maxBytes) {
      return { text: null, findings: [tooLarge(kb(size))] };
    }
    return { text: await readFile(path, 'utf8'), findings: [{ level: 'ok', text: `read ${kb(size)} from ${path}` }] };
  } catch (error) {
    return { text: null, findings: [{ level: 'error', text: `cannot read ${path}: ${(error as Error).message}` }] };
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

export async function loadUrl(url: string, origin: string | undefined): Promise<Loaded> {
  const findings: Finding[] = [];
  let response: Response;
  try {
    response = await fetch(url, {
      headers: origin ? { Origin: origin } : {},
      signal: AbortSignal.timeout(dataLimits.timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${dataLimits.timeoutMs / 1000} s`
        : `${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}`;
    return { text: null, findings: [{ level: 'error', text: `cannot fetch ${url}: ${reason}` }] };
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
  if (declared > dataLimits.maxBytes) {
    findings.push(tooLarge(`Content-Length ${kb(declared)}`));
    return { text: null, findings };
  }
  // Read as the widgets read it: dropped at the cap, so a server that sends without end cannot fill the memory.
  const bytes = await readCapped(response, dataLimits.maxBytes);
  if (!bytes) {
    findings.push(tooLarge('the body'));
    return { text: null, findings };
  }
  findings.push({ level: 'ok', text: `${kb(bytes.byteLength)} (at most ${kb(dataLimits.maxBytes)})` });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), findings };
  } catch {
    findings.push({ level: 'error', text: 'not UTF-8 text' });
    return { text: null, findings };
  }
}
