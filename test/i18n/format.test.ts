import { expect } from '@open-wc/testing';
import {
  capitalize,
  formatDay,
  formatDayTime,
  formatIsoDate,
  formatList,
  formatMinutes,
  formatTime,
  weekdayName,
} from '../../src/i18n/format.js';

describe('format', () => {
  const at = new Date('2026-12-28T08:00:00Z'); // 09:00 in Stockholm, a Monday

  it('writes Swedish times with a dot and English ones with a colon', () => {
    expect(formatMinutes(540, 'sv')).to.equal('09.00');
    expect(formatMinutes(990, 'en')).to.equal('16:30');
    expect(formatMinutes(1440, 'sv')).to.equal('24.00');
    expect(formatMinutes(1800, 'sv'), 'past midnight').to.equal('06.00');
  });

  it('reads instants in the given zone, never the browser’s', () => {
    expect(formatTime(at, 'sv', 'Europe/Stockholm')).to.equal('09.00');
    expect(formatTime(at, 'en', 'Asia/Tokyo')).to.equal('17:00');
    // No break before the time: it never starts a line of its own.
    expect(formatDayTime(at, 'sv', 'Europe/Stockholm')).to.equal('måndag 28 december\u00a009.00');
    expect(formatDayTime(at, 'en', 'Europe/Stockholm')).to.equal('Monday 28 December\u00a0at\u00a009:00');
  });

  it('names weekdays, dates and lists in each language', () => {
    expect([0, 4, 6].map((d) => weekdayName(d as 0 | 4 | 6, 'sv'))).to.deep.equal(['måndag', 'fredag', 'söndag']);
    expect(weekdayName(0, 'en')).to.equal('Monday');
    expect(formatIsoDate('2027-06-25', 'sv')).to.equal('25 juni 2027');
    expect(formatIsoDate('2027-06-25', 'en')).to.equal('25 June 2027');
    expect(formatList(['julafton', 'nyårsafton', 'midsommarafton'], 'sv')).to.equal(
      'julafton, nyårsafton och midsommarafton',
    );
    expect(formatList(['a', 'b'], 'en')).to.equal('a and b');
    expect(capitalize('måndag–fredag')).to.equal('Måndag–fredag');
  });

  it('writes every day of four years, and lists of every length, as Intl does for sv-SE and en-GB', () => {
    // The tables replace Intl (whose start-up is costly on a phone); Intl stays the reference they are held to.
    for (const [locale, tag] of [
      ['sv', 'sv-SE'],
      ['en', 'en-GB'],
    ] as const) {
      const day = new Intl.DateTimeFormat(tag, {
        timeZone: 'Europe/Stockholm',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      });
      const date = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      for (let t = Date.UTC(2026, 0, 1, 11); t < Date.UTC(2030, 0, 1); t += 86_400_000) {
        const at = new Date(t);
        expect(formatDay(at, locale, 'Europe/Stockholm'), at.toISOString()).to.equal(day.format(at));
        expect(formatIsoDate(at.toISOString().slice(0, 10), locale), at.toISOString()).to.equal(date.format(at));
      }
      const list = new Intl.ListFormat(tag, { type: 'conjunction' });
      for (let n = 0; n <= 5; n++) {
        const items = ['julafton', 'nyårsafton', 'midsommarafton', 'påskafton', 'pingstafton'].slice(0, n);
        expect(formatList(items, locale)).to.equal(list.format(items));
      }
    }
  });
});
