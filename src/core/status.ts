/**
 * The state of a schedule at an instant: open or closed, when that next
 * changes, and what a view needs to explain it.
 */
import { civilDate, isoDate, isSupportedYear, SUPPORTED_YEARS } from './civil-date.js';
import { daySpans, type DaySpans } from './day-spans.js';
import { holidayOn, toHoliday, type Holiday } from './holidays.js';
import type { RuleState, Schedule } from './schedule.js';
import { instantOf, wallClockAt, wallSpanToInstants } from './zoned-time.js';

const MS_PER_DAY = 86_400_000;
/** How far ahead `nextChange` is looked for. */
export const HORIZON_DAYS = 366;

export interface OpenSpan {
  readonly start: Date;
  readonly end: Date;
}

export interface HoursStatus {
  readonly open: boolean;
  /**
   * True in OSM's "unknown" state: a rule gave these times with only a comment
   * (`Mo 10:00-12:00 "by appointment"`). Then `open` is false and `comment` says more.
   */
  readonly unknown: boolean;
  /** The first instant after `at` when `open` (or `unknown`) flips; null if none within 366 days. */
  readonly nextChange: Date | null;
  /** The zone the schedule was read in. */
  readonly timeZone: string;
  /** The local date of `at` in that zone, YYYY-MM-DD. */
  readonly date: string;
  /** The open spans of that local date (including a tail from the night before); not the unknown ones. */
  readonly today: readonly OpenSpan[];
  /** The public holiday or eve that the local date is, if any. */
  readonly holiday: Holiday | null;
  /** The comment of the rule that decided the state: the one that gave the open or unknown time, or the day's last rule while closed. */
  readonly comment: string | null;
}

/**
 * Instants [start, end) in a state, with their rule's comment. Closed
 * intervals are listed only when a rule gave them a comment (`off "reason"`).
 */
type Interval = readonly [start: number, end: number, state: RuleState, comment: string | null];

/** One local day of a schedule, resolved to instants. */
interface ResolvedDay {
  /** The first instant of the local day. */
  readonly start: number;
  /** Open and unknown intervals, and commented closed ones, in time order (see wallSpanToInstants for DST). */
  readonly intervals: readonly Interval[];
  readonly rule: DaySpans['rule'];
  readonly date: string;
  readonly holiday: Holiday | null;
}

/**
 * Resolved days, per schedule and zone. A schedule is immutable and its days
 * depend on nothing else, so a widget asking again every minute, or at every
 * change, does the calendar work for a day once. Bounded, as a page may run for weeks.
 */
const resolvedDays = new WeakMap<Schedule, Map<string, Map<number, ResolvedDay>>>();
const MAX_CACHED_DAYS = 800;

function resolveDay(schedule: Schedule, dayNo: number, timeZone: string): ResolvedDay {
  let byZone = resolvedDays.get(schedule);
  if (!byZone) resolvedDays.set(schedule, (byZone = new Map()));
  let days = byZone.get(timeZone);
  if (!days) byZone.set(timeZone, (days = new Map()));
  let resolved = days.get(dayNo);
  if (!resolved) {
    const { spans, rule } = daySpans(schedule, dayNo);
    const holiday = holidayOn(dayNo);
    resolved = {
      start: instantOf(dayNo, 0, timeZone),
      intervals: spans
        .flatMap(([s, e, state, comment]) =>
          wallSpanToInstants(dayNo, s, e, timeZone).map(([a, b]): Interval => [a, b, state, comment]),
        )
        // Minutes repeated in autumn come back after later ones: keep time order.
        .sort((a, b) => a[0] - b[0]),
      rule,
      date: isoDate(dayNo),
      // Shared by every answer for this day, so frozen (the name object is frozen at its source).
      holiday: holiday && Object.freeze({ ...toHoliday(holiday), name: holiday.name }),
    };
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(dayNo, resolved);
  }
  return resolved;
}

/**
 * The local day number of an instant, when its local date lies in the
 * supported years; a RangeError naming the caller otherwise.
 */
export function supportedLocalDay(at: Date, timeZone: string, caller: string): number {
  const t = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError(`${caller}: \`at\` must be a valid Date`);
  // Checked on the UTC date first (a day either side), so the zone tables are never asked for absurd years.
  const utcYear = civilDate(Math.floor(t / MS_PER_DAY)).year;
  const dayNo = isSupportedYear(utcYear) ? wallClockAt(t, timeZone).dayNo : NaN;
  if (!isSupportedYear(civilDate(dayNo).year)) {
    throw new RangeError(
      `${caller}: ${at.toISOString()} is outside the supported years ${SUPPORTED_YEARS.from}-${SUPPORTED_YEARS.to}`,
    );
  }
  return dayNo;
}

/** Whether the schedule is open at `at`, read in `timeZone` (default Europe/Stockholm). */
export function statusAt(schedule: Schedule, at: Date, timeZone = 'Europe/Stockholm'): HoursStatus {
  const dayNo = supportedLocalDay(at, timeZone, 'statusAt');
  const t = at.getTime();
  const horizon = t + HORIZON_DAYS * MS_PER_DAY;
  const today = resolveDay(schedule, dayNo, timeZone);

  // The state at t is that of the open or unknown interval containing it (closed in a gap); the
  // next change is where the run of intervals in that state ends.
  let state: 'open' | 'unknown' | 'closed' | null = null;
  let runEnd: number | null = null; // end of the open or unknown run containing t, as far as seen
  let nextChange: number | null = null;
  let day = dayNo;
  let current = today;
  scan: for (; current.start <= horizon; current = resolveDay(schedule, ++day, timeZone)) {
    if (runEnd !== null && runEnd < current.start) {
      nextChange = runEnd;
      break;
    }
    for (const [s, e, kind] of current.intervals) {
      if (kind === 'closed') continue;
      if (state === null) {
        if (e <= t) continue;
        if (s > t) {
          state = 'closed';
          nextChange = s;
          break scan;
        }
        state = kind;
        runEnd = e;
      } else if (s === runEnd && kind === state) {
        runEnd = e;
      } else {
        nextChange = runEnd;
        break scan;
      }
    }
  }
  // The scan ran to the horizon: an open run that ended before the last day seen did close.
  if (nextChange === null && runEnd !== null && runEnd < current.start) nextChange = runEnd;
  // "Within 366 days": a change exactly 366 days ahead is past the horizon, as opening_hours.js counts it.
  if (nextChange !== null && nextChange >= horizon) nextChange = null;
  // The comment of the rule that gave the instant its state: open, unknown, or closed with a reason.
  const containing = today.intervals.find(([s, e]) => s <= t && t < e);

  return {
    open: state === 'open',
    unknown: state === 'unknown',
    nextChange: nextChange === null ? null : new Date(nextChange),
    timeZone,
    date: today.date,
    today: today.intervals
      .filter(([, , kind]) => kind === 'open')
      .map(([s, e]) => ({ start: new Date(s), end: new Date(e) })),
    holiday: today.holiday,
    comment: containing?.[3] ?? null,
  };
}
