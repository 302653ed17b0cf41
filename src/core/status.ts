/**
 * The state of a schedule at an instant: open or closed, when that next
 * changes, and what a view needs to explain it.
 */
import { isoDate } from './civil-date.js';
import { daySpans, type DaySpans } from './day-spans.js';
import { holidayOn, type Holiday } from './holidays.js';
import type { Schedule } from './schedule.js';
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
  /** The first instant after `at` when `open` flips; null if none within 366 days. */
  readonly nextChange: Date | null;
  /** The zone the schedule was read in. */
  readonly timeZone: string;
  /** The local date of `at` in that zone, YYYY-MM-DD. */
  readonly date: string;
  /** The open spans of that local date (including a tail from the night before). */
  readonly today: readonly OpenSpan[];
  /** The public holiday or eve that the local date is, if any. */
  readonly holiday: Holiday | null;
  /** The comment of the last rule that selected the local date, if it had one. */
  readonly comment: string | null;
}

type Interval = readonly [start: number, end: number];

/** One local day of a schedule, resolved to instants. */
interface ResolvedDay {
  /** The first instant of the local day. */
  readonly start: number;
  /** Open intervals (see wallSpanToInstants for DST). */
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
      intervals: spans.flatMap(([s, e]) => wallSpanToInstants(dayNo, s, e, timeZone)),
      rule,
      date: isoDate(dayNo),
      holiday: holiday && Object.freeze({ id: holiday.id, date: holiday.date, kind: holiday.kind, name: holiday.name }),
    };
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(dayNo, resolved);
  }
  return resolved;
}

/** Whether the schedule is open at `at`, read in `timeZone` (default Europe/Stockholm). */
export function statusAt(schedule: Schedule, at: Date, timeZone = 'Europe/Stockholm'): HoursStatus {
  const t = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError('statusAt: `at` must be a valid Date');
  const { dayNo } = wallClockAt(t, timeZone);
  const horizon = t + HORIZON_DAYS * MS_PER_DAY;
  const today = resolveDay(schedule, dayNo, timeZone);

  let open = false;
  let runEnd: number | null = null; // end of the open run containing t, as far as seen
  let nextChange: number | null = null;
  let day = dayNo;
  let current = today;
  scan: for (; current.start <= horizon; current = resolveDay(schedule, ++day, timeZone)) {
    if (runEnd !== null && runEnd < current.start) {
      nextChange = runEnd;
      break;
    }
    for (const [s, e] of current.intervals) {
      if (runEnd === null) {
        if (e <= t) continue;
        if (s > t) {
          nextChange = s;
          break scan;
        }
        open = true;
        runEnd = e;
      } else if (s <= runEnd) {
        runEnd = Math.max(runEnd, e);
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

  return {
    open,
    nextChange: nextChange === null ? null : new Date(nextChange),
    timeZone,
    date: today.date,
    today: today.intervals.map(([s, e]) => ({ start: new Date(s), end: new Date(e) })),
    holiday: today.holiday,
    comment: today.rule?.comment ?? null,
  };
}
