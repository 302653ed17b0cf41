/**
 * A schedule described for people, from the schedule itself:
 * - the regular week: what the rules that hold every week give each weekday
 *   (evaluated, so "Mo-Fr 09:00-16:30; Mo 13:00-16:30 off" gives a shorter Monday);
 * - what happens on public holidays;
 * - every other rule (months, weeks, dates, nth weekdays, years) with its
 *   selectors, times and state, named by holiday where every day it selects
 *   in the coming year is one;
 * - what a fallback rule says of the rest of the time;
 * - the coming deviations: the days in the next weeks on which the evaluated
 *   schedule differs from the regular week, with why (holiday, eve, comment).
 * Views turn this into words in any locale; nothing here is a guess about the text.
 */
import { dayNumber, isoDate, SUPPORTED_YEARS, weekdayOf, type Weekday } from './civil-date.js';
import { hasSelectors, ruleSelectsDay, sameEveryWeek } from './day-selection.js';
import { daySpans } from './day-spans.js';
import type { Segment } from './segments.js';
import { holidayOn, toHoliday, type DatedHoliday, type Holiday } from './holidays.js';
import { MINUTES_PER_DAY, type Rule, type RuleState, type Schedule, type TimeSpan } from './schedule.js';
import { supportedLocalDay } from './local-day.js';

export interface WeekGroup {
  readonly from: Weekday;
  readonly to: Weekday;
  /** Open spans; in OSM's unknown state when `comment` is set and `unknown` is true. */
  readonly spans: readonly TimeSpan[];
  readonly unknown: boolean;
  /** The comment of the rule that gave the spans, if any. */
  readonly comment: string | null;
}

export interface HoursException {
  /** The rule as parsed: its selectors say when it applies. */
  readonly rule: Rule;
  /** The times it gives; null for the whole day. */
  readonly spans: readonly TimeSpan[] | null;
  readonly state: RuleState;
  /** The holidays and eves it selects, when every day it selects within a year is one; else null. */
  readonly holidays: readonly Holiday[] | null;
  /** ISO dates it selects within the coming year (at most 12). */
  readonly dates: readonly string[];
  readonly comment: string | null;
  readonly text: string;
}

export interface HoursDeviation {
  /** ISO date. */
  readonly date: string;
  readonly weekday: Weekday;
  readonly holiday: Holiday | null;
  /** The day's open spans (minutes); empty when closed all day. */
  readonly open: readonly TimeSpan[];
  /** The day's unknown spans, with their comment. */
  readonly unknown: readonly TimeSpan[];
  /** A comment that says why (from the rule that decided the day), if any. */
  readonly comment: string | null;
}

export interface HoursSummary {
  /** Runs of consecutive weekdays with the same spans; closed weekdays are absent. A span past midnight is its start day's. */
  readonly week: readonly WeekGroup[];
  /** Closed times in the regular week that a rule gave a reason (`Mo 13:00-16:30 off "personalmöte"`). */
  readonly weekClosed: readonly WeekGroup[];
  /** Spans on public holidays: null when the rules do not mention PH, empty when closed. */
  readonly publicHolidays: readonly TimeSpan[] | null;
  readonly exceptions: readonly HoursException[];
  /** What a fallback rule without selectors says of the time the other rules leave closed. */
  readonly otherwise: { readonly state: RuleState; readonly comment: string | null } | null;
  /** Days in the next `DEVIATION_DAYS` that differ from the regular week, at most `MAX_DEVIATIONS`. */
  readonly deviations: readonly HoursDeviation[];
}

const MAX_DATES = 12;
/** How far ahead deviations are looked for: the next eight weeks. */
const DEVIATION_DAYS = 56;
const MAX_DEVIATIONS = 8;
/** The first day past the supported years: no date is named beyond it. */
const END_DAY = dayNumber(SUPPORTED_YEARS.to + 1, 1, 1);

/** A rule about public holidays only: `PH off`, `PH 10:00-14:00`. */
const isHolidayRule = (rule: Rule) =>
  rule.years === null &&
  rule.dates === null &&
  rule.weeks === null &&
  rule.weekdays !== null &&
  rule.weekdays.publicHolidays.length > 0 &&
  rule.weekdays.publicHolidays.every((offset) => offset === 0) &&
  rule.weekdays.nth.length === 0 &&
  !rule.weekdays.holidaysOnDaysOnly;

const spansIn = (segments: readonly Segment[], state: RuleState): TimeSpan[] =>
  segments.filter((s) => s[2] === state).map(([start, end]) => ({ start, end }));

const sameSegments = (a: readonly Segment[], b: readonly Segment[]) =>
  a.length === b.length && a.every((s, i) => s.every((v, j) => v === b[i][j]));

function describeException(rule: Rule, fromDay: number): HoursException {
  const dates: string[] = [];
  const holidays: DatedHoliday[] = [];
  let allHolidays = true;
  for (let d = fromDay; d < Math.min(fromDay + 366, END_DAY); d++) {
    if (!ruleSelectsDay(rule, d)) continue;
    const holiday = holidayOn(d);
    if (!holiday) allHolidays = false;
    else if (!holidays.some((h) => h.id === holiday.id)) holidays.push(holiday);
    if (dates.length < MAX_DATES) dates.push(isoDate(d));
    // Nothing more to learn: the dates are listed, and the rule is known not to be about holidays only.
    else if (!allHolidays) break;
  }
  return {
    rule,
    spans: rule.spans,
    state: rule.state,
    holidays: allHolidays && holidays.length > 0 ? holidays.map(toHoliday) : null,
    dates,
    comment: rule.comment,
    text: rule.text,
  };
}

/**
 * The regular week: the rules that hold every week, evaluated on each weekday
 * of a week (they select no holiday, so any week will do). Fallback rules are
 * part of it for finding deviations, and said apart in words.
 */
function regularWeek(schedule: Schedule, fromDay: number, withFallback: boolean): Segment[][] {
  const rules = schedule.rules.filter((r) => sameEveryWeek(r) && (withFallback || !r.fallback));
  const weekly: Schedule = { source: schedule.source, rules };
  const monday = fromDay - weekdayOf(fromDay);
  return Array.from({ length: 7 }, (_, i) => [...daySpans(weekly, monday + i).spans]);
}

/**
 * Spans by the day they start: a span that runs to midnight and goes on in
 * the same state on the next day is one span past midnight (22:00-06:00),
 * round the week's end too.
 */
function byStartDay(days: Segment[][]): Segment[][] {
  const result = days.map((segments) => [...segments]);
  for (let day = 0; day < 7; day++) {
    const segments = result[day];
    const last = segments[segments.length - 1];
    const next = result[(day + 1) % 7];
    const head = next[0];
    if (
      last &&
      head &&
      last[0] > 0 &&
      last[1] === MINUTES_PER_DAY &&
      head[0] === 0 &&
      head[1] < MINUTES_PER_DAY &&
      head[2] === last[2]
    ) {
      segments[segments.length - 1] = [last[0], MINUTES_PER_DAY + head[1], last[2], last[3]];
      next.shift();
    }
  }
  return result;
}

function groupWeek(days: Segment[][], states: readonly RuleState[]): WeekGroup[] {
  const groups: WeekGroup[] = [];
  days.forEach((segments, day) => {
    const [spans, isUnknown] = states
      .map((state) => [spansIn(segments, state), state === 'unknown'] as const)
      .find(([found]) => found.length > 0) ?? [[], false];
    if (spans.length === 0) return;
    const comment = segments.find((s) => states.includes(s[2]) && s[3] !== null)?.[3] ?? null;
    const last = groups[groups.length - 1];
    const same =
      last &&
      last.to === day - 1 &&
      last.unknown === isUnknown &&
      last.comment === comment &&
      last.spans.length === spans.length &&
      last.spans.every((s, i) => s.start === spans[i].start && s.end === spans[i].end);
    if (same) groups[groups.length - 1] = { ...last, to: day as Weekday };
    else groups.push({ from: day as Weekday, to: day as Weekday, spans, unknown: isUnknown, comment });
  });
  return groups;
}

/** Summarises a schedule, naming exceptions and deviations as they fall in the time from `from`. */
export function summarizeHours(schedule: Schedule, from: Date, timeZone = 'Europe/Stockholm'): HoursSummary {
  const fromDay = supportedLocalDay(from, timeZone, 'summarizeHours');
  const regular = regularWeek(schedule, fromDay, true);
  // The week said in words leaves out weekly fallback rules; without any, it is the same week.
  const weeklyFallback = schedule.rules.some((r) => r.fallback && sameEveryWeek(r));
  const shown = byStartDay(weeklyFallback ? regularWeek(schedule, fromDay, false) : regular);
  const closedWithReason = shown.map((segments) => segments.filter((s) => s[2] === 'closed' && s[3] !== null));

  let publicHolidays: readonly TimeSpan[] | null = null;
  const exceptions: HoursException[] = [];
  let otherwise: HoursSummary['otherwise'] = null;
  for (const rule of schedule.rules) {
    if (rule.fallback && !hasSelectors(rule) && rule.spans === null) {
      otherwise = { state: rule.state, comment: rule.comment };
    } else if (isHolidayRule(rule) && !rule.fallback) {
      publicHolidays = rule.state === 'closed' ? [] : (rule.spans ?? [{ start: 0, end: MINUTES_PER_DAY }]);
    } else if (!sameEveryWeek(rule) || rule.fallback) {
      exceptions.push(describeException(rule, fromDay));
    }
  }

  const deviations: HoursDeviation[] = [];
  const lastDay = Math.min(fromDay + DEVIATION_DAYS, END_DAY);
  for (let d = fromDay; d < lastDay && deviations.length < MAX_DEVIATIONS; d++) {
    const segments = daySpans(schedule, d).spans;
    if (sameSegments(segments, regular[weekdayOf(d)])) continue;
    const holiday = holidayOn(d);
    deviations.push({
      date: isoDate(d),
      weekday: weekdayOf(d),
      holiday: holiday && toHoliday(holiday),
      open: spansIn(segments, 'open'),
      unknown: spansIn(segments, 'unknown'),
      comment: segments.find((s) => s[3] !== null)?.[3] ?? null,
    });
  }
  return {
    week: groupWeek(shown, ['open', 'unknown']),
    weekClosed: groupWeek(closedWithReason, ['closed']),
    publicHolidays,
    exceptions,
    otherwise,
    deviations,
  };
}
