/**
 * The parsed form of an opening-hours string: plain data, so a schedule can be
 * stored, compared and evaluated without the parser.
 */
import type { Weekday } from './civil-date.js';

/** Minutes from the start of the day a rule selects; `end` may pass 1440 (into the next day). */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export interface MonthDay {
  readonly month: number;
  readonly day: number;
  /** A year of its own, as in `2026 Dec 24-2027 Jan 02`; absent: every year. */
  readonly year?: number;
}

/** `Dec 24`, `Dec 24-26`, `Oct 30-Nov 5`, or `easter -2 days`, each optionally in one year. */
export type DateSelector =
  | { readonly type: 'range'; readonly from: MonthDay; readonly to: MonthDay }
  | { readonly type: 'easter'; readonly offset: number; readonly year?: number };

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface WeekdaySelector {
  /** The weekdays selected (Mo = 0). */
  readonly days: ReadonlySet<Weekday>;
  /** `PH` in the list: public holidays are selected too, whatever their weekday. */
  readonly publicHolidays: boolean;
  /** `PH Mo`: only public holidays that fall on `days`. */
  readonly holidaysOnDaysOnly: boolean;
}

export interface Rule {
  /** The rule as written, for messages and summaries. */
  readonly text: string;
  /** A year selector (`2026-2027`, or `2026` before weekdays or times). */
  readonly years: YearRange | null;
  readonly dates: readonly DateSelector[] | null;
  readonly weekdays: WeekdaySelector | null;
  /** Open spans; empty for `off`/`closed`. */
  readonly spans: readonly TimeSpan[];
  /**
   * True when the spans carry only a comment (`Mo 10:00-12:00 "by appointment"`):
   * OSM's "unknown" state, neither open nor closed.
   */
  readonly unknown: boolean;
  readonly comment: string | null;
}

export interface Schedule {
  readonly source: string;
  readonly rules: readonly Rule[];
}
