import { createServer, get as httpGet } from 'node:http';
import { publishedFiles } from '../../scripts/publish-host.mjs';
import { readBody } from './http.mjs';

/**
 * dist/publish/ as a static host would serve it, on an origin of its own (a
 * plain Node server, so no test-runner middleware touches the headers): the
 * headers come from the _headers file the build wrote, so the test checks
 * those very rules. Tests replace a file with PUT /test-publish/<name> on the
 * test runner's origin, as the publisher replaces nmt-data.json, and put the
 * built file back with DELETE /test-publish/<name>.
 */
const published = new Map();
let publishHost;

export const publishOrigin = () => `http://127.0.0.1:${publishHost.address().port}`;

export const publishHostPlugin = {
  name: 'publish-host',
  async serverStart() {
    publishHost = createServer(publishedFiles('dist/publish', published));
    await new Promise((resolve) => publishHost.listen(0, '127.0.0.1', resolve));
  },
  async serverStop() {
    publishHost?.close();
  },
};

export function publishControl(context) {
  if (context.path.startsWith('/test-publish/headers/')) {
    // The response headers of one file, asked for as a browser would or (by default) with no Accept-Encoding.
    const file = context.path.slice('/test-publish/headers'.length);
    const acceptEncoding = context.query['accept-encoding'];
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    return new Promise((resolve) => {
      httpGet(`${publishOrigin()}${file}`, { headers }, (response) => {
        response.resume();
        context.type = 'application/json';
        context.body = JSON.stringify(response.headers);
        resolve();
      });
    });
  }
  if (context.path === '/test-publish/origin') {
    context.type = 'text/plain';
    context.body = publishOrigin();
    return undefined;
  }
  if (context.method === 'DELETE') {
    // The published file again, so that no test leaves its upload behind for the next file's tests.
    published.delete(context.path.slice('/test-publish'.length));
    context.status = 204;
    return undefined;
  }
  return readBody(context.req).then((body) => {
    published.set(context.path.slice('/test-publish'.length), body);
    context.status = 204;
  });
}
