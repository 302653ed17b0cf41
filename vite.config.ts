import { build } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vite's library mode leaves the ES output unminified so that bundlers can
 * tree-shake it; the CDN file is final, so minify it like the classic one.
 */
function minifyEsBundle(): Plugin {
  return {
    name: 'nmt-minify-es-bundle',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (options.format !== 'es') return;
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.js'))) {
        const file = `${options.dir}/${fileName}`;
        // esbuild reads the bundle's own source map, so the minified map still points at src/.
        await build({
          entryPoints: [file],
          outfile: file,
          allowOverwrite: true,
          minify: true,
          format: 'esm',
          target: 'es2021',
          sourcemap: true,
          legalComments: 'none',
          logLevel: 'warning',
        });
      }
    },
  };
}

/**
 * Two jobs: `vite` serves the demo site (demo/) from the sources, and
 * `vite build` makes the self-contained CDN bundles, Lit included, that
 * register every element: an ES module and a classic script for CMSs.
 */
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo', server: { host: '127.0.0.1', port: 5173 }, preview: { host: '127.0.0.1', port: 5173 } }
    : {
        plugins: [minifyEsBundle()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2021',
          minify: true,
          sourcemap: true,
          lib: {
            entry: 'src/define.ts',
            name: 'NmtWidgets',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'nmt-widgets.js' : `nmt-widgets.${format}.js`),
          },
        },
      },
);
