/**
 * Lets the Node tools (build steps, bench, comparison) use the TypeScript
 * sources: bundles an entry of re-exports with esbuild into build/ and imports it.
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** `exports` is module text such as `export { parseHours } from './src/hours.ts';`, relative to the project root. */
export async function importTypeScript(name, exports) {
  const outfile = resolve('build', 'tools', `${name}.js`);
  await build({
    stdin: { contents: exports, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
