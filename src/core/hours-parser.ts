/**
 * Parser for the supported subset of OpenStreetMap's `opening_hours` syntax:
 *
 *   rules     = rule *( ";" rule )
 *   rule      = [years] [dates] [weekdays] times [comment]
 *   years     = 2026 | 2026-2027 (a lone year before a date is that date's own)
 *   dates     = item *( "," item ); item = [year] (Dec 24 | Dec 24-26 | Oct 30-Nov 5 | Dec 24-2027 Jan 02
 *               | easter [("+"|"-") N day(s)]) | 31 (another day of the month before)
 *   weekdays  = (Mo | Mo-Fr | PH) *( "," ... ) | PH Mo-Fr
 *   times     = HH:MM-HH:MM *( "," HH:MM-HH:MM ) | off | closed | 24/7 (24/7 only as a whole rule)
 *   comment   = '"' text '"'
 *
 * Strict by design: anything else is a HoursSyntaxError pointing at the
 * character, with a message an editor can act on. Never a silent guess.
 */
import { daysInMonth, type Weekday } from './civil-date.js';
import { HoursSyntaxError } from './hours-syntax-error.js';
import type { DateSelector, MonthDay, Rule, Schedule, TimeSpan, WeekdaySelector, YearRange } from './schedule.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MINUTES_PER_DAY = 1440;

const EXPECTED_TIMES = 'opening times such as 09:00-16:30, or "off"';

class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): Schedule {
    if (this.src.trim() === '') this.fail('No opening hours given: write e.g. "Mo-Fr 09:00-16:30"', 0);
    const rules: Rule[] = [];
    for (;;) {
      rules.push(this.rule());
      this.spaces();
      if (this.pos >= this.src.length) break;
      const c = this.src[this.pos];
      if (c === ';') {
        this.pos++;
        this.spaces();
        if (this.pos >= this.src.length)
          this.fail('Nothing follows the last ";": remove it or add a rule', this.pos - 1);
        continue;
      }
      if (c === '|' || c === ',') this.fail('Separate rules with ";" (other separators are not supported)', this.pos);
      this.fail(`Unexpected "${this.preview()}": expected ";" or the end of the hours`, this.pos);
    }
    return { source: this.src, rules };
  }

  private rule(): Rule {
    this.spaces();
    const start = this.pos;
    let years = this.years();
    // As in OSM, "2026 Dec 24,Dec 31" dates only the first item: a lone year
    // before a date belongs to that date, not to the whole rule.
    let firstItemYear: number | undefined;
    if (years && years.from === years.to && (this.atMonth() || this.at('easter'))) {
      firstItemYear = years.from;
      years = null;
    }
    const dates = this.dates(firstItemYear);
    const weekdays = this.weekdays();
    const spans = this.times(start);
    const comment = this.comment();
    // As in OSM, times followed by a comment alone mean "unknown"; "off" with a comment stays closed.
    const unknown = spans.length > 0 && comment !== null;
    return { text: this.src.slice(start, this.pos).trim(), years, dates, weekdays, spans, unknown, comment };
  }

  // --- selectors ---------------------------------------------------------

  private years(): YearRange | null {
    if (!/^\d{4}(?![\d:])/.test(this.rest())) return null;
    const from = this.year();
    let to = from;
    if (this.src[this.pos] === '-' && /^-\d{4}(?![\d:])/.test(this.rest())) {
      this.pos++;
      const at = this.pos;
      to = this.year();
      if (to < from) this.fail(`The year range ends (${to}) before it starts (${from})`, at);
    }
    // Lists of years are read in different ways by OSM tools: one meaning only.
    if (/^,\s*\d{4}(?![\d:])/.test(this.rest())) {
      this.fail('Write one year or a range of years (2026-2027); for years apart, write a rule for each', this.pos);
    }
    this.requireSpace('a year');
    return { from, to };
  }

  private year(): number {
    const value = Number(this.src.slice(this.pos, this.pos + 4));
    this.pos += 4;
    return value;
  }

  private dates(firstItemYear: number | undefined): DateSelector[] | null {
    if (!this.atMonth() && !this.at('easter')) {
      this.rejectLookalikeMonth();
      return null;
    }
    const dates: DateSelector[] = [];
    let month = 0;
    let itemYear = firstItemYear;
    for (;;) {
      if (dates.length > 0 && /^\d{4}\s/.test(this.rest())) {
        itemYear = this.year();
        this.spaces();
        if (!this.atMonth() && !this.at('easter')) this.fail('Expected a month such as "Jan" after the year', this.pos);
      }
      if (this.at('easter')) {
        dates.push(this.easter(itemYear));
      } else {
        let from: MonthDay;
        if (this.atMonth()) {
          month = this.month();
          this.spaces();
          from = { month, day: this.dayOf(month), ...(itemYear === undefined ? {} : { year: itemYear }) };
        } else if (month && /^\d/.test(this.rest())) {
          // "Dec 24,31": another day of the same month (and year).
          from = { month, day: this.dayOf(month), ...(itemYear === undefined ? {} : { year: itemYear }) };
        } else {
          this.fail(`Expected a date such as "Dec 24" or "easter" after ","`, this.pos);
        }
        let to = from;
        if (this.src[this.pos] === '-') {
          this.pos++;
          let year: number | undefined;
          if (/^\d{4}\s/.test(this.rest())) {
            const at = this.pos;
            year = this.year();
            if (from.year === undefined) {
              this.fail(
                'A date range can end in a given year only when it starts in one: write "2026 Dec 24-2027 Jan 02"',
                at,
              );
            }
            if (year < from.year) this.fail(`The date range ends (${year}) before it starts (${from.year})`, at);
            this.spaces();
          }
          if (this.atMonth()) {
            month = this.month();
            this.spaces();
          } else if (year !== undefined) {
            this.fail('Expected a month such as "Jan" after the year', this.pos);
          }
          to = year === undefined ? { month, day: this.dayOf(month) } : { month, day: this.dayOf(month), year };
        }
        dates.push({ type: 'range', from, to });
      }
      if (this.src[this.pos] === ',' && !/^,\s*(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/.test(this.rest())) {
        this.pos++;
        this.spaces();
        // A new item with a month or easter starts undated unless it names its year.
        if (!/^\d{1,2}(?!\d)/.test(this.rest())) itemYear = undefined;
        continue;
      }
      break;
    }
    this.requireSpace('a date');
    return dates;
  }

  private easter(year: number | undefined): DateSelector {
    this.pos += 'easter'.length;
    const dated = year === undefined ? {} : { year };
    const match = /^\s+([+-])(\d{1,3})\s+(days?)\b/.exec(this.rest());
    if (match) {
      this.pos += match[0].length;
      const offset = Number(match[2]) * (match[1] === '-' ? -1 : 1);
      return { type: 'easter', offset, ...dated };
    }
    if (/^\s+[+-]/.test(this.rest())) {
      this.spaces();
      this.fail('Write a day offset from easter as "easter -2 days" or "easter +1 day"', this.pos);
    }
    return { type: 'easter', offset: 0, ...dated };
  }

  private month(): number {
    const index = MONTHS.indexOf(this.src.slice(this.pos, this.pos + 3));
    this.pos += 3;
    return index + 1;
  }

  private dayOf(month: number): number {
    const match = /^\d{1,2}(?!\d)/.exec(this.rest());
    if (!match)
      this.fail(`Expected a day number after "${MONTHS[month - 1]}", as in "${MONTHS[month - 1]} 24"`, this.pos);
    const day = Number(match[0]);
    // Feb 29 is allowed: it simply selects nothing in common years.
    if (day < 1 || day > daysInMonth(2024, month)) {
      this.fail(`${MONTHS[month - 1]} has no day ${day}`, this.pos);
    }
    this.pos += match[0].length;
    return day;
  }

  private weekdays(): WeekdaySelector | null {
    if (!this.atWeekdayOrHoliday()) {
      this.rejectLookalikeWeekday();
      return null;
    }
    const first = this.weekdayList();
    const onlyHolidays = first.publicHolidays && first.days.size === 0;
    if (onlyHolidays && /^\s+(Mo|Tu|We|Th|Fr|Sa|Su)\b/.test(this.rest())) {
      this.spaces();
      const days = this.weekdayList();
      if (days.publicHolidays) this.fail('"PH" appears twice', this.pos);
      this.requireSpace('the weekdays');
      return { days: days.days, publicHolidays: true, holidaysOnDaysOnly: true };
    }
    this.requireSpace('the weekdays');
    return { days: first.days, publicHolidays: first.publicHolidays, holidaysOnDaysOnly: false };
  }

  private weekdayList(): { days: Set<Weekday>; publicHolidays: boolean } {
    const days = new Set<Weekday>();
    let publicHolidays = false;
    for (;;) {
      if (this.at('PH')) {
        this.pos += 2;
        publicHolidays = true;
      } else if (this.at('SH')) {
        this.fail('Only public holidays ("PH") are supported; school holidays ("SH") are not', this.pos);
      } else {
        const from = this.weekday();
        let to = from;
        if (this.src[this.pos] === '-') {
          this.pos++;
          to = this.weekday();
        }
        // Ranges may wrap over the week's end: Fr-Mo is Fr, Sa, Su, Mo.
        for (let d = from; ; d = (d + 1) % 7) {
          days.add(d as Weekday);
          if (d === to) break;
        }
      }
      if (this.src[this.pos] === ',' && /^,(Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)\b/.test(this.rest())) {
        this.pos++;
        continue;
      }
      return { days, publicHolidays };
    }
  }

  private weekday(): number {
    const index = WEEKDAYS.indexOf(this.src.slice(this.pos, this.pos + 2));
    if (index < 0 || /^[A-Za-z]/.test(this.src.slice(this.pos + 2))) {
      this.fail('Weekdays are written Mo, Tu, We, Th, Fr, Sa, Su', this.pos);
    }
    this.pos += 2;
    return index;
  }

  // --- times -------------------------------------------------------------

  private times(ruleStart: number): TimeSpan[] {
    const rest = this.rest();
    for (const word of ['off', 'closed']) {
      if (rest.startsWith(word) && !/^[A-Za-z]/.test(rest.slice(word.length))) {
        this.pos += word.length;
        return [];
      }
    }
    if (rest.startsWith('24/7')) {
      // In OSM, 24/7 is a whole rule on its own; selected days that are open all day are 00:00-24:00.
      if (this.pos > ruleStart) {
        this.fail('"24/7" stands alone as a rule; for whole days, write e.g. "Mo-Fr 00:00-24:00"', this.pos);
      }
      this.pos += 4;
      return [{ start: 0, end: MINUTES_PER_DAY }];
    }
    if (!/^\d/.test(rest)) {
      const after = this.src.slice(ruleStart, this.pos).trim();
      if (this.pos >= this.src.length || rest.startsWith(';')) {
        this.fail(after ? `Expected ${EXPECTED_TIMES} after "${after}"` : `Expected ${EXPECTED_TIMES}`, this.pos);
      }
      if (/^open\b/.test(rest)) this.fail('"open" is not needed: write the times, e.g. "Mo-Fr 09:00-16:30"', this.pos);
      this.fail(`Unexpected "${this.preview()}": expected ${EXPECTED_TIMES}`, this.pos);
    }
    const spans: TimeSpan[] = [];
    do {
      const start = this.time(false);
      if (this.src[this.pos] !== '-') {
        this.fail('A time needs an end: write a span such as 09:00-16:30', this.pos);
      }
      this.pos++;
      const end = this.time(true);
      // As in OSM, an end at or before the start runs into the next day.
      spans.push({ start, end: end <= start ? end + MINUTES_PER_DAY : end });
    } while (this.src[this.pos] === ',' && /^,\d/.test(this.rest()) && ++this.pos);
    return spans;
  }

  private time(isEnd: boolean): number {
    const at = this.pos;
    const rest = this.rest();
    if (/^\d{1,2}\.\d{2}/.test(rest)) {
      this.fail(
        `Times are written with a colon: ${rest.slice(0, 5).replace('.', ':').padStart(5, '0')}, not ${rest.match(/^\d{1,2}\.\d{2}/)![0]}`,
        at,
      );
    }
    if (/^\d:\d{2}/.test(rest)) this.fail(`Write hours with two digits: 0${rest.slice(0, 4)}`, at);
    const match = /^(\d{2}):(\d{2})(?!\d)/.exec(rest);
    if (!match) this.fail('Expected a time such as 09:00', at);
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (minutes > 59) this.fail(`Minutes run from 00 to 59, not ${match[2]}`, at + 3);
    const limit = isEnd ? 48 : 23;
    if (hours > limit || (isEnd && hours === 48 && minutes > 0)) {
      this.fail(isEnd ? 'An end time can be at most 48:00' : `Hours run from 00 to 23, not ${match[1]}`, at);
    }
    this.pos += 5;
    return hours * 60 + minutes;
  }

  private comment(): string | null {
    const save = this.pos;
    this.spaces();
    if (this.src[this.pos] !== '"') {
      this.pos = save;
      return null;
    }
    const close = this.src.indexOf('"', this.pos + 1);
    if (close < 0) this.fail('The comment has no closing quote (")', this.pos);
    const text = this.src.slice(this.pos + 1, close);
    this.pos = close + 1;
    return text;
  }

  // --- helpers -----------------------------------------------------------

  private rest(): string {
    return this.src.slice(this.pos);
  }

  private at(word: string): boolean {
    return this.src.startsWith(word, this.pos) && !/^[A-Za-z]/.test(this.src.slice(this.pos + word.length));
  }

  private atMonth(): boolean {
    return MONTHS.some((m) => this.at(m));
  }

  private atWeekdayOrHoliday(): boolean {
    return ['PH', 'SH', ...WEEKDAYS].some((w) => this.at(w));
  }

  /** Catches `dec 24`, `December 24` and Swedish month names before they turn into vaguer errors. */
  private rejectLookalikeMonth(): void {
    const word = /^[A-Za-zåäöÅÄÖ]+/.exec(this.rest())?.[0];
    if (!word || word.length < 3) return;
    const lower = word.toLowerCase();
    const known = ['jan', 'feb', 'mar', 'apr', 'maj', 'may', 'jun', 'jul', 'aug', 'sep', 'okt', 'oct', 'nov', 'dec'];
    if (known.includes(lower.slice(0, 3)) && lower !== 'off') {
      this.fail('Months are written Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec', this.pos);
    }
  }

  private rejectLookalikeWeekday(): void {
    const word = /^[A-Za-zåäöÅÄÖ]+/.exec(this.rest())?.[0];
    if (!word) return;
    const lower = word.toLowerCase();
    const known = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su', 'ti', 'on', 'to', 'lö', 'sö', 'må', 'ph'];
    if (['off', 'closed', 'open', 'easter'].includes(lower)) return;
    if (known.some((k) => lower.startsWith(k))) {
      this.fail('Weekdays are written Mo, Tu, We, Th, Fr, Sa, Su (and public holidays PH)', this.pos);
    }
  }

  private requireSpace(after: string): void {
    // A ";" or the end is left for `times()`, which says what is missing.
    if (this.pos < this.src.length && !/[\s;]/.test(this.src[this.pos])) {
      this.fail(`Unexpected "${this.preview()}" after ${after}`, this.pos);
    }
    this.spaces();
  }

  private spaces(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  private preview(): string {
    return /^\S{1,12}/.exec(this.rest())?.[0] ?? this.rest().slice(0, 1);
  }

  private fail(message: string, offset: number): never {
    throw new HoursSyntaxError(message, offset, this.src);
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
      `The opening hours are ${text.length} characters long; at most ${MAX_HOURS_LENGTH} are accepted`,
      MAX_HOURS_LENGTH,
      text,
    );
  }
  return new Parser(text).parse();
}
