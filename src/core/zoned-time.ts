/**
 * Instants <-> wall-clock time in an IANA time zone, through Intl only.
 *
 * Intl is slow per call, so each zone's UTC offsets are worked out once per
 * year as a small table of transitions; after that a conversion is arithmetic.
 * Nothing here reads the machine's own time zone.
 */
import { civilDate } from './civil-date.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;

interface OffsetTable {
  /** Instants (ms) at which the offset changes, ascending. */
  readonly changes: number[];
  /** offsets[i] holds before changes[i]; the last holds after the last change. */
  readonly offsets: number[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const tables = new Map<string, Map<number, OffsetTable>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}": use an IANA name such as Europe/Stockholm.`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError naming an unknown time zone; returns for a known one. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** Checks a time zone name without throwing. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC in ms at an instant, asked of Intl directly. */
function offsetFromIntl(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  return wall - wholeSeconds;
}

function tableFor(year: number, timeZone: string): OffsetTable {
  let byYear = tables.get(timeZone);
  if (!byYear) {
    byYear = new Map();
    tables.set(timeZone, byYear);
  }
  let table = byYear.get(year);
  if (table) return table;

  // Sample weekly (real zones never change offset twice in a week), then
  // bisect each change down to the second.
  const start = Date.UTC(year, 0, 1) - MS_PER_DAY;
  const end = Date.UTC(year + 1, 0, 1) + MS_PER_DAY;
  const changes: number[] = [];
  const offsets = [offsetFromIntl(start, timeZone)];
  let prevT = start;
  let prevOffset = offsets[0];
  for (let t = start; t < end;) {
    const next = Math.min(t + MS_PER_WEEK, end);
    const offset = offsetFromIntl(next, timeZone);
    if (offset !== prevOffset) {
      let lo = prevT;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetFromIntl(mid, timeZone) === prevOffset) lo = mid;
        else hi = mid;
      }
      changes.push(hi);
      offsets.push(offset);
      prevOffset = offset;
    }
    prevT = next;
    t = next;
  }
  table = { changes, offsets };
  byYear.set(year, table);
  return table;
}

/** The table used last, and the instants of its UTC year: most calls ask about the zone and year of the call before. */
let lastZone = '';
let lastFrom = 0;
let lastTo = 0;
let lastTable: OffsetTable = { changes: [], offsets: [0] };

/** The UTC year of an instant, without allocating a Date. */
function utcYear(ms: number): number {
  return civilDate(Math.floor(ms / MS_PER_DAY)).year;
}

function tableAt(ms: number, timeZone: string): OffsetTable {
  if (timeZone !== lastZone || ms < lastFrom || ms >= lastTo) {
    const year = utcYear(ms);
    lastTable = tableFor(year, timeZone);
    lastZone = timeZone;
    lastFrom = Date.UTC(year, 0, 1);
    lastTo = Date.UTC(year + 1, 0, 1);
  }
  return lastTable;
}

/** The zone's UTC offset in ms at an instant (positive east of Greenwich). */
export function offsetAt(ms: number, timeZone: string): number {
  const { changes, offsets } = tableAt(ms, timeZone);
  let i = 0;
  while (i < changes.length && ms >= changes[i]) i++;
  return offsets[i];
}

const NO_CHANGES: readonly number[] = [];

/** Instants in [from, to) at which the offset changes, ascending; most windows have none, and make no list. */
function changesBetween(from: number, to: number, timeZone: string): readonly number[] {
  let found: number[] | null = null;
  for (let year = utcYear(from); year <= utcYear(to); year++) {
    for (const change of tableFor(year, timeZone).changes) {
      if (change >= from && change < to && !found?.includes(change)) (found ??= []).push(change);
    }
  }
  return found === null ? NO_CHANGES : found.sort((a, b) => a - b);
}

/**
 * Every instant whose local wall-clock time lies in [startMinute, endMinute)
 * of a local day (0-1440), as instant intervals. A day without an offset
 * change gives one interval; on a change day, minutes skipped in spring have
 * no instants, and minutes repeated in autumn have two sets of them.
 */
export function wallSpanToInstants(
  dayNo: number,
  startMinute: number,
  endMinute: number,
  timeZone: string,
): Array<[number, number]> {
  const localStart = dayNo * MS_PER_DAY + startMinute * MS_PER_MINUTE;
  const localEnd = dayNo * MS_PER_DAY + endMinute * MS_PER_MINUTE;
  // Offsets stay within +-26 h, so a day's instants lie in this window.
  const from = localStart - 2 * MS_PER_DAY;
  const to = localEnd + 2 * MS_PER_DAY;
  const changes = changesBetween(from, to, timeZone);
  if (changes.length === 0) {
    // The common case: one offset all day.
    const offset = offsetAt(localStart, timeZone);
    return localStart < localEnd ? [[localStart - offset, localEnd - offset]] : [];
  }
  const bounds = [from, ...changes, to];
  const intervals: Array<[number, number]> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const offset = offsetAt(bounds[i], timeZone);
    const start = Math.max(bounds[i], localStart - offset);
    const end = Math.min(bounds[i + 1], localEnd - offset);
    if (start >= end) continue;
    const last = intervals[intervals.length - 1];
    if (last && last[1] === start) last[1] = end;
    else intervals.push([start, end]);
  }
  return intervals;
}

export interface WallClock {
  /** Day number (days since 1970-01-01) of the local date. */
  readonly dayNo: number;
  /** Minutes since local midnight, 0-1439. */
  readonly minute: number;
}

/** The local date and minute of an instant in a zone. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const local = ms + offsetAt(ms, timeZone);
  const dayNo = Math.floor(local / MS_PER_DAY);
  return { dayNo, minute: Math.floor((local - dayNo * MS_PER_DAY) / MS_PER_MINUTE) };
}

/**
 * The instant of a local date and minute (0-1440) in a zone. Times that do not
 * exist (the hour skipped in spring) move forward by the gap; times that occur
 * twice (autumn) take the first occurrence. That is Temporal's "compatible"
 * choice, and what `new Date(y, m, d, h, min)` does on a machine in that zone.
 */
export function instantOf(dayNo: number, minute: number, timeZone: string): number {
  const local = dayNo * MS_PER_DAY + minute * MS_PER_MINUTE;
  const before = offsetAt(local - MS_PER_DAY, timeZone);
  const after = offsetAt(local + MS_PER_DAY, timeZone);
  const early = local - before;
  const late = local - after;
  const earlyValid = offsetAt(early, timeZone) === before;
  const lateValid = offsetAt(late, timeZone) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return early; // in a gap: the offset from before it, so the time moves forward
}
