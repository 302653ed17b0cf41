import { expect } from '@open-wc/testing';
import { parseHours, summarizeHours } from '../../src/hours.js';

const summarize = (hours: string, at = '2026-11-29T12:00:00Z') => summarizeHours(parseHours(hours), new Date(at));

describe('summarizeHours', () => {
  it('groups the default week, closes on PH and names the eves', () => {
    const summary = summarize('Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off');
    expect(summary.week).to.deep.equal([
      { from: 0, to: 4, spans: [{ start: 540, end: 990 }], unknown: false, comment: null },
    ]);
    expect(summary.publicHolidays).to.deep.equal([]);
    expect(summary.exceptions.map((e) => e.holidays?.map((h) => h.id))).to.deep.equal([
      ['julafton', 'nyarsafton'],
      ['midsommarafton'],
    ]);
    expect(summary.exceptions[1].dates).to.deep.equal(['2027-06-25']);
    expect(summary.exceptions.every((e) => e.state === 'closed' && e.spans === null)).to.equal(true);
  });

  it('lists the coming days that differ from the regular week, from the evaluated schedule', () => {
    const summary = summarize('Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off');
    expect(summary.deviations.map((d) => [d.date, d.holiday?.id, d.open.length])).to.deep.equal([
      ['2026-12-24', 'julafton', 0],
      ['2026-12-25', 'juldagen', 0],
      ['2026-12-31', 'nyarsafton', 0],
      ['2027-01-01', 'nyarsdagen', 0],
      ['2027-01-06', 'trettondedag-jul', 0],
    ]);
  });

  it('names closed weeks among the deviations when they come', () => {
    const summary = summarize('Mo-Fr 09:00-16:30; week 28-31 off "sommarstängt"', '2027-06-28T12:00:00Z');
    expect(summary.deviations[0]).to.deep.include({ date: '2027-07-12', comment: 'sommarstängt' });
  });

  it('splits runs where the hours differ and skips closed days', () => {
    const summary = summarize('Mo-Th 09:00-16:00; Fr 09:00-15:00; Su 12:00-14:00');
    expect(summary.week.map((g) => [g.from, g.to, g.spans[0].end])).to.deep.equal([
      [0, 3, 960],
      [4, 4, 900],
      [6, 6, 840],
    ]);
    expect(summary.publicHolidays).to.equal(null);
  });

  it('applies later weekday rules over earlier ones, and keeps the reason for closed times', () => {
    expect(summarize('Mo-Fr 09:00-16:00; We off').week.map((g) => [g.from, g.to])).to.deep.equal([
      [0, 1],
      [3, 4],
    ]);
    const summary = summarize('Mo-Fr 09:00-16:30; Mo 13:00-16:30 off "personalmöte"');
    expect(summary.week.map((g) => [g.from, g.to, g.spans])).to.deep.equal([
      [0, 0, [{ start: 540, end: 780 }]],
      [1, 4, [{ start: 540, end: 990 }]],
    ]);
    expect(summary.weekClosed).to.deep.equal([
      { from: 0, to: 0, spans: [{ start: 780, end: 990 }], unknown: false, comment: 'personalmöte' },
    ]);
  });

  it('gives a span past midnight to the day it starts', () => {
    expect(summarize('Mo-Su 22:00-06:00').week).to.deep.equal([
      { from: 0, to: 6, spans: [{ start: 1320, end: 1800 }], unknown: false, comment: null },
    ]);
  });

  it('gives dates for exceptions that are not holidays', () => {
    const summary = summarize('Mo-Fr 09:00-16:00; Aug 03-04 10:00-12:00 "training days"');
    expect(summary.exceptions[0]).to.deep.include({
      holidays: null,
      comment: 'training days',
      dates: ['2027-08-03', '2027-08-04'],
      state: 'unknown',
    });
    expect(summary.exceptions[0].spans).to.deep.equal([{ start: 600, end: 720 }]);
  });

  it('says what a fallback rule gives the rest of the time, and no deviation for it', () => {
    const summary = summarize('Mo-Fr 09:00-16:30 || "efter överenskommelse"');
    expect(summary.otherwise).to.deep.equal({ state: 'unknown', comment: 'efter överenskommelse' });
    expect(summary.deviations).to.deep.equal([]);
  });
});
