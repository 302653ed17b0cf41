/**
 * The local day of an instant in a zone, within the supported years: what
 * every public entry point of the engine asks first, and refuses outside.
 */
import { civilDate, isSupportedYear, SUPPORTED_YEARS } from './civil-date.js';
import { wallClockAt } from './zoned-time.js';

const MS_PER_DAY = 86_400_000;
/** Instants at least a day inside the supported years: their local date is inside in every zone. */
export const SAFE_FROM = Date.UTC(SUPPORTED_YEARS.from, 0, 2);
export const SAFE_TO = Date.UTC(SUPPORTED_YEARS.to, 11, 31) - MS_PER_DAY;

/**
 * Whether an instant's local date in a zone lies in the supported years.
 * Checked on the UTC date first (a day either side), so the zone tables are
 * never asked for absurd years.
 */
export function inSupportedYears(t: number, timeZone: string): boolean {
  // Well inside the range (a day from either end), every zone's local date is in it too.
  if (t >= SAFE_FROM && t < SAFE_TO) return true;
  if (!isSupportedYear(civilDate(Math.floor(t / MS_PER_DAY)).year)) return false;
  return isSupportedYear(civilDate(wallClockAt(t, timeZone).dayNo).year);
}

/**
 * The local day number of an instant, when its local date lies in the
 * supported years; a RangeError naming the caller otherwise.
 */
export function supportedLocalDay(at: Date, timeZone: string, caller: string): number {
  const t = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError(`${caller}: \`at\` must be a valid Date`);
  if (!inSupportedYears(t, timeZone)) {
    throw new RangeError(
      `${caller}: ${at.toISOString()} is outside the supported years ${SUPPORTED_YEARS.from}-${SUPPORTED_YEARS.to}`,
    );
  }
  return wallClockAt(t, timeZone).dayNo;
}
