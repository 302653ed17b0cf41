/** A day as minutes in states: what painting and walking a schedule both give (day-spans.ts, open-end-walk.ts). */
import type { RuleState } from './schedule.js';

/** Minutes [start, end) of a day (0-1440) in a state, with the comment of the rule that gave them. */
export type Segment = readonly [start: number, end: number, state: RuleState, comment: string | null];

/**
 * Adds a segment after the last of `segments`, joined onto it when it continues
 * it in the same state and comment; a closed segment without a comment is no
 * segment (closed is what no segment says), so it is left out.
 */
export function keep(segments: Segment[], segment: Segment): void {
  if (segment[0] >= segment[1] || (segment[2] === 'closed' && segment[3] === null)) return;
  const last = segments[segments.length - 1];
  if (last && last[1] === segment[0] && last[2] === segment[2] && last[3] === segment[3]) {
    segments[segments.length - 1] = [last[0], segment[1], last[2], last[3]];
  } else segments.push(segment);
}
