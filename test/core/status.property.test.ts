import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseHours, statusAt } from '../../src/hours.js';
import { scheduleAndInstants } from '../support/hours-arbitraries.js';

describe('statusAt properties', () => {
  it('changes state (open, unknown or closed) exactly at nextChange, and not before it', () => {
    fc.assert(
      fc.property(
        scheduleAndInstants,
        fc.constantFrom('Europe/Stockholm', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata'),
        ([hours, [ms]], zone) => {
          const parsed = parseHours(hours);
          const at = new Date(ms);
          const status = statusAt(parsed, at, zone);
          if (status.nextChange === null) return;
          const next = status.nextChange.getTime();
          expect(next).to.be.greaterThan(ms);
          const state = (s: { open: boolean; unknown: boolean }) =>
            s.open ? 'open' : s.unknown ? 'unknown' : 'closed';
          const before = statusAt(parsed, new Date(next - 1), zone);
          const halfway = statusAt(parsed, new Date(Math.floor((ms + next) / 2)), zone);
          expect(state(before), 'just before').to.equal(state(status));
          expect(state(halfway), 'halfway').to.equal(state(status));
          expect(state(statusAt(parsed, status.nextChange, zone)), 'at the change').to.not.equal(state(status));
        },
      ),
      { numRuns: 300, seed: 1129 },
    );
  });

  it('gives the same answer for every instant in the same minute', () => {
    fc.assert(
      fc.property(scheduleAndInstants, fc.integer({ min: 1, max: 59_999 }), ([hours, [ms]], offset) => {
        const parsed = parseHours(hours);
        const a = statusAt(parsed, new Date(ms));
        const b = statusAt(parsed, new Date(ms + offset));
        expect([b.open, b.unknown]).to.deep.equal([a.open, a.unknown]);
        if (a.nextChange && a.nextChange.getTime() > ms + offset) expect(b.nextChange).to.deep.equal(a.nextChange);
      }),
      { numRuns: 200, seed: 2911 },
    );
  });

  it('answers the same whatever was asked before: the remembered days change no answer', () => {
    // Far zones too: their local day is the UTC day before or after, where the remembered days are looked up.
    const zones = [
      'Europe/Stockholm',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/Santiago',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(scheduleAndInstants, fc.constantFrom(...zones), ([hours, instants], zone) => {
        const asked = parseHours(hours);
        // Each instant, its neighbours and the next day asked of one schedule, in that order; then each of a fresh one.
        const all = instants.flatMap((ms) => [ms, ms - 1, ms + 1, ms + 86_400_000]);
        const remembered = all.map((ms) => statusAt(asked, new Date(ms), zone));
        all.forEach((ms, i) => {
          expect(remembered[i], new Date(ms).toISOString()).to.deep.equal(
            statusAt(parseHours(hours), new Date(ms), zone),
          );
        });
      }),
      { numRuns: 150, seed: 3011 },
    );
  });
});
