/**
 * Parser for OpenStreetMap's `opening_hours` syntax, with the meaning of the
 * OSM specification and opening_hours.js, less what needs a location or
 * regional data:
 *
 *   schedule   = rule *( (";" | "," | "||") rule )          normal, additional, fallback
 *   rule       = "24/7" [":"] [modifier] [comment] | [wide] [small] [modifier] [comment]
 *   wide       = [years] [dates] [weeks] [":"]
 *   years      = 2026 | 2026-2028 [/n]                   (a lone year before a date is that date's own)
 *   dates      = item *("," item); item = Jul | Jun-Aug | Dec 24 | Dec 24,31 | Dec 24-26 | Oct 30-Nov 05
 *                | easter [+|-N day(s)] | easter-Jun 01 | 2026 Dec 24-2027 Jan 02, each range [/n]
 *   weeks      = "week" 28-31 [/n] *("," ["week"] ...)
 *   small      = [weekdays] [times]
 *   weekdays   = item *("," item); item = Mo | Mo-Fr | Mo[1] | Fr[-1] | Mo[1-2] [+|-N day(s)] | PH [+|-N day(s)]
 *                | PH Mo-Fr (public holidays on those days)
 *   times      = span *(("," | spaces) span); span = 09:00-16:30 | 22:00-26:00 | 17:00+ | 17:00-20:00+
 *   modifier   = open | closed | off | unknown;  comment = '"' text '"'
 *
 * Tolerated where the meaning is certain: an en or em dash for the hyphen,
 * lower-case day and month names, extra spaces. Refused, each with a message
 * that says so: sunrise/sunset/dawn/dusk, school holidays (SH), points in
 * time, and anything else: a HoursSyntaxError pointing at the character,
 * never a silent guess.
 */
import { daysInMonth, SUPPORTED_YEARS, type Weekday } from './civil-date.js';
import { HoursSyntaxError } from './hours-syntax-error.js';
import type { HoursProblem } from './problems/hours-problem.js';
import { codePoint, invisibleAt } from './quote.js';
import {
  MINUTES_PER_DAY,
  OPEN_END_PAST_MIDNIGHT,
  type DatePoint,
  type DateRange,
  type NthWeekday,
  type NumberRange,
  type Rule,
  type RuleKind,
  type RuleState,
  type Schedule,
  type TimeSpan,
  type WeekdaySelector,
} from './schedule.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** Lower-case name -> month (1-12) and weekday (Mo = 0). */
const MONTH_NUMBERS = new Map(MONTHS.map((name, i) => [name.toLowerCase(), i + 1]));
const WEEKDAY_NUMBERS = new Map(WEEKDAYS.map((name, i) => [name.toLowerCase(), i as Weekday]));
/** Days in each month (1-12) of a leap year: Feb 29 is allowed, and simply selects nothing in common years. */
const MONTH_LENGTHS = MONTHS.map((_, i) => daysInMonth(2024, i + 1));
/** As opening_hours.js: no reason to count further from easter. */
const MAX_EASTER_OFFSET = 200;

/** The words that end a rule with its state; a Map, so that no name an object inherits ("constructor") is one. */
const MODIFIERS: ReadonlyMap<string, RuleState> = new Map([
  ['open', 'open'],
  ['closed', 'closed'],
  ['off', 'closed'],
  ['unknown', 'unknown'],
]);

// Sticky patterns, tried at the current position: the parser never copies the rest of the text.
const MONTH = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![a-zåäö])/iy;
const WEEKDAY = /(mo|tu|we|th|fr|sa|su)(?![a-zåäö])/iy;
const YEAR = /\d{4}(?!\d|:\d)/y;
const DAY_NUMBER = /\d{1,2}(?!\d|:\d)/y;
const DAY_OFFSET = /\s*([+-])\s*(\d{1,3})\s+(days?)(?![a-z])/iy;
const TIME = /(\d{2}):(\d{2})(?!\d)/y;
const WORD = /[a-zåäö]+/iy;
/** After a span's ",": another span (written right or nearly), not the next rule. */
const ANOTHER_TIME = /\s*\d{1,2}[:.]\d/y;
/** After a span, spaces and another span (its start and "-" or "+"): the same list, as with ",". */
const SPACED_SPAN = /\s+\d{2}:\d{2}[-+]/y;
const SPACES = /\s*/y;

class Parser {
  private pos = 0;
  /** Whether the rule just read ended in times, "24/7", a modifier or a comment (not in days alone). */
  private ruleEnded = false;
  /** The text with en and em dashes read as hyphens: same length, so offsets still point into the original. */
  private readonly text: string;

  constructor(private readonly src: string) {
    this.text = src.replace(/[\u2010-\u2015\u2212]/g, '-');
  }

  parse(): Schedule {
    if (this.src.trim() === '') this.fail({ code: 'empty' }, 0);
    const rules: Rule[] = [];
    let kind: RuleKind = 'normal';
    let fallback = false;
    for (;;) {
      rules.push(this.rule(kind, fallback));
      this.spaces();
      if (this.pos >= this.text.length) break;
      const separator = this.text.startsWith('||', this.pos) ? '||' : this.text[this.pos];
      if (separator !== ';' && separator !== ',' && separator !== '||') {
        this.fail({ code: 'expected-rule-separator', found: this.preview() }, this.pos);
      }
      const at = this.pos;
      if (separator === ',' && !this.ruleEnded) {
        // OSM tools read "Fr, May Su" as a list of days that goes wrong: no guess between the two readings.
        this.fail({ code: 'comma-after-days' }, at);
      }
      this.pos += separator.length;
      this.spaces();
      if (this.pos >= this.text.length) this.fail({ code: 'nothing-after-separator', separator }, at);
      // An additional rule belongs to the group of the rule before it, fallback or not.
      kind = separator === ',' ? 'additional' : 'normal';
      if (separator !== ',') fallback = separator === '||';
    }
    return { source: this.src, rules };
  }

  private rule(kind: RuleKind, fallback: boolean): Rule {
    this.spaces();
    const start = this.pos;
    this.rejectUnsupported();
    let years: NumberRange[] | null = null;
    let dates: DateRange[] | null = null;
    let weeks: NumberRange[] | null = null;
    let weekdays: WeekdaySelector | null = null;
    let spans: TimeSpan[] | null = null;
    if (this.text.startsWith('24/7', this.pos)) {
      this.pos += 4;
      // "24/7: closed" as opening_hours.js reads it: the colon is the wide selectors' own, and may follow 24/7.
      if (this.text[this.pos] === ':') this.pos++;
    } else {
      years = this.years();
      // As in OSM, "2026 Dec 24,Dec 31" dates only the first item: a lone year
      // before a date belongs to that date, not to the whole rule.
      let firstYear: number | undefined;
      if (years && years.length === 1 && years[0].from === years[0].to && years[0].step === 1 && this.atDateStart()) {
        firstYear = years[0].from;
        years = null;
      }
      dates = this.dates(firstYear);
      weeks = this.weeks();
      if ((years || dates || weeks) && this.text[this.pos] === ':') {
        this.pos++;
        this.spaces();
        if (this.pos >= this.text.length || /[;,|]/.test(this.text[this.pos])) {
          this.fail({ code: 'expected-after-colon' }, this.pos);
        }
      }
      this.rejectUnsupported();
      weekdays = this.weekdays();
      this.rejectUnsupported();
      spans = this.times();
    }
    const beforeEnding = this.pos;
    const modifier = this.modifier();
    const comment = this.comment();
    this.ruleEnded = spans !== null || this.pos > beforeEnding || this.text.startsWith('24/7', start);
    const selected = this.pos > start;
    if (!selected) this.expectedTimes();
    // As in OSM: times or days with only a comment are "unknown"; a modifier says what it says.
    const state: RuleState = modifier ?? (comment !== null ? 'unknown' : 'open');
    return {
      text: this.src.slice(start, this.pos).trim(),
      kind,
      fallback,
      years,
      dates,
      weeks,
      weekdays,
      spans,
      state,
      comment,
    };
  }

  // --- years -------------------------------------------------------------

  /** `2026`, `2026-2028`, `2026-2030/2`, `2060+` (from 2060 on), `2013/10` (every tenth year from 2013), and lists of them. */
  private years(): NumberRange[] | null {
    if (!this.test(YEAR)) return null;
    const years: NumberRange[] = [];
    for (;;) {
      years.push(this.yearRange());
      // "2013,2015,2050-2053": any of the years, as opening_hours.js reads a list.
      if (this.text[this.pos] === ',' && this.test(YEAR, this.skipSpaces(this.pos + 1))) {
        this.pos = this.skipSpaces(this.pos + 1);
        continue;
      }
      break;
    }
    this.requireSpaceOrColon('year');
    return years;
  }

  private yearRange(): NumberRange {
    const from = this.year();
    let to = from;
    if (this.text[this.pos] === '-' && this.test(YEAR, this.pos + 1)) {
      this.pos++;
      const at = this.pos;
      to = this.year();
      if (to < from) this.fail({ code: 'year-range-backwards', from, to }, at);
      if (to === from) this.fail({ code: 'year-range-one-year', year: from }, at);
    } else if (this.text[this.pos] === '+') {
      // "2060+": that year and every one after it.
      this.pos++;
      return { from, to: SUPPORTED_YEARS.to, step: 1 };
    }
    const stepAt = this.pos;
    const step = this.step(true);
    // A step on one year runs on from it: "2013/10" is 2013, 2023, 2033, ...
    if (this.text[stepAt] === '/' && to === from) to = SUPPORTED_YEARS.to;
    return { from, to, step };
  }

  private year(): number {
    const value = Number(this.text.slice(this.pos, this.pos + 4));
    this.pos += 4;
    return value;
  }

  /** `/n` after a range; only where there is a range to step through. */
  private step(isRange: boolean): number {
    if (this.text[this.pos] !== '/') return 1;
    const at = this.pos;
    const match = this.match(/\/(\d{1,3})(?!\d)/y);
    if (!match || !isRange) this.fail({ code: 'step-without-range' }, at);
    const step = Number(match[1]);
    if (step < 1) this.fail({ code: 'step-below-one' }, at + 1);
    return step;
  }

  // --- dates ---------------------------------------------------------------

  private atDateStart(at = this.pos): boolean {
    return this.test(MONTH, at) || this.atWord('easter', at);
  }

  private dates(firstYear: number | undefined): DateRange[] | null {
    if (!this.atDateStart()) {
      this.rejectLookalikeMonth();
      return null;
    }
    const dates: DateRange[] = [];
    let month = 0;
    let itemYear = firstYear;
    for (;;) {
      if (dates.length > 0 && this.test(YEAR)) {
        itemYear = this.year();
        this.spaces();
        if (!this.atDateStart()) this.fail({ code: 'expected-month-after-year' }, this.pos);
      }
      const dated = itemYear === undefined ? {} : { year: itemYear };
      let from: DatePoint;
      let wholeFrom = false;
      if (this.atWord('easter')) {
        from = this.easter(itemYear);
      } else if (this.test(MONTH)) {
        month = this.month();
        const nth = this.nthPointStartingRange(month, dated);
        if (nth) {
          from = nth;
        } else if (this.test(DAY_NUMBER, this.skipSpaces(this.pos))) {
          this.spaces();
          from = { type: 'date', month, day: this.dayOf(month), ...dated };
        } else {
          wholeFrom = true;
          from = { type: 'date', month, day: 1, ...dated };
        }
      } else if (month && this.test(DAY_NUMBER)) {
        // "Dec 24,31": another day of the same month (and year).
        from = { type: 'date', month, day: this.dayOf(month), ...dated };
      } else {
        this.fail({ code: 'expected-date-after-comma' }, this.pos);
      }
      let to: DatePoint = wholeFrom && from.type === 'date' ? { ...from, day: 31 } : from;
      let wholeMonths = wholeFrom;
      let daysOfOneMonth = false;
      if (this.text[this.pos] === '-' && !this.test(TIME, this.pos + 1)) {
        this.pos++;
        daysOfOneMonth = this.test(DAY_NUMBER);
        const result = this.rangeEnd(from, month, wholeFrom);
        to = result.to;
        month = result.month;
        wholeMonths = wholeFrom && result.whole;
      }
      if (this.text[this.pos] === '/' && !daysOfOneMonth) {
        this.fail({ code: 'step-outside-month' }, this.pos);
      }
      const step = this.step(daysOfOneMonth);
      dates.push({ from, to, step, wholeMonths });
      // "Dec 24,31", "Dec 24,Jan 01", "Jul,Aug", "Dec 24,easter": the list goes on; anything else ends it.
      const next = this.skipSpaces(this.pos + 1);
      if (
        this.text[this.pos] === ',' &&
        (this.atDateStart(next) || this.test(YEAR, next) || (this.test(DAY_NUMBER, next) && !wholeMonths))
      ) {
        this.pos = next;
        // A new item with a month or easter starts undated unless it names its year.
        if (!this.test(DAY_NUMBER)) itemYear = undefined;
        continue;
      }
      break;
    }
    this.requireSpaceOrColon('date');
    return dates;
  }

  /** The end of a date range after "-": a day of the same month, another date, a month, or easter. */
  private rangeEnd(
    from: DatePoint,
    month: number,
    wholeFrom: boolean,
  ): { to: DatePoint; month: number; whole: boolean } {
    let year: number | undefined;
    if (this.test(YEAR)) {
      const at = this.pos;
      year = this.year();
      if (from.year === undefined) {
        this.fail({ code: 'end-year-without-start-year' }, at);
      }
      if (year < from.year) this.fail({ code: 'date-range-backwards', from: from.year, to: year }, at);
      this.spaces();
      if (!this.atDateStart()) this.fail({ code: 'expected-month-after-year' }, this.pos);
    }
    const dated = year === undefined ? {} : { year };
    if (this.atWord('easter')) return { to: this.easter(year), month, whole: false };
    if (this.test(MONTH)) {
      const endMonth = this.month();
      // "Aug 02-Aug Mo[1]", "Mar Su[-1]-Oct Su[-1]": an nth weekday ends a range that starts on a day. After a
      // whole month ("Dec-Jan Tu[4]") it is a weekday selector, as ever.
      if (!wholeFrom && this.atNthWeekday(this.skipSpaces(this.pos))) {
        this.spaces();
        return { to: this.nthPoint(endMonth, dated), month: endMonth, whole: false };
      }
      if (this.test(DAY_NUMBER, this.skipSpaces(this.pos))) {
        this.spaces();
        return {
          to: { type: 'date', month: endMonth, day: this.dayOf(endMonth), ...dated },
          month: endMonth,
          whole: false,
        };
      }
      if (!wholeFrom) {
        this.fail({ code: 'expected-day-number', month: MONTHS[endMonth - 1], example: 5 }, this.pos);
      }
      return { to: { type: 'date', month: endMonth, day: 31, ...dated }, month: endMonth, whole: true };
    }
    if (this.test(DAY_NUMBER) && year === undefined && from.type === 'date' && !wholeFrom) {
      const at = this.pos;
      const day = this.dayOf(month);
      // "Jun 30-24" is no range round the year: within one month, the end comes after the start.
      if (day < from.day) {
        this.fail({ code: 'day-range-backwards', month: MONTHS[month - 1], from: from.day, to: day }, at);
      }
      return {
        to: { type: 'date', month, day, ...(from.year === undefined ? {} : { year: from.year }) },
        month,
        whole: false,
      };
    }
    return this.fail({ code: 'expected-range-end' }, this.pos);
  }

  /** At `Su[`: a weekday with an nth, as in `Mar Su[-1]`. */
  private atNthWeekday(at: number): boolean {
    return this.test(WEEKDAY, at) && this.text[at + 2] === '[';
  }

  /** `Su[-1]`, `Su[2] +1 day` after a month: the nth weekday of that month, as a point of a date range. */
  private nthPoint(month: number, dated: { year?: number }): DatePoint {
    const weekday = this.weekday();
    const at = this.pos;
    const list = this.nthList();
    if (list.length !== 1) this.fail({ code: 'range-end-one-weekday' }, at);
    const offsetAt = this.pos;
    const offset = this.dayOffset();
    if (Math.abs(offset) > 6) {
      this.fail({ code: 'weekday-offset-too-large', offset: Math.abs(offset) }, offsetAt);
    }
    return { type: 'nth', month, weekday, nth: list[0], offset, ...dated };
  }

  /**
   * `Mar Su[-1]-Oct Su[-1]`: a range from the nth weekday of a month. Without a "-" after it, `Mar Su[-1]` is a
   * month and a weekday selector (the same days, read as they always were): then nothing is read here.
   */
  private nthPointStartingRange(month: number, dated: { year?: number }): DatePoint | null {
    const at = this.skipSpaces(this.pos);
    if (!this.atNthWeekday(at)) return null;
    const before = this.pos;
    this.pos = at;
    try {
      const point = this.nthPoint(month, dated);
      if (this.text[this.pos] === '-' && !this.test(TIME, this.pos + 1)) return point;
    } catch (error) {
      if (!(error instanceof HoursSyntaxError)) throw error;
    }
    this.pos = before;
    return null;
  }

  private easter(year: number | undefined): DatePoint {
    this.pos += 'easter'.length;
    const dated = year === undefined ? {} : { year };
    const at = this.pos;
    const offset = this.dayOffset();
    if (Math.abs(offset) > MAX_EASTER_OFFSET) {
      this.fail({ code: 'easter-offset-too-large', offset: Math.abs(offset), max: MAX_EASTER_OFFSET }, at);
    }
    if (this.pos > at) return { type: 'easter', offset, ...dated };
    if (/^\s+[+-]/.test(this.text.slice(this.pos, this.pos + 3))) {
      this.spaces();
      this.fail({ code: 'easter-offset-form' }, this.pos);
    }
    return { type: 'easter', offset: 0, ...dated };
  }

  private month(): number {
    return MONTH_NUMBERS.get(this.match(MONTH)![1].toLowerCase())!;
  }

  private dayOf(month: number): number {
    const match = this.match(DAY_NUMBER);
    if (!match) {
      this.fail({ code: 'expected-day-number', month: MONTHS[month - 1], example: 24 }, this.pos);
    }
    const day = Number(match[0]);
    if (day < 1 || day > MONTH_LENGTHS[month - 1])
      this.fail({ code: 'no-such-day', month: MONTHS[month - 1], day }, this.pos - match[0].length);
    return day;
  }

  // --- weeks ---------------------------------------------------------------

  private weeks(): NumberRange[] | null {
    if (!this.atWord('week')) return null;
    this.pos += 4;
    this.spaces();
    const weeks: NumberRange[] = [];
    for (;;) {
      const from = this.weekNumber();
      let to = from;
      if (this.text[this.pos] === '-') {
        this.pos++;
        const at = this.pos;
        to = this.weekNumber();
        if (to < from) this.fail({ code: 'week-range-backwards', from, to }, at);
      }
      const stepAt = this.pos;
      const step = this.step(to > from);
      // As opening_hours.js: "/1" is every week (write no step), and a step over 26 reaches no second week in a year.
      if (this.text[stepAt] === '/' && (step < 2 || step > 26)) {
        this.fail({ code: 'week-step', step }, stepAt + 1);
      }
      weeks.push({ from, to, step });
      if (this.text[this.pos] === ',' && /\d/.test(this.text[this.pos + 1] ?? '')) {
        this.pos++;
        continue;
      }
      // "week 01,week 03": the word may be written again after the comma.
      if (
        this.text[this.pos] === ',' &&
        /^week\s*\d/i.test(this.text.slice(this.skipSpaces(this.pos + 1), this.pos + 12))
      ) {
        this.pos = this.skipSpaces(this.skipSpaces(this.pos + 1) + 4);
        continue;
      }
      break;
    }
    this.requireSpaceOrColon('weeks');
    return weeks;
  }

  private weekNumber(): number {
    const match = this.match(/\d{1,2}(?!\d)/y);
    if (!match) this.fail({ code: 'expected-week' }, this.pos);
    const week = Number(match[0]);
    if (week < 1 || week > 53) this.fail({ code: 'no-such-week', week: match[0] }, this.pos - match[0].length);
    return week;
  }

  // --- weekdays ------------------------------------------------------------

  private atWeekdayOrHoliday(at = this.pos): boolean {
    return this.test(WEEKDAY, at) || this.atWord('PH', at) || this.atWord('SH', at);
  }

  private weekdays(): WeekdaySelector | null {
    if (!this.atWeekdayOrHoliday()) {
      this.rejectLookalikeWeekday();
      return null;
    }
    const first = this.weekdayList();
    const onlyHolidays = first.publicHolidays.length > 0 && first.days.size === 0 && first.nth.length === 0;
    if (onlyHolidays && this.test(WEEKDAY, this.skipSpaces(this.pos)) && /\s/.test(this.text[this.pos] ?? '')) {
      this.spaces();
      const days = this.weekdayList();
      if (days.publicHolidays.length > 0) this.fail({ code: 'holidays-twice' }, this.pos);
      if (days.nth.length > 0) this.fail({ code: 'holidays-with-nth' }, this.pos);
      this.requireSpaceOrColon('weekdays');
      const { days: selected, runs } = days;
      return { days: selected, runs, nth: [], publicHolidays: first.publicHolidays, holidaysOnDaysOnly: true };
    }
    this.requireSpaceOrColon('weekdays');
    const { days, runs, nth, publicHolidays } = first;
    return { days, runs, nth, publicHolidays, holidaysOnDaysOnly: false };
  }

  private weekdayList(): {
    days: Set<Weekday>;
    runs: Array<[Weekday, Weekday]>;
    nth: NthWeekday[];
    publicHolidays: number[];
  } {
    const days = new Set<Weekday>();
    const runs: Array<[Weekday, Weekday]> = [];
    const nth: NthWeekday[] = [];
    const publicHolidays: number[] = [];
    for (;;) {
      if (this.atWord('PH')) {
        this.pos += 2;
        const at = this.pos;
        const offset = this.dayOffset();
        if (Math.abs(offset) > 1) {
          this.fail({ code: 'holiday-offset' }, this.skipSpaces(at));
        }
        publicHolidays.push(offset);
      } else if (this.atWord('SH')) {
        this.fail({ code: 'school-holidays' }, this.pos);
      } else {
        const from = this.weekday();
        if (this.text[this.pos] === '[') {
          const list = this.nthList();
          const at = this.pos;
          const offset = this.dayOffset();
          if (Math.abs(offset) > 6) {
            this.fail({ code: 'weekday-offset-too-large', offset: Math.abs(offset) }, at);
          }
          nth.push({ weekday: from, nth: list, offset });
        } else {
          let to = from;
          if (this.text[this.pos] === '-') {
            this.pos++;
            to = this.weekday();
          }
          runs.push([from, to]);
          // Ranges may wrap over the week's end: Fr-Mo is Fr, Sa, Su, Mo.
          for (let d = from; ; d = ((d + 1) % 7) as Weekday) {
            days.add(d);
            if (d === to) break;
          }
        }
      }
      if (this.text[this.pos] === ',' && this.atWeekdayOrHoliday(this.skipSpaces(this.pos + 1))) {
        this.pos = this.skipSpaces(this.pos + 1);
        continue;
      }
      return { days, runs, nth, publicHolidays };
    }
  }

  private weekday(): Weekday {
    const match = this.match(WEEKDAY);
    if (!match) this.fail({ code: 'expected-weekday' }, this.pos);
    return WEEKDAY_NUMBERS.get(match[1].toLowerCase())!;
  }

  /** `[1]`, `[-1]`, `[1-2]`, `[1,3]`: which of the month's weekdays. */
  private nthList(): number[] {
    const open = this.pos;
    this.pos++;
    const values: number[] = [];
    for (;;) {
      const at = this.pos;
      const match = this.match(/(-?)([1-5])(?!\d)/y);
      if (!match) this.fail({ code: 'expected-nth' }, at);
      const value = Number(match[2]) * (match[1] ? -1 : 1);
      if (this.text[this.pos] === '-' && value > 0) {
        this.pos++;
        const end = this.match(/([1-5])(?!\d)/y);
        if (!end || Number(end[1]) < value) this.fail({ code: 'expected-nth-range' }, this.pos);
        for (let n = value; n <= Number(end[1]); n++) values.push(n);
      } else values.push(value);
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] !== ']') this.fail({ code: 'unclosed-bracket' }, open);
      this.pos++;
      return values;
    }
  }

  /** ` +1 day`, ` -2 days` after `PH`, `Sa[-1]` or `easter`; 0 when absent. */
  private dayOffset(): number {
    const match = this.match(DAY_OFFSET);
    return match ? Number(match[2]) * (match[1] === '-' ? -1 : 1) : 0;
  }

  // --- times ---------------------------------------------------------------

  private times(): TimeSpan[] | null {
    if (!/\d/.test(this.text[this.pos] ?? '')) return null;
    if (this.text.startsWith('24/7', this.pos)) {
      this.fail({ code: 'always-not-alone' }, this.pos);
    }
    const spans: TimeSpan[] = [];
    for (;;) {
      const start = this.time(false);
      if (this.text[this.pos] === '+') {
        this.pos++;
        spans.push({ start, end: start, openEnd: true }); // no end written: the evaluation guesses one
      } else {
        if (this.text[this.pos] !== '-') {
          this.fail({ code: 'time-without-end' }, this.pos);
        }
        this.pos++;
        const written = this.time(true);
        // As in OSM, an end at or before the start runs into the next day.
        const end = written <= start ? written + MINUTES_PER_DAY : written;
        if (this.text[this.pos] === '+') {
          // "17:00-20:00+": open until 20:00, perhaps longer (see TimeSpan). Past midnight the guess adds eight hours,
          // and like opening_hours.js no span reaches past the second midnight.
          if (end >= MINUTES_PER_DAY && end + OPEN_END_PAST_MIDNIGHT > 2 * MINUTES_PER_DAY) {
            this.fail({ code: 'open-end-too-late' }, this.pos);
          }
          this.pos++;
          spans.push({ start, end, mayRunLonger: true });
        } else spans.push({ start, end });
      }
      if (this.text[this.pos] === ',' && this.test(ANOTHER_TIME, this.pos + 1)) {
        this.pos = this.skipSpaces(this.pos + 1);
        continue;
      }
      // "10:00-12:00 14:00-16:00": spans apart by spaces only are one list, as opening_hours.js reads them.
      if (this.test(SPACED_SPAN)) {
        this.pos = this.skipSpaces(this.pos);
        continue;
      }
      return spans;
    }
  }

  private time(isEnd: boolean): number {
    const at = this.pos;
    const match = this.match(TIME);
    if (!match) {
      // Say what is wrong with the usual near misses.
      const rest = this.text.slice(at, at + 6);
      const dotted = /^\d{1,2}\.\d{2}/.exec(rest)?.[0];
      if (dotted) {
        this.fail({ code: 'time-with-dot', written: dotted, meant: dotted.replace('.', ':').padStart(5, '0') }, at);
      }
      if (/^\d:\d{2}/.test(rest)) this.fail({ code: 'hour-one-digit', meant: `0${rest.slice(0, 4)}` }, at);
      this.fail({ code: 'expected-time' }, at);
    }
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (minutes > 59) this.fail({ code: 'no-such-minute', minutes: match[2] }, at + 3);
    const limit = isEnd ? 48 : 23;
    if (hours > limit || (isEnd && hours === 48 && minutes > 0)) {
      this.fail(isEnd ? { code: 'end-past-48' } : { code: 'no-such-hour', hours: match[1] }, at);
    }
    if (this.text[this.pos] === '/') {
      this.fail({ code: 'points-in-time' }, this.pos);
    }
    return hours * 60 + minutes;
  }

  // --- modifier and comment ------------------------------------------------

  private modifier(): RuleState | null {
    const at = this.skipSpaces(this.pos);
    const word = this.wordAt(at);
    const state = MODIFIERS.get(word);
    if (state === undefined) return null;
    this.pos = at + word.length;
    return state;
  }

  private comment(): string | null {
    const at = this.skipSpaces(this.pos);
    if (this.text[at] !== '"') return null;
    const close = this.text.indexOf('"', at + 1);
    if (close < 0) this.fail({ code: 'unclosed-comment' }, at);
    const comment = this.src.slice(at + 1, close);
    // A comment is shown as it is written: nothing in it may act instead (a terminal escape, text shown backwards).
    const invisible = invisibleAt(comment);
    if (invisible >= 0) {
      this.fail({ code: 'invisible-in-comment', codePoint: codePoint(comment[invisible]) }, at + 1 + invisible);
    }
    this.pos = close + 1;
    return comment;
  }

  // --- what is refused -----------------------------------------------------

  private rejectUnsupported(): void {
    // Every rule passes here, twice: look for the words only where one could start.
    const first = this.text[this.pos]?.toLowerCase();
    const word = first === 's' || first === 'd' ? this.wordAt(this.pos).toLowerCase() : '';
    if (word === 'sunrise' || word === 'sunset' || word === 'dawn' || word === 'dusk') {
      this.fail({ code: 'needs-location', word }, this.pos);
    }
    if (this.text[this.pos] === '(') {
      this.fail({ code: 'calculated-time' }, this.pos);
    }
  }

  /** Catches `December 24` and Swedish month names before they turn into vaguer errors. */
  private rejectLookalikeMonth(): void {
    WORD.lastIndex = this.pos;
    const word = WORD.exec(this.text)?.[0];
    if (!word || word.length < 3) return;
    const lower = word.toLowerCase();
    const known = ['jan', 'feb', 'mar', 'apr', 'maj', 'may', 'jun', 'jul', 'aug', 'sep', 'okt', 'oct', 'nov', 'dec'];
    if (known.includes(lower.slice(0, 3)) && lower !== 'off') {
      this.fail({ code: 'month-name' }, this.pos);
    }
  }

  private rejectLookalikeWeekday(): void {
    WORD.lastIndex = this.pos;
    const word = WORD.exec(this.text)?.[0];
    if (!word) return;
    const lower = word.toLowerCase();
    if (['off', 'closed', 'open', 'unknown', 'easter', 'week'].includes(lower)) return;
    const known = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su', 'ti', 'on', 'to', 'lö', 'sö', 'må', 'ph', 'sh'];
    if (known.some((k) => lower.startsWith(k))) {
      this.fail({ code: 'weekday-name' }, this.pos);
    }
  }

  /** A rule that selects nothing: at its very start (nothing of it was read), so no rule text to quote. */
  private expectedTimes(): never {
    if (this.pos >= this.text.length || /[;,|]/.test(this.text[this.pos]))
      this.fail({ code: 'expected-times' }, this.pos);
    this.fail({ code: 'unexpected-instead-of-times', found: this.preview() }, this.pos);
  }

  // --- helpers -------------------------------------------------------------

  /** Whether a sticky pattern matches at `at` (the current position by default), without moving. */
  private test(pattern: RegExp, at = this.pos): boolean {
    pattern.lastIndex = at;
    return pattern.test(this.text);
  }

  /** Matches a sticky pattern at the current position and moves past it. */
  private match(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (match) this.pos += match[0].length;
    return match;
  }

  /** Whether a keyword stands at `at` as a whole word. */
  private atWord(word: string, at = this.pos): boolean {
    return this.text.startsWith(word, at) && !/[a-zåäö]/i.test(this.text[at + word.length] ?? '');
  }

  /** The letters from `at` on (none: ''). */
  private wordAt(at: number): string {
    WORD.lastIndex = at;
    return WORD.exec(this.text)?.[0] ?? '';
  }

  private skipSpaces(at: number): number {
    // Most spaces are plain ones, and most positions hold none: those need no pattern.
    let code = this.text.charCodeAt(at);
    while (code === 32) code = this.text.charCodeAt(++at);
    if ((code > 32 && code < 127) || Number.isNaN(code)) return at;
    SPACES.lastIndex = at;
    SPACES.test(this.text);
    return SPACES.lastIndex;
  }

  private spaces(): void {
    this.pos = this.skipSpaces(this.pos);
  }

  private requireSpaceOrColon(after: 'year' | 'date' | 'weeks' | 'weekdays'): void {
    // A separator, a ":" or the end is left for what follows, which says what is missing.
    if (this.pos < this.text.length && !/[\s;,:|]/.test(this.text[this.pos])) {
      this.fail({ code: 'unexpected-after', found: this.preview(), after }, this.pos);
    }
    this.spaces();
  }

  private preview(): string {
    return /^\S{1,12}/.exec(this.text.slice(this.pos, this.pos + 12))?.[0] ?? this.text.slice(this.pos, this.pos + 1);
  }

  private fail(problem: HoursProblem, offset: number): never {
    throw new HoursSyntaxError(problem, offset, this.src);
  }
}

/**
 * The longest hours text accepted. A real schedule is a few hundred characters;
 * the cap keeps the cost of parsing, evaluating and describing any accepted
 * text small enough that a widget never stalls its page.
 */
export const MAX_HOURS_LENGTH = 2000;

/** Parses an opening-hours string such as `Mo-Fr 09:00-16:30; PH off`. Throws HoursSyntaxError. */
export function parseHours(text: string): Schedule {
  if (typeof text !== 'string') throw new TypeError('parseHours expects a string');
  if (text.length > MAX_HOURS_LENGTH) {
    throw new HoursSyntaxError(
      { code: 'too-long', length: text.length, max: MAX_HOURS_LENGTH },
      MAX_HOURS_LENGTH,
      text,
    );
  }
  return new Parser(text).parse();
}
