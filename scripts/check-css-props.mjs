/**
 * Checks that each element documents exactly the custom properties its styles
 * read, with the defaults the code uses: every `var(--nmt-…, default)` in the
 * style modules an element includes must have an `@cssprop [--nmt-…=default]`
 * in its class comment, and nothing else. The element reference's tables (docs/developer.md) are generated
 * from those comments (custom-elements.json), so they stay true too.
 * Exits 1 with the differences.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ELEMENTS = ['hotline', 'open-status', 'contact-list', 'member-agencies'];

/** `var(--nmt-x, default)` uses in a piece of CSS: name -> set of defaults (nested var() and color-mix() kept whole). */
function customProperties(text) {
  const found = new Map();
  for (let at = text.indexOf('var(--nmt-'); at >= 0; at = text.indexOf('var(--nmt-', at + 1)) {
    let depth = 0;
    let end = at + 3;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    const inner = text.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    if (!found.has(name)) found.set(name, new Set());
    found.get(name).add(fallback);
  }
  return found;
}

let failed = false;
for (const name of ELEMENTS) {
  const file = `src/elements/${name}/${name}.ts`;
  const source = readFileSync(file, 'utf8');
  const stylesList = /static override styles = \[([^]*?)\];/.exec(source)[1];
  // The style modules this element includes, and its own inline css``.
  const texts = [stylesList];
  for (const [, imported, from] of source.matchAll(
    /import \{([^}]*)\} from '(\.[^']*styles[^']*|\.\.\/shared\/source-line\.js)';/g,
  )) {
    if (imported.split(',').some((n) => stylesList.includes(n.trim()))) {
      texts.push(readFileSync(resolve(dirname(file), from.replace(/\.js$/, '.ts')), 'utf8'));
    }
  }
  const used = customProperties(texts.join('\n'));
  const documented = new Map(
    [...source.matchAll(/@cssprop \[(--nmt-[\w-]+)=([^\]]*)\]/g)].map(([, prop, value]) => [prop, value.trim()]),
  );
  for (const [prop, defaults] of used) {
    if (!documented.has(prop)) {
      console.error(
        `${file}: ${prop} is read by its styles but has no @cssprop (default ${[...defaults].join(' or ')})`,
      );
      failed = true;
    } else if (!defaults.has(documented.get(prop))) {
      console.error(`${file}: @cssprop ${prop} says ${documented.get(prop)}, the code ${[...defaults].join(' or ')}`);
      failed = true;
    }
  }
  for (const prop of documented.keys()) {
    if (!used.has(prop)) {
      console.error(`${file}: @cssprop ${prop} is documented but no style of the element reads it`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.log('Every custom property an element reads is documented, with the default the code uses.');
