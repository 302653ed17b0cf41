/**
 * Minifies the ES CDN bundle with the minifier Vite uses for the classic one
 * (Oxc, through rolldown), which Vite's library mode leaves out for ES output,
 * and keeps its source map pointing at src/: the minifier's map (minified ->
 * bundle) is composed with the bundle's own (bundle -> src).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { minify } from 'rolldown/experimental';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { decode, encode } from '@jridgewell/sourcemap-codec';

/** A map from `outer` (generated -> middle) and `inner` (middle -> sources) to one from generated to sources. */
function compose(outer, inner) {
  const innerMap = new TraceMap(inner);
  const sources = [];
  const names = [];
  const index = (list, value) => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const lines = decode(outer.mappings).map((segments) =>
    segments.flatMap((segment) => {
      if (segment.length < 4) return [];
      const original = originalPositionFor(innerMap, {
        line: segment[2] + 1,
        column: segment[3],
      });
      if (original.source === null) return [];
      const mapped = [segment[0], index(sources, original.source), original.line - 1, original.column];
      if (original.name) mapped.push(index(names, original.name));
      return [mapped];
    }),
  );
  const contents = sources.map((source) => {
    const at = innerMap.resolvedSources.indexOf(source);
    return at >= 0 ? (innerMap.sourcesContent?.[at] ?? null) : null;
  });
  return { version: 3, file: outer.file, sources, sourcesContent: contents, names, mappings: encode(lines) };
}

export async function minifyEsBundle(file) {
  const code = readFileSync(file, 'utf8');
  const inner = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const result = await minify(basename(file), code, { sourcemap: true, compress: true, mangle: { toplevel: true } });
  const map = compose(result.map, inner);
  writeFileSync(
    file,
    `${result.code.replace(/\/\/# sourceMappingURL=\S+\s*$/, '')}\n//# sourceMappingURL=${basename(file)}.map\n`,
  );
  writeFileSync(`${file}.map`, JSON.stringify(map));
}
