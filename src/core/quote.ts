/**
 * Quotes a piece of input for a message: at most `max` characters, control
 * characters made visible. A warning about a 1 MB value stays one short line.
 */
export function quote(value: string, max = 80): string {
  return `"${clip(value, max)}"`;
}

/* eslint-disable no-control-regex */
/**
 * Characters that act instead of being shown: controls (C0, DEL, C1), the line
 * and paragraph separators, and the bidirectional embeddings, overrides and
 * isolates. A terminal obeys them (clear the screen, write the clipboard), and
 * a page reorders the text around them ("moc.elpmaxe@" shown backwards).
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, 'g');
/* eslint-enable no-control-regex */

/** The first invisible character in a text (see `INVISIBLE`), or -1. */
export function invisibleAt(text: string): number {
  return text.search(INVISIBLE);
}

/** "U+001B": a character named for a message. */
export const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A text with every invisible character written out as \uXXXX, safe to print on a terminal or in a message. */
export function visible(text: string): string {
  return text.replace(EVERY_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** At most `max` characters of a text, with invisible characters made visible. */
export function clip(value: string, max = 80): string {
  return visible(value.length > max ? `${value.slice(0, max - 1)}…` : value);
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
