/**
 * What the evaluator works out from a schedule, kept with the schedule.
 *
 * A schedule is immutable, so anything derived from it can be kept as long as
 * it lives. It is kept on the schedule itself, under a symbol no one else
 * holds, not enumerable (JSON, spreads, `Object.keys` and deep equality do not
 * see it): a WeakMap would do the same, but costs the garbage collector a few
 * microseconds for every short-lived schedule, more than evaluating it. A
 * frozen schedule, which cannot take the slot, uses a WeakMap.
 */
import type { PreparedSchedule } from './day-spans.js';
import type { Schedule } from './schedule.js';
import type { Timeline } from './status.js';

/** The derived data, each part filled by the module that needs it. */
export interface Derived {
  /** day-spans.ts: the rules prepared for painting days. */
  prepared?: PreparedSchedule;
  /** status.ts: the schedule's timeline per time zone. */
  timelines?: Map<string, Timeline>;
}

const SLOT = Symbol('nmt-widgets.derived');
const frozenSchedules = new WeakMap<Schedule, Derived>();

export function derivedOf(schedule: Schedule): Derived {
  const own = (schedule as { [SLOT]?: Derived })[SLOT];
  if (own !== undefined) return own;
  let derived = frozenSchedules.get(schedule);
  if (derived === undefined) {
    derived = {};
    if (Object.isExtensible(schedule)) Object.defineProperty(schedule, SLOT, { value: derived });
    else frozenSchedules.set(schedule, derived);
  }
  return derived;
}
