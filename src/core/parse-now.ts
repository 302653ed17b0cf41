/**
 * The instant a `now` attribute (or the check command's `--now`) names: an
 * ISO 8601 date, time and UTC offset, every part a real one (no 30 February,
 * no hour 24), on a day inside the supported years in every time zone.
 */
import { civilDate, isSupportedYear, noSuchDate, SUPPORTED_YEARS } from './civil-date.js';

const MS_PER_DAY = 86_400_000;

/** An ISO 8601 instant: a date, a time and a UTC offset or Z (no local times, which depend on the visitor). */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

/** Why the parts of a well-formed instant name no real time, or null when they do. */
function impossiblePart(parts: readonly number[]): string | null {
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts;
  const noDate = noSuchDate(year, month, day);
  if (noDate) return `is no such date: ${noDate}`;
  if (hour > 23 || minute > 59 || second > 59) return 'is no such time of day: write 00:00 to 23:59';
  if (offsetHours > 23 || offsetMinutes > 59) return 'has no such UTC offset: write +01:00, +02:00 or Z';
  return null;
}

/** The instant, or the reason it cannot be used (to follow the value in a message). */
export function parseNow(text: string): Date | string {
  const match = ISO_INSTANT.exec(text);
  if (!match) return 'is not an ISO 8601 instant such as 2026-12-24T10:00:00+01:00';
  const impossible = impossiblePart(match.slice(1).map((part) => Number(part ?? 0)));
  if (impossible) return impossible;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) return 'is not an ISO 8601 instant such as 2026-12-24T10:00:00+01:00';
  const day = Math.floor(at.getTime() / MS_PER_DAY);
  if (!isSupportedYear(civilDate(day - 1).year) || !isSupportedYear(civilDate(day + 1).year)) {
    return `is outside the supported years ${SUPPORTED_YEARS.from}-${SUPPORTED_YEARS.to}`;
  }
  return at;
}
