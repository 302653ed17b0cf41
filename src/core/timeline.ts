/**
 * What a schedule has worked out in one zone, kept with it: its local days
 * resolved to instants, the runs of whole days in one state, and where a
 * state goes on past midnight. `statusAt` (status.ts) answers from this.
 *
 * Widgets ask again at every change, every minute for the words, and after a
 * wake-up or a clock jump; a loop over a year asks once a day. Each local
 * day's calendar work is done once for all of them (npm run bench: about 240x
 * faster warm than cold on the default hours), bounded, as a page may run for
 * weeks. When the browser's zone data corrects a zone's offsets (see
 * zoned-time.ts), what was worked out with the old ones is made again.
 */
import { isoDate } from './civil-date.js';
import { sameEveryWeek } from './day-selection.js';
import { paintDay, prepareSchedule, type PreparedSchedule } from './day-spans.js';
import type { Segment } from './segments.js';
import { derived } from './derived.js';
import { holidayOn, toHoliday, type Holiday } from './holidays.js';
import { MINUTES_PER_DAY, type RuleState, type Schedule } from './schedule.js';
import { assertTimeZone, instantOf, wallSpanToInstants, zoneDataVersion } from './zoned-time.js';

const MS_PER_DAY = 86_400_000;
/** How far ahead `nextChange` is looked for. */
export const HORIZON_DAYS = 366;

/** Instants [start, end) in a state, with the comment of the rule that gave them. */
type Interval = readonly [start: number, end: number, state: RuleState, comment: string | null];

/**
 * A stretch of a day with one answer: every instant before `end` (and after
 * the piece before) is in `state`, says `comment`, and is in a run of that
 * state that ends at `runEnd`.
 */
export interface Piece {
  readonly end: number;
  readonly state: RuleState;
  readonly comment: string | null;
  readonly runEnd: number;
}

/** What every answer about one day shares: its date, holiday and open spans. */
export interface DayDetails {
  readonly date: string;
  readonly holiday: Holiday | null;
  /** Instants [start, end, start, end, ...] of the day's open spans. */
  readonly open: readonly number[];
}

/** One local day resolved to instants, with what an answer about any instant in it needs. */
export interface DayPlan {
  readonly dayNo: number;
  /** The first instant of the local day, and of the next. */
  readonly start: number;
  readonly end: number;
  /** The state of the whole day, when it has one; else null. */
  readonly uniform: RuleState | null;
  /** The state the day ends in. */
  readonly lastState: RuleState;
  /** Consecutive pieces from `start` to `end`; the last reaches `end`. */
  readonly pieces: readonly Piece[];
  /** When the day's last run goes on past midnight: where it ends (null: not within the horizon); worked out on first need. */
  carry?: number | null;
  details?: DayDetails;
}

/**
 * Everything a schedule has worked out in one zone. A schedule is immutable
 * and its days depend on nothing else, so widgets asking again every minute,
 * at every change or across years do each day's calendar work once. Bounded,
 * as a page may run for weeks: the oldest days are dropped first, a quarter
 * at a time.
 */
export interface Timeline {
  readonly schedule: Schedule;
  readonly prepared: PreparedSchedule;
  readonly timeZone: string;
  /** The zone data it was worked out with (see zoneDataVersion). */
  readonly zoneData: number;
  readonly days: Map<number, DayPlan>;
  /** For a day in a run of whole days in one state: the first day after the run (or as far as it is known). */
  readonly skip: Map<number, number>;
  /**
   * When the schedule holds the same state every minute of every week (`24/7`, `off`): that state;
   * else null. Worked out when first needed: when a state goes on past midnight.
   */
  constant?: RuleState | null;
}

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

/** The state of a whole day painted in minutes, when it has one; else null. */
function wholeDayState(spans: readonly Segment[]): RuleState | null {
  if (spans.length === 0) return 'closed';
  return spans.length === 1 && spans[0][0] === 0 && spans[0][1] === MINUTES_PER_DAY ? spans[0][2] : null;
}

/** The state of every minute of every week, when the schedule is weekly and the same all week; else null. */
function constantState(timeline: Timeline): RuleState | null {
  if (!timeline.schedule.rules.every(sameEveryWeek)) return null;
  let state: RuleState | null = null;
  // A weekly schedule's days depend on the weekday only: any seven consecutive days show them all.
  for (let day = 0; day < 7; day++) {
    const whole = wholeDayState(paintDay(timeline.prepared, day));
    if (whole === null || (state !== null && whole !== state)) return null;
    state = whole;
  }
  return state;
}

/** A schedule's timelines, by zone. */
const TIMELINES = Symbol('timelines');

/** The timeline asked for last: widgets and loops ask about one schedule many times in a row. */
let lastTimeline: Timeline | null = null;

export function timelineFor(schedule: Schedule, timeZone: string): Timeline {
  const zoneData = zoneDataVersion(timeZone);
  if (
    lastTimeline !== null &&
    lastTimeline.schedule === schedule &&
    lastTimeline.timeZone === timeZone &&
    lastTimeline.zoneData === zoneData
  ) {
    return lastTimeline;
  }
  const byZone = derived(schedule, TIMELINES, () => new Map<string, Timeline>());
  let timeline = byZone.get(timeZone);
  if (!timeline || timeline.zoneData !== zoneData) {
    // Nothing is kept for a zone that does not exist.
    assertTimeZone(timeZone);
    timeline = { schedule, prepared: prepareSchedule(schedule), timeZone, zoneData, days: new Map(), skip: new Map() };
    byZone.set(timeZone, timeline);
  }
  return (lastTimeline = timeline);
}

/** The day's intervals in time order, the gaps between them closed without a comment, as pieces of runs. */
function piecesOf(intervals: readonly Interval[], start: number, end: number): Piece[] {
  const stretches: Array<[number, RuleState, string | null]> = [];
  let at = start;
  const add = (to: number, state: RuleState, comment: string | null) => {
    if (at >= to) return;
    const last = stretches[stretches.length - 1];
    if (last && last[1] === state && last[2] === comment) last[0] = to;
    else stretches.push([to, state, comment]);
    at = to;
  };
  for (const [s, e, state, comment] of intervals) {
    add(s, 'closed', null);
    add(e, state, comment);
  }
  add(end, 'closed', null);
  if (stretches.length === 0) stretches.push([end, 'closed', null]); // a day without instants (skipped whole)
  // Each stretch's run goes on through the stretches after it in the same state.
  const pieces: Piece[] = new Array(stretches.length);
  let runEnd = end;
  for (let i = stretches.length - 1; i >= 0; i--) {
    const [to, state, comment] = stretches[i];
    if (i < stretches.length - 1 && stretches[i + 1][1] !== state) runEnd = to;
    pieces[i] = { end: to, state, comment, runEnd };
  }
  return pieces;
}

export function planDay(timeline: Timeline, dayNo: number): DayPlan {
  const cached = timeline.days.get(dayNo);
  if (cached) return cached;
  const { timeZone } = timeline;
  const start = instantOf(dayNo, 0, timeZone);
  const end = instantOf(dayNo + 1, 0, timeZone);
  const intervals: Interval[] = [];
  for (const [s, e, state, comment] of paintDay(timeline.prepared, dayNo)) {
    for (const [a, b] of wallSpanToInstants(dayNo, s, e, timeZone)) intervals.push([a, b, state, comment]);
  }
  // Minutes repeated in autumn come back after later ones: keep time order.
  if (intervals.length > 1) intervals.sort((a, b) => a[0] - b[0]);
  const pieces = piecesOf(intervals, start, end);
  const first = pieces[0];
  const lastState = pieces[pieces.length - 1].state;
  const plan: DayPlan = { dayNo, start, end, uniform: first.runEnd >= end ? first.state : null, lastState, pieces };
  boundedSet(timeline.days, dayNo, plan);
  return plan;
}

/**
 * The state of a whole day, when it has one. Painting the day's minutes is
 * cheaper than planning its instants, and is all a day in a long run needs; a
 * day whose minutes differ may still be one state in instants (times only in
 * the hour skipped in spring), so that is planned.
 */
function uniformState(timeline: Timeline, dayNo: number): RuleState | null {
  const plan = timeline.days.get(dayNo);
  if (plan !== undefined) return plan.uniform;
  return wholeDayState(paintDay(timeline.prepared, dayNo)) ?? planDay(timeline, dayNo).uniform;
}

/** The first day from `dayNo` on that is not a whole day in `state`, looking no further than `lastDay`. */
function endOfWholeDays(timeline: Timeline, dayNo: number, state: RuleState, lastDay: number): number {
  const path: number[] = [];
  let day = dayNo;
  while (day <= lastDay) {
    if (uniformState(timeline, day) !== state) break;
    path.push(day);
    const known = timeline.skip.get(day);
    day = known !== undefined && known > day ? known : day + 1;
  }
  // Every day on the way is in the same run: remember where it ends, as far as seen.
  for (const visited of path) if (timeline.skip.get(visited) !== day) boundedSet(timeline.skip, visited, day);
  return day;
}

/** Where the state a day ends in changes after midnight, within the horizon of any instant of that day; else null. */
export function carryOf(timeline: Timeline, plan: DayPlan): number | null {
  if (plan.carry !== undefined) return plan.carry;
  // The same state all week, every week: no change, and no day to look at.
  if ((timeline.constant ??= constantState(timeline)) !== null) return (plan.carry = null);
  const state = plan.lastState;
  const lastDay = plan.dayNo + HORIZON_DAYS + 1;
  const day = endOfWholeDays(timeline, plan.dayNo + 1, state, lastDay);
  let carry: number | null = null;
  if (day <= lastDay) {
    const next = planDay(timeline, day);
    carry = next.pieces[0].state !== state ? next.start : next.pieces[0].runEnd;
  }
  return (plan.carry = carry);
}

export function detailsOf(plan: DayPlan): DayDetails {
  if (plan.details) return plan.details;
  const holiday = holidayOn(plan.dayNo);
  const open: number[] = [];
  let from = plan.start;
  for (const piece of plan.pieces) {
    // Each open piece is a span of its own, as the rules gave them (two comments, two spans).
    if (piece.state === 'open') open.push(from, piece.end);
    from = piece.end;
  }
  return (plan.details = {
    date: isoDate(plan.dayNo),
    // Shared by every answer for this day, so frozen (the name object is frozen at its source).
    holiday: holiday && Object.freeze({ ...toHoliday(holiday), name: holiday.name }),
    open,
  });
}

/**
 * The plan of the local day an instant falls in, when it is known already.
 * No zone is more than a day from UTC, so the instant's UTC day, the day after
 * or the day before is its local day: the one whose instants hold it.
 */
export function knownPlanAt(timeline: Timeline, t: number): DayPlan | undefined {
  const utcDay = Math.floor(t / MS_PER_DAY);
  // The UTC day first (most instants are in it), then the day after, then the day before.
  for (let shift = 0; shift < 3; shift++) {
    const plan = timeline.days.get(utcDay + (shift === 2 ? -1 : shift));
    if (plan !== undefined && t >= plan.start && t < plan.end) return plan;
  }
  return undefined;
}
