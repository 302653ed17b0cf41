/**
 * Quotes a piece of input for a message: at most `max` characters, control
 * characters made visible. A warning about a 1 MB value stays one short line.
 */
export function quote(value: string, max = 80): string {
  return `"${clip(value, max)}"`;
}

/** At most `max` characters of a text, with control characters made visible. */
export function clip(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A window of at most `max` characters of `source` around `offset`, quoted, for pointing at a mistake. */
export function quoteAround(source: string, offset: number, max = 80): string {
  if (source.length <= max) return quote(source, max);
  const start = Math.max(0, Math.min(offset - Math.floor(max / 2), source.length - max));
  const piece = source.slice(start, start + max);
  const before = start > 0 ? '…' : '';
  const after = start + max < source.length ? '…' : '';
  return quote(`${before}${piece}${after}`, max + 2);
}
