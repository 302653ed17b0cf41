import { defineConfig } from 'vite';

/**
 * Two jobs: `vite` serves the demo site (demo/) from the sources, and
 * `vite build` makes the self-contained CDN bundles, Lit included, that
 * register every element: an ES module and a classic script for CMSs.
 */
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo', server: { host: '127.0.0.1', port: 5173 }, preview: { host: '127.0.0.1', port: 5173 } }
    : {
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
