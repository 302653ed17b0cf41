/**
 * Whether errors name problems by code rather than in English words. The CDN
 * bundle is built with `__NMT_PROBLEM_CODES__` (vite.config.ts): its console
 * then says `time-with-dot (written: 09.00, meant: 09:00)`, which leaves about
 * 2 KB of prose out of every page's download; the configurator, the data page
 * and `npx nmt-widgets check` say any code in words. Everywhere else (the npm
 * entries, Node) the errors carry the English words.
 */
declare const __NMT_PROBLEM_CODES__: boolean | undefined;
export const CODES_ONLY = typeof __NMT_PROBLEM_CODES__ === 'boolean' && __NMT_PROBLEM_CODES__;

/** `time-with-dot (written: 09.00, meant: 09:00)`: a problem named by its code, with its values. */
export function problemCode(problem: { readonly code: string }): string {
  const values = Object.entries(problem)
    .filter(([key, value]) => key !== 'code' && key !== 'path' && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`);
  return `${problem.code}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
}
