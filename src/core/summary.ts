/**
 * A schedule described for people: the regular week grouped into runs of days
 * with the same hours, what happens on public holidays, and the exceptions
 * (named by holiday where every day they select is one). Views turn this into
 * "måndag-fredag 09.00-16.30, stängt helgdagar" in any locale.
 */
import { isoDate, type Weekday } from './civil-date.js';
import { ruleSelectsDay } from './day-spans.js';
import { holidayOn, toHoliday, type DatedHoliday, type Holiday } from './holidays.js';
import type { Rule, Schedule, TimeSpan } from './schedule.js';
import { supportedLocalDay } from './status.js';

export interface WeekGroup {
  readonly from: Weekday;
  readonly to: Weekday;
  readonly spans: readonly TimeSpan[];
  /** The comment of spans in OSM's "unknown" state (`Mo 10:00-12:00 "by appointment"`), else null. */
  readonly comment: string | null;
}

export interface HoursException {
  /** Open spans on the selected days; empty when they are closed. */
  readonly spans: readonly TimeSpan[];
  /** True when the spans are in OSM's "unknown" state (given with only a comment). */
  readonly unknown: boolean;
  /** The holidays and eves it selects, when every day it selects within a year is one; else null. */
  readonly holidays: readonly Holiday[] | null;
  /** ISO dates it selects within the coming year (at most 12). */
  readonly dates: readonly string[];
  readonly comment: string | null;
  readonly text: string;
}

export interface HoursSummary {
  /** Runs of consecutive weekdays with the same open spans; closed weekdays are absent. */
  readonly week: readonly WeekGroup[];
  /** Spans on public holidays: null when the rules do not mention PH, empty when closed. */
  readonly publicHolidays: readonly TimeSpan[] | null;
  readonly exceptions: readonly HoursException[];
}

const sameSpans = (a: readonly TimeSpan[], b: readonly TimeSpan[]) =>
  a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);

const MAX_DATES = 12;

function describeException(rule: Rule, fromDay: number): HoursException {
  const dates: string[] = [];
  const holidays: DatedHoliday[] = [];
  let allHolidays = true;
  for (let d = fromDay; d < fromDay + 366; d++) {
    if (!ruleSelectsDay(rule, d)) continue;
    const holiday = holidayOn(d);
    if (!holiday) allHolidays = false;
    else if (!holidays.some((h) => h.id === holiday.id)) holidays.push(holiday);
    if (dates.length < MAX_DATES) dates.push(isoDate(d));
  }
  return {
    spans: rule.state === 'closed' ? [] : (rule.spans ?? [{ start: 0, end: 1440 }]),
    unknown: rule.state === 'unknown',
    holidays: allHolidays && holidays.length > 0 ? holidays.map(toHoliday) : null,
    dates,
    comment: rule.comment,
    text: rule.text,
  };
}

/** Summarises a schedule, naming exceptions as they fall in the year from `from`. */
export function summarizeHours(schedule: Schedule, from: Date, timeZone = 'Europe/Stockholm'): HoursSummary {
  const fromDay = supportedLocalDay(from, timeZone, 'summarizeHours');
  const week: Array<{ spans: readonly TimeSpan[]; comment: string | null }> = Array.from({ length: 7 }, () => ({
    spans: [],
    comment: null,
  }));
  let publicHolidays: readonly TimeSpan[] | null = null;
  const exceptions: HoursException[] = [];

  for (const rule of schedule.rules) {
    const wd = rule.weekdays;
    if (rule.dates || rule.years || wd?.holidaysOnDaysOnly) {
      exceptions.push(describeException(rule, fromDay));
      continue;
    }
    for (let day = 0; day < 7; day++) {
      if (!wd || wd.days.has(day as Weekday))
        week[day] = {
          spans: rule.state === 'closed' ? [] : (rule.spans ?? [{ start: 0, end: 1440 }]),
          comment: rule.state === 'unknown' ? rule.comment : null,
        };
    }
    if (!wd || wd.publicHolidays.length > 0) {
      publicHolidays = rule.state === 'closed' ? [] : (rule.spans ?? [{ start: 0, end: 1440 }]);
    }
  }
  // Without any PH rule, holidays follow the weekday they fall on.
  if (publicHolidays !== null && schedule.rules.every((r) => !r.weekdays?.publicHolidays.length)) publicHolidays = null;

  const groups: WeekGroup[] = [];
  for (let day = 0; day < 7; day++) {
    const { spans, comment } = week[day];
    if (spans.length === 0) continue;
    const last = groups[groups.length - 1];
    if (last && last.to === day - 1 && sameSpans(last.spans, spans) && last.comment === comment) {
      groups[groups.length - 1] = { ...last, to: day as Weekday };
    } else {
      groups.push({ from: day as Weekday, to: day as Weekday, spans, comment });
    }
  }
  return { week: groups, publicHolidays, exceptions };
}
