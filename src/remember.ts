/**
 * Work every widget on the page shares, keyed by what decides the answer:
 * bounded, the oldest dropped first, as a page may run for weeks.
 */
const MAX_SHARED = 64;

export function remember<V>(cache: Map<string, V>, key: string, make: () => V, max = MAX_SHARED): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    cache.set(key, (value = make()));
  }
  return value;
}
