/** The manifest describes the elements and the package entry points, not the core's internals. */
export default {
  globs: ['src/elements/**/*.ts', 'src/index.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
