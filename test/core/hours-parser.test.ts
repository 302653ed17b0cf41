import { expect } from '@open-wc/testing';
import { HoursSyntaxError, parseHours } from '../../src/hours.js';
import type { Rule } from '../../src/hours.js';

const first = (text: string): Rule => parseHours(text).rules[0];
const date = (month: number, day: number, year?: number) => ({
  type: 'date',
  month,
  day,
  ...(year === undefined ? {} : { year }),
});

describe('parseHours', () => {
  it('parses the default schedule into four rules', () => {
    const s = parseHours('Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off');
    expect(s.rules.map((r) => r.text)).to.deep.equal([
      'Mo-Fr 09:00-16:30',
      'PH off',
      'Dec 24,31 off',
      'Jun 19-25 Fr off',
    ]);
    expect([...s.rules[0].weekdays!.days]).to.deep.equal([0, 1, 2, 3, 4]);
    expect(s.rules[0].spans).to.deep.equal([{ start: 540, end: 990 }]);
    expect(s.rules[0].state).to.equal('open');
    expect(s.rules[1].weekdays!.publicHolidays).to.deep.equal([0]);
    expect(s.rules[1]).to.deep.include({ spans: null, state: 'closed' });
    expect(s.rules[2].dates).to.deep.equal([
      { from: date(12, 24), to: date(12, 24), step: 1, wholeMonths: false },
      { from: date(12, 31), to: date(12, 31), step: 1, wholeMonths: false },
    ]);
    expect([...s.rules[3].weekdays!.days]).to.deep.equal([4]);
    expect(s.rules.map((r) => [r.kind, r.fallback])).to.deep.equal(Array(4).fill(['normal', false]));
  });

  // What Swedish offices write: each parses, with the meaning below.
  const valid: Array<[string, (s: ReturnType<typeof parseHours>) => void]> = [
    ['24/7', (s) => expect(s.rules[0]).to.deep.include({ spans: null, state: 'open' })],
    ['24/7 closed "renovering"', (s) => expect(s.rules[0]).to.deep.include({ state: 'closed', comment: 'renovering' })],
    ['closed', (s) => expect(s.rules[0]).to.deep.include({ spans: null, state: 'closed' })],
    ['Mo-Fr', (s) => expect(s.rules[0]).to.deep.include({ spans: null, state: 'open' })],
    ['Sa,Su off', (s) => expect([...s.rules[0].weekdays!.days]).to.deep.equal([5, 6])],
    ['Fr-Mo 10:00-12:00', (s) => expect([...s.rules[0].weekdays!.days].sort()).to.deep.equal([0, 4, 5, 6])],
    ['Mo 22:00-06:00', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 1320, end: 1800 }])],
    ['Mo 10:00-10:00', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 600, end: 2040 }])],
    ['Mo 18:00-26:00', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 1080, end: 1560 }])],
    ['Mo-Fr 08:00-12:00,13:00-17:00', (s) => expect(s.rules[0].spans).to.have.length(2)],
    ['Mo-Fr 08:00-12:00, 13:00-17:00', (s) => expect(s.rules[0].spans).to.have.length(2)],
    ['Mo-Fr 09:00-16:30; Jul off', (s) => expect(s.rules[1].dates![0]).to.deep.include({ wholeMonths: true })],
    [
      'Jun-Aug Mo-Fr 09:00-15:00',
      (s) => expect(s.rules[0].dates![0]).to.deep.include({ from: date(6, 1), to: date(8, 31), wholeMonths: true }),
    ],
    ['Jun-Aug: Mo-Fr 09:00-15:00', (s) => expect(s.rules[0].weekdays).to.not.equal(null)],
    ['Nov-Feb off', (s) => expect(s.rules[0].dates![0]).to.deep.include({ from: date(11, 1), to: date(2, 31) })],
    ['Jul,Aug off', (s) => expect(s.rules[0].dates).to.have.length(2)],
    ['Oct 30-Nov 5 off', (s) => expect(s.rules[0].dates![0]).to.deep.include({ from: date(10, 30), to: date(11, 5) })],
    ['Dec 24-26 off', (s) => expect(s.rules[0].dates![0]).to.deep.include({ to: date(12, 26) })],
    ['Dec 05 off', (s) => expect(s.rules[0].dates![0]).to.deep.include({ from: date(12, 5) })],
    ['Jan 01-31/8 off', (s) => expect(s.rules[0].dates![0].step).to.equal(8)],
    ['easter off', (s) => expect(s.rules[0].dates![0].from).to.deep.equal({ type: 'easter', offset: 0 })],
    ['easter -2 days off', (s) => expect(s.rules[0].dates![0].from).to.deep.equal({ type: 'easter', offset: -2 })],
    ['easter +1 day off', (s) => expect(s.rules[0].dates![0].from).to.deep.equal({ type: 'easter', offset: 1 })],
    ['easter + 2 days off', (s) => expect(s.rules[0].dates![0].from).to.deep.equal({ type: 'easter', offset: 2 })],
    [
      'easter -2 days-easter +1 day off',
      (s) =>
        expect(s.rules[0].dates![0]).to.deep.include({
          from: { type: 'easter', offset: -2 },
          to: { type: 'easter', offset: 1 },
        }),
    ],
    ['easter-Jun 01 off', (s) => expect(s.rules[0].dates![0].to).to.deep.equal(date(6, 1))],
    ['Dec 24,easter off', (s) => expect(s.rules[0].dates).to.have.length(2)],
    [
      '2026 Dec 24,Dec 31 off',
      (s) => {
        // A lone year belongs to the first date only, as in OSM.
        expect(s.rules[0].years).to.equal(null);
        expect(s.rules[0].dates!.map((d) => d.from.year)).to.deep.equal([2026, undefined]);
      },
    ],
    ['2026 Dec 24,31 off', (s) => expect(s.rules[0].dates!.map((d) => d.from.year)).to.deep.equal([2026, 2026])],
    [
      '2026 Dec 24,2027 Jan 06 off',
      (s) => expect(s.rules[0].dates!.map((d) => d.from.year)).to.deep.equal([2026, 2027]),
    ],
    [
      '2026 easter off',
      (s) => expect(s.rules[0].dates![0].from).to.deep.equal({ type: 'easter', offset: 0, year: 2026 }),
    ],
    ['2026 Mo-Fr 09:00-12:00', (s) => expect(s.rules[0].years).to.deep.equal([{ from: 2026, to: 2026, step: 1 }])],
    ['2026-2030/2 Mo 09:00-12:00', (s) => expect(s.rules[0].years).to.deep.equal([{ from: 2026, to: 2030, step: 2 }])],
    ['2026 Dec 24-2027 Jan 02 off', (s) => expect(s.rules[0].dates![0].to).to.deep.equal(date(1, 2, 2027))],
    ['week 28-31 off', (s) => expect(s.rules[0].weeks).to.deep.equal([{ from: 28, to: 31, step: 1 }])],
    ['week 01-53/2 Mo 10:00-12:00', (s) => expect(s.rules[0].weeks).to.deep.equal([{ from: 1, to: 53, step: 2 }])],
    [
      'week 1,3 off',
      (s) =>
        expect(s.rules[0].weeks).to.deep.equal([
          { from: 1, to: 1, step: 1 },
          { from: 3, to: 3, step: 1 },
        ]),
    ],
    ['Mo[1] 09:00-12:00', (s) => expect(s.rules[0].weekdays!.nth).to.deep.equal([{ weekday: 0, nth: [1], offset: 0 }])],
    [
      'Fr[-1] 09:00-12:00',
      (s) => expect(s.rules[0].weekdays!.nth).to.deep.equal([{ weekday: 4, nth: [-1], offset: 0 }]),
    ],
    ['Mo[1-2] off', (s) => expect(s.rules[0].weekdays!.nth[0].nth).to.deep.equal([1, 2])],
    ['Mo[1,3] off', (s) => expect(s.rules[0].weekdays!.nth[0].nth).to.deep.equal([1, 3])],
    ['Sa[-1] +1 day off', (s) => expect(s.rules[0].weekdays!.nth[0]).to.deep.include({ nth: [-1], offset: 1 })],
    ['PH +1 day off', (s) => expect(s.rules[0].weekdays!.publicHolidays).to.deep.equal([1])],
    ['PH Mo 10:00-12:00', (s) => expect(s.rules[0].weekdays!.holidaysOnDaysOnly).to.equal(true)],
    [
      'Su,PH off',
      (s) => expect(s.rules[0].weekdays).to.deep.include({ publicHolidays: [0], holidaysOnDaysOnly: false }),
    ],
    ['17:00+', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 1020, end: 1020, openEnd: true }])],
    ['17:00-20:00+', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 1020, end: 1200, mayRunLonger: true }])],
    ['Dec 24 off "julafton"', (s) => expect(s.rules[0]).to.deep.include({ comment: 'julafton', state: 'closed' })],
    [
      'Mo 10:00-12:00 "by appointment"',
      (s) => expect(s.rules[0]).to.deep.include({ comment: 'by appointment', state: 'unknown' }),
    ],
    [
      'Mo 10:00-12:00 open "för alla"',
      (s) => expect(s.rules[0]).to.deep.include({ state: 'open', comment: 'för alla' }),
    ],
    ['Mo 10:00-12:00 unknown', (s) => expect(s.rules[0]).to.deep.include({ state: 'unknown', comment: null })],
    [
      'Mo-Fr 09:00-16:30; Mo 13:00-16:30 off "personalmöte"',
      (s) => expect(s.rules[1]).to.deep.include({ state: 'closed', comment: 'personalmöte', kind: 'normal' }),
    ],
    [
      'Mo-Fr 08:00-12:00 open, Sa 10:00-12:00',
      (s) =>
        expect(s.rules.map((r) => [r.kind, r.fallback])).to.deep.equal([
          ['normal', false],
          ['additional', false],
        ]),
    ],
    [
      'Mo-Fr 09:00-16:30 || "efter överenskommelse"',
      (s) =>
        expect(s.rules[1]).to.deep.include({
          fallback: true,
          spans: null,
          state: 'unknown',
          comment: 'efter överenskommelse',
        }),
    ],
    ['Mo-Fr 09:00–16:30', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 540, end: 990 }])],
    ['Mo—Fr 09:00—16:30', (s) => expect([...s.rules[0].weekdays!.days]).to.have.length(5)],
    ['mo-fr 09:00-16:30; jul off; dec 24 off', (s) => expect(s.rules[1].dates![0].from).to.deep.equal(date(7, 1))],
    ['  Mo-Fr   09:00-16:30 ;  PH off  ', (s) => expect(s.rules).to.have.length(2)],
  ];
  for (const [text, check] of valid) {
    it(`accepts ${JSON.stringify(text)}`, () => check(parseHours(text)));
  }

  it('keeps the comment as written, dashes and all', () => {
    expect(first('Dec 24 off "jul – stängt"').comment).to.equal('jul – stängt');
  });

  // Each syntax error: the text, where it points, and words the message must contain.
  const invalid: Array<[string, number, RegExp]> = [
    ['', 0, /No opening hours/],
    ['   ', 0, /No opening hours/],
    ['09.00-16.30', 0, /colon: 09:00, not 09.00/],
    ['Mo-Fr 09.00-16.30', 6, /colon/],
    ['Mo-Fr 9:00-16:30', 6, /two digits: 09:00/],
    ['Mån-Fre 09:00-16:30', 0, /Weekdays are written Mo/],
    ['Mo-Fx 09:00-16:30', 3, /Weekdays are written/],
    ['Mo-Fr 09:00', 11, /needs an end.*or 17:00\+ for an open end/],
    ['Mo-Fr 09:00-', 12, /Expected a time/],
    ['Mo-Fr 24:00-25:00', 6, /Hours run from 00 to 23/],
    ['Mo-Fr 09:60-10:00', 9, /Minutes run from 00 to 59/],
    ['Mo-Fr 09:00-49:00', 12, /at most 48:00/],
    ['Mo-Fr 09:00-16:30;', 17, /Nothing follows the last ";"/],
    ['Mo-Fr 09:00-16:30 ||', 18, /Nothing follows the last "\|\|"/],
    ['Mo-Fr 09:00-16:30 | Sa off', 18, /expected ";", "," or "\|\|"/],
    ['Sa, Dec 24 off', 2, /"," would continue the list of days/],
    ['Dec 32 off', 4, /Dec has no day 32/],
    ['Feb 30 off', 4, /Feb has no day 30/],
    ['December 24 off', 0, /Months are written Jan/],
    ['Juni 19 off', 0, /Months are written/],
    ['SH off', 0, /school holidays/],
    ['Mo-Fr sunrise-sunset', 6, /"sunrise" is not supported: it needs a location/],
    ['dusk-dawn', 0, /"dusk" is not supported/],
    ['Mo (sunset-01:00)-24:00', 3, /Calculated times/],
    ['Mo 10:00/30', 8, /Points in time/],
    ['Dec 24 off "julafton', 11, /no closing quote/],
    ['easter +2 off', 7, /easter -2 days/],
    ['Dec 24-2027 Jan 02 off', 7, /only when it starts in one/],
    ['2027-2026 off', 5, /ends \(2026\) before it starts/],
    ['2026-2026 Dec 24 off', 5, /starts and ends in 2026/],
    ['Mo-Fr 24/7', 6, /"24\/7" stands alone as a rule/],
    ['Mo-Fr 09:00-16:30 "a" "b"', 22, /expected ";"/],
    ['Mo-Fr@ 09:00-16:30', 5, /Unexpected "@/],
    ['Jan 01-Mar 31/8 off', 13, /A step is written on days of one month/],
    ['Jul/2 off', 3, /A step is written on days of one month/],
    ['week 50-02 off', 8, /write two ranges/],
    ['week 54 off', 5, /Weeks run from 01 to 53/],
    ['Mo[6] off', 3, /\[1\] to \[5\]/],
    ['Mo[1 off', 2, /close the "\["/],
    ['PH +2 days off', 3, /shifted by one day at most/],
    ['Jul:', 4, /Expected weekdays, times or "off" after ":"/],
  ];
  for (const [text, offset, message] of invalid) {
    it(`rejects ${JSON.stringify(text)} at ${offset}`, () => {
      let error: unknown;
      try {
        parseHours(text);
      } catch (e) {
        error = e;
      }
      expect(error, 'throws').to.be.instanceOf(HoursSyntaxError);
      const syntaxError = error as HoursSyntaxError;
      expect(syntaxError.message).to.match(message);
      expect(syntaxError.offset).to.equal(offset);
      expect(syntaxError.name).to.equal('HoursSyntaxError');
    });
  }

  it('rejects what is not a string with a TypeError', () => {
    expect(() => parseHours(undefined as unknown as string)).to.throw(TypeError);
  });
});

describe('parseHours refuses what opening_hours.js refuses', () => {
  // Each of these parsed before, though opening_hours.js (and its test suite) refuses it.
  const refused: Array<[string, RegExp]> = [
    ['week 30-40/1 Mo 10:00-12:00', /A step of weeks is 2 to 26 \("week 01-53\/2"\), not 1/],
    ['week 30-40/27 Mo 10:00-12:00', /A step of weeks is 2 to 26 .*not 27/],
    ['easter + 370 days', /A day offset from easter is at most 200 days, not 370/],
    ['easter -201 days 10:00-12:00', /at most 200 days, not 201/],
    ['Jun 30-24', /The range ends \(24\) before it starts \(30\) in Jun: write "Jun 24-30"/],
    ['2014-2014', /The year range starts and ends in 2014: write the year once, "2014"/],
    ['Tu 23:59-48:00+', /An end past 40:00 with "\+" would run past the second midnight/],
    ['Tu 10:00-40:01+', /past the second midnight/],
    ['Mo[2] - 7 days', /A weekday of the month can be shifted by at most 6 days, not 7/],
    ['Fr[-1] +8 days 10:00-12:00', /at most 6 days, not 8/],
  ];
  for (const [text, message] of refused) {
    it(`refuses ${text}`, () => {
      let error: unknown = null;
      try {
        parseHours(text);
      } catch (caught) {
        error = caught;
      }
      expect(error, text).to.be.instanceOf(HoursSyntaxError);
      expect((error as Error).message).to.match(message);
    });
  }

  it('still accepts the limits themselves', () => {
    for (const text of [
      'easter +200 days',
      'easter -200 days 10:00-12:00',
      'Mo[2] -6 days',
      'week 01-53/26 Mo 10:00-12:00',
      'week 01-53/2',
      'Tu 10:00-40:00+',
      'Tu 23:59-48:00',
      'Jun 24-24',
      '2014-2015',
    ]) {
      expect(() => parseHours(text), text).to.not.throw();
    }
  });
});

describe('parseHours reads as opening_hours.js reads', () => {
  const rulesOf = (text: string) => parseHours(text).rules.map(({ text: _text, ...rule }) => rule);
  for (const [written, same] of [
    ['Mo 10:00-12:00 14:00-16:00', 'Mo 10:00-12:00,14:00-16:00'],
    ['Mo 10:00-12:00  14:00+ off', 'Mo 10:00-12:00,14:00+ off'],
    ['week 01,week 03: Mo 10:00-12:00', 'week 01,03: Mo 10:00-12:00'],
    ['week 01, week 03-05 Mo', 'week 01,03-05 Mo'],
    ['24/7: closed', '24/7 closed'],
    ['24/7: off "underhåll"', '24/7 off "underhåll"'],
  ]) {
    it(`${written} as ${same}`, () => {
      expect(rulesOf(written)).to.deep.equal(rulesOf(same));
    });
  }
});

describe('parseHours reads years as opening_hours.js does', () => {
  const years = (text: string) => parseHours(text).rules[0].years;
  it('reads a list of years, any of which', () => {
    expect(years('2013,2015,2050-2053 Jan 01')).to.deep.equal([
      { from: 2013, to: 2013, step: 1 },
      { from: 2015, to: 2015, step: 1 },
      { from: 2050, to: 2053, step: 1 },
    ]);
    // A list dates every item, unlike a lone year, which dates only the first.
    expect(parseHours('2013,2015 Jan 01,Dec 31').rules[0].dates).to.have.length(2);
  });
  it('reads an open year as that year and every one after', () => {
    expect(years('2060+')).to.deep.equal([{ from: 2060, to: 9999, step: 1 }]);
    expect(years('2013-2015,2060+ Jun 01')).to.deep.equal([
      { from: 2013, to: 2015, step: 1 },
      { from: 2060, to: 9999, step: 1 },
    ]);
  });
  it('reads a step on one year as every nth year from it', () => {
    expect(years('2013/10 Dec 31')).to.deep.equal([{ from: 2013, to: 9999, step: 10 }]);
  });

  it('reads date ranges from and to an nth weekday of a month, with its day offset, as opening_hours.js does', () => {
    const dates = (text: string) => parseHours(text).rules[0].dates;
    expect(dates('Mar Su[-1]-Oct Su[-1] -1 day 09:00-17:00')).to.deep.equal([
      {
        from: { type: 'nth', month: 3, weekday: 6, nth: -1, offset: 0 },
        to: { type: 'nth', month: 10, weekday: 6, nth: -1, offset: -1 },
        step: 1,
        wholeMonths: false,
      },
    ]);
    expect(dates('Jan Su[2]-Jan 15 off')![0]).to.deep.include({
      from: { type: 'nth', month: 1, weekday: 6, nth: 2, offset: 0 },
      to: { type: 'date', month: 1, day: 15 },
    });
    expect(dates('Aug 02-Aug Mo[1] off')![0].to).to.deep.equal({
      type: 'nth',
      month: 8,
      weekday: 0,
      nth: 1,
      offset: 0,
    });
    // After whole months, an nth weekday is a weekday selector, as ever.
    const months = parseHours('Dec-Jan Tu[4],Su 14:00-16:00').rules[0];
    expect(months.dates![0]).to.deep.include({ wholeMonths: true });
    expect(months.weekdays!.nth).to.deep.equal([{ weekday: 1, nth: [4], offset: 0 }]);
    // Without a range after it, "Mar Su[-1]" stays a month and a weekday selector: the same days as before.
    const single = parseHours('Mar Su[-1] off').rules[0];
    expect(single.dates![0].from).to.deep.include({ type: 'date', month: 3, day: 1 });
    expect(single.weekdays!.nth).to.deep.equal([{ weekday: 6, nth: [-1], offset: 0 }]);
  });

  it('refuses an nth range end that is no single weekday, or shifted too far', () => {
    expect(() => parseHours('Mar Su[1,2]-Oct Su[-1] off')).to.throw(HoursSyntaxError);
    expect(() => parseHours('Mar Su[-1]-Oct Su[1-2] off')).to.throw(HoursSyntaxError, /one weekday of the month/);
    expect(() => parseHours('Mar Su[-1]-Oct Su[-1] -7 days off')).to.throw(HoursSyntaxError, /at most 6 days/);
  });
});
