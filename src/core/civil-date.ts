/**
 * Calendar dates without a time zone, as whole day numbers (days since
 * 1970-01-01). Plain integers make "the day before", ranges and weekdays cheap
 * arithmetic, and keep every calendar computation independent of the machine's
 * own time zone.
 */

/** Monday = 0 ... Sunday = 6, as in ISO 8601 and OSM's `Mo`..`Su`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CivilDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
}

/**
 * The years every calendar computation here is right for: the holiday rules
 * in their present form date from 1953 (midsommar and alla helgons dag on a
 * Saturday), and four-digit years keep ISO dates unambiguous. Public entry
 * points refuse anything outside with a RangeError rather than guess.
 */
export const SUPPORTED_YEARS = { from: 1953, to: 9999 } as const;

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
}

/**
 * The day number of a calendar date (Hinnant's days_from_civil: arithmetic,
 * so years 0-99 are not read as 1900-1999 as `Date.UTC` reads them).
 * Out-of-range months and days roll over, as with `Date.UTC`.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12; // 0 = January
  const shifted = m < 2 ? y - 1 : y; // the computation's year starts in March
  const era = Math.floor(shifted / 400);
  const yoe = shifted - era * 400;
  const mp = (m + 10) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of a day number (Hinnant's civil_from_days: arithmetic, no Date). */
export function civilDate(dayNo: number): CivilDate {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1970-01-01 was a Thursday (3 with Monday = 0). */
export function weekdayOf(dayNo: number): Weekday {
  return ((((dayNo + 3) % 7) + 7) % 7) as Weekday;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** YYYY-MM-DD, the year always with four digits. */
export function isoDate(dayNo: number): string {
  const { year, month, day } = civilDate(dayNo);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why a year, month and day name no date ("there is no month 13", "February 2026 has 28 days"), or null. */
export function noSuchDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  return null;
}

/** Why a text is no date written YYYY-MM-DD, or null when it is one. */
export function isoDateProblem(
  text: string,
): { code: 'not-iso-date' } | { code: 'no-such-date'; year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { code: 'not-iso-date' };
  const [year, month, day] = match.slice(1).map(Number);
  return noSuchDate(year, month, day) ? { code: 'no-such-date', year, month, day } : null;
}
