/** The events the elements fire, each a small typed Event (bubbles, composed). */
import type { HoursStatus } from './core/status.js';

/** The line opened or closed while the widget was on the page. */
export class NmtStatusChangeEvent extends Event {
  static readonly eventName = 'nmt-status-change';
  constructor(readonly status: HoursStatus) {
    super(NmtStatusChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same, for listeners written for CustomEvent. */
  get detail(): { status: HoursStatus } {
    return { status: this.status };
  }
}

/** The dataset at `src` was refused; the widget keeps showing the embedded default. */
export class NmtDataErrorEvent extends Event {
  static readonly eventName = 'nmt-data-error';
  constructor(
    readonly src: string,
    readonly reason: string,
  ) {
    super(NmtDataErrorEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same, for listeners written for CustomEvent. */
  get detail(): { src: string; reason: string } {
    return { src: this.src, reason: this.reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nmt-status-change': NmtStatusChangeEvent;
    'nmt-data-error': NmtDataErrorEvent;
  }
}
