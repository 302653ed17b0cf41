/**
 * The widgets' clock: the real time, or a frozen instant (the `now`
 * attribute). Instead of polling, the host names the instants at which its
 * view changes and the controller wakes it at the earliest with one timer.
 *
 * A timer runs on a clock that stops while the machine sleeps and ignores
 * changes to the system time, so the controller also re-checks when the page
 * becomes visible again and when a cheap watchdog sees the wall clock jump.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { civilDate, isSupportedYear, SUPPORTED_YEARS } from '../core/civil-date.js';
import { quote } from '../core/quote.js';
import { warnOnce } from '../warn.js';

/** setTimeout's longest delay (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;
const WATCHDOG_INTERVAL = 60_000;
const JUMP_TOLERANCE = 5_000;
const MS_PER_DAY = 86_400_000;

/** An ISO 8601 instant: a date, a time and a UTC offset or Z (no local times, which depend on the visitor). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The instant a `now` attribute names, or the reason it cannot be used. Its
 * date must be a day inside the supported years in every time zone.
 */
export function parseNow(text: string): Date | string {
  const at = ISO_INSTANT.test(text) ? new Date(text) : null;
  if (!at || Number.isNaN(at.getTime())) return 'is not an ISO 8601 instant such as 2026-12-24T10:00:00+01:00';
  const day = Math.floor(at.getTime() / MS_PER_DAY);
  if (!isSupportedYear(civilDate(day - 1).year) || !isSupportedYear(civilDate(day + 1).year)) {
    return `is outside the supported years ${SUPPORTED_YEARS.from}-${SUPPORTED_YEARS.to}`;
  }
  return at;
}

export class ClockController implements ReactiveController {
  /** A frozen instant, or null for the real clock. */
  frozen: Date | null = null;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private target: number | null = null;
  private woken = false;
  private lastWall = 0;
  private lastMonotonic = 0;
  private frozenText = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Follows the `now` attribute: an ISO 8601 instant freezes the clock; empty or invalid runs it. */
  freezeAt(value: string | null | undefined): void {
    const text = (value ?? '').trim();
    if (text === this.frozenText) return; // called on every update; parse and warn once per value
    this.frozenText = text;
    const at = text ? parseNow(text) : null;
    if (typeof at === 'string') {
      warnOnce(`now=${quote(text)} ${at}; using the real time.`);
      this.frozen = null;
      return;
    }
    this.frozen = at;
  }

  /** The instant the view shows. */
  now(): Date {
    return this.frozen ? new Date(this.frozen.getTime()) : new Date();
  }

  /** Whether the update under way was started by the clock (and not by a property change); resets. */
  takeWake(): boolean {
    const woken = this.woken;
    this.woken = false;
    return woken;
  }

  /** Wakes the host at the earliest of these instants still ahead; replaces any earlier request. */
  wakeAt(instants: ReadonlyArray<Date | null | undefined>): void {
    this.clearTimer();
    if (this.frozen || !this.watchdog) return;
    const now = Date.now();
    let next = Infinity;
    for (const instant of instants) {
      const t = instant?.getTime() ?? NaN;
      if (t > now && t < next) next = t;
    }
    if (next === Infinity) return;
    this.target = next;
    this.timer = setTimeout(this.onTimer, Math.min(next - now, MAX_DELAY));
  }

  hostConnected(): void {
    this.lastWall = Date.now();
    this.lastMonotonic = performance.now();
    this.watchdog = setInterval(this.onWatchdog, WATCHDOG_INTERVAL);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    this.clearTimer();
    clearInterval(this.watchdog);
    this.watchdog = undefined;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.target = null;
  }

  private wake(): void {
    this.woken = true;
    this.host.requestUpdate();
  }

  private onTimer = (): void => {
    this.timer = undefined;
    // Early when the system clock was set back, or the delay was capped: wait for the rest.
    if (this.target !== null && Date.now() < this.target) {
      this.wakeAt([new Date(this.target)]);
      return;
    }
    this.wake();
  };

  private onWatchdog = (): void => {
    const wall = Date.now();
    const monotonic = performance.now();
    const drift = wall - this.lastWall - (monotonic - this.lastMonotonic);
    this.lastWall = wall;
    this.lastMonotonic = monotonic;
    if (Math.abs(drift) > JUMP_TOLERANCE) this.wake();
  };

  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.wake();
  };
}
