import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OpeningHours } from '../.oracles/oracles.js';
import { nthRangeHours, scheduleAndInstants } from '../support/hours-arbitraries.js';
import {
  compare as compareWithReference,
  DAY,
  noVerdicts,
  ours,
  reference,
  type Verdict,
} from '../support/reference-comparison.js';

/** Fails the test on a mismatch, with both answers; otherwise returns how the sample was judged. */
function compare(hours: string, at: Date): Verdict {
  const { verdict, actual, expected } = compareWithReference(hours, at);
  if (verdict === 'mismatch') expect(actual, `${hours} at ${at.toISOString()}`).to.deep.equal(expected);
  return verdict;
}

/*
 * statusAt against opening_hours.js over random schedules of the supported
 * subset and random instants 2005-2100. opening_hours.js reads the machine's
 * local time, so this group runs with the browser in Europe/Stockholm.
 */

describe('statusAt against opening_hours.js', () => {
  it('runs in Europe/Stockholm (precondition)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Stockholm');
  });

  // 300 schedules here, in four tests of 75 with seeds of their own, so that none runs long on a busy
  // machine; `npm run compare` runs the same comparison over tens of thousands.
  const seed = Number(new URLSearchParams(location.search).get('seed') ?? 20261129);
  for (let part = 0; part < 4; part++) {
    it(`agrees on random schedules and instants 2005-2100 (part ${part + 1} of 4)`, () => {
      const verdicts = noVerdicts();
      fc.assert(
        fc.property(scheduleAndInstants, ([hours, instants]) => {
          for (const ms of instants) verdicts[compare(hours, new Date(ms))]++;
        }),
        { numRuns: 75, seed: seed + part },
      );
      const total = verdicts.same + verdicts.confirmed + verdicts.unanswered + verdicts['near-dst'];
      // Most samples are compared; the reference cannot answer some, and DST days are judged elsewhere.
      expect(verdicts.same / total, JSON.stringify(verdicts)).to.be.above(0.8);
      expect(verdicts['near-dst'] / total, JSON.stringify(verdicts)).to.be.below(0.03);
    });
  }

  // Two years, each half-year a test of its own; `npm run compare` covers every year 2025-2040.
  for (const year of [2026, 2038]) {
    for (const [from, to, months] of [
      [0, 6, 'January-June'],
      [6, 12, 'July-December'],
    ] as const) {
      it(`agrees on every day of ${months} ${year}, at six hours a day, on the default hours`, () => {
        const hours = 'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off';
        let checked = 0;
        for (let day = Date.UTC(year, from, 1); day < Date.UTC(year, to, 1); day += DAY) {
          for (const hour of [1, 7, 8, 12, 15, 22]) {
            const at = new Date(day + hour * 3_600_000);
            // No exclusions here: these hours never run past midnight, and the reference is right on DST days.
            const { confirmed, ...expected } = reference(hours, at)!;
            expect(ours(hours, at), at.toISOString()).to.deep.equal(expected);
            expect(confirmed, 'the reference answers these directly').to.equal(false);
            checked++;
          }
        }
        expect(checked).to.equal(6 * ((Date.UTC(year, to, 1) - Date.UTC(year, from, 1)) / DAY));
      });
    }
  }

  // Every third day (so every weekday comes round), three times a day, through a year: a test per schedule.
  for (const hours of [
    'Mo-Fr 09:00-16:30; Jul off',
    'Jun-Aug Mo-Fr 09:00-15:00',
    'Jun-Aug: Mo-Fr 09:00-15:00',
    'Mo-Fr 09:00-16:30; week 28-31 off',
    'Mo-Fr 09:00-16:30; Mo 13:00-16:30 off "personalmöte"',
    'Mo-Fr 08:00-12:00 open, Sa 10:00-12:00',
    'Mo[1] 09:00-12:00',
    'Fr[-1] 09:00-12:00',
    'Mo-Fr 09:00-16:30 || "efter överenskommelse"',
    'Mo-Fr 09:00–16:30',
    'Sa[-1] +1 day 10:00-12:00; PH +1 day off',
    'Mo-Fr 09:00-16:30; Nov-Feb Mo-Fr 10:00-15:00; easter -3 days-easter +1 day off',
    // Written as opening_hours.js also reads them: spans apart by spaces, "week" again after ",", "24/7:".
    'Mo-Fr 09:00-12:00 13:00-16:30; PH off',
    'week 01,week 03: Mo-Fr 10:00-12:00; Tu 08:00-09:00',
    '24/7: closed "stängt"; Mo-Fr 09:00-16:30',
    // Years as opening_hours.js reads them: a list, from a year on, every other year from one.
    'Mo-Fr 09:00-16:30; 2025,2026,2030-2031 Dec 28-31 off',
    'Mo-Fr 09:00-16:30; 2026+ Fr 13:00-16:30 off',
    'Mo-Fr 09:00-16:30; 2024/2 Jun 01-Aug 31 Mo-Fr 09:00-15:00',
  ]) {
    it(`agrees on "${hours}", as Swedish offices write it, three times a day through a year`, () => {
      const verdicts = noVerdicts();
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 3 * DAY) {
        for (const hour of [7, 11, 15]) verdicts[compare(hours, new Date(day + hour * 3_600_000))]++;
      }
      expect(verdicts.unanswered, JSON.stringify(verdicts)).to.equal(0);
      expect(verdicts.same, JSON.stringify(verdicts)).to.be.above(122 * 3 * 0.95);
    });
  }

  // Date ranges from or to an nth weekday (seasons and DST-like periods): every day of two years, each day exact.
  for (const hours of [
    'Mar Su[-1]-Oct Su[-1] -1 day 09:00-17:00',
    'Jan Su[2]-Jan 15 10:00-14:00',
    'Mo-Fr 09:00-16:30; Aug 02-Aug Mo[1] off',
    'Mo-Fr 09:00-16:30; Mar Su[-1] -1 day-Oct Su[-1] Fr 13:00-16:30 off',
    'Nov Su[-1]-Feb Sa[1] 10:00-12:00',
    // Round the year end in some years and not in others, or with an end moved into another year.
    'easter +14 days-Apr 16 10:00-14:00',
    'Mo-Fr 09:00-16:30; Dec Su[-1] +6 days-Jan 10 off',
    'Jan Su[1] -6 days-Jan 20 10:00-14:00',
  ]) {
    it(`agrees on "${hours}" on every day of two years`, () => {
      const verdicts = noVerdicts();
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += DAY) {
        verdicts[compare(hours, new Date(day + 11 * 3_600_000))]++;
      }
      expect(verdicts, JSON.stringify(verdicts)).to.include({ same: 730, mismatch: 0 });
    });
  }

  // Random ranges from or to nth weekdays (see nthRangeHours), every other day of two years at noon: three tests
  // of ten schedules, with seeds of their own, so that none runs long on a busy machine.
  for (const part of [0, 1, 2]) {
    it(`agrees on 10 random date ranges from or to nth weekdays, every other day of two years (${part + 1} of 3)`, () => {
      const verdicts = noVerdicts();
      for (const hours of fc.sample(nthRangeHours, { numRuns: 10, seed: 20261205 + part })) {
        for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 2 * DAY) {
          const verdict = compare(hours, new Date(day + 11 * 3_600_000));
          verdicts[verdict]++;
          if (verdict === 'mismatch') {
            throw new Error(`differs on "${hours}" on ${new Date(day).toISOString().slice(0, 10)}`);
          }
        }
      }
      expect(verdicts.same, JSON.stringify(verdicts)).to.equal(10 * 365);
    });
  }

  // Open ends as its intervals (getOpenIntervals, its own test suite) read them: unknown from the open end until
  // the rule's next time, and a guess past midnight; every 15 minutes of a week, so every boundary is sampled.
  const openEnds = [
    '07:00+,12:00-16:00',
    '07:00+,12:00-13:00,13:00-16:00',
    '12:00-16:00,07:00+',
    '05:00-06:00,06:45-07:00+,13:00-16:00',
    '13:00-17:00+',
    '14:00-17:00+',
    'Mo-Fr 13:00-17:00+; Sa 10:00-12:00',
    '17:00+,18:00-19:00',
    'Mo,We 22:00+',
    '22:00-02:00+',
    // Runs of whole-day rules, fallbacks among them, after open ends and spans past midnight.
    '10:00-12:00+ || Mo unknown "a" || Tu off "b" || open "c"',
    'We 22:00-03:00; Th off; Th unknown "x" || closed',
  ];
  for (const first of [0, 4, 8]) {
    const part = openEnds.slice(first, first + 4);
    it(`agrees on open ends as its intervals read them (${first + 1}-${first + 4} of 12), every 15 minutes of a week`, () => {
      const verdicts = noVerdicts();
      const monday = Date.UTC(2026, 10, 30);
      for (const h of part) {
        for (let at = monday; at < monday + 7 * DAY; at += 15 * 60_000) verdicts[compare(h, new Date(at))]++;
      }
      expect(verdicts.same, JSON.stringify(verdicts)).to.equal(4 * 7 * 96);
    });
  }

  // Every 15 minutes: each time in these schedules is a multiple of 30 minutes, so every boundary is sampled.
  // Two tests of four schedules each, so that neither runs long on a busy machine.
  const aroundMidnight = [
    'Su 01:00-05:00',
    'Sa-Su 02:30-03:30',
    'Mo-Su 22:00-02:30',
    'Fr 22:00-04:00; Sa off',
    'Sa 10:00-12:00; Fr 22:00-04:00',
    'Mo-Su 22:00-04:00; Fr off',
    'Su 00:00-24:00; Mo 00:00-24:00',
    'Mo-Fr 08:00-12:00; 13:00-14:00; We off',
  ];
  const weekends = [
    Date.UTC(2026, 0, 16),
    Date.UTC(2026, 2, 27), // DST starts on the 29th
    Date.UTC(2026, 9, 23), // DST ends on the 25th
  ];
  for (const first of [0, 4]) {
    const part = aroundMidnight.slice(first, first + 4);
    it(`agrees on schedules around midnight (${first + 1}-${first + 4} of 8), every 15 minutes over ordinary and DST weekends`, () => {
      const verdicts = noVerdicts();
      for (const h of part) {
        for (const start of weekends) {
          for (let at = start; at < start + 4 * DAY; at += 15 * 60_000) verdicts[compare(h, new Date(at))]++;
        }
      }
      expect(verdicts.same, JSON.stringify(verdicts)).to.be.above(verdicts.unanswered + verdicts['near-dst']);
    });
  }
});

describe('opening_hours.js refuses what parseHours refuses', () => {
  // The texts parseHours now refuses (test/core/hours-parser.test.ts): the reference refuses each too.
  const texts = [
    'week 30-40/1 Mo 10:00-12:00',
    'week 30-40/27 Mo 10:00-12:00',
    'easter + 370 days',
    'Jun 30-24',
    '2014-2014',
    'Tu 23:59-48:00+',
    'Mo[2] - 7 days',
  ];
  const nominatim = { lat: 59.33, lon: 18.06, address: { country_code: 'se', state: 'Stockholm' } };
  for (const text of texts) {
    it(`refuses ${text}`, () => {
      expect(() => new OpeningHours(text, nominatim, { mode: 0, warnings_severity: 0 } as never)).to.throw();
    });
  }
});
