/**
 * Bundles the reference implementations used only by tests and benchmarks
 * (opening_hours.js, date-holidays) into one ES module the browser can load;
 * both are CommonJS inside. Nothing of them ships.
 */
import { build } from 'esbuild';

await build({
  stdin: {
    contents: `export { default as OpeningHours } from 'opening_hours';
export { default as Holidays } from 'date-holidays';`,
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  outfile: 'test/.oracles/oracles.js',
  logLevel: 'warning',
});

// Types come straight from the packages, so tests that use the bundle type-check.
import { writeFileSync } from 'node:fs';
writeFileSync(
  'test/.oracles/oracles.d.ts',
  `export { default as OpeningHours } from 'opening_hours';\nexport { default as Holidays } from 'date-holidays';\n`,
);
