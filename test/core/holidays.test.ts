import { expect } from '@open-wc/testing';
import { swedishHolidays } from '../../src/hours.js';

const datesOf = (year: number) => Object.fromEntries(swedishHolidays(year).map((h) => [h.id, h.date]));

describe('swedishHolidays', () => {
  // Dates checked against the Swedish almanac for each year.
  const table: Record<number, Record<string, string>> = {
    2005: {
      langfredagen: '2005-03-25',
      paskdagen: '2005-03-27',
      'kristi-himmelsfardsdag': '2005-05-05',
      pingstdagen: '2005-05-15',
      midsommarafton: '2005-06-24',
      midsommardagen: '2005-06-25',
      'alla-helgons-dag': '2005-11-05',
    },
    2024: {
      langfredagen: '2024-03-29',
      paskafton: '2024-03-30',
      paskdagen: '2024-03-31',
      'annandag-pask': '2024-04-01',
      'kristi-himmelsfardsdag': '2024-05-09',
      pingstafton: '2024-05-18',
      pingstdagen: '2024-05-19',
      midsommarafton: '2024-06-21',
      midsommardagen: '2024-06-22',
      allhelgonaafton: '2024-11-01',
      'alla-helgons-dag': '2024-11-02',
    },
    2026: {
      langfredagen: '2026-04-03',
      paskdagen: '2026-04-05',
      'annandag-pask': '2026-04-06',
      'kristi-himmelsfardsdag': '2026-05-14',
      pingstdagen: '2026-05-24',
      midsommarafton: '2026-06-19',
      midsommardagen: '2026-06-20',
      allhelgonaafton: '2026-10-30',
      'alla-helgons-dag': '2026-10-31',
    },
    2038: {
      paskdagen: '2038-04-25',
      'kristi-himmelsfardsdag': '2038-06-03',
      pingstdagen: '2038-06-13',
      midsommarafton: '2038-06-25',
      midsommardagen: '2038-06-26',
    },
    2100: { paskdagen: '2100-03-28', midsommarafton: '2100-06-25', 'alla-helgons-dag': '2100-11-06' },
  };
  for (const [year, expected] of Object.entries(table)) {
    it(`dates the moveable days of ${year}`, () => {
      const dates = datesOf(Number(year));
      for (const [id, date] of Object.entries(expected)) expect(dates[id], id).to.equal(date);
    });
  }

  it('lists the fixed days, and the eves of DESIGN.md as eves', () => {
    const list = swedishHolidays(2027);
    const byId = Object.fromEntries(list.map((h) => [h.id, h]));
    expect(byId.nyarsdagen.date).to.equal('2027-01-01');
    expect(byId['trettondedag-jul'].date).to.equal('2027-01-06');
    expect(byId['forsta-maj'].date).to.equal('2027-05-01');
    expect(byId.nationaldagen.date).to.equal('2027-06-06');
    expect(byId.juldagen.date).to.equal('2027-12-25');
    expect(byId['annandag-jul'].date).to.equal('2027-12-26');
    const eves = list.filter((h) => h.kind === 'eve').map((h) => h.id);
    expect(eves).to.have.members([
      'trettondagsafton',
      'paskafton',
      'valborgsmassoafton',
      'pingstafton',
      'midsommarafton',
      'allhelgonaafton',
      'julafton',
      'nyarsafton',
    ]);
    expect(list.filter((h) => h.kind === 'public')).to.have.length(13);
  });

  it('names every day in Swedish and English', () => {
    const juldagen = swedishHolidays(2026).find((h) => h.id === 'juldagen')!;
    expect(juldagen.name).to.deep.equal({ sv: 'juldagen', en: 'Christmas Day' });
    for (const h of swedishHolidays(2026)) {
      expect(h.name.sv, h.id).to.have.length.greaterThan(0);
      expect(h.name.en, h.id).to.have.length.greaterThan(0);
    }
  });

  it('keeps annandag pingst before 2005 and nationaldagen from 2005', () => {
    expect(datesOf(2004)['annandag-pingst']).to.equal('2004-05-31');
    expect(datesOf(2004).nationaldagen).to.equal(undefined);
    expect(datesOf(2005)['annandag-pingst']).to.equal(undefined);
    expect(datesOf(2005).nationaldagen).to.equal('2005-06-06');
  });

  it('returns the days in date order', () => {
    const dates = swedishHolidays(2031).map((h) => h.date);
    expect(dates).to.deep.equal([...dates].sort());
  });

  it('rejects a year that is not a whole number', () => {
    expect(() => swedishHolidays(2026.5)).to.throw(RangeError, /whole number/);
  });
});
