/** Small helpers for element tests: what a user sees, at a fixed Stockholm instant. */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';

/**
 * A fake clock for timers, Date and performance.now together, so the clock
 * controller's jump watchdog sees time pass as it does for real (only
 * `setSystemTime` makes the wall clock jump).
 */
export function fakeClock(now: string): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: new Date(now),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the first match in the shadow root, whitespace folded. */
export function textOf(element: Element, selector: string): string {
  return (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Stockholm instants used across tests (2026: CET until 29 March and from 25 October). */
export const AT = {
  mondayOpen: '2026-11-30T10:00:00+01:00',
  mondayClosingSoon: '2026-11-30T16:20:00+01:00',
  mondayAfterHours: '2026-11-30T17:00:00+01:00',
  mondayEarly: '2026-11-30T07:00:00+01:00',
  saturday: '2026-11-28T12:00:00+01:00',
  julafton: '2026-12-24T10:00:00+01:00',
  juldagen: '2026-12-25T10:00:00+01:00',
  midsommarafton: '2026-06-19T10:00:00+02:00',
} as const;

/** Every part of an element's shadow tree ends within its container: nothing sticks out sideways. */
export function expectNoOverflow(container: Element, element: Element): void {
  const right = container.getBoundingClientRect().right + 0.5;
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
  }
}
