/**
 * dist/publish/ served as a static host serves it with the _headers file the
 * build wrote: each file gets the headers of the first rule that matches it,
 * an ETag, and a 304 for a request that already has it; text is compressed
 * (brotli or gzip, as the browser accepts), as Netlify and Cloudflare Pages do
 * by themselves and the build's nginx.conf turns on. Used by
 * `npm run serve:publish`, by the tests' publish host and by
 * `npm run lighthouse`, so all check the very rules that go to production.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';

/** Types for what the header rules do not name (the demo pages beside the scripts). */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The rules of a _headers file: [{ pattern, headers: [[name, value], ...] }, ...]. */
export function headerRules(dir) {
  const rules = [];
  for (const line of readFileSync(join(dir, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) rules.push({ pattern: line.trim(), headers: [] });
    else if (/^\s+\S/.test(line)) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers.push([name, value.join(':').trim()]);
    }
  }
  return rules;
}

/** A strong ETag for a body (the tests' own servers make theirs with it too). */
export const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex')}"`;

/** What a static host compresses: text, not images. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;
/**
 * Compressed bodies (promises of them) by encoding and ETag: a file is compressed once, not for every request,
 * and off the event loop, which the tests' host shares with the test runner (brotli takes a script about 160 ms).
 */
const compressed = new Map();
const gzipAsync = promisify(gzip);
const ENCODERS = {
  br: promisify(brotliCompress),
  gzip: (body) => gzipAsync(body, { level: 9 }),
};

/** The encodings an Accept-Encoding header accepts ("gzip, br;q=0" accepts gzip alone). */
function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const item of header.split(',')) {
    const [name, ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * Sends `body` as a static host would: compressed with the best encoding the
 * request accepts (brotli, then gzip) when its type is text, an ETag (weak
 * when compressed, as nginx makes it) and a 304 for a request that already
 * has it. The headers say nothing of the encoding when the body is not text.
 */
export async function sendStatic(request, response, headers, body) {
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  const compressible = COMPRESSIBLE.test(headers['Content-Type'] ?? '');
  let encoding = compressible ? Object.keys(ENCODERS).find((name) => accepted.has(name)) : undefined;
  const identityTag = etagOf(body);
  let sent = body;
  if (encoding) {
    const key = `${encoding} ${identityTag}`;
    if (compressed.size > 100) compressed.clear(); // the tests replace the dataset many times
    if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body));
    try {
      sent = await compressed.get(key);
    } catch {
      encoding = undefined; // sent as it is, which every client reads
    }
  }
  const etag = encoding ? `W/${identityTag}` : identityTag;
  const all = {
    ...headers,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ETag: etag,
  };
  // Weak comparison, as RFC 9110 has it for If-None-Match: the same file matches in any encoding.
  const tags = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (tags.includes(identityTag)) response.writeHead(304, all).end();
  else response.writeHead(200, all).end(sent);
}

/**
 * A request handler for the folder. `replaced` maps a path ("/nmt-data.json")
 * to a body served instead of the file's, as a publisher's upload would.
 */
export function publishedFiles(dir, replaced = new Map()) {
  return (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://host').pathname));
    if (path.includes('..')) {
      response.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    let body = replaced.get(path);
    if (body === undefined) {
      try {
        const file = join(dir, path);
        if (statSync(file).isDirectory()) {
          response.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        body = readFileSync(file);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    const rule = headerRules(dir).find(({ pattern }) =>
      new RegExp(`^${pattern.replace(/\./g, '\\.').replace('*', '.*')}$`).test(path),
    );
    sendStatic(
      request,
      response,
      {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        ...Object.fromEntries(rule?.headers ?? []),
      },
      body,
    );
  };
}
