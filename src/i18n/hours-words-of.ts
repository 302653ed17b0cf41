/**
 * The hours in words for a widget that shows them (the hotline): the summary
 * of its schedule from its day, and the words for it in the widget's
 * language, each worked out once per page for every widget on the same
 * schedule, zone, day and language. Kept apart from the status controller,
 * so that a widget that never shows the hours (the small status) does not
 * carry the summary and its words.
 */
import type { Schedule } from '../core/schedule.js';
import { summarizeHours, type HoursSummary } from '../core/summary.js';
import { remember } from '../remember.js';
import { deviationsInWords, hoursInWords } from './hours-words.js';
import type { WidgetLocale } from './locale.js';

/** The schedule a widget evaluated last, and the day it did: what its summary is of. */
export interface ScheduleDay {
  /** Schedule, zone and local day: what decides the summary. */
  readonly key: string;
  readonly schedule: Schedule;
  readonly now: Date;
  readonly timeZone: string;
}

/** The hours in words, and the coming deviations, as the hotline shows them. */
export interface HoursWords {
  readonly lines: readonly string[];
  readonly deviations: readonly string[];
}

const summaries = new Map<string, HoursSummary>();
const words = new Map<string, HoursWords>();

/** Forgets every summary and its words (the zone data they were worked out with was corrected). */
export function forgetHoursWords(): void {
  summaries.clear();
  words.clear();
}

/** The words for the schedule and day a widget last evaluated; null before its first update. */
export function hoursWordsOf(day: ScheduleDay | null, locale: WidgetLocale): HoursWords | null {
  if (!day) return null;
  const summary = remember(summaries, day.key, () => summarizeHours(day.schedule, day.now, day.timeZone));
  return remember(words, `${day.key}|${locale}`, () => ({
    lines: hoursInWords(summary, locale),
    deviations: deviationsInWords(summary.deviations, locale),
  }));
}
