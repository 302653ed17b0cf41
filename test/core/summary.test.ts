import { expect } from '@open-wc/testing';
import { parseHours, summarizeHours } from '../../src/hours.js';

const summarize = (hours: string, at = '2026-11-29T12:00:00Z') => summarizeHours(parseHours(hours), new Date(at));

describe('summarizeHours', () => {
  it('groups the default week, closes on PH and names the eves', () => {
    const summary = summarize('Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off');
    expect(summary.week).to.deep.equal([{ from: 0, to: 4, spans: [{ start: 540, end: 990 }], comment: null }]);
    expect(summary.publicHolidays).to.deep.equal([]);
    expect(summary.exceptions.map((e) => e.holidays?.map((h) => h.id))).to.deep.equal([
      ['julafton', 'nyarsafton'],
      ['midsommarafton'],
    ]);
    expect(summary.exceptions[1].dates).to.deep.equal(['2027-06-25']);
    expect(summary.exceptions.every((e) => e.spans.length === 0)).to.equal(true);
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

  it('applies later weekday rules over earlier ones', () => {
    const summary = summarize('Mo-Fr 09:00-16:00; We off');
    expect(summary.week.map((g) => [g.from, g.to])).to.deep.equal([
      [0, 1],
      [3, 4],
    ]);
  });

  it('gives dates for exceptions that are not holidays', () => {
    const summary = summarize('Mo-Fr 09:00-16:00; Aug 03-04 10:00-12:00 "training days"');
    expect(summary.exceptions[0]).to.deep.include({
      holidays: null,
      comment: 'training days',
      dates: ['2027-08-03', '2027-08-04'],
    });
    expect(summary.exceptions[0].spans).to.deep.equal([{ start: 600, end: 720 }]);
  });
});
