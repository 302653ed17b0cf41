/**
 * Where widgets without a `src` get their data: one setting per site, not per
 * widget. In order: `data-src` on the script tag that loaded the widgets,
 * `<meta name="nmt-widgets-src" content="...">`, a URL baked into the build
 * (`NMT_DATA_URL=... npm run build`), and last the embedded default (empty).
 */
declare const __NMT_DATA_URL__: string | undefined;

/** The URL baked in at build, if any (the npm modules have none; the bundles may). */
const BUILT_IN = typeof __NMT_DATA_URL__ === 'string' ? __NMT_DATA_URL__ : '';

let scriptSource = '';

/** Remembers the `data-src` of the script tag that loaded the widgets (read while it runs). */
export function rememberScript(script: Element | null): void {
  const value = script instanceof HTMLScriptElement ? (script.dataset.src ?? '').trim() : '';
  if (value) scriptSource = value;
}

/**
 * The script element that loaded a module with this URL (`import.meta.url`),
 * for ES modules, which have no `document.currentScript`.
 */
export function scriptWithUrl(url: string): HTMLScriptElement | null {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === url) return script;
  }
  return null;
}

/** The site-wide data source, or '' for the embedded default. */
export function siteSource(): string {
  if (scriptSource) return scriptSource;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="nmt-widgets-src"]')?.content.trim();
  return meta || BUILT_IN;
}
