/**
 * Comparing statusAt with opening_hours.js: shared by the browser oracle test
 * and `npm run compare` (the same check in Node, over many more samples).
 * The caller runs in Europe/Stockholm, as opening_hours.js reads local time.
 */
import { OpeningHours } from '../.oracles/oracles.js';
import { HORIZON_DAYS, parseHours, statusAt, type Schedule } from '../../src/hours.js';
import { walked } from '../../src/core/open-end-walk.js';
import { ruleSelectsDay } from '../../src/core/day-selection.js';
import { dayNumber } from '../../src/core/civil-date.js';

/**
 * A comparison asks about one text at many instants: each text is parsed once, by us and by the reference,
 * and kept (the last hundred texts), rather than again for every instant and every check.
 */
function kept<T>(cache: Map<string, T>, hours: string, make: (hours: string) => T): T {
  let value = cache.get(hours);
  if (value === undefined) {
    if (cache.size >= 100) cache.clear();
    value = make(hours);
    cache.set(hours, value);
  }
  return value;
}
const schedules = new Map<string, Schedule>();
const references = new Map<string, OpeningHours>();
const scheduleOf = (hours: string) => kept(schedules, hours, parseHours);
const nominatim = { lat: 59.33, lon: 18.06, address: { country_code: 'se', state: 'Stockholm' } };
const referenceOf = (hours: string) =>
  kept(references, hours, (text) => new OpeningHours(text, nominatim, { mode: 0, warnings_severity: 0 } as never));

/** The local midnight that starts an instant's day, or the day `daysBefore` before it. */
function localDayStart(at: Date, daysBefore = 0): Date {
  const start = new Date(at);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - daysBefore);
  return start;
}

/** Whether an instant is a local midnight at which some rule of the schedule starts or stops selecting days. */
function selectionChangesAt(hours: string, at: Date): boolean {
  if (at.getHours() !== 0 || at.getMinutes() !== 0) return false;
  const day = dayNumber(at.getFullYear(), at.getMonth() + 1, at.getDate());
  return scheduleOf(hours).rules.some((rule) => ruleSelectsDay(rule, day) !== ruleSelectsDay(rule, day - 1));
}

export function ours(hours: string, at: Date) {
  const status = statusAt(scheduleOf(hours), at, 'Europe/Stockholm');
  return { open: status.open, unknown: status.unknown, nextChange: status.nextChange?.toISOString() ?? null };
}

export type Answer = { open: boolean; unknown: boolean; nextChange: string | null };

/**
 * opening_hours.js's answer, or null where it throws (inputs it does not
 * support, some DST hours), as its intervals read (getOpenIntervals, and its
 * own test suite): its iterator walks from change to change, and the state it
 * finds at a change holds until the next. The walk starts two local days
 * before the instant, so that what holds across a midnight is what it holds
 * on any walk that reaches that day. (Its getState answers each instant on
 * its own, and differs from its intervals just after an open end starts:
 * `07:00+,12:00-16:00` is unknown from 07:00 to 12:00 in its intervals, but
 * closed at 07:30 by getState.)
 */
export function reference(
  hours: string,
  at: Date,
  nested = false,
  walkFrom?: Date,
): (Answer & { confirmed: boolean }) | null {
  try {
    const oh = referenceOf(hours);
    const start = walkFrom ?? localDayStart(at, 2);
    const horizon = new Date(at.getTime() + HORIZON_DAYS * 86_400_000);
    const it = oh.getIterator(start);
    let open = it.getState();
    let unknown = it.getUnknown();
    let next: Date | null = null;
    while (it.advance(horizon)) {
      if (it.getDate() <= at) {
        open = it.getState();
        unknown = it.getUnknown();
      } else if (it.getState() !== open || it.getUnknown() !== unknown) {
        next = it.getDate();
        break;
      }
    }
    const answer = { open, unknown, nextChange: next ? next.toISOString() : null };
    // Its walk steps over some changes of the days selected (a year with a step, some nth weekdays with an
    // offset) that its own getState shows. Where it is shown that the state flips exactly at our earlier change,
    // from what both say before it to what we say after it, that is its answer too (`confirmed`). Shown by its
    // walk started near the change; or by its getState, where that reads as its walk: for schedules that are not
    // walked (no open ends, no spans past midnight), and at a midnight where a rule's days begin or end. (Just
    // after an open end begins, and over a midnight where nothing changes, its getState reads otherwise.)
    const ourNext = ours(hours, at).nextChange;
    if (ourNext && (answer.nextChange === null || ourNext < answer.nextChange) && !nested) {
      const flip = new Date(ourNext);
      const ourAfter = ours(hours, flip);
      // Whether its walk (from two days before, or from `walkFrom`) flips exactly at ours, from what both say
      // before it to what we say after it.
      const walkShowsFlip = (walkFrom?: Date) => {
        const before = reference(hours, new Date(flip.getTime() - 1), true, walkFrom);
        const after = reference(hours, flip, true, walkFrom);
        return (
          before?.open === open &&
          before.unknown === unknown &&
          before.nextChange === ourNext &&
          after?.open === ourAfter.open &&
          after.unknown === ourAfter.unknown
        );
      };
      // Or by its walk from the start of the change's day, where a rule's days begin or end then: the day start its
      // long walk stepped over.
      const dayStart = localDayStart(flip);
      const byWalk = walkShowsFlip();
      const byDayStart = selectionChangesAt(hours, dayStart) && flip > dayStart && walkShowsFlip(dayStart);
      const justBefore = new Date(flip.getTime() - 1);
      const byState =
        (!walked(scheduleOf(hours)) || selectionChangesAt(hours, flip)) &&
        oh.getState(justBefore) === open &&
        oh.getUnknown(justBefore) === unknown &&
        oh.getState(flip) === ourAfter.open &&
        oh.getUnknown(flip) === ourAfter.unknown;
      if (byWalk || byDayStart || byState) return { ...answer, nextChange: ourNext, confirmed: true };
    }
    return { ...answer, confirmed: false };
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
  // Its walk stepped over the start of this very day, where a rule's days begin or end (see reference()):
  // its walk from that day start is its answer.
  const dayStart = localDayStart(at);
  if (selectionChangesAt(hours, dayStart) && sameAnswer(reference(hours, at, false, dayStart), actual)) {
    return { verdict: 'confirmed', actual, expected };
  }
  if (nearDstChange(at, actual.nextChange, expected.nextChange)) return { verdict: 'near-dst', actual, expected };
  const adjusted = withEasterEndsIncluded(hours);
  if (adjusted !== hours && sameAnswer(reference(adjusted, at), actual)) {
    return { verdict: 'easter-end', actual, expected };
  }
  return { verdict: 'mismatch', actual, expected };
}
