import { quoteAround } from './quote.js';

/** Thrown by `parseHours` for anything outside the supported syntax. */
export class HoursSyntaxError extends SyntaxError {
  /** 0-based index of the character where the problem starts. */
  readonly offset: number;
  /** The whole text that was parsed. */
  readonly source: string;

  constructor(message: string, offset: number, source: string) {
    // The message quotes only the neighbourhood of the mistake: the text may be long.
    super(`${message} (at character ${offset + 1} of ${quoteAround(source, offset)})`);
    this.name = 'HoursSyntaxError';
    this.offset = offset;
    this.source = source;
  }
}
