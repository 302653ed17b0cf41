/**
 * Where the first render of many hotlines spends its time: in nmt-widgets'
 * own code, in Lit (with the DOM work it asks the browser for), or in the
 * garbage collector. Profiled with Chromium's sampling profiler on an
 * unminified bundle, whose module comments say which file each line is from;
 * a sample in the browser's own code (importNode, insertBefore) counts for
 * the nearest caller in a file.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const BUNDLE = 'build/bench/nmt-widgets.unminified.js';

export async function buildUnminified() {
  await build({
    entryPoints: ['src/define.ts'],
    bundle: true,
    format: 'esm',
    outfile: BUNDLE,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return `/${BUNDLE}`;
}

/** Line number (0-based) -> 'nmt-widgets' | 'Lit' | 'other', from the bundle's `// src/…` and `// node_modules/…` comments. */
function ownersByLine() {
  const owners = [];
  let owner = 'other';
  for (const line of readFileSync(BUNDLE, 'utf8').split('\n')) {
    const from = /^\/\/ (src\/|node_modules\/(@lit\/|lit\/|lit-html\/|lit-element\/)?)/.exec(line);
    if (from) owner = from[1] === 'src/' ? 'nmt-widgets' : from[2] ? 'Lit' : 'other';
    owners.push(owner);
  }
  return owners;
}

/** Shares of the profile's time: { 'nmt-widgets': 0.08, Lit: 0.7, 'garbage collector': 0.15, other: 0.07 }. */
export function attribute(profile) {
  const owners = ownersByLine();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const ownerOf = (id) => {
    for (let node = nodes.get(id); node; node = nodes.get(parents.get(node.id))) {
      const { url, lineNumber, functionName } = node.callFrame;
      if (functionName === '(garbage collector)') return 'garbage collector';
      if (functionName === '(idle)') return null;
      if (url.endsWith(BUNDLE)) return owners[lineNumber] ?? 'other';
    }
    return 'other';
  };
  const time = new Map();
  profile.samples.forEach((id, i) => {
    const owner = ownerOf(id);
    if (owner) time.set(owner, (time.get(owner) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...time.values()].reduce((sum, t) => sum + t, 0);
  return Object.fromEntries([...time].map(([owner, t]) => [owner, t / total]));
}
