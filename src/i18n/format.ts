/**
 * Dates, times and lists in words, in the widgets' locale and the dataset's
 * time zone (never the visitor's). Pure: the instant and zone are parameters.
 *
 * Written from tables, not Intl: the widgets speak two languages, and a
 * page's first Intl.DateTimeFormat costs Chromium its ICU start-up (over
 * 100 ms on a mid-range phone), in the task that puts the widget on screen.
 * The names and patterns are those of CLDR for sv-SE and en-GB.
 */
import { civilDate, dayNumber, weekdayOf, type Weekday } from '../core/civil-date.js';
import { MINUTES_PER_DAY } from '../core/schedule.js';
import { wallClockAt } from '../core/zoned-time.js';
import type { WidgetLocale } from './locale.js';

const WEEKDAYS: Record<WidgetLocale, readonly string[]> = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<WidgetLocale, readonly string[]> = {
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A clock time from minutes since midnight: "09.00" in Swedish (as the
 * Swedish Language Council recommends), "09:00" in English. 24:00 stays 24.00.
 */
export function formatMinutes(minutes: number, locale: WidgetLocale): string {
  const m = minutes % MINUTES_PER_DAY === 0 && minutes > 0 ? MINUTES_PER_DAY : minutes % MINUTES_PER_DAY;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${hh}${locale === 'sv' ? '.' : ':'}${mm}`;
}

/** The wall-clock time of an instant in a zone, as formatMinutes writes it. */
export function formatTime(at: Date, locale: WidgetLocale, timeZone: string): string {
  return formatMinutes(wallClockAt(at.getTime(), timeZone).minute, locale);
}

/** "måndag 28 december" / "Monday 28 December", for a day number. */
function dayInWords(dayNo: number, locale: WidgetLocale): string {
  const { month, day } = civilDate(dayNo);
  return `${WEEKDAYS[locale][weekdayOf(dayNo)]} ${day} ${MONTHS[locale][month - 1]}`;
}

/** "måndag 28 december" / "Monday 28 December". */
export function formatDay(at: Date, locale: WidgetLocale, timeZone: string): string {
  return dayInWords(wallClockAt(at.getTime(), timeZone).dayNo, locale);
}

/** "måndag 28 december 09.00" / "Monday 28 December at 09:00". */
export function formatDayTime(at: Date, locale: WidgetLocale, timeZone: string): string {
  const { dayNo, minute } = wallClockAt(at.getTime(), timeZone);
  const day = dayInWords(dayNo, locale);
  const time = formatMinutes(minute, locale);
  // No break before the time: "at 09:00" never starts a line of its own.
  return locale === 'sv' ? `${day}\u00a0${time}` : `${day}\u00a0at\u00a0${time}`;
}

/** "28 december 2026" / "28 December 2026" (without the year: "28 december"), for a date given as YYYY-MM-DD. */
export function formatIsoDate(iso: string, locale: WidgetLocale, withYear = true): string {
  // From its numbers: "10000-01-01" is a date here too. Day and month are normalised as a calendar would.
  const [year, month, day] = iso.split('-').map(Number);
  const date = civilDate(dayNumber(year, month, day));
  const dayMonth = `${date.day} ${MONTHS[locale][date.month - 1]}`;
  return withYear ? `${dayMonth} ${date.year}` : dayMonth;
}

/** "juli" / "July" (January = 1). */
export function monthName(month: number, locale: WidgetLocale): string {
  return MONTHS[locale][month - 1];
}

/** "måndag" / "Monday" (Mo = 0). */
export function weekdayName(weekday: Weekday, locale: WidgetLocale): string {
  return WEEKDAYS[locale][weekday];
}

/** "a, b och c" / "a, b and c" (no comma before the last, as both sv-SE and en-GB write it). */
export function formatList(items: readonly string[], locale: WidgetLocale): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}

/** The first letter in upper case, for a phrase that starts a sentence (no letter of sv or en needs a locale's rule). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
