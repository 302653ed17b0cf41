/**
 * `npm run bench` (engine part): statusAt against opening_hours.js (getState +
 * getNextChange) on the same schedules and instants, spread uniformly over
 * 2020-2030, with identical answers checked.
 * - warm: the schedule parsed once, every instant asked again (the engine's caches filled);
 * - cold: a fresh parse (ours) or a fresh `new OpeningHours` (theirs) for every instant.
 * Every run goes once untimed first; then runs are interleaved, five rounds, and medians
 * reported: the machine is shared and noisy. (No forced garbage collection between runs:
 * in V8 it makes the next few milliseconds of parsing several times slower, which
 * measures the collector, not the code.)
 * Prints figures; asserts nothing about speed.
 */
process.env.TZ = 'Europe/Stockholm'; // opening_hours.js reads the machine's local time

import { importTypeScript } from '../scripts/import-typescript.mjs';
import { performance } from 'node:perf_hooks';
import { median } from './median.mjs';

const { parseHours, statusAt, summarizeHours, hostileHours } = await importTypeScript(
  'bench',
  `export { parseHours, statusAt, summarizeHours } from './src/hours.ts';
   export { hostileHours } from './bench/hostile-hours.ts';`,
);
const { OpeningHours } = await import('../test/.oracles/oracles.js');
const { WORST_CASES, variant } = await import('./worst-cases.mjs');

const SCHEDULES = [
  'Mo-Fr 09:00-16:30; PH off; Dec 24,31 off; Jun 19-25 Fr off',
  'Mo-Th 08:00-12:00,13:00-17:00; Fr 08:00-15:00; PH off; easter -3 days 08:00-12:00',
  'Mo-Su 22:00-06:00; Dec 24-26 off',
  'Mo-Fr 09:00-16:30; Jun-Aug Mo-Fr 09:00-15:00; Jul off; PH off',
  'Mo-Fr 09:00-16:30; week 28-31 off; Mo 13:00-16:30 off "personalmöte"',
  'Mo[1] 09:00-12:00; Fr[-1] 13:00-15:00 || "efter överenskommelse"',
  '24/7',
];
const WARM_INSTANTS = 2000;
const COLD_INSTANTS = 300;
const ROUNDS = 5;
/** Warm runs ask every instant this many times per round, so that a round is long enough to time. */
const WARM_PASSES = 10;
/**
 * Our cold runs ask every instant this many times (a fresh parse each time), so
 * that a run lasts about as long as a few of theirs, not a few milliseconds
 * that any one-off cost (a collection, a compilation) would swamp.
 */
const COLD_PASSES = 10;
const nominatim = { lat: 59.33, lon: 18.06, address: { country_code: 'se', state: 'Stockholm' } };
const options = { mode: 0, warnings_severity: 0 };
const horizonMs = 366 * 86_400_000;

// A fixed pseudo-random sequence, so runs are comparable; uniform over 2020-2030.
let seed = 20261129;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const FROM = Date.UTC(2020, 0, 1);
const SPAN = Date.UTC(2031, 0, 1) - FROM;
const instants = Array.from({ length: WARM_INSTANTS }, () => new Date(FROM + Math.floor(random() * SPAN)));
const coldInstants = instants.slice(0, COLD_INSTANTS);

const repeat = (fn, times) => {
  for (let i = 0; i < times; i++) fn();
};
const timed = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const perCall = (ms, n) => (ms / n) * 1000;
const fmt = (us) => `${us < 10 ? us.toFixed(2) : us.toFixed(1)} µs`.padStart(10);

console.log(
  `statusAt vs opening_hours.js 3.15.0: ${WARM_INSTANTS} instants (cold: ${COLD_INSTANTS}) spread over 2020-2030, ` +
    `${ROUNDS} interleaved rounds, medians, Node ${process.version}\n`,
);
/** The four timed runs of one schedule: warm and cold, ours and theirs. */
function runners(hours) {
  const schedule = parseHours(hours);
  const oh = new OpeningHours(hours, nominatim, options);
  const askTheirs = (table, at) => {
    table.getState(at);
    table.getNextChange(at, new Date(at.getTime() + horizonMs));
  };
  return {
    schedule,
    oh,
    warmOurs: () => repeat(() => instants.forEach((at) => statusAt(schedule, at)), WARM_PASSES),
    warmTheirs: () => repeat(() => instants.forEach((at) => askTheirs(oh, at)), WARM_PASSES),
    coldOurs: () => repeat(() => coldInstants.forEach((at) => statusAt(parseHours(hours), at)), COLD_PASSES),
    coldTheirs: () => coldInstants.forEach((at) => askTheirs(new OpeningHours(hours, nominatim, options), at)),
  };
}

// Every run once before any is timed, so that no schedule pays for the other library's or its own compilation.
const runs = SCHEDULES.map(runners);
for (const run of runs) [run.warmOurs, run.warmTheirs, run.coldOurs, run.coldTheirs].forEach((fn) => fn());

const warmRatios = [];
const coldRatios = [];
for (const [index, hours] of SCHEDULES.entries()) {
  const { schedule, oh, warmOurs, warmTheirs, coldOurs, coldTheirs } = runs[index];
  let mismatches = 0;
  for (const at of instants) {
    const ours = statusAt(schedule, at);
    const next = oh.getNextChange(at, new Date(at.getTime() + horizonMs));
    if (ours.open !== oh.getState(at) || (ours.nextChange?.getTime() ?? null) !== (next?.getTime() ?? null))
      mismatches++;
  }
  const ours = { warm: [], cold: [] };
  const theirs = { warm: [], cold: [] };
  for (let round = 0; round < ROUNDS; round++) {
    ours.warm.push(perCall(timed(warmOurs), WARM_INSTANTS * WARM_PASSES));
    theirs.warm.push(perCall(timed(warmTheirs), WARM_INSTANTS * WARM_PASSES));
    ours.cold.push(perCall(timed(coldOurs), COLD_INSTANTS * COLD_PASSES));
    theirs.cold.push(perCall(timed(coldTheirs), COLD_INSTANTS));
  }
  const warm = median(theirs.warm) / median(ours.warm);
  const cold = median(theirs.cold) / median(ours.cold);
  warmRatios.push(warm);
  coldRatios.push(cold);
  console.log(hours);
  console.log(
    `  warm  statusAt ${fmt(median(ours.warm))}  opening_hours.js ${fmt(median(theirs.warm))}  ${warm.toFixed(1)}x`,
  );
  console.log(
    `  cold  statusAt ${fmt(median(ours.cold))}  opening_hours.js ${fmt(median(theirs.cold))}  ${cold.toFixed(1)}x`,
  );
  console.log(`  identical answers ${WARM_INSTANTS - mismatches}/${WARM_INSTANTS}\n`);
}
const verdict = (ratios, least, mid) =>
  `lowest ${Math.min(...ratios).toFixed(1)}x (goal ${least}x), median ${median(ratios).toFixed(1)}x (goal ${mid}x)`;
console.log(`warm: ${verdict(warmRatios, 5, 50)}`);
console.log(`cold: ${verdict(coldRatios, 5, 50)}\n`);

// The floor of any answer for 24/7: the object itself, with today's span as two Dates of its own (a caller may change them).
const allDay = runs[SCHEDULES.indexOf('24/7')];
const answerFloor = { ours: [], floor: [], theirs: [] };
const sink = [];
for (let round = 0; round < ROUNDS; round++) {
  const build = () =>
    instants.forEach((at) => {
      const t = at.getTime();
      sink[0] = {
        open: true,
        unknown: false,
        nextChange: null,
        timeZone: 'Europe/Stockholm',
        date: '2026-11-30',
        today: [{ start: new Date(t), end: new Date(t + 86_400_000) }],
        holiday: null,
        comment: null,
      };
    });
  answerFloor.floor.push(
    perCall(
      timed(() => repeat(build, WARM_PASSES)),
      WARM_INSTANTS * WARM_PASSES,
    ),
  );
  answerFloor.ours.push(perCall(timed(allDay.warmOurs), WARM_INSTANTS * WARM_PASSES));
  answerFloor.theirs.push(perCall(timed(allDay.warmTheirs), WARM_INSTANTS * WARM_PASSES));
}
console.log(
  `24/7, warm: building the answer alone (object, today's span, two Dates) ${fmt(median(answerFloor.floor))}, ` +
    `statusAt ${fmt(median(answerFloor.ours))}, opening_hours.js ${fmt(median(answerFloor.theirs))}\n`,
);

const parseUs = perCall(
  timed(() => {
    for (let i = 0; i < 2000; i++) parseHours(SCHEDULES[1]);
  }),
  2000,
);
console.log(`parseHours           ${fmt(parseUs)} per call (${SCHEDULES[1].length} characters)`);

console.log(
  '\nThe costliest texts under the 2,000-character cap: parse + statusAt + summarizeHours, a fresh text each',
);
const at = new Date('2026-11-30T10:00:00+01:00');
/** Median and max of `runs` evaluations of a text, each on a fresh variant (no cache shared). */
function costOf(hours, runs) {
  const times = Array.from({ length: runs }, (_, i) =>
    timed(() => {
      const schedule = parseHours(variant(hours, i));
      statusAt(schedule, at);
      summarizeHours(schedule, at);
    }),
  ).sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], max: times[runs - 1] };
}
for (const [name, hours] of Object.entries(WORST_CASES)) {
  const { median: med, max } = costOf(hours, 9);
  console.log(`  ${name.padEnd(30)} median ${med.toFixed(1).padStart(6)} ms   max ${max.toFixed(1).padStart(6)} ms`);
}

// Every generated hostile shape (bench/hostile-hours.ts), each at several mixes; the slowest five.
const hostile = hostileHours();
hostile.forEach(({ hours }) => costOf(hours, 1)); // compiled once before any is timed
const costs = hostile
  .map(({ shape, hours }) => ({ shape, length: hours.length, ...costOf(hours, 5) }))
  .sort((a, b) => b.median - a.median);
console.log(`\nGenerated hostile texts (${hostile.length} shapes and mixes), the slowest five (goal: at most 50 ms):`);
for (const { shape, length, median: med, max } of costs.slice(0, 5)) {
  console.log(
    `  ${shape.padEnd(48)} ${String(length).padStart(4)} chars  median ${med.toFixed(1).padStart(6)} ms   max ${max.toFixed(1).padStart(6)} ms`,
  );
}
console.log(`  worst median ${costs[0].median.toFixed(1)} ms (${costs[0].shape}); goal 50 ms`);
