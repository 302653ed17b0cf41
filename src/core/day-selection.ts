/**
 * Which days a rule's selectors pick (years, dates and date ranges, ISO weeks,
 * weekdays, nth weekdays, public holidays), as OSM and opening_hours.js read
 * them; times are not its concern (see day-spans.ts).
 */
import { civilDate, dayNumber, daysInMonth, SUPPORTED_YEARS, weekdayOf, type Weekday } from './civil-date.js';
import { easterDayNumber, isPublicHoliday } from './holidays.js';
import type { DatePoint, DateRange, NthWeekday, NumberRange, Rule, WeekdaySelector } from './schedule.js';

const inRange = (value: number, { from, to, step }: NumberRange) =>
  value >= from && value <= to && (value - from) % step === 0;

/** The ISO 8601 week number of a day (1-53). */
function isoWeek(dayNo: number): number {
  const thursday = dayNo - weekdayOf(dayNo) + 3;
  return Math.floor((thursday - dayNumber(civilDate(thursday).year, 1, 1)) / 7) + 1;
}

/** A sortable key for a calendar date, so that Feb 29 compares right in any year. */
const dateKey = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

/** The day of the nth weekday of a month (1-5 from its start, -1 to -5 from its end); a fifth that is not there is past the month. */
export function nthWeekdayDayNo(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = dayNumber(year, month, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
  }
  const last = dayNumber(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) - weekday + 7) % 7) + (nth + 1) * 7;
}

/** A point that moves from year to year (easter, an nth weekday) as the day number it is in `year`. */
const movingDayNo = (point: Exclude<DatePoint, { type: 'date' }>, year: number) =>
  (point.type === 'easter' ? easterDayNumber(year) : nthWeekdayDayNo(year, point.month, point.weekday, point.nth)) +
  point.offset;

function pointKey(point: DatePoint, year: number): number {
  if (point.type === 'date') return dateKey(year, point.month, point.day);
  const { year: y, month, day } = civilDate(movingDayNo(point, year));
  return dateKey(y, month, day);
}

const pointDayNo = (point: DatePoint, year: number) =>
  point.type === 'date' ? dayNumber(year, point.month, point.day) : movingDayNo(point, year);

/** The last day on or before a point: Feb 29 in a common year is Feb 28. */
function lastDayNo(point: DatePoint, year: number): number {
  if (point.type !== 'date') return movingDayNo(point, year);
  return dayNumber(year, point.month, Math.min(point.day, daysInMonth(year, point.month)));
}

/**
 * A date range's days as they stand in `year`: first and last day numbers,
 * and whether the range is the days outside them. It is read as
 * opening_hours.js reads it: a range without years places both ends in the
 * day's own year, and when the end then comes before the start it runs round
 * the year end (`Nov-Feb`, `Dec 24-Jan 06`: the days up to the end and from
 * the start). An end that moves (easter, an nth weekday with its offset) can
 * so make a range wrap in one year and not the next, or stand in the year
 * before or after (`Jan Su[1] -6 days`); it is still this year's. A range
 * from a given year is one run, ending at the first end on or after its start.
 */
interface Bounds {
  readonly first: number;
  readonly last: number;
  readonly wraps: boolean;
}

function boundsOf(range: DateRange, year: number): Bounds {
  const { from, to } = range;
  if (from.year === undefined) {
    const first = pointDayNo(from, year);
    const last = lastDayNo(to, year);
    // A range that ends the day before its start runs round to it: every day.
    return { first, last, wraps: last < first };
  }
  const fromKey = pointKey(from, from.year);
  let endYear = to.year ?? from.year;
  // Compared as dates, not day numbers, so that Feb 29 in a common year starts on Mar 1 and ends on Feb 28.
  if (to.year === undefined && pointKey(to, endYear) < fromKey) endYear++;
  const first = pointDayNo(from, from.year);
  // An end written before its start selects nothing.
  return pointKey(to, endYear) < fromKey
    ? { first, last: first - 1, wraps: false }
    : { first, last: lastDayNo(to, endYear), wraps: false };
}

/**
 * A date range's bounds for the year asked about last: a day is then tested
 * with a few comparisons, as a schedule is asked about day after day.
 */
const boundsByRange = new WeakMap<DateRange, { year: number; bounds: Bounds }>();

function dateRangeSelects(range: DateRange, dayNo: number, year: number): boolean {
  let known = boundsByRange.get(range);
  if (known === undefined || known.year !== year) {
    known = { year, bounds: boundsOf(range, year) };
    boundsByRange.set(range, known);
  }
  const { first, last, wraps } = known.bounds;
  if (wraps) return dayNo <= last || dayNo >= first;
  // A step is only written on days of one month (the parser refuses it elsewhere), so it never wraps.
  return dayNo >= first && dayNo <= last && (range.step === 1 || (dayNo - first) % range.step === 0);
}

/** Whether a day is the nth weekday of its month, counting from the start (1-5) or the end (-1 to -5). */
function isNth(dayNo: number, nth: readonly number[]): boolean {
  const { year, month, day } = civilDate(dayNo);
  const fromStart = Math.ceil(day / 7);
  const fromEnd = -Math.ceil((daysInMonth(year, month) - day + 1) / 7);
  return nth.includes(fromStart) || nth.includes(fromEnd);
}

function weekdaysSelect(selector: WeekdaySelector, dayNo: number): boolean {
  const weekday = weekdayOf(dayNo);
  const holiday = selector.publicHolidays.some((offset) => isPublicHoliday(dayNo - offset));
  if (selector.holidaysOnDaysOnly) return holiday && selector.days.has(weekday);
  if (selector.days.has(weekday) || holiday) return true;
  return selector.nth.some((nth) => nthPicks(nth, dayNo));
}

/** Whether a day is the nth weekday (`Mo[1]`), moved by its offset (`Sa[-1] +1 day`). */
const nthPicks = ({ weekday, nth, offset }: NthWeekday, dayNo: number) =>
  weekdayOf(dayNo - offset) === weekday && isNth(dayNo - offset, nth);

/** Whether a rule's selectors (not its times) pick this day. */
export function ruleSelectsDay(rule: Rule, dayNo: number): boolean {
  if (rule.years || rule.dates) {
    const { year } = civilDate(dayNo);
    if (rule.years && !rule.years.some((range) => inRange(year, range))) return false;
    if (rule.dates && !rule.dates.some((range) => dateRangeSelects(range, dayNo, year))) return false;
  }
  if (rule.weeks && !rule.weeks.some((range) => inRange(isoWeek(dayNo), range))) return false;
  return !rule.weekdays || weekdaysSelect(rule.weekdays, dayNo);
}

/** A rule that selects the same days every week: weekdays at most, no holidays, nth weekdays, dates, weeks or years. */
export const sameEveryWeek = (rule: Rule) =>
  rule.years === null &&
  rule.dates === null &&
  rule.weeks === null &&
  (rule.weekdays === null || (rule.weekdays.nth.length === 0 && rule.weekdays.publicHolidays.length === 0));

export const hasSelectors = (rule: Rule) =>
  rule.years !== null || rule.dates !== null || rule.weeks !== null || rule.weekdays !== null;

/**
 * Whether a rule that selects a day drops what earlier rules gave it: a normal
 * rule (`;`) that is open or unknown, with selectors of days, or open times
 * alone after a rule of times alone (see day-spans.ts).
 */
export function dropsEarlier(rules: readonly Rule[], index: number): boolean {
  const rule = rules[index];
  if (rule.kind !== 'normal' || rule.fallback || rule.state === 'closed') return false;
  if (hasSelectors(rule)) return true;
  return rule.state === 'open' && index > 0 && !hasSelectors(rules[index - 1]);
}

/**
 * One selector of days: whether it picks a day, and whether, asked on a day of
 * `year`, opening_hours.js has it name 1 January of the next year as its next
 * change even where what it picks does not change there (a date, not a whole
 * month, that is past for the year; a year with a step or an open end). Its
 * walk stops there.
 */
export interface DaySelector {
  readonly picks: (dayNo: number) => boolean;
  readonly namesNewYear?: (year: number) => boolean;
  /** An nth weekday names the start of the next month, once its day in this one is past. */
  readonly namesMonthStart?: boolean;
}

const weekdayRun = ([from, to]: readonly [Weekday, Weekday]): DaySelector => ({
  picks: (dayNo) => (weekdayOf(dayNo) - from + 7) % 7 <= (to - from + 7) % 7,
});

/** A year, a range of years, or one with a step or an open end (`2034+`, read as running to the last year). */
function yearSelector(range: NumberRange): DaySelector {
  const stepped = range.step > 1 || (range.to === SUPPORTED_YEARS.to && range.from < range.to);
  return {
    picks: (dayNo) => inRange(civilDate(dayNo).year, range),
    namesNewYear: (year) =>
      stepped && year >= range.from && year <= range.to && ((year - range.from) % range.step === 0 || range.step === 2),
  };
}

/**
 * A rule's selectors of days one by one, grouped by kind in the order
 * opening_hours.js tries them (years, holidays, months and dates, weeks,
 * weekdays): a rule picks a day when each group has a selector that picks it.
 * Each selector also names the next day it changes on, which is where that
 * reader's walk stops (see open-end-walk.ts). Together they pick what
 * `ruleSelectsDay` picks.
 */
export function selectorGroups(rule: Rule): DaySelector[][] {
  const groups: DaySelector[][] = [];
  const yearOf = (dayNo: number) => civilDate(dayNo).year;
  if (rule.years) groups.push(rule.years.map(yearSelector));
  const weekdays = rule.weekdays;
  const holidays = (weekdays?.publicHolidays ?? []).map((offset): DaySelector => ({
    picks: (dayNo) => isPublicHoliday(dayNo - offset),
  }));
  const holidaysApart =
    weekdays !== null && (weekdays.holidaysOnDaysOnly || (weekdays.days.size === 0 && weekdays.nth.length === 0));
  if (holidaysApart && holidays.length > 0) groups.push(holidays);
  if (rule.dates) {
    groups.push(
      rule.dates.map((range) => ({
        picks: (dayNo: number) => dateRangeSelects(range, dayNo, yearOf(dayNo)),
        // A date past for the year names the next year's start; a month, or a range from a given year, its own.
        namesNewYear: () => !range.wholeMonths && range.from.year === undefined,
      })),
    );
  }
  if (rule.weeks)
    groups.push(rule.weeks.map((range) => ({ picks: (dayNo: number) => inRange(isoWeek(dayNo), range) })));
  if (weekdays !== null) {
    const runs = weekdays.runs ?? (weekdays.days.size > 0 ? null : []);
    const days: DaySelector[] = runs
      ? runs.map(weekdayRun)
      : [{ picks: (dayNo) => weekdays.days.has(weekdayOf(dayNo)) }];
    const nth = weekdays.nth.map((item): DaySelector => ({
      picks: (dayNo) => nthPicks(item, dayNo),
      namesMonthStart: true,
    }));
    const group = [...days, ...nth, ...(holidaysApart ? [] : holidays)];
    if (group.length > 0) groups.push(group);
  }
  return groups;
}
