/**
 * The hours in words for a widget that shows them (the hotline): the summary
 * of its schedule from its day, and the words for it in the widget's
 * language, each worked out once per page for every widget on the same
 * schedule, zone, day and language. Kept apart from the status controller,
 * so that a widget that never shows the hours (the small status) does not
 * carry the summary and its words.
 */
import { summarizeHours, type HoursSummary } from '../core/summary.js';
import { deviationsInWords, hoursInWords } from '../i18n/hours-words.js';
import { widgetLocale } from '../i18n/locale.js';
import { remember } from './remember.js';
import type { StatusController } from './status-controller.js';

/** The hours in words, and the coming deviations, as the hotline shows them. */
export interface HoursWords {
  readonly lines: readonly string[];
  readonly deviations: readonly string[];
}

const summaries = new Map<string, HoursSummary>();
const words = new Map<string, HoursWords>();

/** The words for the schedule and day the controller last evaluated; null before its first update. */
export function hoursWordsOf(live: StatusController): HoursWords | null {
  const day = live.scheduleDay;
  if (!day) return null;
  const summary = remember(summaries, day.key, () => summarizeHours(day.schedule, day.now, day.timeZone));
  return remember(words, `${day.key}|${widgetLocale()}`, () => ({
    lines: hoursInWords(summary),
    deviations: deviationsInWords(summary.deviations),
  }));
}
