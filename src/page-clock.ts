/**
 * One clock for every widget on the page. Widgets say at which instant their
 * words change next (the next change of the line, the closing-soon boundary,
 * midnight); the page clock keeps one timer for the earliest of them and wakes
 * only the widgets whose instant has come.
 *
 * A timer runs on a clock that stops while the machine sleeps and ignores
 * changes to the system time, so the page clock also keeps one watchdog that
 * notices the wall clock jump, and re-checks when the page becomes visible
 * again. While the page is hidden nothing runs at all.
 */

/** setTimeout's longest delay (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;
const WATCHDOG_INTERVAL = 60_000;
const JUMP_TOLERANCE = 5_000;

export interface ClockSubscriber {
  /** The instant (ms) at which this widget's words change next; null for none. */
  readonly wakeAt: number | null;
  /** Re-check now: the instant has come, or the clock jumped. */
  wake(): void;
}

const subscribers = new Set<ClockSubscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let watchdog: ReturnType<typeof setInterval> | undefined;
let target: number | null = null;
let lastWall = 0;
let lastMonotonic = 0;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

export function subscribe(subscriber: ClockSubscriber): void {
  if (subscribers.size === 0) document.addEventListener('visibilitychange', onVisibilityChange);
  subscribers.add(subscriber);
  reschedule();
}

export function unsubscribe(subscriber: ClockSubscriber): void {
  subscribers.delete(subscriber);
  if (subscribers.size === 0) document.removeEventListener('visibilitychange', onVisibilityChange);
  reschedule();
}

/** Arms the one timer for the earliest wake-up ahead, and the watchdog while anyone listens; nothing while hidden. */
export function reschedule(): void {
  const now = Date.now();
  let next = Infinity;
  for (const { wakeAt } of subscribers) if (wakeAt !== null && wakeAt > now && wakeAt < next) next = wakeAt;
  const running = subscribers.size > 0 && !hidden();
  if (!running || next !== target) {
    clearTimeout(timer);
    timer = undefined;
    target = null;
  }
  if (running && next !== Infinity && timer === undefined) {
    target = next;
    timer = setTimeout(onTimer, Math.min(next - now, MAX_DELAY));
  }
  if (running && watchdog === undefined) {
    lastWall = now;
    lastMonotonic = performance.now();
    watchdog = setInterval(onWatchdog, WATCHDOG_INTERVAL);
  } else if (!running && watchdog !== undefined) {
    clearInterval(watchdog);
    watchdog = undefined;
  }
}

/** Wakes the widgets whose instant has come (all of them when `all`), then re-arms. */
function wakeDue(all: boolean): void {
  const now = Date.now();
  for (const subscriber of [...subscribers]) {
    if (all || (subscriber.wakeAt !== null && subscriber.wakeAt <= now)) subscriber.wake();
  }
  reschedule();
}

function onTimer(): void {
  timer = undefined;
  target = null;
  // Early when the system clock was set back, or the delay was capped: wakeDue wakes no one and re-arms.
  wakeDue(false);
}

function onWatchdog(): void {
  const wall = Date.now();
  const monotonic = performance.now();
  const drift = wall - lastWall - (monotonic - lastMonotonic);
  lastWall = wall;
  lastMonotonic = monotonic;
  // Forward, the due widgets know it; backward, any widget may be ahead of the clock: all re-check.
  if (drift > JUMP_TOLERANCE) wakeDue(false);
  else if (drift < -JUMP_TOLERANCE) wakeDue(true);
}

function onVisibilityChange(): void {
  if (hidden()) {
    reschedule(); // stops the timer and the watchdog
    return;
  }
  // Back from the background (or from sleep): whoever is due re-checks, and the clock runs again.
  const now = Date.now();
  const jumpedBack = now < lastWall;
  lastWall = now;
  lastMonotonic = performance.now();
  wakeDue(jumpedBack);
}
