/**
 * CSS without comments and the white space that means nothing, nothing that
 * changes what a rule means: for the CDN bundles' templates
 * (minify-literals.mjs) and the configurator's prerendered styles
 * (demo/prerender.ts). Quoted strings (`content: ' ('`) are left as written.
 */
const compactOutsideStrings = (text) =>
  text
    .replace(/\s+/g, ' ')
    // Around braces, semicolons, commas and the child combinator, and after a declaration's colon: a
    // selector never has white space right after its own colons (`:host`, `a:hover`).
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

export const compactCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((piece, i) => (i % 2 === 1 ? piece : compactOutsideStrings(piece)))
    .join('')
    .trim();
