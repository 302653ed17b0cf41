/** V8's compile hint, and the step that puts it at the top of a CDN bundle (its source map shifted by the line). */
export const COMPILE_HINT: string;
export function addCompileHint(file: string): void;
