/**
 * Calendar dates without a time zone, as whole day numbers (days since
 * 1970-01-01). Plain integers make "the day before", ranges and weekdays cheap
 * arithmetic, and keep every calendar computation independent of the machine's
 * own time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Monday = 0 ... Sunday = 6, as in ISO 8601 and OSM's `Mo`..`Su`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CivilDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
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

export function isoDate(dayNo: number): string {
  const { year, month, day } = civilDate(dayNo);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
