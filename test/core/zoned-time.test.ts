import { expect } from '@open-wc/testing';
import { checkZoneRules, offsetAt, resetZoneRules, type ZoneData } from '../../src/core/zoned-time.js';
import { parseHours } from '../../src/core/hours-parser.js';
import { statusAt } from '../../src/core/status.js';

const HOUR = 3_600_000;
const STOCKHOLM = 'Europe/Stockholm';

describe('zoned time: Stockholm without Intl, the browser as the authority', () => {
  afterEach(() => resetZoneRules());

  it('gives the offsets the browser gives, every year from 1953 to 2100 and far ahead', () => {
    const years = [...Array.from({ length: 148 }, (_, i) => 1953 + i), 2200, 2500, 5000, 9999];
    for (const year of years) offsetAt(Date.UTC(year, 6, 1), STOCKHOLM); // the rule answers for each year
    expect(checkZoneRules(), 'no year differs from Intl').to.deep.equal([]);
    // And at the changes themselves, to the millisecond: 2026's end of summer time.
    const change = Date.UTC(2026, 9, 25, 1);
    expect(offsetAt(change - 1, STOCKHOLM)).to.equal(2 * HOUR);
    expect(offsetAt(change, STOCKHOLM)).to.equal(HOUR);
  });

  it('drops its rule for the browser’s data when they differ, and says which zone changed', () => {
    const summer = Date.UTC(2026, 6, 1);
    expect(offsetAt(summer, STOCKHOLM)).to.equal(2 * HOUR);
    // An authority that says Sweden stays on summer time all year (as a law change would).
    const permanentSummer: ZoneData = () => 2 * HOUR;
    expect(checkZoneRules(permanentSummer)).to.deep.equal([STOCKHOLM]);
    expect(offsetAt(Date.UTC(2026, 11, 24), STOCKHOLM), 'December now follows the authority').to.equal(2 * HOUR);
    expect(checkZoneRules(permanentSummer), 'checked once: nothing more to correct').to.deep.equal([]);
  });

  it('makes statusAt work a schedule out again after a correction, the same schedule object too', () => {
    const schedule = parseHours('Mo-Fr 09:00-16:30');
    const at = new Date('2026-07-01T15:00:00Z'); // 17:00 in Swedish summer time: closed
    expect(statusAt(schedule, at).open).to.equal(false);
    expect(checkZoneRules(() => HOUR)).to.deep.equal([STOCKHOLM]); // no summer time: 16:00, open
    expect(statusAt(schedule, at).open).to.equal(true);
    resetZoneRules();
    expect(statusAt(schedule, at).open, 'and back with the rule').to.equal(false);
  });

  it('leaves a zone without a rule to Intl', () => {
    expect(offsetAt(Date.UTC(2026, 0, 15), 'Asia/Tokyo')).to.equal(9 * HOUR);
    expect(offsetAt(Date.UTC(2026, 6, 15), 'America/Los_Angeles')).to.equal(-7 * HOUR);
    offsetAt(Date.UTC(2026, 6, 15), STOCKHOLM);
    // An authority that disagrees with everything corrects only the zone that has a rule here.
    expect(checkZoneRules(() => 0)).to.deep.equal([STOCKHOLM]);
    expect(offsetAt(Date.UTC(2026, 0, 15), 'Asia/Tokyo')).to.equal(9 * HOUR);
  });
});
