/**
 * Dates, times and lists in words, in the widgets' locale and the dataset's
 * time zone (never the visitor's). Pure: the instant and zone are parameters.
 */
import type { Weekday } from '../core/civil-date.js';
import { MINUTES_PER_DAY } from '../core/schedule.js';
import type { WidgetLocale } from './locale.js';

const intlLocale = (locale: WidgetLocale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: WidgetLocale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, ...options })));
  return format;
}

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
  const parts = dateFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    at,
  );
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return formatMinutes(get('hour') * 60 + get('minute'), locale);
}

/** "måndag 28 december" / "Monday 28 December". */
export function formatDay(at: Date, locale: WidgetLocale, timeZone: string): string {
  return dateFormat(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
}

/** "måndag 28 december 09.00" / "Monday 28 December at 09:00". */
export function formatDayTime(at: Date, locale: WidgetLocale, timeZone: string): string {
  const day = formatDay(at, locale, timeZone);
  const time = formatTime(at, locale, timeZone);
  // No break before the time: "at 09:00" never starts a line of its own.
  return locale === 'sv' ? `${day}\u00a0${time}` : `${day}\u00a0at\u00a0${time}`;
}

/** "28 december 2026" / "28 December 2026" (without the year: "28 december"), for a date given as YYYY-MM-DD. */
export function formatIsoDate(iso: string, locale: WidgetLocale, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = withYear
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : { day: 'numeric', month: 'long' };
  // From its numbers, not the text: "10000-01-01" is no ISO date to Date, and Date.UTC reads years 0-99 as 19xx.
  const [year, month, day] = iso.split('-').map(Number);
  const noon = new Date(Date.UTC(2000, 0, 1, 12));
  noon.setUTCFullYear(year, month - 1, day);
  return dateFormat(locale, 'UTC', options).format(noon);
}

/** "juli" / "July" (January = 1). */
export function monthName(month: number, locale: WidgetLocale): string {
  return dateFormat(locale, 'UTC', { month: 'long' }).format(new Date(Date.UTC(2024, month - 1, 1)));
}

/** "måndag" / "Monday" (Mo = 0). */
export function weekdayName(weekday: Weekday, locale: WidgetLocale): string {
  // 2024-01-01 was a Monday.
  return dateFormat(locale, 'UTC', { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}

const listFormats = new Map<WidgetLocale, Intl.ListFormat>();

/** "a, b och c" / "a, b and c"; one formatter per locale for the page. */
export function formatList(items: readonly string[], locale: WidgetLocale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' })));
  return format.format(items);
}

/** The first letter in upper case, for a phrase that starts a sentence. */
export function capitalize(text: string, locale: WidgetLocale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);
}
