import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/**
 * Finishes each CDN file once it is written. Vite's library mode leaves the ES
 * output unminified so that bundlers can tree-shake it; the CDN file is final,
 * so it is minified like the classic one (scripts/minify-es-bundle.mjs: the
 * same minifier, source map kept). Both then get V8's compile hint
 * (scripts/compile-hint.mjs). One plugin, so that the hint comes after the
 * minifier, which would drop it.
 */
function finishCdnBundles(): Plugin {
  return {
    name: 'nmt-finish-cdn-bundles',
    apply: 'build',
    async writeBundle(options, bundle) {
      const { minifyEsBundle } = await import('./scripts/minify-es-bundle.mjs');
      const { addCompileHint } = await import('./scripts/compile-hint.mjs');
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.js'))) {
        const file = `${options.dir}/${fileName}`;
        if (options.format === 'es') await minifyEsBundle(file);
        addCompileHint(file);
      }
    },
  };
}

/** A data URL baked into the bundles (`NMT_DATA_URL=https://... npm run build`), checked here so a typo fails the build. */
function builtInDataUrl(): string {
  const url = process.env.NMT_DATA_URL?.trim() ?? '';
  if (url && !/^https?:\/\/[^\s]+$/.test(url)) {
    throw new Error(`NMT_DATA_URL must be an absolute https: or http: address, got "${url.slice(0, 80)}"`);
  }
  return url;
}

/** What the published demo's configurator puts in its snippets: the versioned file names and their integrity. */
function publishedScripts(): unknown {
  const file = 'dist/publish/integrity.json';
  if (!existsSync(file)) throw new Error('npm run build:demo needs dist/publish/: run npm run build first.');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Three jobs: `vite` serves the demo site (demo/) from the sources;
 * `vite build` makes the self-contained CDN bundles, Lit included, that
 * register every element: an ES module and a classic script for CMSs; and
 * `vite build --mode demo` (npm run build:demo) builds the demo and the
 * configurator into dist/publish/demo/, beside the scripts it offers.
 */
export default defineConfig(({ command, mode }) =>
  command === 'serve'
    ? { root: 'demo', server: { host: '127.0.0.1', port: 5173 }, preview: { host: '127.0.0.1', port: 5173 } }
    : mode === 'demo'
      ? {
          root: 'demo',
          base: './',
          define: { __NMT_PUBLISHED__: JSON.stringify(publishedScripts()) },
          build: {
            outDir: '../dist/publish/demo',
            emptyOutDir: true,
            target: 'es2021',
            rollupOptions: { input: ['demo/index.html', 'demo/configurator.html', 'demo/data.html'] },
          },
        }
      : {
          plugins: [minifyLiterals(), finishCdnBundles()],
          define: { __NMT_DATA_URL__: JSON.stringify(builtInDataUrl()), __NMT_PROBLEM_CODES__: 'true' },
          build: {
            outDir: 'dist/cdn',
            emptyOutDir: true,
            target: 'es2021',
            minify: true,
            sourcemap: true,
            rollupOptions: {
              onLog(level, log, handler) {
                // The classic script finds its tag through document.currentScript; only the ES module reads
                // import.meta.url (see src/define.ts), so its absence from the IIFE output is expected.
                if (log.code === 'EMPTY_IMPORT_META') return;
                handler(level, log);
              },
            },
            lib: {
              entry: 'src/define.ts',
              name: 'NmtWidgets',
              formats: ['es', 'iife'],
              fileName: (format) => (format === 'es' ? 'nmt-widgets.js' : `nmt-widgets.${format}.js`),
            },
          },
        },
);
