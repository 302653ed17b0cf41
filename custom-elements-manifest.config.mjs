/** The manifest describes the elements and the package entry points, not the core's internals. */
export default {
  globs: ['src/elements/**/*.ts', 'src/index.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // The globs are read in parallel, so modules come in whatever order the reads finish:
      // sorted, the manifest is the same on every run and CI can tell it is current.
      name: 'nmt-sorted-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
