/**
 * `npm run bench`: per-call time of statusAt against opening_hours.js
 * (getState + getNextChange) on the same schedules and instants, and a check
 * that both give identical answers. Prints figures; asserts nothing about speed.
 */
process.env.TZ = 'Europe/Stockholm'; // opening_hours.js reads the machine's local time

import { importTypeScript } from '../scripts/import-typescript.mjs';
import { performance } from 'node:perf_hooks';

const { parseHours, statusAt, summarizeHours } = await importTypeScript(
  'bench',
  `export { parseHours, statusAt, summarizeHours } from './src/hours.ts';`,
);
const { WORST_CASES, variant } = await import('./worst-cases.mjs');
const { OpeningHours } = await import('../test/.oracles/oracles.js');

const SCHEDULES = [
  'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off',
  'Mo-Th 08:00-12:00,13:00-17:00; Fr 08:00-15:00; PH off; easter -3 days 08:00-12:00',
  'Mo-Su 22:00-06:00; Dec 24-26 off',
  'Mo-Fr 09:00-16:30; Jun-Aug Mo-Fr 09:00-15:00; Jul off; PH off',
  'Mo-Fr 09:00-16:30; week 28-31 off; Mo 13:00-16:30 off "personalmöte"',
  'Mo[1] 09:00-12:00; Fr[-1] 13:00-15:00 || "efter överenskommelse"',
  '24/7',
];
const INSTANTS = 2000;
const nominatim = { lat: 59.33, lon: 18.06, address: { country_code: 'se', state: 'Stockholm' } };
const horizonMs = 366 * 86_400_000;

// A fixed pseudo-random sequence, so runs are comparable.
let seed = 20261129;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const instants = Array.from(
  { length: INSTANTS },
  () => new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 2 * 365 * 86_400_000)),
);

function time(fn) {
  fn(); // warm-up
  const start = performance.now();
  const rounds = 3;
  for (let i = 0; i < rounds; i++) fn();
  return (performance.now() - start) / rounds;
}

console.log(`statusAt vs opening_hours.js 3.15.0, ${INSTANTS} instants in 2026-2027, Node ${process.version}\n`);
for (const hours of SCHEDULES) {
  const schedule = parseHours(hours);
  const oh = new OpeningHours(hours, nominatim, { mode: 0, warnings_severity: 0 });
  let mismatches = 0;
  for (const at of instants) {
    const ours = statusAt(schedule, at);
    const next = oh.getNextChange(at, new Date(at.getTime() + horizonMs));
    if (ours.open !== oh.getState(at) || (ours.nextChange?.getTime() ?? null) !== (next?.getTime() ?? null))
      mismatches++;
  }
  const oursMs = time(() => instants.forEach((at) => statusAt(schedule, at)));
  // Cold: a schedule object of its own per call, so no resolved day is reused.
  const fresh = instants.map(() => parseHours(hours));
  const coldStart = performance.now();
  instants.forEach((at, i) => statusAt(fresh[i], at));
  const coldMs = performance.now() - coldStart;
  const theirsMs = time(() =>
    instants.forEach((at) => {
      oh.getState(at);
      oh.getNextChange(at, new Date(at.getTime() + horizonMs));
    }),
  );
  const perCall = (ms) => `${((ms / INSTANTS) * 1000).toFixed(1)} µs`;
  console.log(hours);
  console.log(`  statusAt            ${perCall(oursMs)} per call (${perCall(coldMs)} cold, nothing cached)`);
  console.log(`  opening_hours.js    ${perCall(theirsMs)} per call`);
  console.log(`  speed-up            ${(theirsMs / oursMs).toFixed(1)}x (${(theirsMs / coldMs).toFixed(1)}x cold)`);
  console.log(`  identical answers   ${INSTANTS - mismatches}/${INSTANTS}\n`);
}

const parseMs = time(() => {
  for (let i = 0; i < 1000; i++) parseHours(SCHEDULES[1]);
});
console.log(`parseHours           ${parseMs.toFixed(1)} µs per call (${SCHEDULES[1].length} characters)`);

console.log(
  '\nThe costliest texts under the 2,000-character cap: parse + statusAt + summarizeHours, a fresh text each',
);
const at = new Date('2026-11-30T10:00:00+01:00');
for (const [name, hours] of Object.entries(WORST_CASES)) {
  const times = Array.from({ length: 9 }, (_, i) => {
    const start = performance.now();
    const schedule = parseHours(variant(hours, i));
    statusAt(schedule, at);
    summarizeHours(schedule, at);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(30)} median ${times[4].toFixed(1).padStart(6)} ms   max ${times[8].toFixed(1).padStart(6)} ms`,
  );
}
