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
import type { Schedule } from './schedule.js';

/** What modules keep for one schedule, each under a key of its own. */
type Slots = Record<symbol, unknown>;

const SLOT = Symbol('nmt-widgets.derived');
const frozenSchedules = new WeakMap<Schedule, Slots>();

function slotsOf(schedule: Schedule): Slots {
  const own = (schedule as { [SLOT]?: Slots })[SLOT];
  if (own !== undefined) return own;
  let slots = frozenSchedules.get(schedule);
  if (slots === undefined) {
    slots = {};
    if (Object.isExtensible(schedule)) Object.defineProperty(schedule, SLOT, { value: slots });
    else frozenSchedules.set(schedule, slots);
  }
  return slots;
}

/**
 * What a module works out from a schedule, kept with it under the module's own
 * key: made on first need, the same value after. This module knows nothing of
 * what its users keep.
 */
export function derived<T>(schedule: Schedule, key: symbol, make: () => T): T {
  const slots = slotsOf(schedule);
  if (!(key in slots)) slots[key] = make();
  return slots[key] as T;
}
