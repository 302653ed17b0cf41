import type { Plugin } from 'vite';

/** The Vite plugin that makes Lit's css`` and html`` templates smaller in the CDN bundles. */
export function minifyLiterals(): Plugin;
