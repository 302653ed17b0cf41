/**
 * The reference the host-page tests compare the widgets with: the benches'
 * plain Lit elements (bench/plain-lit.mjs: bundled the way the CDN bundle is,
 * each rendering its markup in place of its prerendered shadow root), made on
 * first request. Each `<plain-NAME>` renders, as one static template with its
 * styles, the markup a test hands it in
 * `window.plainReference[NAME] = { markup, css }` before the script runs.
 */
import { bundlePlainLit } from '../../bench/plain-lit.mjs';

const CALLS = `for (const [name, { markup, css }] of Object.entries(window.plainReference ?? {})) {
  define('plain-' + name, markup, css);
}`;

let bundle;

/** Serves /test-reference/plain-lit.js. */
export function plainReference(context, next) {
  if (context.path !== '/test-reference/plain-lit.js') return next();
  bundle ??= bundlePlainLit(CALLS);
  return bundle.then((text) => {
    context.type = 'text/javascript';
    context.body = text;
  });
}
