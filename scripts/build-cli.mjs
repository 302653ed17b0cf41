/**
 * Bundles the command-line tool (cli/) into dist/cli/nmt-widgets.js, one file
 * for Node with the same core the widgets use, run by `npx nmt-widgets`.
 */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist/cli/nmt-widgets.js';
await build({
  entryPoints: ['cli/nmt-widgets.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`${outfile} written`);
