/** Small helpers the test servers share. */
import { createHash } from 'node:crypto';

/** A request's body as text. */
export function readBody(request) {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

export const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex')}"`;
