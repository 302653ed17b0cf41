/**
 * `nmt-widgets/hours`: the opening-hours engine on its own. Pure functions
 * with no DOM, no Lit and no hidden clock, so it runs in Node as well.
 */
export { parseHours, MAX_HOURS_LENGTH } from './core/hours-parser.js';
export { SUPPORTED_YEARS } from './core/civil-date.js';
export { HoursSyntaxError } from './core/hours-syntax-error.js';
export { hoursProblemText, type HoursProblem, type ProblemLanguage } from './core/problems/index.js';
export { statusAt, HORIZON_DAYS, type HoursStatus, type OpenSpan } from './core/status.js';
export { swedishHolidays, type Holiday, type HolidayKind } from './core/holidays.js';
export { summarizeHours, type HoursSummary, type WeekGroup, type HoursException } from './core/summary.js';
export { isValidTimeZone } from './core/zoned-time.js';
export type { Weekday } from './core/civil-date.js';
export type {
  Schedule,
  Rule,
  RuleKind,
  RuleState,
  TimeSpan,
  DatePoint,
  DateRange,
  NumberRange,
  NthWeekday,
  WeekdaySelector,
} from './core/schedule.js';
