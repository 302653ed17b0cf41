/**
 * `npm run compare -- [schedules per seed] [first seed] [last seed]`: the
 * oracle test's comparison of statusAt with opening_hours.js, in Node, over
 * many more samples than CI runs (defaults: 5,000 schedules and 500 date
 * ranges from or to nth weekdays per seed, seeds 1-4),
 * then the default hours at six instants on every day of 2025-2040.
 * Prints a line per seed and every mismatch; exits 1 if there is one.
 */
process.env.TZ = 'Europe/Stockholm'; // opening_hours.js reads the machine's local time

import { importTypeScript } from './import-typescript.mjs';

const [perSeed = 5000, first = 1, last = 4] = process.argv.slice(2).map(Number);
const { scheduleAndInstants, nthRangeAndInstants, compare, fc, DAY, noVerdicts } = await importTypeScript(
  'compare',
  `export { scheduleAndInstants, nthRangeAndInstants } from './test/support/hours-arbitraries.ts';
export { compare, DAY, noVerdicts } from './test/support/reference-comparison.ts';
export { default as fc } from 'fast-check';`,
);

let failed = false;
for (let seed = first; seed <= last; seed++) {
  const counts = noVerdicts();
  // The schedules of every shape, then date ranges from or to nth weekdays (a generator of their own), a tenth as many.
  const samples = [
    ...fc.sample(scheduleAndInstants, { numRuns: perSeed, seed }),
    ...fc.sample(nthRangeAndInstants, { numRuns: Math.ceil(perSeed / 10), seed }),
  ];
  for (const [hours, instants] of samples) {
    for (const ms of instants) {
      const at = new Date(ms);
      const { verdict, actual, expected } = compare(hours, at);
      counts[verdict]++;
      if (verdict === 'mismatch')
        console.log(JSON.stringify({ hours, at: at.toISOString(), ours: actual, reference: expected }));
    }
  }
  console.log(
    `seed ${seed}: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  failed ||= counts.mismatch > 0;
}

const DEFAULT_HOURS = 'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off';
const counts = noVerdicts();
for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2041, 0, 1); day += DAY) {
  for (const hour of [1, 7, 8, 12, 15, 22]) {
    const at = new Date(day + hour * 3_600_000);
    const { verdict, actual, expected } = compare(DEFAULT_HOURS, at);
    counts[verdict]++;
    if (verdict === 'mismatch')
      console.log(JSON.stringify({ hours: DEFAULT_HOURS, at: at.toISOString(), ours: actual, reference: expected }));
  }
}
console.log(
  `default hours, every day 2025-2040: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
failed ||= counts.mismatch > 0;
process.exit(failed ? 1 : 0);
