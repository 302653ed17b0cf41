import { expect } from '@open-wc/testing';
import { parseHours, statusAt } from '../../src/hours.js';

/*
 * Open ends as opening_hours.js's intervals read them (its getOpenIntervals and
 * its own test suite), in Stockholm on Monday 7 and Tuesday 8 December 2026.
 * Each line: the state from that time on, until the next line.
 */
const at = (time: string, day = 7) => new Date(`2026-12-0${day}T${time}:00+01:00`);
const state = (hours: string, when: Date) => {
  const status = statusAt(parseHours(hours), when, 'Europe/Stockholm');
  return status.open ? 'open' : status.unknown ? 'unknown' : 'closed';
};

const TABLE: Array<[string, Array<[string, number, string]>]> = [
  [
    '07:00+,12:00-16:00',
    [
      ['06:59', 7, 'closed'],
      ['07:00', 7, 'unknown'],
      ['11:59', 7, 'unknown'],
      ['12:00', 7, 'open'],
      ['16:00', 7, 'closed'],
      ['23:59', 7, 'closed'],
    ],
  ],
  [
    '05:00-06:00,06:45-07:00+,13:00-16:00',
    [
      ['06:50', 7, 'open'],
      ['07:00', 7, 'unknown'],
      ['12:59', 7, 'unknown'],
      ['13:00', 7, 'open'],
      ['16:30', 7, 'closed'],
    ],
  ],
  [
    '13:00-17:00+',
    [
      ['16:59', 7, 'open'],
      ['17:00', 7, 'unknown'],
      ['23:59', 7, 'unknown'],
      ['02:59', 8, 'unknown'],
      ['03:00', 8, 'closed'],
    ],
  ],
  [
    '17:00+,18:00-19:00',
    [
      ['17:30', 7, 'unknown'],
      ['18:30', 7, 'open'],
      ['19:00', 7, 'closed'],
      ['01:00', 8, 'closed'],
    ],
  ],
  ['Mo 17:00+', [['02:00', 8, 'unknown']]],
];

describe('open ends', () => {
  for (const [hours, lines] of TABLE) {
    it(`reads ${hours} as opening_hours.js's intervals do`, () => {
      for (const [time, day, expected] of lines) {
        expect(state(hours, at(time, day)), `${hours} at ${time} on the ${day}th`).to.equal(expected);
      }
    });
  }

  it('takes whole-day fallback rules in order, each only where the state before it is closed', () => {
    // Monday 7 and Tuesday 8 December: the fallbacks give Monday unknown, Tuesday closed then open ("c" takes it).
    const hours = '10:00-12:00+ || Mo unknown "a" || Tu off "b" || open "c"';
    const at0900 = (day: number) => statusAt(parseHours(hours), at('09:00', day), 'Europe/Stockholm');
    expect(at0900(7)).to.deep.include({ open: false, unknown: true, comment: 'a' });
    expect(at0900(8)).to.deep.include({ open: true, unknown: false, comment: 'c' });
    expect(state(hours, at('11:00', 8))).to.equal('open');
    expect(state(hours, at('12:30', 8))).to.equal('unknown');
  });

  it('says when the unknown after an open end ends', () => {
    const status = statusAt(parseHours('07:00+,12:00-16:00'), at('08:00'), 'Europe/Stockholm');
    expect(status.nextChange?.toISOString()).to.equal(at('12:00').toISOString());
  });
});
