import { expect } from '@open-wc/testing';
import {
  capitalize,
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
    expect(capitalize('måndag–fredag', 'sv')).to.equal('Måndag–fredag');
  });
});
