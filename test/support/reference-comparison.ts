/**
 * Comparing statusAt with opening_hours.js: shared by the browser oracle test
 * and `npm run compare` (the same check in Node, over many more samples).
 * The caller runs in Europe/Stockholm, as opening_hours.js reads local time.
 */
import { OpeningHours } from '../.oracles/oracles.js';
import { HORIZON_DAYS, parseHours, statusAt } from '../../src/hours.js';

const nominatim = { lat: 59.33, lon: 18.06, address: { country_code: 'se', state: 'Stockholm' } };

export function ours(hours: string, at: Date) {
  const status = statusAt(parseHours(hours), at, 'Europe/Stockholm');
  return { open: status.open, unknown: status.unknown, nextChange: status.nextChange?.toISOString() ?? null };
}

export type Answer = { open: boolean; unknown: boolean; nextChange: string | null };

/**
 * opening_hours.js's answer, or null where it throws (inputs it does not
 * support, some DST hours). Its getNextChange sometimes misses a change that
 * its own getState shows (e.g. the end of "2024 00:00-24:00" at the new year);
 * where its getState confirms that the state flips exactly at our earlier
 * instant, that is its answer too, counted as `confirmed`.
 */
export function reference(hours: string, at: Date): (Answer & { confirmed: boolean }) | null {
  try {
    const oh = new OpeningHours(hours, nominatim, { mode: 0, warnings_severity: 0 } as never);
    const stateAt = (t: Date) => `${oh.getState(t)}/${oh.getUnknown(t)}`;
    const horizon = new Date(at.getTime() + HORIZON_DAYS * 86_400_000);
    let next = oh.getNextChange(at, horizon);
    const now = stateAt(at);
    // The same one-millisecond reading the other way round: at the end of such a range it reports a
    // "change" that lasts one millisecond; the state it shows just after is what it means.
    let blips = 0;
    while (next && stateAt(next) !== now && stateAt(new Date(next.getTime() + 1)) === now && blips++ < 400) {
      next = oh.getNextChange(new Date(next.getTime() + 1), horizon);
    }
    const answer = { open: oh.getState(at), unknown: oh.getUnknown(at), nextChange: next ? next.toISOString() : null };
    const ourNext = ours(hours, at).nextChange;
    if (ourNext && (answer.nextChange === null || ourNext < answer.nextChange)) {
      const flip = new Date(ourNext);
      // Its reading of an open end after a range ("17:00-20:00+") takes hold one millisecond after the
      // range ends (it compares with the millisecond before), so a flip it shows then counts as at the flip.
      const flipped = stateAt(flip) !== now || stateAt(new Date(flip.getTime() + 1)) !== now;
      if (stateAt(new Date(flip.getTime() - 1)) === now && flipped) {
        return { ...answer, nextChange: ourNext, confirmed: true };
      }
    }
    return { ...answer, confirmed: blips > 0 };
  } catch {
    return null;
  }
}

export const DAY = 86_400_000;

/** Stockholm's DST changes (last Sunday of March and October, 01:00 UTC) in the years around an instant. */
function dstChanges(year: number): number[] {
  const changes: number[] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (const month of [2, 9]) {
      const lastDay = new Date(Date.UTC(y, month, 31));
      changes.push(Date.UTC(y, month, 31 - lastDay.getUTCDay(), 1));
    }
  }
  return changes;
}

/**
 * Whether a DST change lies within two days of any of these instants.
 * opening_hours.js goes wrong there in ways its own getState shows: it finds
 * "the night before" by subtracting 24 real hours, so after a 23-hour day it
 * drops the tail of a span past midnight; its getNextChange can step over a
 * flip in the skipped hour; and it throws in the repeated hour. Around those
 * days the wall-clock definition is tested by the table-driven and
 * self-consistency tests instead.
 */
function nearDstChange(...instants: Array<string | Date | null>): boolean {
  return instants.some((instant) => {
    if (instant === null) return false;
    const t = new Date(instant).getTime();
    return dstChanges(new Date(t).getUTCFullYear()).some((change) => Math.abs(change - t) < 2 * DAY);
  });
}

export type Verdict = 'same' | 'confirmed' | 'unanswered' | 'near-dst' | 'easter-end' | 'mismatch';

/**
 * opening_hours.js ends a date range at the day before an easter end
 * ("Jan 01-easter -4 days" leaves out easter -4 days), where every other
 * range includes its end. The same text with each easter end one day later is
 * what it means by ours.
 */
const easterEnd = /-\s*easter(?:\s*([+-])\s*(\d+)\s+days?)?/g;
export function withEasterEndsIncluded(hours: string): string {
  return hours.replace(easterEnd, (_, sign: string | undefined, n: string | undefined) => {
    const offset = (sign === '-' ? -1 : 1) * Number(n ?? 0) + 1;
    return `-easter ${offset >= 0 ? '+' : '-'}${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'}`;
  });
}

export interface Comparison {
  readonly verdict: Verdict;
  readonly actual?: Answer;
  readonly expected?: Answer;
}

const sameAnswer = (a: Answer | null, b: Answer) =>
  a !== null && a.open === b.open && a.unknown === b.unknown && a.nextChange === b.nextChange;

/** How many samples got each verdict. */
export const noVerdicts = (): Record<Verdict, number> => ({
  same: 0,
  confirmed: 0,
  unanswered: 0,
  'near-dst': 0,
  'easter-end': 0,
  mismatch: 0,
});

/** Compares with the reference; a disagreement away from DST changes is a `mismatch`. */
export function compare(hours: string, at: Date): Comparison {
  const reply = reference(hours, at);
  if (reply === null) return { verdict: 'unanswered' };
  const { confirmed, ...expected } = reply;
  const actual = ours(hours, at);
  if (sameAnswer(expected, actual)) return { verdict: confirmed ? 'confirmed' : 'same' };
  if (nearDstChange(at, actual.nextChange, expected.nextChange)) return { verdict: 'near-dst', actual, expected };
  // At the very millisecond an open end after a range begins, it still says unknown (see reference()):
  // one millisecond later it shows what it means.
  if (sameAnswer(reference(hours, new Date(at.getTime() + 1)), actual)) {
    return { verdict: 'confirmed', actual, expected };
  }
  const adjusted = withEasterEndsIncluded(hours);
  if (adjusted !== hours && sameAnswer(reference(adjusted, at), actual)) {
    return { verdict: 'easter-end', actual, expected };
  }
  return { verdict: 'mismatch', actual, expected };
}
