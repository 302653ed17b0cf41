/**
 * The state of a schedule at an instant: open or closed, when that next
 * changes, and what a view needs to explain it.
 */
import type { Holiday } from './holidays.js';
import type { Schedule } from './schedule.js';
import { inSupportedYears, SAFE_FROM, SAFE_TO, supportedLocalDay } from './local-day.js';
import { carryOf, detailsOf, HORIZON_DAYS, knownPlanAt, planDay, timelineFor } from './timeline.js';

export { HORIZON_DAYS } from './timeline.js';

const MS_PER_DAY = 86_400_000;

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
  /** The first instant after `at` when `open` (or `unknown`) flips; null if none within 366 days (and the supported years). */
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

/** Whether the schedule is open at `at`, read in `timeZone` (default Europe/Stockholm). */
export function statusAt(schedule: Schedule, at: Date, timeZone = 'Europe/Stockholm'): HoursStatus {
  const t = at instanceof Date ? at.getTime() : NaN;
  const timeline = timelineFor(schedule, timeZone);
  const plan =
    (t >= SAFE_FROM && t < SAFE_TO ? knownPlanAt(timeline, t) : undefined) ??
    planDay(timeline, supportedLocalDay(at, timeZone, 'statusAt'));
  const { pieces } = plan;
  // (Where midnight does not exist, the day starts a little later: an instant before that is in its first piece.)
  let i = 0;
  while (i < pieces.length - 1 && t >= pieces[i].end) i++;
  const piece = pieces[i];
  let nextChange = piece.runEnd < plan.end ? piece.runEnd : carryOf(timeline, plan);
  // "Within 366 days": a change exactly 366 days ahead is past the horizon, as opening_hours.js counts it.
  if (nextChange !== null && nextChange >= t + HORIZON_DAYS * MS_PER_DAY) nextChange = null;
  // Nor past the supported years: a caller may ask about any change it is given.
  if (nextChange !== null && !inSupportedYears(nextChange, timeZone)) nextChange = null;

  const { date, holiday, open } = detailsOf(plan);
  // Dates of their own for each answer: a caller may change them.
  const today: OpenSpan[] = [];
  for (let k = 0; k < open.length; k += 2) today.push({ start: new Date(open[k]), end: new Date(open[k + 1]) });
  return {
    open: piece.state === 'open',
    unknown: piece.state === 'unknown',
    nextChange: nextChange === null ? null : new Date(nextChange),
    timeZone,
    date,
    today,
    holiday,
    // The comment of the rule that gave the instant its state: open, unknown, or closed with a reason.
    comment: piece.comment,
  };
}
