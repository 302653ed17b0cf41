/**
 * Which minutes of one calendar day a schedule keeps open, with OSM's meaning
 * (as opening_hours.js implements it):
 * - rules are applied in order; a rule whose selectors match the day replaces
 *   everything earlier rules gave that day, including their spill from the day before;
 * - except that a rule of times alone ("10:00-12:00") adds to the day instead,
 *   unless it is open and follows another rule of times alone; where added
 *   spans overlap, the later rule's state (open or unknown) wins;
 * - a span past midnight belongs to the day it starts: its tail is added to the
 *   next day without replacing what that day already has.
 */
import { civilDate, weekdayOf } from './civil-date.js';
import { easterDayNumber, isPublicHoliday } from './holidays.js';
import type { DateSelector, Rule, Schedule, YearRange } from './schedule.js';

const MINUTES_PER_DAY = 1440;

/**
 * Minutes [start, end) of a day (0-1440) that are open, or unknown when
 * `unknown` is true, with the comment of the rule that gave them.
 */
export type Segment = readonly [start: number, end: number, unknown: boolean, comment: string | null];

export interface DaySpans {
  /** The day's open and unknown minutes, sorted, not overlapping; the rest of the day is closed. */
  readonly spans: readonly Segment[];
  /** The last rule that selected the day itself, if any. */
  readonly rule: Rule | null;
}

function inYears(year: number, years: YearRange): boolean {
  return year >= years.from && year <= years.to;
}

const compareMonthDay = (m1: number, d1: number, m2: number, d2: number) => (m1 - m2) * 32 + (d1 - d2);

/**
 * Whether a date item selects a day. A year selector of the rule (`2026-2027`)
 * filters on the day's own year; a year written on the item (`2026 Dec 24`)
 * anchors it, so `2026 Dec 20-2027 Jan 06` runs across the new year.
 */
function dateMatches(sel: DateSelector, dayNo: number, years: YearRange | null): boolean {
  const { year, month, day } = civilDate(dayNo);
  if (years && !inYears(year, years)) return false;
  if (sel.type === 'easter') {
    // An offset can carry easter into the neighbouring year.
    return [year - 1, year, year + 1].some(
      (y) => (sel.year === undefined || sel.year === y) && easterDayNumber(y) + sel.offset === dayNo,
    );
  }
  const { from, to } = sel;
  const afterStart = compareMonthDay(month, day, from.month, from.day) >= 0;
  const beforeEnd = compareMonthDay(month, day, to.month, to.day) <= 0;
  if (from.year === undefined) {
    const wraps = compareMonthDay(to.month, to.day, from.month, from.day) < 0;
    return wraps ? afterStart || beforeEnd : afterStart && beforeEnd;
  }
  const endYear = to.year ?? (compareMonthDay(to.month, to.day, from.month, from.day) < 0 ? from.year + 1 : from.year);
  return (
    (year > from.year || (year === from.year && afterStart)) && (year < endYear || (year === endYear && beforeEnd))
  );
}

/** Whether a rule's selectors (not its times) pick this day. */
export function ruleSelectsDay(rule: Rule, dayNo: number): boolean {
  if (rule.dates) {
    if (!rule.dates.some((sel) => dateMatches(sel, dayNo, rule.years))) return false;
  } else if (rule.years && !inYears(civilDate(dayNo).year, rule.years)) {
    return false;
  }
  const wd = rule.weekdays;
  if (wd) {
    const onDay = wd.days.has(weekdayOf(dayNo));
    if (wd.holidaysOnDaysOnly) return onDay && isPublicHoliday(dayNo);
    if (!onDay && !(wd.publicHolidays && isPublicHoliday(dayNo))) return false;
  }
  return true;
}

/**
 * Paints [start, end) over what a day has so far: a later rule's span wins
 * where spans overlap (an open span over an unknown one, or the reverse).
 */
function paint(segments: Segment[], start: number, end: number, rule: Rule): Segment[] {
  if (start >= end) return segments;
  const painted: Segment[] = [];
  for (const segment of segments) {
    const [s, e, u, c] = segment;
    if (e <= start || s >= end) painted.push(segment);
    else {
      if (s < start) painted.push([s, start, u, c]);
      if (e > end) painted.push([end, e, u, c]);
    }
  }
  painted.push([start, end, rule.unknown, rule.comment]);
  painted.sort((a, b) => a[0] - b[0]);
  // Join neighbours in the same state with the same comment.
  const joined: Segment[] = [];
  for (const segment of painted) {
    const last = joined[joined.length - 1];
    if (last && last[1] === segment[0] && last[2] === segment[2] && last[3] === segment[3]) {
      joined[joined.length - 1] = [last[0], segment[1], last[2], last[3]];
    } else joined.push(segment);
  }
  return joined;
}

const hasSelectors = (rule: Rule) => rule.years !== null || rule.dates !== null || rule.weekdays !== null;

/** Whether a rule that selects a day replaces what earlier rules gave it, or paints over it. */
function replacesEarlier(rules: readonly Rule[], index: number): boolean {
  const rule = rules[index];
  if (rule.spans.length === 0) return true; // off: the whole day is closed
  if (hasSelectors(rule)) return true;
  // Times alone replace only when open and following another rule of times alone.
  return !rule.unknown && index > 0 && !hasSelectors(rules[index - 1]);
}

export function daySpans(schedule: Schedule, dayNo: number): DaySpans {
  let spans: Segment[] = [];
  let decidingRule: Rule | null = null;
  const { rules } = schedule;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (ruleSelectsDay(rule, dayNo)) {
      decidingRule = rule;
      if (replacesEarlier(rules, i)) spans = [];
      for (const { start, end } of rule.spans) spans = paint(spans, start, Math.min(end, MINUTES_PER_DAY), rule);
    }
    if (rule.spans.some((s) => s.end > MINUTES_PER_DAY) && ruleSelectsDay(rule, dayNo - 1)) {
      for (const { end } of rule.spans) {
        if (end > MINUTES_PER_DAY) spans = paint(spans, 0, end - MINUTES_PER_DAY, rule);
      }
    }
  }
  return { spans, rule: decidingRule };
}
