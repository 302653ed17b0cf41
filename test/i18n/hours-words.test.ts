import { expect } from '@open-wc/testing';
import { deviationsInWords, hoursInWords } from '../../src/i18n/hours-words.js';
import { parseHours, summarizeHours } from '../../src/hours.js';
import type { WidgetLocale } from '../../src/i18n/locale.js';

/* The hours in words for what Swedish offices write, in both languages, from the evaluated schedule. */
let locale: WidgetLocale = 'sv';
async function inLocale(next: WidgetLocale): Promise<void> {
  locale = next;
}

const words = (hours: string, at = '2026-11-30T10:00:00+01:00') =>
  hoursInWords(summarizeHours(parseHours(hours), new Date(at)), locale);

describe('hours in words', () => {
  after(() => (locale = 'sv'));

  const table: Array<[string, string[], string[]]> = [
    [
      'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off',
      ['Måndag–fredag 09.00–16.30', 'Stängt helgdagar, midsommarafton, julafton och nyårsafton'],
      ['Monday–Friday 09:00–16:30', "Closed on public holidays, Midsummer Eve, Christmas Eve and New Year's Eve"],
    ],
    [
      'Mo-Fr 09:00-16:30; Jul off',
      ['Måndag–fredag 09.00–16.30', 'Juli: stängt'],
      ['Monday–Friday 09:00–16:30', 'July: closed'],
    ],
    [
      'Jun-Aug Mo-Fr 09:00-15:00',
      ['Juni–augusti: måndag–fredag 09.00–15.00'],
      ['June–August: Monday–Friday 09:00–15:00'],
    ],
    [
      'Mo-Fr 09:00-16:30; 2026+ Dec 28 off',
      ['Måndag–fredag 09.00–16.30', '28 december från och med 2026: stängt'],
      ['Monday–Friday 09:00–16:30', '28 December from 2026 on: closed'],
    ],
    [
      'Mo-Fr 09:00-16:30; 2020/2 Dec 28 off',
      ['Måndag–fredag 09.00–16.30', '28 december från och med 2020, vartannat år: stängt'],
      ['Monday–Friday 09:00–16:30', '28 December from 2020 on, every other year: closed'],
    ],
    [
      'Mo-Fr 09:00-16:30; week 28-31 off',
      ['Måndag–fredag 09.00–16.30', 'Vecka 28–31: stängt'],
      ['Monday–Friday 09:00–16:30', 'Week 28–31: closed'],
    ],
    [
      'Mo-Fr 09:00-16:30; Mo 13:00-16:30 off "personalmöte"',
      ['Måndag 09.00–13.00', 'Tisdag–fredag 09.00–16.30', 'Måndag 13.00–16.30 stängt (personalmöte)'],
      ['Monday 09:00–13:00', 'Tuesday–Friday 09:00–16:30', 'Monday 13:00–16:30 closed (personalmöte)'],
    ],
    [
      'Mo-Fr 08:00-12:00 open, Sa 10:00-12:00',
      ['Måndag–fredag 08.00–12.00', 'Lördag 10.00–12.00'],
      ['Monday–Friday 08:00–12:00', 'Saturday 10:00–12:00'],
    ],
    ['Mo[1] 09:00-12:00', ['Första måndagen i månaden 09.00–12.00'], ['First Monday of the month 09:00–12:00']],
    [
      'Mo-Fr 09:00-16:30; Mar Su[-1] -1 day-Oct Su[-1] Fr 13:00-16:30 off',
      [
        'Måndag–fredag 09.00–16.30',
        'Dagen före sista söndagen i mars–sista söndagen i oktober: fredag 13.00–16.30 stängt',
      ],
      [
        'Monday–Friday 09:00–16:30',
        'The day before last Sunday of March–last Sunday of October: Friday 13:00–16:30 closed',
      ],
    ],
    [
      'Jan Su[2]-Jan 15 10:00-14:00',
      ['Andra söndagen i januari–15 januari: 10.00–14.00'],
      ['Second Sunday of January–15 January: 10:00–14:00'],
    ],
    ['Fr[-1] 09:00-12:00', ['Sista fredagen i månaden 09.00–12.00'], ['Last Friday of the month 09:00–12:00']],
    [
      'Sa[-1] +1 day 10:00-12:00',
      ['Dagen efter sista lördagen i månaden 10.00–12.00'],
      ['The day after last Saturday of the month 10:00–12:00'],
    ],
    [
      'Mo-Fr 09:00-16:30 || "efter överenskommelse"',
      ['Måndag–fredag 09.00–16.30', 'Övrig tid: efter överenskommelse'],
      ['Monday–Friday 09:00–16:30', 'Other times: efter överenskommelse'],
    ],
    ['Mo-Fr 09:00–16:30', ['Måndag–fredag 09.00–16.30'], ['Monday–Friday 09:00–16:30']],
    ['Mo-Su 22:00-06:00', ['Alla dagar 22.00–06.00'], ['Every day 22:00–06:00']],
    ['Fr 17:00+', ['Fredag 17.00–03.00 (osäkert)'], ['Friday 17:00–03:00 (uncertain)']],
    ['Mo-Fr 10:00-14:00+', ['Måndag–fredag 10.00–14.00'], ['Monday–Friday 10:00–14:00']],
    ['off', ['Inga fasta öppettider'], ['No regular hours']],
  ];
  for (const [hours, sv, en] of table) {
    it(`describes ${JSON.stringify(hours)} in Swedish and English`, async () => {
      await inLocale('sv');
      expect(words(hours)).to.deep.equal(sv);
      await inLocale('en');
      expect(words(hours)).to.deep.equal(en);
    });
  }

  it('lists the closed days in calendar order, whatever the date', async () => {
    await inLocale('sv');
    const hours = 'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off';
    for (const at of ['2026-12-24T10:00:00+01:00', '2026-12-25T10:00:00+01:00', '2027-06-01T10:00:00+02:00']) {
      expect(words(hours, at)[1], at).to.equal('Stängt helgdagar, midsommarafton, julafton och nyårsafton');
    }
  });

  it('says the coming deviations with their reasons', async () => {
    await inLocale('sv');
    const summary = summarizeHours(
      parseHours('Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; week 28-31 off "sommarstängt"'),
      new Date('2026-12-20T10:00:00+01:00'),
    );
    expect(deviationsInWords(summary.deviations, locale).slice(0, 2)).to.deep.equal([
      'Torsdag 24 december (julafton): stängt',
      'Fredag 25 december (juldagen): stängt',
    ]);
    const summer = summarizeHours(
      parseHours('Mo-Fr 09:00-16:30; week 28-31 off "sommarstängt"'),
      new Date('2027-07-09T10:00:00+02:00'),
    );
    expect(deviationsInWords(summer.deviations, locale)[0]).to.equal('Måndag 12 juli (sommarstängt): stängt');
    await inLocale('en');
    expect(deviationsInWords(summer.deviations, locale)[0]).to.equal('Monday 12 July (sommarstängt): closed');
  });
});
