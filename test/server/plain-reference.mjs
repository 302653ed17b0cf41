/**
 * The reference the host-page tests compare the widgets with: plain Lit
 * elements, bundled the way the CDN bundle is (one minified classic script,
 * Lit's production build inside, V8's compile hint at its top), made on first
 * request with esbuild. Each `<plain-NAME>` renders, in place of its
 * prerendered shadow root, as one static template with its styles, the markup
 * a test hands it in `window.plainReference[NAME] = { markup, css }` before
 * the script runs.
 */
import { build } from 'esbuild';
import { cwd } from 'node:process';
import { COMPILE_HINT } from '../../scripts/compile-hint.mjs';

const SOURCE = `import { LitElement, html, unsafeCSS } from 'lit';
for (const [name, { markup, css }] of Object.entries(window.plainReference ?? {})) {
  const strings = Object.assign([markup], { raw: [markup] });
  customElements.define('plain-' + name, class extends LitElement {
    static styles = unsafeCSS(css);
    // The prerendered shadow root is replaced, as attachShadow() clears a declarative one (Lit would render after it).
    createRenderRoot() {
      this.shadowRoot?.replaceChildren();
      return super.createRenderRoot();
    }
    render() { return html(strings); }
  });
}`;

let bundle;

/** Serves /test-reference/plain-lit.js. */
export function plainReference(context, next) {
  if (context.path !== '/test-reference/plain-lit.js') return next();
  bundle ??= build({
    stdin: { contents: SOURCE, resolveDir: cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  }).then((result) => `${COMPILE_HINT}\n${result.outputFiles[0].text}`);
  return bundle.then((text) => {
    context.type = 'text/javascript';
    context.body = text;
  });
}
