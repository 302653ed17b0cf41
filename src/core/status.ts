/**
 * The state of a schedule at an instant: open or closed, when that next
 * changes, and what a view needs to explain it.
 */
import { civilDate, isoDate, isSupportedYear, SUPPORTED_YEARS } from './civil-date.js';
import { daySpans, sameEveryWeek } from './day-spans.js';
import { holidayOn, toHoliday, type Holiday } from './holidays.js';
import type { RuleState, Schedule } from './schedule.js';
import { instantOf, wallClockAt, wallSpanToInstants } from './zoned-time.js';

const MS_PER_DAY = 86_400_000;
const SAFE_FROM = Date.UTC(SUPPORTED_YEARS.from, 0, 2);
const SAFE_TO = Date.UTC(SUPPORTED_YEARS.to, 11, 31) - MS_PER_DAY;
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
  /**
   * The comment of the rule that gave the instant its state: the open or
   * unknown time's, or a closed rule's reason (`Dec 24 off "julafton"`); null
   * where no rule gave one.
   */
  readonly comment: string | null;
}

/** Instants [start, end) in a state, with the comment of the rule that gave them. */
type Interval = readonly [start: number, end: number, state: RuleState, comment: string | null];

/** One local day resolved to instants: runs of one state each, covering the day without gaps. */
interface DayPlan {
  /** The first instant of the local day, and of the next. */
  readonly start: number;
  readonly end: number;
  /** Consecutive runs [start, end, state] from `start` to `end`, neighbours in different states. */
  readonly runs: ReadonlyArray<readonly [number, number, RuleState]>;
  /** The state of the whole day, when it has one run; else null. */
  readonly uniform: RuleState | null;
  /** The painted intervals with their comments (for the status of an instant in this day). */
  readonly intervals: readonly Interval[];
}

/**
 * Everything a schedule has worked out in one zone. A schedule is immutable
 * and its days depend on nothing else, so widgets asking again every minute,
 * at every change or across years do each day's calendar work once. Bounded,
 * as a page may run for weeks: the oldest days are dropped first, a quarter
 * at a time.
 */
interface Timeline {
  readonly days: Map<number, DayPlan>;
  /** For a day in a run of whole days in one state: the first day after the run (or as far as it is known). */
  readonly skip: Map<number, number>;
  /** When the schedule holds the same state every minute of every week (`24/7`, `off`): that state. */
  readonly constant: RuleState | null;
}

const timelines = new WeakMap<Schedule, Map<string, Timeline>>();
const MAX_CACHED_DAYS = 4000;

function boundedSet<V>(map: Map<number, V>, key: number, value: V): void {
  if (map.size >= MAX_CACHED_DAYS) {
    let drop = MAX_CACHED_DAYS / 4;
    for (const oldest of map.keys()) {
      map.delete(oldest);
      if (--drop === 0) break;
    }
  }
  map.set(key, value);
}

/** The state of every minute of every week, when the schedule is weekly and the same all week; else null. */
function constantState(schedule: Schedule): RuleState | null {
  if (!schedule.rules.every(sameEveryWeek)) return null;
  let state: RuleState | null = null;
  // A weekly schedule's days depend on the weekday only: any seven consecutive days show them all.
  for (let day = 0; day < 7; day++) {
    const spans = daySpans(schedule, day).spans;
    const whole =
      spans.length === 0
        ? 'closed'
        : spans.length === 1 && spans[0][0] === 0 && spans[0][1] === 1440
          ? spans[0][2]
          : null;
    if (whole === null || (state !== null && whole !== state)) return null;
    state = whole;
  }
  return state;
}

function timelineFor(schedule: Schedule, timeZone: string): Timeline {
  let byZone = timelines.get(schedule);
  if (!byZone) timelines.set(schedule, (byZone = new Map()));
  let timeline = byZone.get(timeZone);
  if (!timeline) {
    timeline = { days: new Map(), skip: new Map(), constant: constantState(schedule) };
    byZone.set(timeZone, timeline);
  }
  return timeline;
}

function planDay(schedule: Schedule, timeline: Timeline, dayNo: number, timeZone: string): DayPlan {
  const cached = timeline.days.get(dayNo);
  if (cached) return cached;
  const start = instantOf(dayNo, 0, timeZone);
  const end = instantOf(dayNo + 1, 0, timeZone);
  const intervals = daySpans(schedule, dayNo)
    .spans.flatMap(([s, e, state, comment]) =>
      wallSpanToInstants(dayNo, s, e, timeZone).map(([a, b]): Interval => [a, b, state, comment]),
    )
    // Minutes repeated in autumn come back after later ones: keep time order.
    .sort((a, b) => a[0] - b[0]);
  const runs: Array<[number, number, RuleState]> = [];
  let at = start;
  const push = (from: number, to: number, state: RuleState) => {
    if (from >= to) return;
    const last = runs[runs.length - 1];
    if (last && last[2] === state && last[1] === from) last[1] = to;
    else runs.push([from, to, state]);
  };
  for (const [s, e, state] of intervals) {
    push(at, s, 'closed');
    push(s, e, state);
    at = Math.max(at, e);
  }
  push(at, end, 'closed');
  const plan: DayPlan = { start, end, runs, uniform: runs.length === 1 ? runs[0][2] : null, intervals };
  boundedSet(timeline.days, dayNo, plan);
  return plan;
}

/** The first day from `dayNo` on that is not a whole day in `state`, looking no further than `lastDay`. */
function endOfWholeDays(
  schedule: Schedule,
  timeline: Timeline,
  dayNo: number,
  state: RuleState,
  lastDay: number,
  timeZone: string,
): number {
  const path: number[] = [];
  let day = dayNo;
  while (day <= lastDay) {
    if (planDay(schedule, timeline, day, timeZone).uniform !== state) break;
    path.push(day);
    const known = timeline.skip.get(day);
    day = known !== undefined && known > day ? known : day + 1;
  }
  // Every day on the way is in the same run: remember where it ends, as far as seen.
  for (const visited of path) if (timeline.skip.get(visited) !== day) boundedSet(timeline.skip, visited, day);
  return day;
}

/** Details of the day of the instant asked about: its date, holiday and open spans, shared by every answer. */
const dayDetails = new WeakMap<
  DayPlan,
  { date: string; holiday: Holiday | null; open: ReadonlyArray<readonly [number, number]> }
>();

function detailsOf(plan: DayPlan, dayNo: number) {
  let details = dayDetails.get(plan);
  if (!details) {
    const holiday = holidayOn(dayNo);
    details = {
      date: isoDate(dayNo),
      // Shared by every answer for this day, so frozen (the name object is frozen at its source).
      holiday: holiday && Object.freeze({ ...toHoliday(holiday), name: holiday.name }),
      open: plan.intervals.filter(([, , state]) => state === 'open').map(([s, e]) => [s, e] as const),
    };
    dayDetails.set(plan, details);
  }
  return details;
}

/**
 * The local day number of an instant, when its local date lies in the
 * supported years; a RangeError naming the caller otherwise.
 */
export function supportedLocalDay(at: Date, timeZone: string, caller: string): number {
  const t = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError(`${caller}: \`at\` must be a valid Date`);
  // Well inside the range (a day from either end), every zone's local date is in it too.
  if (t >= SAFE_FROM && t < SAFE_TO) return wallClockAt(t, timeZone).dayNo;
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
  const timeline = timelineFor(schedule, timeZone);
  const today = planDay(schedule, timeline, dayNo, timeZone);

  // (Where midnight does not exist, the day starts a little later: an instant before that is in its first run.)
  const run = today.runs.find(([, e]) => t < e) ?? today.runs[today.runs.length - 1];
  const state = run[2];
  let nextChange: number | null = null;
  if (timeline.constant === null) {
    if (run[1] < today.end) nextChange = run[1];
    else {
      // The state goes on past midnight: skip whole days in it, then find where it ends.
      const lastDay = dayNo + HORIZON_DAYS + 1;
      const day = endOfWholeDays(schedule, timeline, dayNo + 1, state, lastDay, timeZone);
      if (day <= lastDay) {
        const plan = planDay(schedule, timeline, day, timeZone);
        nextChange = plan.runs[0][2] !== state ? plan.start : plan.runs[0][1];
      }
    }
  }
  // "Within 366 days": a change exactly 366 days ahead is past the horizon, as opening_hours.js counts it.
  if (nextChange !== null && nextChange >= horizon) nextChange = null;

  const { date, holiday, open } = detailsOf(today, dayNo);
  return {
    open: state === 'open',
    unknown: state === 'unknown',
    nextChange: nextChange === null ? null : new Date(nextChange),
    timeZone,
    date,
    // Dates of their own for each answer: a caller may change them.
    today: open.map(([s, e]) => ({ start: new Date(s), end: new Date(e) })),
    holiday,
    // The comment of the rule that gave the instant its state: open, unknown, or closed with a reason.
    comment: today.intervals.find(([s, e]) => s <= t && t < e)?.[3] ?? null,
  };
}
