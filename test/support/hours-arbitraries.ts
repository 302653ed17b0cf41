/** fast-check generators for schedules of the supported syntax, shared by property tests. */
import fc from 'fast-check';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Day numbers with and without a leading zero (both are valid); hours always have two digits.
const pad = (n: number) => (n % 3 === 0 ? String(n) : String(n).padStart(2, '0'));
const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

const weekdayRange = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.boolean())
  .map(([a, b, single]) => (single ? WEEKDAYS[a] : `${WEEKDAYS[a]}-${WEEKDAYS[b]}`));

const weekdaySelector = fc.oneof(
  fc.array(weekdayRange, { minLength: 1, maxLength: 3 }).map((items) => items.join(',')),
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
  fc
    .integer({ min: -60, max: 60 })
    .map((n) => (n === 0 ? 'easter' : `easter ${n > 0 ? '+' : '-'}${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`)),
);

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
  fc.array(dateItem(year), { minLength: 1, maxLength: 2 }).map((items) => items.join(','));

/** A year selector for a whole rule: one year or a range of years. */
const yearSelector = (year: number) =>
  fc
    .tuple(fc.integer({ min: year - 2, max: year }), fc.integer({ min: 0, max: 2 }))
    .map(([y, n]) => (n === 0 ? `${y}` : `${y}-${y + n}`));

// Sorted, disjoint spans; the last may run past midnight, written either way OSM allows.
const spans = fc
  .uniqueArray(fc.integer({ min: 0, max: 95 }), { minLength: 2, maxLength: 4 })
  .chain((marks) => {
    const sorted = [...marks].sort((a, b) => a - b).map((q) => q * 15);
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i], sorted[i + 1]]);
    return fc.tuple(fc.constant(pairs), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 32 }));
  })
  .map(([pairs, overnight, extra]) => {
    const text = pairs.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`);
    const [s] = pairs[pairs.length - 1];
    const lastStart = s;
    // overnight 1: wrap ("22:00-06:00"); 2: extended ("22:00-30:00"); both end before the first span starts again.
    const end = Math.min(1440 + pairs[0][0], 1440 + extra * 15);
    if (overnight === 1 && end - 1440 < lastStart && end > 1440)
      text[text.length - 1] = `${hhmm(lastStart)}-${hhmm(end - 1440)}`;
    if (overnight === 2 && end > 1440) text[text.length - 1] = `${hhmm(lastStart)}-${hhmm(end)}`;
    return text.join(',');
  });

const times = fc.oneof(
  { weight: 6, arbitrary: spans },
  { weight: 2, arbitrary: fc.constant('off') },
  { weight: 1, arbitrary: fc.constant('00:00-24:00') },
);

const rule = (year: number) =>
  fc
    .record({
      years: fc.option(yearSelector(year), { freq: 6 }),
      dates: fc.option(dateSelector(year), { freq: 2 }),
      weekdays: fc.option(weekdaySelector, { freq: 3 }),
      times,
      // A comment after times makes them OSM's "unknown"; after off they stay closed.
      comment: fc.option(fc.constantFrom('"by appointment"', '"lunch 12-13"'), { freq: 6 }),
      // 24/7 is a rule on its own.
      allDay: fc.boolean(),
    })
    .map(({ years, dates, weekdays, times: t, comment, allDay }) =>
      allDay && !years && !dates && !weekdays && t !== 'off'
        ? ['24/7', comment].filter(Boolean).join(' ')
        : // A year range before a dated item would be read as that item's own, so keep them apart.
          // A lone year before dates is the first date's own year, which the dated items already cover.
          [dates && (/^\d{4} /.test(dates) || !years?.includes('-')) ? null : years, dates, weekdays, t, comment]
            .filter(Boolean)
            .join(' '),
    );

/**
 * A schedule of 1-4 rules and 1-4 instants, both around one year between 2005
 * and 2100, so that year-specific rules are actually exercised.
 */
export const scheduleAndInstants = fc.integer({ min: 2006, max: 2099 }).chain((year) =>
  fc.tuple(
    fc.array(rule(year), { minLength: 1, maxLength: 4 }).map((rules) => rules.join('; ')),
    fc.array(
      fc
        .integer({ min: Date.UTC(year - 1, 0, 1), max: Date.UTC(year + 2, 0, 1) })
        .map((ms) => Math.floor(ms / 60_000) * 60_000),
      { minLength: 1, maxLength: 4 },
    ),
  ),
);
