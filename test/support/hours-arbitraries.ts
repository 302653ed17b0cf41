/** fast-check generators for schedules of the supported syntax, shared by property tests. */
import fc from 'fast-check';
import { dayNumber } from '../../src/core/civil-date.js';
import { nthWeekdayDayNo } from '../../src/core/day-selection.js';
import { easterDayNumber } from '../../src/core/holidays.js';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Day numbers with and without a leading zero (both are valid); hours always have two digits.
const pad = (n: number) => (n % 3 === 0 ? String(n) : String(n).padStart(2, '0'));
const pad2 = (n: number) => String(n).padStart(2, '0');
const days = (n: number) => `${n > 0 ? '+' : '-'}${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
const easterText = (n: number) => (n === 0 ? 'easter' : `easter ${days(n)}`);
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

const weekdayRange = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.boolean())
  .map(([a, b, single]) => (single ? WEEKDAYS[a] : `${WEEKDAYS[a]}-${WEEKDAYS[b]}`));

/** `Mo[1]`, `Fr[-1]`, `Mo[1-2]`, `Sa[-1] +1 day`: weekdays in some weeks of the month. */
const nthWeekday = fc
  .tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom('1', '2', '3', '4', '-1', '-2', '1-2', '2-3', '1,3'),
    fc.option(
      fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0),
      { freq: 3 },
    ),
  )
  .map(([d, nth, offset]) =>
    offset === null
      ? `${WEEKDAYS[d]}[${nth}]`
      : `${WEEKDAYS[d]}[${nth}] ${offset > 0 ? '+' : '-'}${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'}`,
  );

const publicHoliday = fc
  // opening_hours.js takes a public holiday shifted by one day at most.
  .option(fc.constantFrom(-1, 1), { freq: 3 })
  .map((offset) =>
    offset === null ? 'PH' : `PH ${offset > 0 ? '+' : '-'}${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'}`,
  );

const weekdaySelector = fc.oneof(
  fc.array(weekdayRange, { minLength: 1, maxLength: 3 }).map((items) => items.join(',')),
  fc.array(fc.oneof(weekdayRange, nthWeekday), { minLength: 1, maxLength: 2 }).map((items) => items.join(',')),
  fc.tuple(weekdayRange, publicHoliday).map(([w, ph]) => `${w},${ph}`),
  fc.array(weekdayRange, { minLength: 1, maxLength: 2 }).map((items) => `${items.join(',')},PH`),
  fc.array(weekdayRange, { minLength: 1, maxLength: 2 }).map((items) => `PH,${items.join(',')}`),
  fc.constant('PH'),
  weekdayRange.map((w) => `PH ${w}`),
);

// Days 1-27: opening_hours.js never matches a range ending "Feb 28" in a common year (its defect).
const monthDay = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 27 }));
const undatedItem = fc.oneof(
  monthDay.map(([m, d]) => `${MONTHS[m]} ${pad(d)}`),
  fc
    .tuple(monthDay, fc.integer({ min: 1, max: 27 }))
    .map(([[m, d], e]) => `${MONTHS[m]} ${pad(Math.min(d, e))}-${pad(Math.max(d, e))}`),
  fc.tuple(monthDay, fc.integer({ min: 1, max: 27 })).map(([[m, d], e]) => `${MONTHS[m]} ${pad(d)},${pad(e)}`),
  fc
    .tuple(monthDay, monthDay)
    // opening_hours.js never matches a range that wraps round to the day before its start ("Jan 07-Jan 06").
    .filter(([[m1, d1], [m2, d2]]) => !(m1 === m2 && d2 === d1 - 1))
    .map(([[m1, d1], [m2, d2]]) => `${MONTHS[m1]} ${pad(d1)}-${MONTHS[m2]} ${pad(d2)}`),
  fc.integer({ min: -60, max: 60 }).map(easterText),
);

/** Whole months and month ranges, wrapping round the year end too: `Jul`, `Jun-Aug`, `Nov-Feb`. */
const monthItem = fc
  .tuple(fc.integer({ min: 0, max: 11 }), fc.option(fc.integer({ min: 0, max: 11 }), { freq: 2 }))
  .map(([a, b]) => (b === null || b === a ? MONTHS[a] : `${MONTHS[a]}-${MONTHS[b]}`));

const NTH_WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** A date range's end: a month's nth weekday moved by an offset (`Mar Su[-1] -1 day`), or a month and day. */
type RangeEnd =
  | { type: 'nth'; month: number; weekday: number; nth: number; offset: number }
  | { type: 'date'; month: number; day: number };

function rangeEndText(end: RangeEnd): string {
  if (end.type === 'date') return `${MONTHS[end.month]} ${pad(end.day)}`;
  return `${MONTHS[end.month]} ${NTH_WEEKDAYS[end.weekday]}[${end.nth}]${end.offset === 0 ? '' : ` ${days(end.offset)}`}`;
}

/** The day number an end falls on in `year` (its months counted from 0), as the engine places it. */
const rangeEndDay = (end: RangeEnd, year: number) =>
  end.type === 'date'
    ? dayNumber(year, end.month + 1, end.day)
    : nthWeekdayDayNo(year, end.month + 1, end.weekday, end.nth) + end.offset;

const nthEnd = fc
  .tuple(
    fc.integer({ min: 0, max: 11 }),
    fc.integer({ min: 0, max: 6 }),
    // No fifth: not every month has one.
    fc.constantFrom(1, 2, 3, 4, -1, -2),
    fc.integer({ min: -6, max: 6 }),
  )
  .map(([month, weekday, nth, offset]): RangeEnd => ({ type: 'nth', month, weekday, nth, offset }));
// Days 1-28 (see monthDay): the 29th to the 31st are not in every month.
const dateEnd = fc
  .tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }))
  .map(([month, day]): RangeEnd => ({ type: 'date', month, day }));

/**
 * Date ranges from or to an nth weekday (`Mar Su[-1]-Oct Su[-1] -1 day`, `Jan Su[2]-Jan 15`, `Nov Su[-1]-Feb
 * Sa[1]`), in a schedule of their own: any months, so ranges that run round the year end, whose offset moves
 * an end into another year, or whose end comes before their start in some years and not in others. Left out:
 * a range whose end is the day before its start in a year from 2024 to 2030, which opening_hours.js reads as
 * no day at all (docs/reference-comparison.md). A generator apart from the others, so that their random
 * schedules stay as they were.
 */
export const nthRangeHours = fc
  .tuple(
    fc.oneof(fc.tuple(nthEnd, nthEnd), fc.tuple(nthEnd, dateEnd), fc.tuple(dateEnd, nthEnd)),
    fc.constantFrom('off', '10:00-14:00', 'Mo-Fr 12:00-13:00 off', 'Sa 10:00-12:00'),
  )
  .filter(([[from, to]]) => {
    for (let year = 2024; year <= 2030; year++) if (rangeEndDay(to, year) === rangeEndDay(from, year) - 1) return false;
    return true;
  })
  .map(([[from, to], what]) => `Mo-Fr 09:00-16:30; ${rangeEndText(from)}-${rangeEndText(to)} ${what}`);

/** Easter moved by `offset` days in `year`, as a day number. */
const easterDay = (year: number, offset: number) => easterDayNumber(year) + offset;

/**
 * Ranges with an easter end, and month-day ranges with a step. An easter range
 * may run round the year end, in some years and not others (`easter +12
 * days-Apr 16`). Left out: one whose end is the day before its start in a
 * year the samples reach (`year` - 1 to `year` + 2), which opening_hours.js
 * reads as no day (docs/reference-comparison.md).
 */
const rangeItem = (year: number) => {
  const sampledYears = [year - 1, year, year + 1, year + 2];
  const offset = fc.integer({ min: -40, max: 40 });
  return fc.oneof(
    fc
      .tuple(offset, monthDay)
      .filter(([n, [m, d]]) => sampledYears.every((y) => dayNumber(y, m + 1, d) !== easterDay(y, n) - 1))
      .map(([n, [m, d]]) => `${easterText(n)}-${MONTHS[m]} ${pad(d)}`),
    fc
      .tuple(monthDay, offset)
      .filter(([[m, d], n]) => sampledYears.every((y) => easterDay(y, n) !== dayNumber(y, m + 1, d) - 1))
      .map(([[m, d], n]) => `${MONTHS[m]} ${pad(d)}-${easterText(n)}`),
    // A step only on days of one month, as OSM writes it.
    fc
      .tuple(monthDay, fc.integer({ min: 1, max: 27 }), fc.integer({ min: 2, max: 9 }))
      .filter(([[, d], e]) => d !== e)
      .map(([[m, d], e, n]) => `${MONTHS[m]} ${pad(Math.min(d, e))}-${pad(Math.max(d, e))}/${n}`),
  );
};

/** Date items, some in a year of their own near `year` (a dated range may end in the next year). */
const dateItem = (year: number) =>
  fc.oneof(
    { weight: 3, arbitrary: undatedItem },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: year - 1, max: year + 1 }), monthDay)
        .map(([y, [m, d]]) => `${y} ${MONTHS[m]} ${pad(d)}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: year - 1, max: year }), monthDay, monthDay)
        .map(([y, [m1, d1], [m2, d2]]) => `${y} ${MONTHS[m1]} ${pad(d1)}-${y + 1} ${MONTHS[m2]} ${pad(d2)}`),
    },
  );
const dateSelector = (year: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(dateItem(year), { minLength: 1, maxLength: 2 }).map((items) => items.join(',')) },
    { weight: 2, arbitrary: fc.array(monthItem, { minLength: 1, maxLength: 2 }).map((items) => items.join(',')) },
    { weight: 1, arbitrary: rangeItem(year) },
  );

/** ISO weeks: `week 28-31`, `week 01-53/2`, `week 1,3`, `week 01,week 03` (the word written again). */
const weekSelector = fc
  .tuple(
    fc.array(
      fc
        .tuple(fc.integer({ min: 1, max: 53 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 4 }))
        .map(([w, n, step]) => {
          const to = Math.min(53, w + n);
          return to === w ? pad2(w) : `${pad2(w)}-${pad2(to)}${step > 1 ? `/${step}` : ''}`;
        }),
      { minLength: 1, maxLength: 2 },
    ),
    fc.boolean(),
  )
  .map(([items, again]) => `week ${items.join(again ? ',week ' : ',')}`);

/**
 * A year selector for a whole rule: one year or a range of years, maybe with a step; or, as
 * opening_hours.js also reads them, a list (`2025,2027`), an open year (`2025+`) or a step on one year (`2025/2`).
 */
const yearSelector = (year: number) =>
  fc
    .tuple(
      fc.integer({ min: year - 2, max: year }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom('range', 'range', 'range', 'list', 'open', 'step'),
    )
    .map(([y, n, step, form]) => {
      if (form === 'list') return `${y},${y + n + 1}`;
      if (form === 'open') return `${y}+`;
      if (form === 'step') return `${y}/${step + 1}`;
      return n === 0 ? `${y}` : `${y}-${y + n}${step > 1 ? `/${step}` : ''}`;
    });

// Sorted, disjoint spans; the last may run past midnight, written either way OSM allows.
const spans = fc
  .uniqueArray(fc.integer({ min: 0, max: 95 }), { minLength: 2, maxLength: 4 })
  .chain((marks) => {
    const sorted = [...marks].sort((a, b) => a - b).map((q) => q * 15);
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i], sorted[i + 1]]);
    return fc.tuple(
      fc.constant(pairs),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 1, max: 32 }),
      // Spans apart by "," or, as opening_hours.js also reads them, by a space.
      fc.constantFrom(',', ',', ',', ' '),
    );
  })
  .map(([pairs, overnight, extra, separator]) => {
    const text = pairs.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`);
    const [s] = pairs[pairs.length - 1];
    const lastStart = s;
    // overnight 1: wrap ("22:00-06:00"); 2: extended ("22:00-30:00"); both end before the first span starts again.
    const end = Math.min(1440 + pairs[0][0], 1440 + extra * 15);
    if (overnight === 1 && end - 1440 < lastStart && end > 1440)
      text[text.length - 1] = `${hhmm(lastStart)}-${hhmm(end - 1440)}`;
    if (overnight === 2 && end > 1440) text[text.length - 1] = `${hhmm(lastStart)}-${hhmm(end)}`;
    return text.join(separator);
  });

/** `17:00+`, `17:00-20:00+`: an open end, whose close is guessed. */
const openEnd = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.option(fc.integer({ min: 1, max: 24 }), { freq: 2 }))
  .map(([q, length]) => (length === null ? `${hhmm(q * 15)}+` : `${hhmm(q * 15)}-${hhmm(q * 15 + length * 15)}+`));

/** One span within a day. */
const span = fc
  .tuple(fc.integer({ min: 0, max: 94 }), fc.integer({ min: 1, max: 40 }))
  .map(([q, length]) => `${hhmm(q * 15)}-${hhmm(Math.min(q + length, 96) * 15)}`);

/**
 * Open ends among spans of the same rule, in any order (`07:00+,12:00-16:00`,
 * `05:00-06:00,06:45-07:00+,13:00-16:00`): where opening_hours.js's intervals
 * and its reading of each instant part, the intervals count.
 */
const openEndsAmongSpans = fc
  .array(fc.oneof(openEnd, span), { minLength: 2, maxLength: 3 })
  .filter((items) => items.some((item) => item.endsWith('+')))
  .map((items) => items.join(','));

/** Times (or none: the whole day), then a modifier or none. */
const times = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: spans },
      { weight: 1, arbitrary: openEnd },
      { weight: 1, arbitrary: openEndsAmongSpans },
      { weight: 1, arbitrary: fc.constant('00:00-24:00') },
      { weight: 2, arbitrary: fc.constant('') },
    ),
    fc.constantFrom('', '', '', '', 'open', 'off', 'closed', 'unknown'),
  )
  .map(([t, modifier]) => [t, modifier].filter(Boolean).join(' '));

/** The arbitrary in `tenths` of the cases, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, tenths: number) =>
  fc.oneof({ weight: tenths, arbitrary }, { weight: 10 - tenths, arbitrary: fc.constant(null) });

const rule = (year: number) =>
  fc
    .record({
      years: sometimes(yearSelector(year), 3),
      dates: sometimes(dateSelector(year), 4),
      weeks: sometimes(weekSelector, 2),
      colon: fc.boolean(),
      weekdays: sometimes(weekdaySelector, 6),
      times,
      // A comment after times makes them OSM's "unknown"; after off they stay closed.
      comment: sometimes(fc.constantFrom('"by appointment"', '"lunch 12-13"'), 2),
      // 24/7 is a rule on its own.
      allDay: fc.boolean(),
    })
    .map(({ years, dates, weeks, colon, weekdays, times: t, comment, allDay }) => {
      if (allDay && !years && !dates && !weeks && !weekdays && !/\d/.test(t)) {
        return ['24/7', t, comment].filter(Boolean).join(' ');
      }
      // A year range before a dated item would be read as that item's own, so keep them apart.
      // A lone year before dates is the first date's own year, which the dated items already cover.
      const yearPart = dates && (/^\d{4} /.test(dates) || !/^\d{4}-/.test(years ?? '')) ? null : years;
      const wide = [yearPart, dates, weeks].filter(Boolean).join(' ');
      const small = [weekdays, t, comment].filter(Boolean).join(' ');
      const text = [wide && colon && small ? `${wide}:` : wide, small].filter(Boolean).join(' ');
      return text || 'off';
    });

/** Rules joined by `;`, sometimes by `,` (an additional rule) or `||` (a fallback rule). */
const rules = (year: number) =>
  fc
    .array(fc.tuple(rule(year), fc.constantFrom('; ', '; ', '; ', '; ', ', ', ' || ')), { minLength: 1, maxLength: 4 })
    .map((parts) =>
      parts
        .map(([r], i) => {
          if (i === 0) return r;
          let separator = parts[i - 1][1];
          // opening_hours.js reads "," before a year, or after days without times, as a list: keep to ";" there.
          if (
            separator === ', ' &&
            (/^\d{4}/.test(r) || !/(\d\d:\d\d\+?|"|open|off|closed|unknown|24\/7)$/.test(parts[i - 1][0]))
          ) {
            separator = '; ';
          }
          return `${separator}${r}`;
        })
        .join(''),
    );

/**
 * A schedule of 1-4 rules and 1-4 instants, both around one year between 2005
 * and 2100, so that year-specific rules are actually exercised.
 */
export const scheduleAndInstants = fc.integer({ min: 2006, max: 2099 }).chain((year) =>
  fc.tuple(
    rules(year),
    fc.array(
      fc
        .integer({ min: Date.UTC(year - 1, 0, 1), max: Date.UTC(year + 2, 0, 1) })
        .map((ms) => Math.floor(ms / 60_000) * 60_000),
      { minLength: 1, maxLength: 4 },
    ),
  ),
);

/** A schedule from `nthRangeHours` and a few instants (to the minute) within the years its filter checks. */
export const nthRangeAndInstants = fc.tuple(
  nthRangeHours,
  fc
    .array(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 0, 1) }), { minLength: 1, maxLength: 4 })
    .map((instants) => instants.map((ms) => Math.floor(ms / 60_000) * 60_000)),
);
