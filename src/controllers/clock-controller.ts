/**
 * A widget's clock: the real time, or a frozen instant (the `now` attribute).
 * Instead of polling, the host names the instants at which its view changes;
 * the page clock (page-clock.ts) wakes it at the earliest, with one timer and
 * one watchdog for every widget on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseNow } from '../core/parse-now.js';
import { quote } from '../core/quote.js';
import { warnOnce } from '../warn.js';
import { reschedule, subscribe, unsubscribe, type ClockSubscriber } from '../page-clock.js';

export class ClockController implements ReactiveController, ClockSubscriber {
  /** A frozen instant, or null for the real clock. */
  frozen: Date | null = null;

  /** When the host's view changes next (for the page clock); null for never, or while frozen. */
  wakeAt: number | null = null;

  private woken = false;
  private connected = false;
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
    if (typeof at === 'string') warnOnce(`now=${quote(text)} ${at}; using the real time.`);
    this.frozen = at instanceof Date ? at : null;
    this.follow();
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
  wakeAtEarliest(instants: ReadonlyArray<Date | null | undefined>): void {
    const now = Date.now();
    let next: number | null = null;
    for (const instant of instants) {
      const t = instant?.getTime() ?? NaN;
      if (t > now && (next === null || t < next)) next = t;
    }
    if (next === this.wakeAt) return;
    this.wakeAt = next;
    if (this.connected && !this.frozen) reschedule();
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.follow();
  }

  /** The page clock serves this widget while it is on the page and its clock runs. */
  private follow(): void {
    if (this.connected && !this.frozen) subscribe(this);
    else unsubscribe(this);
  }

  wake(): void {
    this.woken = true;
    this.host.requestUpdate();
  }
}
