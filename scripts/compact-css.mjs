/**
 * CSS without comments and runs of white space, nothing that changes what a
 * rule means: for the CDN bundles' templates (minify-literals.mjs) and the
 * configurator's prerendered styles (demo/prerender.ts).
 */
export const compactCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
