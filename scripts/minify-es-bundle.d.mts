/** Minifies an ES bundle in place, its source map composed to point at the sources. */
export function minifyEsBundle(file: string): Promise<void>;
