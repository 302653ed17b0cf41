/**
 * The parsed form of an opening-hours string: plain data, so a schedule can be
 * stored, compared and evaluated without the parser. The shapes follow the
 * OpenStreetMap `opening_hours` grammar, without the parts that need a
 * location or regional data.
 */
import type { Weekday } from './civil-date.js';

/** Minutes in a day: a schedule's times are minutes from the start of the day. */
export const MINUTES_PER_DAY = 1440;

/** How long an open end that reaches past midnight ("22:00-26:00+") is guessed to run on, as opening_hours.js guesses. */
export const OPEN_END_PAST_MIDNIGHT = 8 * 60;

/** opening_hours.js's guess for an open end: ten hours after 17:00-21:59, eight after 22:00, else midnight. */
export function guessedEnd(start: number): number {
  if (start >= 22 * 60) return start + OPEN_END_PAST_MIDNIGHT;
  if (start >= 17 * 60) return start + 10 * 60;
  return MINUTES_PER_DAY;
}

/**
 * Minutes from the start of the day a rule selects; `end` may pass 1440 (into
 * the next day). For an open end, `end` is `start`: no end was written (see
 * `spanEnd` for the end the evaluation takes).
 */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
  /**
   * `17:00+`: OSM's open end, a span whose end is not known. Evaluated, it runs
   * to a guess (`guessedEnd`), in the unknown state, never open.
   */
  readonly openEnd?: boolean;
  /**
   * `17:00-20:00+`: open until 20:00 and perhaps longer. As opening_hours.js
   * reads it, the guessed time after 20:00 is closed on the same day, and an
   * open end (unknown) only where it runs past midnight; the words say "or longer".
   */
  readonly mayRunLonger?: boolean;
}

/** The end a span is evaluated to: its own, or for an open end the guess. */
export const spanEnd = (span: TimeSpan): number => (span.openEnd ? guessedEnd(span.start) : span.end);

/** A range of numbers (years, weeks, day steps) with an optional step: `2026-2030/2`, `week 01-53/2`. */
export interface NumberRange {
  readonly from: number;
  readonly to: number;
  /** Every `step`-th from `from`; 1 for every one. */
  readonly step: number;
}

/** A day of the year: a month and day, or easter with an offset in days; either in a year of its own. */
export type DatePoint =
  | { readonly type: 'date'; readonly month: number; readonly day: number; readonly year?: number }
  | { readonly type: 'easter'; readonly offset: number; readonly year?: number }
  /** `Mar Su[-1]`, `Jan Su[2]`, `Oct Su[-1] -1 day`: the nth weekday of a month (1-5, or -1 to -5 from its end), shifted. */
  | {
      readonly type: 'nth';
      readonly month: number;
      readonly weekday: Weekday;
      readonly nth: number;
      readonly offset: number;
      readonly year?: number;
    };

/**
 * `Jul`, `Jun-Aug`, `Nov-Feb`, `Dec 24`, `Dec 24-26`, `Oct 30-Nov 5`,
 * `easter -2 days`, `easter-Jun 01`, `Jan 01-Dec 31/8`, `2026 Dec 24-2027 Jan 02`:
 * every day from `from` to `to` (round the year end when `to` comes first),
 * every `step`-th day counted from `from`.
 */
export interface DateRange {
  readonly from: DatePoint;
  readonly to: DatePoint;
  readonly step: number;
  /** Written as whole months (`Jul`, `Jun-Aug`), for the words. */
  readonly wholeMonths: boolean;
}

/** `Mo[1]`, `Fr[-1]`, `Mo[1-2]`, `Sa[-1] +1 day`: the nth weekdays of the month, shifted by `offset` days. */
export interface NthWeekday {
  readonly weekday: Weekday;
  /** 1-5 from the start of the month, -1 to -5 from its end. */
  readonly nth: readonly number[];
  readonly offset: number;
}

export interface WeekdaySelector {
  /** The weekdays selected every week (Mo = 0). */
  readonly days: ReadonlySet<Weekday>;
  /** Weekdays selected only in some weeks of the month. */
  readonly nth: readonly NthWeekday[];
  /** `PH` in the list, with its day offset (`PH +1 day`: the day after a public holiday); empty if absent. */
  readonly publicHolidays: readonly number[];
  /** `PH Mo`: only public holidays that fall on `days`. */
  readonly holidaysOnDaysOnly: boolean;
  /**
   * The runs of weekdays as written (`We,Mo-Su`: We, then Mo-Su), whose union is `days`: opening_hours.js
   * reads each on its own when it looks for the next change. Absent: `days` as one run.
   */
  readonly runs?: ReadonlyArray<readonly [from: Weekday, to: Weekday]>;
}

/** How a rule relates to the rules before it: after `;` or `||` it is normal, after `,` additional. */
export type RuleKind = 'normal' | 'additional';

/** What a rule says of the times it selects. */
export type RuleState = 'open' | 'closed' | 'unknown';

export interface Rule {
  /** The rule as written, for messages and summaries. */
  readonly text: string;
  /** After `;` it replaces earlier rules on the days it selects; after `,` it adds to them. */
  readonly kind: RuleKind;
  /**
   * After `||`, and in the `,` rules that follow it: it fills only what the
   * rules before it leave closed (its spill past midnight aside, as in opening_hours.js).
   */
  readonly fallback: boolean;
  readonly years: readonly NumberRange[] | null;
  readonly dates: readonly DateRange[] | null;
  readonly weeks: readonly NumberRange[] | null;
  readonly weekdays: WeekdaySelector | null;
  /** The times it selects; null for the whole day (`Mo-Fr`, `Dec 24 off`, `24/7`). */
  readonly spans: readonly TimeSpan[] | null;
  /** `open` (the default), `closed`/`off`, or `unknown` (also times with only a comment). */
  readonly state: RuleState;
  readonly comment: string | null;
}

export interface Schedule {
  readonly source: string;
  readonly rules: readonly Rule[];
}
