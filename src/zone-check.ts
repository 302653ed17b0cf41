/**
 * The browser's zone data is the authority on Stockholm time; the widgets
 * evaluate with a rule of their own so as not to start Intl before they are
 * on screen (see core/zoned-time.ts). Once a widget has rendered and the page
 * is idle, the years the rule answered for are held against Intl; a
 * difference (a change in the law the rule does not know yet) is corrected at
 * once, and every widget evaluates again.
 */
import { checkZoneRules } from './core/zoned-time.js';

type Listener = (zones: readonly string[]) => void;
const listeners = new Set<Listener>();
let pending = false;
let runs = 0;

/** How many checks have run on this page (for tests). */
export const zoneChecksRun = (): number => runs;

/** Calls `listener` with the zones whose offsets were corrected. */
export function onZoneCorrection(listener: Listener): void {
  listeners.add(listener);
}

/** Checks now (`check` is the core's, or a test's), and tells the listeners of any correction. */
export function runZoneCheck(check: () => string[] = checkZoneRules): void {
  runs++;
  const zones = check();
  if (zones.length > 0) listeners.forEach((listener) => listener(zones));
}

/** Checks after the next paint, when the page is idle (within two seconds); calls made meanwhile share it. */
export function checkZonesWhenIdle(): void {
  if (pending) return;
  pending = true;
  const run = () => {
    pending = false;
    runZoneCheck();
  };
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
      else run();
    }),
  );
}
