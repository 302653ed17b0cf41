/** Small helpers the test servers share. */
export { etagOf } from '../../scripts/publish-host.mjs';

/** A request's body as text. */
export function readBody(request) {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}
