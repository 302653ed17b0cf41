import { expect } from '@open-wc/testing';
import { parseHours, statusAt, type Schedule } from '../../src/hours.js';

const DEFAULT_HOURS = 'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off';
const utc = (iso: string) => new Date(`${iso}Z`);

interface Case {
  name: string;
  hours: string;
  at: string; // UTC, without the Z
  open: boolean;
  next: string | null; // UTC, without the Z
  zone?: string;
}

// Stockholm is UTC+1 in winter (CET) and UTC+2 in summer (CEST).
const cases: Case[] = [
  {
    name: 'a weekday morning, at the opening instant',
    hours: DEFAULT_HOURS,
    at: '2026-11-30T08:00:00',
    open: true,
    next: '2026-11-30T15:30:00',
  },
  {
    name: 'a minute before opening',
    hours: DEFAULT_HOURS,
    at: '2026-11-30T07:59:00',
    open: false,
    next: '2026-11-30T08:00:00',
  },
  {
    name: 'a millisecond before closing',
    hours: DEFAULT_HOURS,
    at: '2026-11-30T15:29:59.999',
    open: true,
    next: '2026-11-30T15:30:00',
  },
  {
    name: 'at the closing instant',
    hours: DEFAULT_HOURS,
    at: '2026-11-30T15:30:00',
    open: false,
    next: '2026-12-01T08:00:00',
  },
  {
    name: 'Friday after hours, over the weekend',
    hours: DEFAULT_HOURS,
    at: '2026-12-04T15:30:00',
    open: false,
    next: '2026-12-07T08:00:00',
  },
  { name: 'a Sunday', hours: DEFAULT_HOURS, at: '2026-11-29T12:00:00', open: false, next: '2026-11-30T08:00:00' },
  {
    name: 'the day before julafton',
    hours: DEFAULT_HOURS,
    at: '2026-12-23T10:00:00',
    open: true,
    next: '2026-12-23T15:30:00',
  },
  {
    name: 'julafton, over juldagen and the weekend',
    hours: DEFAULT_HOURS,
    at: '2026-12-24T10:00:00',
    open: false,
    next: '2026-12-28T08:00:00',
  },
  {
    name: 'nyårsafton, over nyårsdagen',
    hours: DEFAULT_HOURS,
    at: '2026-12-31T10:00:00',
    open: false,
    next: '2027-01-04T08:00:00',
  },
  {
    name: 'trettondedag jul on a Wednesday',
    hours: DEFAULT_HOURS,
    at: '2027-01-06T10:00:00',
    open: false,
    next: '2027-01-07T08:00:00',
  },
  {
    name: 'långfredagen and annandag påsk',
    hours: DEFAULT_HOURS,
    at: '2026-04-03T10:00:00',
    open: false,
    next: '2026-04-07T07:00:00',
  },
  {
    name: 'Kristi himmelsfärdsdag',
    hours: DEFAULT_HOURS,
    at: '2026-05-14T10:00:00',
    open: false,
    next: '2026-05-15T07:00:00',
  },
  {
    name: 'midsommarafton (an eve, not PH)',
    hours: DEFAULT_HOURS,
    at: '2026-06-19T10:00:00',
    open: false,
    next: '2026-06-22T07:00:00',
  },
  {
    name: 'nationaldagen on a Saturday',
    hours: DEFAULT_HOURS,
    at: '2026-06-06T10:00:00',
    open: false,
    next: '2026-06-08T07:00:00',
  },
  {
    name: 'nationaldagen on a weekday',
    hours: DEFAULT_HOURS,
    at: '2025-06-06T10:00:00',
    open: false,
    next: '2025-06-09T07:00:00',
  },
  {
    name: 'allhelgonaafton is not closed by the default hours',
    hours: DEFAULT_HOURS,
    at: '2026-10-30T10:00:00',
    open: true,
    next: '2026-10-30T15:30:00',
  },
  // Daylight saving time: 2026-03-29 02:00 CET -> 03:00 CEST; 2026-10-25 03:00 CEST -> 02:00 CET.
  {
    name: 'over the spring change',
    hours: DEFAULT_HOURS,
    at: '2026-03-27T16:00:00',
    open: false,
    next: '2026-03-30T07:00:00',
  },
  {
    name: 'over the autumn change',
    hours: DEFAULT_HOURS,
    at: '2026-10-23T15:00:00',
    open: false,
    next: '2026-10-26T08:00:00',
  },
  {
    name: 'a span across the skipped hour lasts three real hours',
    hours: 'Su 01:00-05:00',
    at: '2026-03-29T00:30:00',
    open: true,
    next: '2026-03-29T03:00:00',
  },
  {
    name: 'a span from the skipped hour opens when the clock reaches it',
    hours: 'Mar 29 02:30-03:30',
    at: '2026-03-28T12:00:00',
    open: false,
    next: '2026-03-29T01:00:00',
  },
  {
    name: 'a span inside the skipped hour never opens that day',
    hours: 'Mar 29 02:15-02:45',
    at: '2026-03-28T12:00:00',
    open: false,
    next: '2027-03-29T00:15:00',
  },
  {
    name: 'a span across the repeated hour lasts five real hours',
    hours: 'Su 01:00-05:00',
    at: '2026-10-25T01:30:00',
    open: true,
    next: '2026-10-25T04:00:00',
  },
  {
    name: 'a span ending in the repeated hour closes at its first pass',
    hours: 'Su 00:00-02:30',
    at: '2026-10-25T00:15:00',
    open: true,
    next: '2026-10-25T00:30:00',
  },
  {
    name: '...and opens again when the clock repeats those minutes',
    hours: 'Su 00:00-02:30',
    at: '2026-10-25T00:45:00',
    open: false,
    next: '2026-10-25T01:00:00',
  },
  {
    name: '...until their second pass ends',
    hours: 'Su 00:00-02:30',
    at: '2026-10-25T01:15:00',
    open: true,
    next: '2026-10-25T01:30:00',
  },
  {
    name: 'an opening in the repeated hour opens at its first pass',
    hours: 'Su 02:30-04:00',
    at: '2026-10-24T23:00:00',
    open: false,
    next: '2026-10-25T00:30:00',
  },
  // Spans past midnight belong to the day they start.
  {
    name: 'the tail of a Friday night',
    hours: 'Fr 22:00-04:00',
    at: '2026-12-05T01:00:00',
    open: true,
    next: '2026-12-05T03:00:00',
  },
  {
    name: 'a later rule for Saturday removes the tail',
    hours: 'Fr 22:00-04:00; Sa off',
    at: '2026-12-05T01:00:00',
    open: false,
    next: '2026-12-11T21:00:00',
  },
  {
    name: 'a later night rule adds its tail to Saturday',
    hours: 'Sa 10:00-12:00; Fr 22:00-04:00',
    at: '2026-12-05T01:00:00',
    open: true,
    next: '2026-12-05T03:00:00',
  },
  {
    name: 'closing Friday keeps the Friday-night tail on Saturday',
    hours: 'Mo-Su 22:00-04:00; Fr off',
    at: '2026-12-05T01:00:00',
    open: true,
    next: '2026-12-05T03:00:00',
  },
  {
    name: 'adjoining whole days merge into one open run',
    hours: 'Mo 00:00-24:00; Tu 00:00-24:00',
    at: '2026-11-30T22:59:00',
    open: true,
    next: '2026-12-01T23:00:00',
  },
  {
    name: 'a span from a time to the same time runs a whole day',
    hours: 'Mo 10:00-10:00',
    at: '2026-11-30T20:00:00',
    open: true,
    next: '2026-12-01T09:00:00',
  },
  // Year-specific and easter-relative rules.
  {
    name: 'a rule for one year, in that year',
    hours: '2026 Dec 24 10:00-12:00',
    at: '2026-12-24T09:30:00',
    open: true,
    next: '2026-12-24T11:00:00',
  },
  {
    name: 'a rule for one year, after it',
    hours: '2026 Dec 24 10:00-12:00',
    at: '2027-12-24T09:30:00',
    open: false,
    next: null,
  },
  {
    name: 'a dated range across the new year',
    hours: '2026 Dec 31-2027 Jan 01 10:00-12:00',
    at: '2027-01-01T09:30:00',
    open: true,
    next: '2027-01-01T11:00:00',
  },
  { name: 'a year range', hours: '2026-2027 10:00-12:00', at: '2027-12-31T12:00:00', open: false, next: null },
  {
    name: 'easter -2 days is långfredagen',
    hours: 'easter -2 days 10:00-12:00',
    at: '2026-04-03T08:30:00',
    open: true,
    next: '2026-04-03T10:00:00',
  },
  {
    name: 'easter -2 days, next year',
    hours: 'easter -2 days 10:00-12:00',
    at: '2026-04-04T08:30:00',
    open: false,
    next: '2027-03-26T09:00:00',
  },
  {
    name: 'easter +1 day on a weekday rule',
    hours: 'Mo-Fr 09:00-17:00; easter +1 day off',
    at: '2026-04-06T10:00:00',
    open: false,
    next: '2026-04-07T07:00:00',
  },
  {
    name: 'a range wrapping the year',
    hours: 'Dec 20-Jan 06 off; 09:00-17:00',
    at: '2026-12-19T10:00:00',
    open: true,
    next: '2026-12-19T16:00:00',
  },
  {
    name: 'a later rule replaces an earlier one',
    hours: 'Dec 20-Jan 06 off; 09:00-17:00',
    at: '2026-12-24T10:00:00',
    open: true,
    next: '2026-12-24T16:00:00',
  },
  {
    name: 'PH on a given weekday only',
    hours: 'Mo-Fr 09:00-17:00; PH Mo off',
    at: '2026-04-06T10:00:00',
    open: false,
    next: '2026-04-07T07:00:00',
  },
  {
    name: 'PH on a given weekday only, other weekday',
    hours: 'Mo-Fr 09:00-17:00; PH Mo off',
    at: '2026-04-03T10:00:00',
    open: true,
    next: '2026-04-03T15:00:00',
  },
  // Never or always.
  { name: '24/7', hours: '24/7', at: '2026-11-29T12:00:00', open: true, next: null },
  {
    name: '24/7 closed on holidays',
    hours: '24/7; PH off',
    at: '2026-12-23T12:00:00',
    open: true,
    next: '2026-12-24T23:00:00',
  },
  { name: 'off', hours: 'off', at: '2026-11-29T12:00:00', open: false, next: null },
  {
    name: 'a change beyond 366 days is not reported',
    hours: '2028 Jan 10 10:00-12:00',
    at: '2026-11-29T12:00:00',
    open: false,
    next: null,
  },
  {
    name: 'a change just within 366 days is reported',
    hours: 'Dec 24 10:00-11:00',
    at: '2026-12-24T10:00:00',
    open: false,
    next: '2027-12-24T09:00:00',
  },
  {
    name: 'a change exactly 366 days ahead is not',
    hours: '2065 Jan 01 01:00-02:00',
    at: '2064-01-01T00:00:00',
    open: false,
    next: null,
  },
  {
    name: 'a change a minute less than 366 days ahead is',
    hours: '2065 Jan 01 01:00-02:00',
    at: '2064-01-01T00:01:00',
    open: false,
    next: '2065-01-01T00:00:00',
  },
  // Another zone, asked for explicitly.
  {
    name: 'the same hours read in New York',
    hours: 'Mo-Fr 09:00-17:00',
    at: '2026-11-30T14:00:00',
    open: true,
    next: '2026-11-30T22:00:00',
    zone: 'America/New_York',
  },
  {
    name: 'the same hours read in Tokyo',
    hours: 'Mo-Fr 09:00-17:00',
    at: '2026-11-30T14:00:00',
    open: false,
    next: '2026-12-01T00:00:00',
    zone: 'Asia/Tokyo',
  },
];

describe('statusAt', () => {
  for (const c of cases) {
    it(c.name, () => {
      const status = statusAt(parseHours(c.hours), utc(c.at), c.zone);
      expect(status.open, 'open').to.equal(c.open);
      expect(status.nextChange?.toISOString() ?? null, 'nextChange').to.equal(
        c.next === null ? null : utc(c.next).toISOString(),
      );
    });
  }

  it('explains a holiday: its name and the empty day', () => {
    const status = statusAt(parseHours(DEFAULT_HOURS), utc('2026-12-25T10:00:00'));
    expect(status.holiday).to.deep.include({ id: 'juldagen', kind: 'public', date: '2026-12-25' });
    expect(status.date).to.equal('2026-12-25');
    expect(status.today).to.deep.equal([]);
    expect(status.timeZone).to.equal('Europe/Stockholm');
  });

  it("gives today's open spans as instants", () => {
    const status = statusAt(parseHours('Mo-Fr 09:00-12:00,13:00-16:30'), utc('2026-11-30T12:00:00'));
    expect(status.today.map((s) => [s.start.toISOString(), s.end.toISOString()])).to.deep.equal([
      ['2026-11-30T08:00:00.000Z', '2026-11-30T11:00:00.000Z'],
      ['2026-11-30T12:00:00.000Z', '2026-11-30T15:30:00.000Z'],
    ]);
    expect(status.comment).to.equal(null);
    expect(status.holiday).to.equal(null);
  });

  it('gives the comment of a closed day', () => {
    const status = statusAt(parseHours('Mo-Fr 09:00-16:30; Dec 24 off "julafton"'), utc('2026-12-24T10:00:00'));
    expect(status).to.deep.include({ open: false, unknown: false, comment: 'julafton' });
  });

  describe('date ranges, read in the year of the day asked about', () => {
    // Open at noon on a day? Noon in Stockholm is 11:00 or 10:00 UTC; 10:00-14:00 holds either.
    const openOn = (hours: string, date: string) =>
      statusAt(parseHours(`${hours} 10:00-14:00`), new Date(`${date}T12:00:00+01:00`)).open;
    const openDays = (hours: string, dates: string[]) => dates.filter((date) => openOn(hours, date));

    it('runs round the year end where the end comes before the start', () => {
      expect(
        openDays('Nov Su[-1]-Feb Sa[1]', ['2026-11-28', '2026-11-29', '2027-01-15', '2027-02-06', '2027-02-07']),
      ).to.deep.equal(['2026-11-29', '2027-01-15', '2027-02-06']);
    });

    it('wraps in a year where a moving start comes after the end, and not in one where it does not', () => {
      // Easter 2026 is 5 April (start 19 April, after the end); easter 2027 is 28 March (start 11 April).
      const hours = 'easter +14 days-Apr 16';
      expect(
        openDays(hours, ['2026-02-01', '2026-04-16', '2026-04-17', '2026-04-18', '2026-04-19', '2026-12-31']),
      ).to.deep.equal(['2026-02-01', '2026-04-16', '2026-04-19', '2026-12-31']);
      expect(openDays(hours, ['2027-01-01', '2027-04-10', '2027-04-11', '2027-04-16', '2027-04-17'])).to.deep.equal([
        '2027-04-11',
        '2027-04-16',
      ]);
    });

    it("places an end its offset moves into the next year in its own year's reading", () => {
      // The last Sunday of December 2026 is the 27th: +6 days is 2 January 2027, after the end (10 January 2026),
      // so 2026 reads as the days up to 10 January; late December 2026 is not in the range.
      const hours = 'Dec Su[-1] +6 days-Jan 10';
      expect(
        openDays(hours, ['2026-01-01', '2026-01-10', '2026-01-11', '2026-12-28', '2026-12-31', '2027-01-01']),
      ).to.deep.equal(['2026-01-01', '2026-01-10', '2027-01-01']);
    });
  });

  describe("OSM's unknown state: times with only a comment", () => {
    const cases: Array<[string, string, { open: boolean; unknown: boolean; next: string | null }]> = [
      ['Mo 10:00-12:00 "x"', '2026-11-30T08:30:00', { open: false, unknown: false, next: '2026-11-30T09:00:00' }],
      ['Mo 10:00-12:00 "x"', '2026-11-30T09:30:00', { open: false, unknown: true, next: '2026-11-30T11:00:00' }],
      // An unknown rule with selectors replaces earlier rules for its days, as an open one does.
      [
        'Mo 10:00-12:00; Mo 11:00-13:00 "x"',
        '2026-11-30T09:30:00',
        { open: false, unknown: false, next: '2026-11-30T10:00:00' },
      ],
      // A later rule of times alone paints over the unknown span.
      [
        'Mo 10:00-12:00 "x"; 11:00-13:00',
        '2026-11-30T09:30:00',
        { open: false, unknown: true, next: '2026-11-30T10:00:00' },
      ],
      [
        'Mo 10:00-12:00 "x"; 11:00-13:00',
        '2026-11-30T10:30:00',
        { open: true, unknown: false, next: '2026-11-30T12:00:00' },
      ],
      ['Mo 22:00-02:00 "x"', '2026-11-30T23:30:00', { open: false, unknown: true, next: '2026-12-01T01:00:00' }],
      ['24/7 "x"', '2026-11-30T23:30:00', { open: false, unknown: true, next: null }],
    ];
    for (const [hours, at, expected] of cases) {
      it(`${hours} at ${at}Z`, () => {
        const status = statusAt(parseHours(hours), utc(at));
        expect({
          open: status.open,
          unknown: status.unknown,
          next: status.nextChange?.toISOString() ?? null,
        }).to.deep.equal({
          ...expected,
          next: expected.next && utc(expected.next).toISOString(),
        });
        if (status.unknown) expect(status.comment).to.equal('x');
      });
    }
  });

  it('uses the local date of the zone, not of UTC', () => {
    // 23:30 UTC on the 30th is already 1 December in Stockholm.
    expect(statusAt(parseHours('off'), utc('2026-11-30T23:30:00')).date).to.equal('2026-12-01');
  });

  it('rejects an invalid date and an unknown zone with a RangeError', () => {
    const schedule = parseHours('24/7');
    expect(() => statusAt(schedule, new Date('nope'))).to.throw(RangeError, /valid Date/);
    expect(() => statusAt(schedule, new Date(), 'Mars/Olympus')).to.throw(
      RangeError,
      /Unknown time zone "Mars\/Olympus"/,
    );
  });

  describe('what it remembers of a schedule', () => {
    it('is kept out of sight: the schedule stays the same plain data', () => {
      const schedule = parseHours(DEFAULT_HOURS);
      const before = JSON.stringify(schedule);
      statusAt(schedule, utc('2026-11-30T10:00:00'));
      expect(JSON.stringify(schedule)).to.equal(before);
      expect(Object.keys(schedule)).to.deep.equal(['source', 'rules']);
      expect({ ...schedule }).to.deep.equal(parseHours(DEFAULT_HOURS));
    });

    it('works on a frozen schedule, and on one built by hand', () => {
      const frozen = Object.freeze(parseHours(DEFAULT_HOURS));
      const byHand: Schedule = {
        source: 'Mo-Fr 09:00-16:30',
        rules: [
          {
            text: 'Mo-Fr 09:00-16:30',
            kind: 'normal',
            fallback: false,
            years: null,
            dates: null,
            weeks: null,
            weekdays: { days: new Set([0, 1, 2, 3, 4]), nth: [], publicHolidays: [], holidaysOnDaysOnly: false },
            spans: [{ start: 540, end: 990 }],
            state: 'open',
            comment: null,
          },
        ],
      };
      for (const at of ['2026-11-30T10:00:00', '2026-12-24T10:00:00', '2026-12-05T10:00:00']) {
        expect(statusAt(frozen, utc(at)), at).to.deep.equal(statusAt(parseHours(DEFAULT_HOURS), utc(at)));
      }
      expect(statusAt(byHand, utc('2026-12-05T10:00:00')).nextChange).to.deep.equal(utc('2026-12-07T08:00:00'));
    });

    it('stays right once it has forgotten the oldest days (a page open for years of instants)', () => {
      const hours = 'Mo-Fr 09:00-16:30; Jul off; PH off';
      const schedule = parseHours(hours);
      const day = (n: number) => new Date(Date.UTC(2020, 0, 1, 9) + n * 86_400_000);
      // More days than are remembered (4,000), so the first ones are dropped on the way.
      for (let n = 0; n < 5_000; n++) statusAt(schedule, day(n));
      for (const n of [0, 1, 7, 180, 190, 2_000, 4_999]) {
        expect(statusAt(schedule, day(n)), day(n).toISOString()).to.deep.equal(statusAt(parseHours(hours), day(n)));
      }
    });

    it('gives each answer Dates of its own', () => {
      const schedule = parseHours('24/7');
      const first = statusAt(schedule, utc('2026-11-30T10:00:00'));
      first.today[0].start.setTime(0);
      expect(statusAt(schedule, utc('2026-11-30T11:00:00')).today[0].start).to.deep.equal(utc('2026-11-29T23:00:00'));
    });
  });
});
