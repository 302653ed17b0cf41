/**
 * What can be wrong with an opening-hours text, as a code and the values its
 * message needs, in no language: the parser says what, each tool says it in
 * its reader's language (hours-problem.en.ts, hours-problem.sv.ts).
 */
export type HoursProblem =
  | { code: 'empty' }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'expected-rule-separator'; found: string }
  | { code: 'comma-after-days' }
  | { code: 'nothing-after-separator'; separator: string }
  | { code: 'expected-after-colon' }
  | { code: 'year-range-backwards'; from: number; to: number }
  | { code: 'year-range-one-year'; year: number }
  | { code: 'step-without-range' }
  | { code: 'step-below-one' }
  | { code: 'expected-month-after-year' }
  | { code: 'expected-date-after-comma' }
  | { code: 'step-outside-month' }
  | { code: 'end-year-without-start-year' }
  | { code: 'date-range-backwards'; from: number; to: number }
  | { code: 'expected-range-end' }
  | { code: 'range-end-one-weekday' }
  | { code: 'weekday-offset-too-large'; offset: number }
  | { code: 'easter-offset-too-large'; offset: number; max: number }
  | { code: 'easter-offset-form' }
  /** `month` is its OSM name ("Jan"): the same in every language. */
  | { code: 'expected-day-number'; month: string; example: number }
  | { code: 'no-such-day'; month: string; day: number }
  | { code: 'day-range-backwards'; month: string; from: number; to: number }
  | { code: 'week-range-backwards'; from: number; to: number }
  | { code: 'week-step'; step: number }
  | { code: 'expected-week' }
  | { code: 'no-such-week'; week: string }
  | { code: 'holidays-twice' }
  | { code: 'holidays-with-nth' }
  | { code: 'holiday-offset' }
  | { code: 'school-holidays' }
  | { code: 'expected-weekday' }
  | { code: 'expected-nth' }
  | { code: 'expected-nth-range' }
  | { code: 'unclosed-bracket' }
  | { code: 'always-not-alone' }
  | { code: 'time-without-end' }
  | { code: 'open-end-too-late' }
  | { code: 'time-with-dot'; written: string; meant: string }
  | { code: 'hour-one-digit'; meant: string }
  | { code: 'expected-time' }
  | { code: 'no-such-minute'; minutes: string }
  | { code: 'end-past-48' }
  | { code: 'no-such-hour'; hours: string }
  | { code: 'points-in-time' }
  | { code: 'unclosed-comment' }
  | { code: 'invisible-in-comment'; codePoint: string }
  | { code: 'needs-location'; word: string }
  | { code: 'calculated-time' }
  | { code: 'month-name' }
  | { code: 'weekday-name' }
  | { code: 'expected-times' }
  | { code: 'unexpected-instead-of-times'; found: string }
  | { code: 'unexpected-after'; found: string; after: 'year' | 'date' | 'weeks' | 'weekdays' };

/** One language's words for every problem of a kind: the type makes each table cover every code. */
export type ProblemWords<P extends { code: string }> = {
  readonly [C in P['code']]: (problem: Extract<P, { code: C }>) => string;
};

/** The words for one problem from a table. */
export const problemWords = <P extends { code: string }>(table: ProblemWords<P>, problem: P): string =>
  (table[problem.code as P['code']] as (problem: P) => string)(problem);

export const pad2 = (n: number) => String(n).padStart(2, '0');
