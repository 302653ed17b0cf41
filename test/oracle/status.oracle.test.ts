import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OpeningHours } from '../.oracles/oracles.js';
import { HORIZON_DAYS, parseHours, statusAt } from '../../src/hours.js';
import { scheduleAndInstants } from '../support/hours-arbitraries.js';

/*
 * statusAt against opening_hours.js over random schedules of the supported
 * subset and random instants 2005-2100. opening_hours.js reads the machine's
 * local time, so this group runs with the browser in Europe/Stockholm.
 */

const nominatim = { lat: 59.33, lon: 18.06, address: { country_code: 'se', state: 'Stockholm' } };

function ours(hours: string, at: Date) {
  const status = statusAt(parseHours(hours), at, 'Europe/Stockholm');
  return { open: status.open, unknown: status.unknown, nextChange: status.nextChange?.toISOString() ?? null };
}

type Answer = { open: boolean; unknown: boolean; nextChange: string | null };

/**
 * opening_hours.js's answer, or null where it throws (inputs it does not
 * support, some DST hours). Its getNextChange sometimes misses a change that
 * its own getState shows (e.g. the end of "2024 00:00-24:00" at the new year);
 * where its getState confirms that the state flips exactly at our earlier
 * instant, that is its answer too, counted as `confirmed`.
 */
function reference(hours: string, at: Date): (Answer & { confirmed: boolean }) | null {
  try {
    const oh = new OpeningHours(hours, nominatim, { mode: 0, warnings_severity: 0 } as never);
    const stateAt = (t: Date) => `${oh.getState(t)}/${oh.getUnknown(t)}`;
    const next = oh.getNextChange(at, new Date(at.getTime() + HORIZON_DAYS * 86_400_000));
    const answer = { open: oh.getState(at), unknown: oh.getUnknown(at), nextChange: next ? next.toISOString() : null };
    const ourNext = ours(hours, at).nextChange;
    if (ourNext && (answer.nextChange === null || ourNext < answer.nextChange)) {
      const flip = new Date(ourNext);
      const now = stateAt(at);
      if (stateAt(new Date(flip.getTime() - 1)) === now && stateAt(flip) !== now) {
        return { ...answer, nextChange: ourNext, confirmed: true };
      }
    }
    return { ...answer, confirmed: false };
  } catch {
    return null;
  }
}

const DAY = 86_400_000;

/** Stockholm's DST changes (last Sunday of March and October, 01:00 UTC) in the years around an instant. */
function dstChanges(year: number): number[] {
  const changes: number[] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (const month of [2, 9]) {
      const lastDay = new Date(Date.UTC(y, month, 31));
      changes.push(Date.UTC(y, month, 31 - lastDay.getUTCDay(), 1));
    }
  }
  return changes;
}

/**
 * Whether a DST change lies within two days of any of these instants.
 * opening_hours.js goes wrong there in ways its own getState shows: it finds
 * "the night before" by subtracting 24 real hours, so after a 23-hour day it
 * drops the tail of a span past midnight; its getNextChange can step over a
 * flip in the skipped hour; and it throws in the repeated hour. Around those
 * days the wall-clock definition is tested by the table-driven and
 * self-consistency tests instead.
 */
function nearDstChange(...instants: Array<string | Date | null>): boolean {
  return instants.some((instant) => {
    if (instant === null) return false;
    const t = new Date(instant).getTime();
    return dstChanges(new Date(t).getUTCFullYear()).some((change) => Math.abs(change - t) < 2 * DAY);
  });
}

type Verdict = 'same' | 'confirmed' | 'unanswered' | 'near-dst';

/** Compares with the reference; throws on a disagreement away from DST changes. */
function compare(hours: string, at: Date): Verdict {
  const expected = reference(hours, at);
  if (expected === null) return 'unanswered';
  const actual = ours(hours, at);
  if (
    actual.open === expected.open &&
    actual.unknown === expected.unknown &&
    actual.nextChange === expected.nextChange
  ) {
    return 'same';
  }
  if (nearDstChange(at, actual.nextChange, expected.nextChange)) return 'near-dst';
  expect(actual, `${hours} at ${at.toISOString()}`).to.deep.equal(expected);
  return 'same';
}

describe('statusAt against opening_hours.js', () => {
  it('runs in Europe/Stockholm (precondition)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Stockholm');
  });

  it('agrees on random schedules and instants 2005-2100', () => {
    const verdicts: Record<Verdict, number> = { same: 0, confirmed: 0, unanswered: 0, 'near-dst': 0 };
    fc.assert(
      fc.property(scheduleAndInstants, ([hours, instants]) => {
        for (const ms of instants) verdicts[compare(hours, new Date(ms))]++;
      }),
      { numRuns: 1500, seed: Number(new URLSearchParams(location.search).get('seed') ?? 20261129) },
    );
    const total = verdicts.same + verdicts.confirmed + verdicts.unanswered + verdicts['near-dst'];
    // Most samples are compared; the reference cannot answer some, and DST days are judged elsewhere.
    expect(verdicts.same / total, JSON.stringify(verdicts)).to.be.above(0.8);
    expect(verdicts['near-dst'] / total, JSON.stringify(verdicts)).to.be.below(0.03);
  });

  it('agrees on every day of several years, at six hours a day, on the default hours', () => {
    const hours = 'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off';
    let checked = 0;
    for (const year of [2025, 2026, 2027, 2030, 2038]) {
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
        for (const hour of [1, 7, 8, 12, 15, 22]) {
          const at = new Date(day + hour * 3_600_000);
          // No exclusions here: these hours never run past midnight, and the reference is right on DST days.
          const { confirmed, ...expected } = reference(hours, at)!;
          expect(ours(hours, at), at.toISOString()).to.deep.equal(expected);
          expect(confirmed, 'the reference answers these directly').to.equal(false);
          checked++;
        }
      }
    }
    expect(checked).to.equal(6 * (365 * 5));
  });

  it('agrees on schedules around midnight, every 10 minutes over ordinary and DST weekends', () => {
    const hours = [
      'Su 01:00-05:00',
      'Sa-Su 02:30-03:30',
      'Mo-Su 22:00-02:30',
      'Fr 22:00-04:00; Sa off',
      'Sa 10:00-12:00; Fr 22:00-04:00',
      'Mo-Su 22:00-04:00; Fr off',
      'Su 00:00-24:00; Mo 00:00-24:00',
      'Mo-Fr 08:00-12:00; 13:00-14:00; We off',
    ];
    const weekends = [
      Date.UTC(2026, 0, 16),
      Date.UTC(2026, 2, 27), // DST starts on the 29th
      Date.UTC(2026, 6, 17),
      Date.UTC(2026, 9, 23), // DST ends on the 25th
      Date.UTC(2027, 2, 26),
      Date.UTC(2027, 9, 29),
    ];
    const verdicts: Record<Verdict, number> = { same: 0, confirmed: 0, unanswered: 0, 'near-dst': 0 };
    for (const h of hours) {
      for (const start of weekends) {
        for (let at = start; at < start + 4 * DAY; at += 10 * 60_000) verdicts[compare(h, new Date(at))]++;
      }
    }
    expect(verdicts.same, JSON.stringify(verdicts)).to.be.above(verdicts.unanswered + verdicts['near-dst']);
  });
});
