import { expect } from '@open-wc/testing';
import { parseNow } from '../../src/core/parse-now.js';
import { parseHours, statusAt, summarizeHours } from '../../src/hours.js';

describe('parseNow', () => {
  it('reads an instant with its offset', () => {
    expect((parseNow('2026-12-24T10:00:00+01:00') as Date).toISOString()).to.equal('2026-12-24T09:00:00.000Z');
    expect((parseNow('2028-02-29T10:00Z') as Date).toISOString()).to.equal('2028-02-29T10:00:00.000Z');
  });

  const impossible: Array<[string, RegExp]> = [
    ['2026-02-30T10:00:00Z', /no such date: February 2026 has 28 days/],
    ['2026-02-29T10:00:00Z', /no such date: February 2026 has 28 days/],
    ['2026-04-31T10:00:00+02:00', /no such date: April 2026 has 30 days/],
    ['2026-13-01T10:00:00Z', /no such date: there is no month 13/],
    ['2026-00-10T10:00:00Z', /no such date: there is no month 0/],
    ['2026-01-00T10:00:00Z', /no such date: January 2026 has 31 days/],
    ['2026-01-10T24:00:00Z', /no such time of day/],
    ['2026-01-10T10:60:00Z', /no such time of day/],
    ['2026-01-10T10:00:00+25:00', /no such UTC offset/],
  ];
  for (const [text, reason] of impossible) {
    it(`refuses ${text} instead of reading another day`, () => {
      expect(parseNow(text)).to.be.a('string').and.match(reason);
    });
  }
});

describe('the end of the supported years', () => {
  it('names no next change past year 9999, so every change it gives can be asked about', () => {
    for (const hours of ['Jan 02 10:00-11:00', 'easter 10:00-11:00', 'PH 10:00-11:00', 'Mo-Fr 09:00-16:30; PH off']) {
      const schedule = parseHours(hours);
      for (const at of ['9999-06-01T10:00:00Z', '9999-12-30T10:00:00Z', '9999-12-31T22:00:00Z']) {
        const status = statusAt(schedule, new Date(at));
        if (status.nextChange) expect(() => statusAt(schedule, status.nextChange!), `${hours} at ${at}`).to.not.throw();
        const summary = summarizeHours(schedule, new Date(at));
        for (const d of summary.deviations) expect(d.date, hours).to.match(/^9999-/);
        for (const e of summary.exceptions) for (const date of e.dates) expect(date, hours).to.match(/^9999-/);
      }
    }
  });
});
