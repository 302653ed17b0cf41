/**
 * The reference for the host-page benches and tests: one plain LitElement per
 * widget, rendering that widget's prerendered markup as a static template with
 * its styles, bundled as ours is (one minified classic script, Lit inside,
 * V8's compile hint at its top), and replacing the prerendered shadow root as
 * ours does. What any Lit widget with the same markup costs a page; ours is
 * held against it. (test/server/plain-reference.mjs serves the same element.)
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cwd } from 'node:process';
import { COMPILE_HINT } from '../scripts/compile-hint.mjs';
import { partsOf, WIDGETS } from './snippets.mjs';

/** The element, as source: `define(tag, markup, css)` registers one. */
const DEFINE = `import { LitElement, html, unsafeCSS } from 'lit';
function define(tag, markup, css) {
  const strings = Object.assign([markup], { raw: [markup] });
  customElements.define(tag, class extends LitElement {
    static styles = unsafeCSS(css);
    // The prerendered shadow root is replaced, as attachShadow() clears a declarative one (Lit would render after it).
    createRenderRoot() {
      this.shadowRoot?.replaceChildren();
      return super.createRenderRoot();
    }
    render() { return html(strings); }
  });
}`;

/** The reference's script: the element and `calls` (source that calls `define`), bundled; its text. */
export async function bundlePlainLit(calls) {
  const result = await build({
    stdin: { contents: `${DEFINE}\n${calls}`, resolveDir: cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return `${COMPILE_HINT}\n${result.outputFiles[0].text}`;
}

/** The tag the reference uses for a widget (`plain-hotline`). */
export const plainTag = (widget) => `plain-${widget}`;

/** A widget's snippet under the reference's tag: the very same markup. */
export const asPlain = (snippet, widget) => snippet.replaceAll(`nmt-${widget}`, plainTag(widget));

/** Bundles the reference for `snippets` ({ hotline: '<nmt-hotline>…', … }) into `outDir`; returns the file's path. */
export async function buildPlainLit(snippets, outDir) {
  mkdirSync(outDir, { recursive: true });
  const calls = WIDGETS.map((widget) => {
    const { css, markup } = partsOf(snippets[widget]);
    return `define(${JSON.stringify(plainTag(widget))}, ${JSON.stringify(markup)}, ${JSON.stringify(css)});`;
  });
  const outfile = `${outDir}/plain.iife.js`;
  writeFileSync(outfile, await bundlePlainLit(calls.join('\n')));
  return outfile;
}
