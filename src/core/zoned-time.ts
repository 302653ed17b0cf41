/**
 * Instants <-> wall-clock time in an IANA time zone.
 *
 * Each zone's UTC offsets are worked out once per year as a small table of
 * transitions; after that a conversion is arithmetic. The tables come from
 * Intl, except for the dataset's zone, Europe/Stockholm, whose rule is
 * written here: a page's first Intl.DateTimeFormat costs Chromium its ICU
 * start-up (over 100 ms on a mid-range phone), and the widgets need not pay
 * it before they are on screen. The browser's zone data stays the authority:
 * `checkZoneRules()` (run by the widgets once the page is idle) compares every
 * year a rule answered for with Intl, and a rule that differs is dropped for
 * Intl's tables. Nothing here reads the machine's own time zone.
 */
import { civilDate, dayNumber, daysInMonth, weekdayOf } from './civil-date.js';

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

const MS_PER_HOUR = 3_600_000;

/** The day number of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = dayNumber(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) + 1) % 7);
}

/**
 * Central European Time as Sweden has kept it: UTC+1, with summer time (UTC+2) since 1980, changing at 01:00
 * UTC: in 1980 from the first Sunday of April, 1981-1995 from the last Sunday of March to the last of
 * September, since 1996 to the last Sunday of October (the EU's rule, written into tzdata for the future).
 */
function swedishTime(year: number): OffsetTable {
  if (year < 1980) return { changes: [], offsets: [MS_PER_HOUR] };
  const april = dayNumber(1980, 4, 1);
  const start = year === 1980 ? april + ((13 - weekdayOf(april)) % 7) : lastSunday(year, 3);
  const end = lastSunday(year, year < 1996 ? 9 : 10);
  return {
    changes: [start * MS_PER_DAY + MS_PER_HOUR, end * MS_PER_DAY + MS_PER_HOUR],
    offsets: [MS_PER_HOUR, 2 * MS_PER_HOUR, MS_PER_HOUR],
  };
}

/** A zone's UTC offset at an instant, from zone data: Intl's (see offsetFromIntl) unless a test says otherwise. */
export type ZoneData = (ms: number, timeZone: string) => number;

/** Zones with a rule of their own here. */
const RULES = new Map<string, (year: number) => OffsetTable>([['Europe/Stockholm', swedishTime]]);
/** Zones whose rule the browser's data contradicted, with that authority (Intl, but in the tests of the check). */
const corrected = new Map<string, ZoneData>();
const ruleOf = (timeZone: string) => (corrected.has(timeZone) ? undefined : RULES.get(timeZone));
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
  if (!ruleOf(timeZone)) formatterFor(timeZone);
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
  if (!table) {
    const rule = ruleOf(timeZone);
    table = rule ? rule(year) : tableFrom(corrected.get(timeZone) ?? offsetFromIntl, year, timeZone);
    byYear.set(year, table);
  }
  return table;
}

/** A zone's offsets in a UTC year (and a day either side), from its zone data. */
function tableFrom(offsetOf: ZoneData, year: number, timeZone: string): OffsetTable {
  // Sample weekly (real zones never change offset twice in a week), then
  // bisect each change down to the second.
  const start = Date.UTC(year, 0, 1) - MS_PER_DAY;
  const end = Date.UTC(year + 1, 0, 1) + MS_PER_DAY;
  const changes: number[] = [];
  const offsets = [offsetOf(start, timeZone)];
  let prevT = start;
  let prevOffset = offsets[0];
  for (let t = start; t < end;) {
    const next = Math.min(t + MS_PER_WEEK, end);
    const offset = offsetOf(next, timeZone);
    if (offset !== prevOffset) {
      let lo = prevT;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetOf(mid, timeZone) === prevOffset) lo = mid;
        else hi = mid;
      }
      changes.push(hi);
      offsets.push(offset);
      prevOffset = offset;
    }
    prevT = next;
    t = next;
  }
  return { changes, offsets };
}

/**
 * Whether a rule's table for a UTC year says what the zone data says: weekly through the year (no zone has
 * changed its offset twice in a week), and on each side of every change the rule makes. About 56 questions a
 * year, not the few hundred that making the data's own table takes.
 */
function agrees(table: OffsetTable, year: number, timeZone: string, authority: ZoneData): boolean {
  const instants = table.changes.flatMap((change) => [change - 1000, change]);
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += MS_PER_WEEK) instants.push(t);
  return instants.every((t) => offsetIn(table, t) === authority(t, timeZone));
}

/** How many times each zone's offsets were corrected: what was worked out with older ones is out of date. */
const versions = new Map<string, number>();

/** The version of a zone's offsets: it changes when the browser's zone data corrects them (see checkZoneRules). */
export const zoneDataVersion = (timeZone: string): number => versions.get(timeZone) ?? 0;

/** The years of each rule zone already held against the authority. */
const checked = new Map<string, Set<number>>();

/**
 * Holds every year a zone's rule has answered for (and not yet been checked for) against the browser's zone
 * data (`authority`, Intl unless a test says otherwise). A rule that differs in any of them is dropped: the
 * zone's tables are made again from the authority. Returns the zones corrected (their widgets must evaluate
 * again).
 */
export function checkZoneRules(authority: ZoneData = offsetFromIntl): string[] {
  const changed: string[] = [];
  for (const timeZone of RULES.keys()) {
    const answered = tables.get(timeZone);
    if (!answered || !ruleOf(timeZone)) continue;
    let done = checked.get(timeZone);
    if (!done) checked.set(timeZone, (done = new Set()));
    let differs = false;
    for (const [year, table] of answered) {
      if (done.has(year)) continue;
      done.add(year);
      differs = !agrees(table, year, timeZone, authority);
      if (differs) break;
    }
    if (!differs) continue;
    corrected.set(timeZone, authority);
    tables.delete(timeZone);
    versions.set(timeZone, zoneDataVersion(timeZone) + 1);
    changed.push(timeZone);
  }
  if (changed.length > 0) lastZone = '';
  return changed;
}

/** Puts the rules back and forgets every table (for tests of the check). */
export function resetZoneRules(): void {
  for (const timeZone of corrected.keys()) versions.set(timeZone, zoneDataVersion(timeZone) + 1);
  corrected.clear();
  checked.clear();
  tables.clear();
  lastZone = '';
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

function offsetIn({ changes, offsets }: OffsetTable, ms: number): number {
  let i = 0;
  while (i < changes.length && ms >= changes[i]) i++;
  return offsets[i];
}

/** The zone's UTC offset in ms at an instant (positive east of Greenwich). */
export function offsetAt(ms: number, timeZone: string): number {
  return offsetIn(tableAt(ms, timeZone), ms);
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
