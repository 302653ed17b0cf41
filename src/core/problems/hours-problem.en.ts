import { pad2, type HoursProblem, type ProblemWords } from './hours-problem.js';

const TIMES = 'opening times such as 09:00-16:30, or "off"';
const AFTER = { year: 'a year', date: 'a date', weeks: 'the weeks', weekdays: 'the weekdays' } as const;

/** The hours problems in English: the message of every HoursSyntaxError, and so what the widgets' console shows. */
export const HOURS_PROBLEMS_EN: ProblemWords<HoursProblem> = {
  empty: () => 'No opening hours given: write e.g. "Mo-Fr 09:00-16:30"',
  'too-long': (p) => `The opening hours are ${p.length} characters long; at most ${p.max} are accepted`,
  'expected-rule-separator': (p) => `Unexpected "${p.found}": expected ";", "," or "||" between rules, or the end`,
  'comma-after-days': () =>
    'After days without times, "," would continue the list of days: end the rule with times or "open", or separate the rules with ";"',
  'nothing-after-separator': (p) => `Nothing follows the last "${p.separator}": remove it or add a rule`,
  'expected-after-colon': () => 'Expected weekdays, times or "off" after ":"',
  'year-range-backwards': (p) => `The year range ends (${p.to}) before it starts (${p.from})`,
  'year-range-one-year': (p) => `The year range starts and ends in ${p.year}: write the year once, "${p.year}"`,
  'step-without-range': () => 'A step is written after a range, e.g. "week 01-53/2" or "2026-2030/2"',
  'step-below-one': () => 'A step must be at least 1',
  'expected-month-after-year': () => 'Expected a month such as "Jan" after the year',
  'expected-date-after-comma': () => 'Expected a date such as "Dec 24", a month such as "Jul", or "easter" after ","',
  'step-outside-month': () => 'A step is written on days of one month, e.g. "Jan 01-31/8"',
  'end-year-without-start-year': () =>
    'A date range can end in a given year only when it starts in one: write "2026 Dec 24-2027 Jan 02"',
  'date-range-backwards': (p) => `The date range ends (${p.to}) before it starts (${p.from})`,
  'expected-range-end': () => 'Expected the end of the date range, such as "Dec 26", "Jan 05" or "Aug"',
  'range-end-one-weekday': () => 'A date range ends on one weekday of the month, such as "Su[-1]"',
  'weekday-offset-too-large': (p) => `A weekday of the month can be shifted by at most 6 days, not ${p.offset}`,
  'easter-offset-too-large': (p) => `A day offset from easter is at most ${p.max} days, not ${p.offset}`,
  'easter-offset-form': () => 'Write a day offset from easter as "easter -2 days" or "easter +1 day"',
  'expected-day-number': (p) => `Expected a day number after "${p.month}", as in "${p.month} ${pad2(p.example)}"`,
  'no-such-day': (p) => `${p.month} has no day ${p.day}`,
  'day-range-backwards': (p) =>
    `The range ends (${p.to}) before it starts (${p.from}) in ${p.month}: write "${p.month} ${pad2(p.to)}-${pad2(p.from)}"`,
  'week-range-backwards': (p) =>
    `The week range ends (${p.to}) before it starts (${p.from}): write two ranges, e.g. "week 50-53,01-02"`,
  'week-step': (p) => `A step of weeks is 2 to 26 ("week 01-53/2"), not ${p.step}: without a step, every week counts`,
  'expected-week': () => 'Expected a week number from 01 to 53, as in "week 28-31"',
  'no-such-week': (p) => `Weeks run from 01 to 53, not ${p.week}`,
  'holidays-twice': () => '"PH" appears twice',
  'holidays-with-nth': () => '"PH" with weekdays takes plain weekdays such as "PH Mo-Fr"',
  'holiday-offset': () => 'A public holiday can be shifted by one day at most: "PH +1 day" or "PH -1 day"',
  'school-holidays': () => 'Only public holidays ("PH") are supported; school holidays ("SH") are not',
  'expected-weekday': () => 'Weekdays are written Mo, Tu, We, Th, Fr, Sa, Su',
  'expected-nth': () => 'Write which weekday of the month as [1] to [5], or [-1] for the last',
  'expected-nth-range': () => 'Write a range of weeks of the month as [1-2]',
  'unclosed-bracket': () => 'Expected "]" to close the "["',
  'always-not-alone': () => '"24/7" stands alone as a rule; for whole days, write just the days, e.g. "Mo-Fr"',
  'time-without-end': () => 'A time needs an end: write a span such as 09:00-16:30, or 17:00+ for an open end',
  'open-end-too-late': () => 'An end past 40:00 with "+" would run past the second midnight: write the end without "+"',
  'time-with-dot': (p) => `Times are written with a colon: ${p.meant}, not ${p.written}`,
  'hour-one-digit': (p) => `Write hours with two digits: ${p.meant}`,
  'expected-time': () => 'Expected a time such as 09:00',
  'no-such-minute': (p) => `Minutes run from 00 to 59, not ${p.minutes}`,
  'end-past-48': () => 'An end time can be at most 48:00',
  'no-such-hour': (p) => `Hours run from 00 to 23, not ${p.hours}`,
  'points-in-time': () => 'Points in time and intervals ("/") are not supported: write opening times as spans',
  'unclosed-comment': () => 'The comment has no closing quote (")',
  'invisible-in-comment': (p) => `The comment contains an invisible control character (${p.codePoint}): retype it`,
  'needs-location': (p) => `"${p.word}" is not supported: it needs a location; write clock times such as 09:00-16:30`,
  'calculated-time': () =>
    'Calculated times ("(sunset-01:00)") are not supported: write clock times such as 09:00-16:30',
  'month-name': () => 'Months are written Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec',
  'weekday-name': () => 'Weekdays are written Mo, Tu, We, Th, Fr, Sa, Su (and public holidays PH)',
  'expected-times': () => `Expected ${TIMES}`,
  'unexpected-instead-of-times': (p) => `Unexpected "${p.found}": expected ${TIMES}`,
  'unexpected-after': (p) => `Unexpected "${p.found}" after ${AFTER[p.after]}`,
};
