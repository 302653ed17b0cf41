/**
 * dist/publish/ served as a static host serves it with the _headers file the
 * build wrote: each file gets the headers of the first rule that matches it,
 * an ETag, and a 304 for a request that already has it. Used by
 * `npm run serve:publish` and by the tests' publish host, so both check the
 * very rules that go to production.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

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

const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex')}"`;

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
    const etag = etagOf(body);
    const headers = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...Object.fromEntries(rule?.headers ?? []),
      ETag: etag,
    };
    if (request.headers['if-none-match'] === etag) response.writeHead(304, headers).end();
    else response.writeHead(200, headers).end(body);
  };
}
