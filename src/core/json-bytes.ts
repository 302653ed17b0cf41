/**
 * JSON from bytes, decoded as the widgets and the check command both read a
 * dataset: strict UTF-8 (an invalid byte is an error, never a replacement
 * character), a leading byte-order mark allowed and dropped.
 */
export type JsonBytesResult =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | {
      readonly ok: false;
      readonly problem: 'encoding' | 'syntax';
      readonly message: string;
      readonly text?: string;
      /** For a syntax error: the character position it names (the end of the text when it names none). */
      readonly position?: number;
    };

export function parseJsonBytes(bytes: Uint8Array): JsonBytesResult {
  let text: string;
  try {
    // TextDecoder drops one leading BOM unless told not to.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding', message: 'not UTF-8 text (an invalid byte sequence)' };
  }
  try {
    return { ok: true, value: JSON.parse(text), text };
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "... in JSON at position 65" (and, since Node 20, "(line 3 column 5)"); the end of the text otherwise.
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
    return { ok: false, problem: 'syntax', message, text, position: Math.min(position, text.length) };
  }
}
