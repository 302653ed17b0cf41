/**
 * Opening hours in words, from the summary of the evaluated schedule:
 * "Måndag–fredag 09.00–16.30", "Juni–augusti: måndag–fredag 09.00–15.00",
 * "Vecka 28–31: stängt", "Första måndagen i månaden 09.00–12.00",
 * "Stängt helgdagar, midsommarafton, julafton och nyårsafton", and the
 * coming deviations: "Torsdag 24 december (julafton): stängt".
 */
import { str } from '@lit/localize';
import type { HoursDeviation, HoursException, HoursSummary, WeekGroup } from '../core/summary.js';
import {
  MINUTES_PER_DAY,
  spanEnd,
  type DatePoint,
  type DateRange,
  type NumberRange,
  type Rule,
  type TimeSpan,
  type WeekdaySelector,
} from '../core/schedule.js';
import { SUPPORTED_YEARS, type Weekday } from '../core/civil-date.js';
import { capitalize, formatIsoDate, formatList, formatMinutes, monthName, weekdayName } from './format.js';
import { msgIn, type WidgetLocale } from './locale.js';

function spansText(spans: readonly TimeSpan[], locale: WidgetLocale): string {
  const msg = msgIn(locale);
  if (spans.length === 1 && spans[0].start === 0 && spanEnd(spans[0]) === MINUTES_PER_DAY) {
    return msg('dygnet runt', { id: 'hours.all-day' });
  }
  return formatList(
    spans.map((s) => {
      const start = formatMinutes(s.start, locale);
      const range = s.openEnd
        ? msg(str`från ${start}`, { id: 'hours.open-end' })
        : `${start}–${formatMinutes(s.end, locale)}`;
      return s.mayRunLonger ? msg(str`${range} eller längre`, { id: 'hours.or-longer' }) : range;
    }),
    locale,
  );
}

/** A run of consecutive weekdays, perhaps over the week's end: "måndag", "måndag–fredag", "lördag–måndag", "alla dagar". */
function runText(from: Weekday, to: Weekday, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  if (from === to) return weekdayName(from, locale);
  if (((to - from + 7) % 7) + 1 === 7) return msg('alla dagar', { id: 'hours.every-day' });
  return `${weekdayName(from, locale)}–${weekdayName(to, locale)}`;
}

/** "måndag–fredag", "måndag, onsdag och fredag", "lördag–måndag". */
function daysText(days: ReadonlySet<Weekday>, locale: WidgetLocale): string {
  const runs: Array<[Weekday, Weekday]> = [];
  for (let d = 0; d < 7; d++) {
    if (!days.has(d as Weekday)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === d - 1) last[1] = d as Weekday;
    else runs.push([d as Weekday, d as Weekday]);
  }
  // A run over the week's end (Sa-Mo) reads as one.
  if (runs.length > 1 && runs[0][0] === 0 && runs[runs.length - 1][1] === 6) {
    const [, end] = runs.shift()!;
    runs[runs.length - 1][1] = end;
  }
  return formatList(
    runs.map(([from, to]) => runText(from, to, locale)),
    locale,
  );
}

function ordinal(n: number, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  const words: Record<number, () => string> = {
    1: () => msg('första', { id: 'nth.1' }),
    2: () => msg('andra', { id: 'nth.2' }),
    3: () => msg('tredje', { id: 'nth.3' }),
    4: () => msg('fjärde', { id: 'nth.4' }),
    5: () => msg('femte', { id: 'nth.5' }),
    [-1]: () => msg('sista', { id: 'nth.-1' }),
    [-2]: () => msg('näst sista', { id: 'nth.-2' }),
    [-3]: () => msg('tredje från slutet', { id: 'nth.-3' }),
    [-4]: () => msg('fjärde från slutet', { id: 'nth.-4' }),
    [-5]: () => msg('femte från slutet', { id: 'nth.-5' }),
  };
  return words[n]();
}

/** "dagen efter X", "2 dagar före X", or X itself. */
function shifted(text: string, offset: number, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  if (offset === 0) return text;
  const days = Math.abs(offset);
  if (offset === 1) return msg(str`dagen efter ${text}`, { id: 'shift.day-after' });
  if (offset === -1) return msg(str`dagen före ${text}`, { id: 'shift.day-before' });
  return offset > 0
    ? msg(str`${days} dagar efter ${text}`, { id: 'shift.days-after' })
    : msg(str`${days} dagar före ${text}`, { id: 'shift.days-before' });
}

function weekdaysText(selector: WeekdaySelector, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  const parts: string[] = [];
  if (selector.holidaysOnDaysOnly) {
    const days = daysText(selector.days, locale);
    return msg(str`helgdagar som infaller ${days}`, { id: 'hours.holidays-on-days' });
  }
  if (selector.days.size > 0) parts.push(daysText(selector.days, locale));
  for (const { weekday, nth, offset } of selector.nth) {
    const which = formatList(
      nth.map((n) => ordinal(n, locale)),
      locale,
    );
    const day = weekdayName(weekday, locale);
    parts.push(shifted(msg(str`${which} ${day}en i månaden`, { id: 'hours.nth-weekday' }), offset, locale));
  }
  for (const offset of selector.publicHolidays) {
    parts.push(shifted(msg('helgdagar', { id: 'hours.public-holidays' }), offset, locale));
  }
  return formatList(parts, locale);
}

function everyNth(step: number, what: 'day' | 'week' | 'year', locale: WidgetLocale): string {
  const msg = msgIn(locale);
  if (what === 'day') return msg(str`var ${step}:e dag`, { id: 'step.day' });
  if (what === 'week')
    return step === 2
      ? msg('varannan vecka', { id: 'step.week-2' })
      : msg(str`var ${step}:e vecka`, { id: 'step.week' });
  return step === 2 ? msg('vartannat år', { id: 'step.year-2' }) : msg(str`vart ${step}:e år`, { id: 'step.year' });
}

function rangeText(range: NumberRange, what: 'week' | 'year', locale: WidgetLocale): string {
  const msg = msgIn(locale);
  // "2060+" and "2013/10" run on to the end of the supported years: said as "from 2060 on".
  const onwards = what === 'year' && range.to >= SUPPORTED_YEARS.to && range.from < range.to;
  const span = onwards
    ? msg(str`från och med ${range.from}`, { id: 'year.onwards' })
    : range.from === range.to
      ? `${range.from}`
      : `${range.from}–${range.to}`;
  return range.step > 1 ? `${span}, ${everyNth(range.step, what, locale)}` : span;
}

function pointText(point: DatePoint, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  const year = point.year === undefined ? '' : ` ${point.year}`;
  if (point.type === 'easter')
    return `${shifted(msg('påskdagen', { id: 'date.easter' }), point.offset, locale)}${year}`;
  if (point.type === 'nth') {
    const which = ordinal(point.nth, locale);
    const day = weekdayName(point.weekday, locale);
    const month = monthName(point.month, locale);
    return `${shifted(msg(str`${which} ${day}en i ${month}`, { id: 'date.nth-weekday' }), point.offset, locale)}${year}`;
  }
  return `${point.day} ${monthName(point.month, locale)}${year}`;
}

function dateText(range: DateRange, locale: WidgetLocale): string {
  if (range.wholeMonths && range.from.type === 'date' && range.to.type === 'date') {
    const from = monthName(range.from.month, locale);
    return range.from.month === range.to.month ? from : `${from}–${monthName(range.to.month, locale)}`;
  }
  const from = pointText(range.from, locale);
  const same = JSON.stringify(range.from) === JSON.stringify(range.to);
  const text = same ? from : `${from}–${pointText(range.to, locale)}`;
  return range.step > 1 ? `${text}, ${everyNth(range.step, 'day', locale)}` : text;
}

/** When a rule applies, in words: wide selectors (years, dates, weeks), then weekdays. */
function whenText(rule: Rule, locale: WidgetLocale): { wide: string; days: string } {
  const msg = msgIn(locale);
  const wide: string[] = [];
  if (rule.dates)
    wide.push(
      formatList(
        rule.dates.map((d) => dateText(d, locale)),
        locale,
      ),
    );
  if (rule.weeks) {
    const weeks = formatList(
      rule.weeks.map((w) => rangeText(w, 'week', locale)),
      locale,
    );
    wide.push(msg(str`vecka ${weeks}`, { id: 'hours.week' }));
  }
  if (rule.years)
    wide.push(
      formatList(
        rule.years.map((y) => rangeText(y, 'year', locale)),
        locale,
      ),
    );
  return { wide: wide.join(' '), days: rule.weekdays ? weekdaysText(rule.weekdays, locale) : '' };
}

/** What a rule says: "09.00–15.00", "stängt", "13.00–16.30 stängt (personalmöte)", "efter överenskommelse". */
function whatText(
  spans: readonly TimeSpan[] | null,
  state: HoursException['state'],
  comment: string | null,
  locale: WidgetLocale,
): string {
  const msg = msgIn(locale);
  const times = spans ? spansText(spans, locale) : '';
  if (state === 'unknown') {
    const note = comment ?? msg('osäkert', { id: 'hours.uncertain' });
    return times ? `${times} (${note})` : note;
  }
  const closed = msg('stängt', { id: 'hours.closed' });
  const base =
    state === 'closed' ? (times ? `${times} ${closed}` : closed) : times || msg('öppet', { id: 'hours.open' });
  return comment ? `${base} (${comment})` : base;
}

function exceptionLine(exception: HoursException, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  const what = whatText(exception.spans, exception.state, exception.comment, locale);
  if (exception.holidays)
    return capitalize(
      `${formatList(
        exception.holidays.map((h) => h.name[locale]),
        locale,
      )}: ${what}`,
    );
  const { wide: words, days } = whenText(exception.rule, locale);
  // A day counted from easter moves every year: say which date it is next.
  const movable = exception.rule.dates?.some((d) => d.from.type !== 'date' || d.to.type !== 'date');
  const wide =
    movable && exception.dates.length > 0 && exception.dates.length <= 3
      ? `${words} (${formatList(
          exception.dates.map((d) => formatIsoDate(d, locale)),
          locale,
        )})`
      : words;
  const when = wide && days ? `${wide}: ${days}` : wide || days;
  if (exception.rule.fallback)
    return capitalize(`${msg('övrig tid', { id: 'hours.otherwise' })}${when ? ` ${when}` : ''}: ${what}`);
  return capitalize(when ? `${when}${wide && !days ? ':' : ''} ${what}` : what);
}

/** The month and day of an ISO date, for ordering days by their place in the year. */
const monthDay = (iso: string) => iso.slice(5);

/** One line per regular run of days, then holidays, then every other rule; closed holidays and eves in one line. */
export function hoursInWords(summary: HoursSummary, locale: WidgetLocale): string[] {
  const msg = msgIn(locale);
  const lines: string[] = [];
  const groupDays = (group: WeekGroup) => runText(group.from, group.to, locale);
  for (const group of summary.week) {
    const what = whatText(group.spans, group.unknown ? 'unknown' : 'open', group.comment, locale);
    lines.push(capitalize(`${groupDays(group)} ${what}`));
  }
  for (const group of summary.weekClosed) {
    lines.push(capitalize(`${groupDays(group)} ${whatText(group.spans, 'closed', group.comment, locale)}`));
  }
  if (lines.length === 0 && !summary.exceptions.some((e) => e.state !== 'closed')) {
    lines.push(msg('Inga fasta öppettider', { id: 'hours.none' }));
  }

  // Closed holidays and eves, in the order they come in a year: one stable line.
  const closedHolidays = summary.exceptions
    .filter((e) => e.state === 'closed' && e.holidays && (e.spans === null || e.spans.length === 0) && !e.comment)
    .flatMap((e) => e.holidays!)
    .sort((a, b) => (monthDay(a.date) < monthDay(b.date) ? -1 : 1)); // (not localeCompare: it starts ICU's collator)
  if (summary.publicHolidays && summary.publicHolidays.length > 0) {
    lines.push(
      capitalize(
        msg(str`helgdagar ${spansText(summary.publicHolidays, locale)}`, { id: 'hours.public-holidays-open' }),
      ),
    );
  }
  const closed = [
    ...(summary.publicHolidays?.length === 0 ? [msg('helgdagar', { id: 'hours.public-holidays' })] : []),
    ...new Set(closedHolidays.map((h) => h.name[locale])),
  ];
  for (const exception of summary.exceptions) {
    if (exception.holidays && closedHolidays.includes(exception.holidays[0])) continue;
    if (exception.dates.length === 0 && !exception.rule.fallback) continue; // selects no day within a year
    lines.push(exceptionLine(exception, locale));
  }
  if (closed.length > 0) lines.push(msg(str`Stängt ${formatList(closed, locale)}`, { id: 'hours.closed-on' }));
  if (summary.otherwise) {
    const what = whatText(null, summary.otherwise.state, summary.otherwise.comment, locale);
    lines.push(capitalize(`${msg('övrig tid', { id: 'hours.otherwise' })}: ${what}`));
  }
  return lines;
}

/** The coming days that differ from the regular week: "Torsdag 24 december (julafton): stängt". */
export function deviationsInWords(deviations: readonly HoursDeviation[], locale: WidgetLocale): string[] {
  const msg = msgIn(locale);
  return deviations.map((d) => {
    const day = `${weekdayName(d.weekday, locale)} ${formatIsoDate(d.date, locale, false)}`;
    const why = [d.holiday?.name[locale], d.comment].filter(Boolean).join(', ');
    const what =
      d.open.length > 0
        ? spansText(d.open, locale)
        : d.unknown.length > 0
          ? `${spansText(d.unknown, locale)} (${msg('osäkert', { id: 'hours.uncertain' })})`
          : msg('stängt', { id: 'hours.closed' });
    return capitalize(`${day}${why ? ` (${why})` : ''}: ${what}`);
  });
}
