import { expect } from '@open-wc/testing';
import { HoursSyntaxError, parseHours } from '../../src/hours.js';

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
    expect(s.rules[1].weekdays!.publicHolidays).to.equal(true);
    expect(s.rules[1].spans).to.deep.equal([]);
    expect(s.rules[2].dates).to.deep.equal([
      { type: 'range', from: { month: 12, day: 24 }, to: { month: 12, day: 24 } },
      { type: 'range', from: { month: 12, day: 31 }, to: { month: 12, day: 31 } },
    ]);
    expect([...s.rules[3].weekdays!.days]).to.deep.equal([4]);
  });

  const valid: Array<[string, (s: ReturnType<typeof parseHours>) => void]> = [
    ['24/7', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 0, end: 1440 }])],
    ['closed', (s) => expect(s.rules[0].spans).to.deep.equal([])],
    ['Sa,Su off', (s) => expect([...s.rules[0].weekdays!.days]).to.deep.equal([5, 6])],
    ['Fr-Mo 10:00-12:00', (s) => expect([...s.rules[0].weekdays!.days].sort()).to.deep.equal([0, 4, 5, 6])],
    ['Mo 22:00-06:00', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 1320, end: 1800 }])],
    ['Mo 10:00-10:00', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 600, end: 2040 }])],
    ['Mo 18:00-26:00', (s) => expect(s.rules[0].spans).to.deep.equal([{ start: 1080, end: 1560 }])],
    ['Mo-Fr 08:00-12:00,13:00-17:00', (s) => expect(s.rules[0].spans).to.have.length(2)],
    [
      'Oct 30-Nov 5 off',
      (s) => expect(s.rules[0].dates![0]).to.deep.include({ from: { month: 10, day: 30 }, to: { month: 11, day: 5 } }),
    ],
    ['Dec 24-26 off', (s) => expect(s.rules[0].dates![0]).to.deep.include({ to: { month: 12, day: 26 } })],
    ['Dec 05 off', (s) => expect(s.rules[0].dates![0]).to.deep.include({ from: { month: 12, day: 5 } })],
    ['easter off', (s) => expect(s.rules[0].dates).to.deep.equal([{ type: 'easter', offset: 0 }])],
    ['easter -2 days off', (s) => expect(s.rules[0].dates).to.deep.equal([{ type: 'easter', offset: -2 }])],
    ['easter +1 day off', (s) => expect(s.rules[0].dates).to.deep.equal([{ type: 'easter', offset: 1 }])],
    ['Dec 24,easter off', (s) => expect(s.rules[0].dates).to.have.length(2)],
    [
      '2026 Dec 24,Dec 31 off',
      (s) => {
        // A lone year belongs to the first date only, as in OSM.
        expect(s.rules[0].years).to.equal(null);
        expect(s.rules[0].dates!.map((d) => d.type === 'range' && d.from.year)).to.deep.equal([2026, undefined]);
      },
    ],
    [
      '2026 Dec 24,31 off',
      (s) => expect(s.rules[0].dates!.map((d) => d.type === 'range' && d.from.year)).to.deep.equal([2026, 2026]),
    ],
    [
      '2026 Dec 24,2027 Jan 06 off',
      (s) => expect(s.rules[0].dates!.map((d) => d.type === 'range' && d.from.year)).to.deep.equal([2026, 2027]),
    ],
    ['2026 easter off', (s) => expect(s.rules[0].dates).to.deep.equal([{ type: 'easter', offset: 0, year: 2026 }])],
    ['2026 Mo-Fr 09:00-12:00', (s) => expect(s.rules[0].years).to.deep.equal({ from: 2026, to: 2026 })],
    ['2026-2027 Mo-Fr 09:00-12:00', (s) => expect(s.rules[0].years).to.deep.equal({ from: 2026, to: 2027 })],
    [
      '2026 Dec 24-2027 Jan 02 off',
      (s) => expect(s.rules[0].dates![0]).to.deep.include({ to: { month: 1, day: 2, year: 2027 } }),
    ],
    ['PH Mo 10:00-12:00', (s) => expect(s.rules[0].weekdays!.holidaysOnDaysOnly).to.equal(true)],
    [
      'Su,PH off',
      (s) => expect(s.rules[0].weekdays).to.deep.include({ publicHolidays: true, holidaysOnDaysOnly: false }),
    ],
    ['Dec 24 off "julafton"', (s) => expect(s.rules[0]).to.deep.include({ comment: 'julafton', unknown: false })],
    [
      'Mo 10:00-12:00 "by appointment"',
      (s) => expect(s.rules[0]).to.deep.include({ comment: 'by appointment', unknown: true }),
    ],
    ['Mo 10:00-12:00', (s) => expect(s.rules[0]).to.deep.include({ comment: null, unknown: false })],
    ['  Mo-Fr   09:00-16:30 ;  PH off  ', (s) => expect(s.rules).to.have.length(2)],
  ];
  for (const [text, check] of valid) {
    it(`accepts ${JSON.stringify(text)}`, () => check(parseHours(text)));
  }

  // Each syntax error: the text, where it points, and words the message must contain.
  const invalid: Array<[string, number, RegExp]> = [
    ['', 0, /No opening hours/],
    ['   ', 0, /No opening hours/],
    ['09.00-16.30', 0, /colon: 09:00, not 09.00/],
    ['Mo-Fr 09.00-16.30', 6, /colon/],
    ['Mo-Fr 9:00-16:30', 6, /two digits: 09:00/],
    ['mo-fr 09:00-16:30', 0, /Weekdays are written Mo/],
    ['Mån-Fre 09:00-16:30', 0, /Weekdays are written Mo/],
    ['Mo-Fx 09:00-16:30', 3, /Weekdays are written/],
    ['Mo-Fr', 5, /Expected opening times.*after "Mo-Fr"/],
    ['Mo-Fr; Sa off', 5, /Expected opening times/],
    ['Mo-Fr 09:00', 11, /needs an end/],
    ['Mo-Fr 09:00-', 12, /Expected a time/],
    ['Mo-Fr 24:00-25:00', 6, /Hours run from 00 to 23/],
    ['Mo-Fr 09:60-10:00', 9, /Minutes run from 00 to 59/],
    ['Mo-Fr 09:00-49:00', 12, /at most 48:00/],
    ['Mo-Fr 09:00-16:30;', 17, /Nothing follows the last ";"/],
    ['Mo-Fr 09:00-16:30 || Sa off', 18, /Separate rules with ";"/],
    ['Mo-Fr 09:00-16:30, Sa off', 17, /Separate rules with ";"/],
    ['Dec 32 off', 4, /Dec has no day 32/],
    ['Feb 30 off', 4, /Feb has no day 30/],
    ['Dec off', 4, /day number after "Dec"/],
    ['dec 24 off', 0, /Months are written Jan/],
    ['Juni 19 off', 0, /Months are written/],
    ['SH off', 0, /school holidays/],
    ['Mo-Fr open', 6, /"open" is not needed/],
    ['Mo-Fr 09:00-16:30 open', 18, /expected ";"/],
    ['Dec 24 off "julafton', 11, /no closing quote/],
    ['easter + 2 days off', 7, /easter -2 days/],
    ['Dec 24-2027 Jan 02 off', 7, /only when it starts in one/],
    ['2027-2026 off', 5, /ends \(2026\) before it starts/],
    ['2026,2028 Dec 24 off', 4, /one year or a range of years/],
    ['Mo-Fr 24/7', 6, /"24\/7" stands alone as a rule; for whole days, write e.g. "Mo-Fr 00:00-24:00"/],
    ['Mo-Fr 09:00-16:30 "a" "b"', 22, /expected ";"/],
    ['Mo-Fr@ 09:00-16:30', 5, /Unexpected "@/],
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
