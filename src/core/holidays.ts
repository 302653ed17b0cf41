/**
 * Swedish public holidays (lagen (1989:253) om allmänna helgdagar) and the
 * eves that workplaces treat as days off, computed for any year.
 *
 * The law also makes every Sunday a public holiday; Sundays are left out here
 * because a schedule already names them as `Su`.
 */
import { civilDate, dayNumber, isoDate, isSupportedYear, SUPPORTED_YEARS } from './civil-date.js';

export type HolidayKind = 'public' | 'eve';

export interface Holiday {
  /** Stable identifier, e.g. `juldagen`, `midsommarafton`. */
  readonly id: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly kind: HolidayKind;
  readonly name: { readonly sv: string; readonly en: string };
}

/** Gregorian Easter Sunday (Meeus/Jones/Butcher) as a day number. */
export function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The first day on or after `from` that falls on ISO weekday `weekday` (Mo = 0). */
function onOrAfter(from: number, weekday: number): number {
  return from + ((weekday - ((from + 3) % 7) + 7) % 7);
}

const FRIDAY = 4;
const SATURDAY = 5;

type Rule = readonly [sv: string, en: string, dayOf: (year: number) => number | null];

const fixed = (month: number, day: number) => (year: number) => dayNumber(year, month, day);
const fromEaster = (days: number) => (year: number) => easterDayNumber(year) + days;

// In date order within a year. Midsommar and alla helgons dag fall on the
// Saturday in their week since 1953, and their eves on the Friday before.
const RULES: readonly Rule[] = [
  ['nyårsdagen', "New Year's Day", fixed(1, 1)],
  ['trettondagsafton', 'Twelfth Night', fixed(1, 5)],
  ['trettondedag jul', 'Epiphany', fixed(1, 6)],
  ['långfredagen', 'Good Friday', fromEaster(-2)],
  ['påskafton', 'Easter Eve', fromEaster(-1)],
  ['påskdagen', 'Easter Sunday', fromEaster(0)],
  ['annandag påsk', 'Easter Monday', fromEaster(1)],
  ['valborgsmässoafton', 'Walpurgis Night', fixed(4, 30)],
  ['första maj', 'May Day', fixed(5, 1)],
  ['Kristi himmelsfärdsdag', 'Ascension Day', fromEaster(39)],
  ['pingstafton', 'Whitsun Eve', fromEaster(48)],
  ['pingstdagen', 'Whit Sunday', fromEaster(49)],
  // Annandag pingst gave way to nationaldagen as a public holiday in 2005.
  ['annandag pingst', 'Whit Monday', (y) => (y < 2005 ? fromEaster(50)(y) : null)],
  ['nationaldagen', 'National Day of Sweden', (y) => (y >= 2005 ? dayNumber(y, 6, 6) : null)],
  ['midsommarafton', 'Midsummer Eve', (y) => onOrAfter(dayNumber(y, 6, 19), FRIDAY)],
  ['midsommardagen', 'Midsummer Day', (y) => onOrAfter(dayNumber(y, 6, 20), SATURDAY)],
  ['allhelgonaafton', "All Saints' Eve", (y) => onOrAfter(dayNumber(y, 10, 30), FRIDAY)],
  ['alla helgons dag', "All Saints' Day", (y) => onOrAfter(dayNumber(y, 10, 31), SATURDAY)],
  ['julafton', 'Christmas Eve', fixed(12, 24)],
  ['juldagen', 'Christmas Day', fixed(12, 25)],
  ['annandag jul', 'Boxing Day', fixed(12, 26)],
  ['nyårsafton', "New Year's Eve", fixed(12, 31)],
];

/** The stable id is the Swedish name in ASCII: "annandag påsk" -> "annandag-pask" (no Unicode tables needed). */
const idOf = (sv: string) => sv.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/ /g, '-');

/** Every eve is an "-afton"; no public holiday is. */
const kindOf = (sv: string): HolidayKind => (sv.endsWith('afton') ? 'eve' : 'public');

export interface DatedHoliday extends Holiday {
  /** Day number of `date`, for cheap comparisons. */
  readonly dayNo: number;
}

const byYear = new Map<number, readonly DatedHoliday[]>();
const byDay = new Map<number, DatedHoliday>();

/** Holidays and eves of a year with their day numbers, in date order (cached). */
function holidaysOfYear(year: number): readonly DatedHoliday[] {
  let list = byYear.get(year);
  if (!list) {
    list = RULES.flatMap(([sv, en, dayOf]) => {
      const dayNo = dayOf(year);
      if (dayNo === null) return [];
      // Frozen: these objects are shared by every answer for the year.
      const name = Object.freeze({ sv, en });
      return [Object.freeze({ id: idOf(sv), kind: kindOf(sv), name, dayNo, date: isoDate(dayNo) })];
    }).sort((a, b) => a.dayNo - b.dayNo);
    byYear.set(year, list);
    for (const holiday of list) byDay.set(holiday.dayNo, holiday);
  }
  return list;
}

/** The public form of a holiday: a fresh object without the internal day number, that a caller may change. */
export function toHoliday({ id, date, kind, name }: DatedHoliday): Holiday {
  return { id, date, kind, name: { sv: name.sv, en: name.en } };
}

/**
 * Every Swedish public holiday and eve of `year`, in date order, as fresh
 * objects. Right for 2005 onwards (nationaldagen replaced annandag pingst) and
 * back to 1953 (midsommar on a Saturday); other years are a RangeError.
 */
export function swedishHolidays(year: number): Holiday[] {
  if (!isSupportedYear(year)) {
    throw new RangeError(
      `swedishHolidays: year must be a whole number from ${SUPPORTED_YEARS.from} to ${SUPPORTED_YEARS.to}, got ${String(year).slice(0, 40)}`,
    );
  }
  return holidaysOfYear(year).map(toHoliday);
}

/** The holiday or eve that falls on a day, if any. */
export function holidayOn(dayNo: number): DatedHoliday | null {
  const year = civilDate(dayNo).year;
  if (!byYear.has(year)) holidaysOfYear(year);
  return byDay.get(dayNo) ?? null;
}

/** Whether a day is a public holiday in the sense of OSM's `PH` (eves are not). */
export function isPublicHoliday(dayNo: number): boolean {
  return holidayOn(dayNo)?.kind === 'public';
}
