/**
 * Which minutes of one calendar day a schedule keeps open, with OSM's meaning
 * (as opening_hours.js implements it):
 * - rules are applied in order; a rule whose selectors match the day replaces
 *   everything earlier rules gave that day, including their spill from the day before;
 * - except that a rule of times alone ("10:00-12:00") that follows a rule with
 *   selectors adds to the day instead of replacing it;
 * - a span past midnight belongs to the day it starts: its tail is added to the
 *   next day without replacing what that day already has.
 */
import { civilDate, weekdayOf } from './civil-date.js';
import { easterDayNumber, isPublicHoliday } from './holidays.js';
import type { DateSelector, Rule, Schedule, YearRange } from './schedule.js';

const MINUTES_PER_DAY = 1440;

export interface DaySpans {
  /** Open minutes [start, end) within the day (0-1440), sorted and merged. */
  readonly spans: ReadonlyArray<readonly [number, number]>;
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

function merge(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** The open minutes of a day (by day number, in the schedule's own calendar). */
const hasSelectors = (rule: Rule) => rule.years !== null || rule.dates !== null || rule.weekdays !== null;

/** Whether a rule that selects a day replaces what earlier rules gave it, or adds to it. */
function replacesEarlier(rules: readonly Rule[], index: number): boolean {
  const rule = rules[index];
  return rule.spans.length === 0 || hasSelectors(rule) || (index > 0 && !hasSelectors(rules[index - 1]));
}

export function daySpans(schedule: Schedule, dayNo: number): DaySpans {
  let spans: Array<[number, number]> = [];
  let decidingRule: Rule | null = null;
  const { rules } = schedule;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (ruleSelectsDay(rule, dayNo)) {
      decidingRule = rule;
      if (replacesEarlier(rules, i)) spans = [];
      for (const { start, end } of rule.spans) spans.push([start, Math.min(end, MINUTES_PER_DAY)]);
    }
    if (rule.spans.some((s) => s.end > MINUTES_PER_DAY) && ruleSelectsDay(rule, dayNo - 1)) {
      for (const { end } of rule.spans) {
        if (end > MINUTES_PER_DAY) spans.push([0, end - MINUTES_PER_DAY]);
      }
    }
  }
  return { spans: merge(spans), rule: decidingRule };
}
