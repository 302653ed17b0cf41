/** The live status in words: what a visitor reads and a screen reader hears. */
import { str } from '@lit/localize';
import type { HoursStatus } from '../core/status.js';
import { wallClockAt } from '../core/zoned-time.js';
import { formatDayTime, formatTime } from './format.js';
import { msgIn, type WidgetLocale } from './locale.js';

/** How long before closing the status says "closing soon". */
const CLOSING_SOON_MS = 15 * 60_000;

export type StatusState = 'open' | 'closing-soon' | 'closed' | 'unknown';

export interface StatusView {
  readonly state: StatusState;
  /** "Öppet nu", "Stänger snart", "Stängt nu". */
  readonly label: string;
  /** "stänger 16.30", "öppnar måndag 28 december 09.00", with the holiday when there is one. */
  readonly detail: string;
  /** When the words change next, besides `status.nextChange` (the closing-soon boundary). */
  readonly changesAt: Date | null;
}

/** "i dag 09.00", "i morgon 09.00" or "måndag 28 december 09.00". */
function when(at: Date, now: Date, timeZone: string, sayToday: boolean, locale: WidgetLocale): string {
  const msg = msgIn(locale);
  const time = formatTime(at, locale, timeZone);
  const days = wallClockAt(at.getTime(), timeZone).dayNo - wallClockAt(now.getTime(), timeZone).dayNo;
  if (days === 0) return sayToday ? msg(str`i dag\u00a0${time}`, { id: 'when.today' }) : time;
  if (days === 1) return msg(str`i morgon\u00a0${time}`, { id: 'when.tomorrow' });
  return formatDayTime(at, locale, timeZone);
}

export function statusView(status: HoursStatus, now: Date, locale: WidgetLocale): StatusView {
  const msg = msgIn(locale);
  const { timeZone, nextChange } = status;
  if (status.unknown) {
    // OSM's "unknown": the hours came with only a comment, which says what applies.
    const parts = [status.comment ?? ''];
    if (nextChange)
      parts.push(msg(str`till ${when(nextChange, now, timeZone, false, locale)}`, { id: 'status.until' }));
    return {
      state: 'unknown',
      label: msg('Osäkert nu', { id: 'status.unknown' }),
      detail: parts.filter(Boolean).join('; '),
      changesAt: null,
    };
  }
  if (status.open) {
    if (!nextChange) {
      return { state: 'open', label: msg('Öppet nu', { id: 'status.open' }), detail: '', changesAt: null };
    }
    const closes = msg(str`stänger ${when(nextChange, now, timeZone, false, locale)}`, { id: 'status.closes' });
    const soonFrom = new Date(nextChange.getTime() - CLOSING_SOON_MS);
    if (now >= soonFrom) {
      // One phrase: "Stänger snart, kl. 16.30", not "Stänger snart, stänger 16.30".
      const time = formatTime(nextChange, locale, timeZone);
      return {
        state: 'closing-soon',
        label: msg('Stänger snart', { id: 'status.closing-soon' }),
        detail: msg(str`kl.\u00a0${time}`, { id: 'status.closing-at' }),
        changesAt: null,
      };
    }
    return { state: 'open', label: msg('Öppet nu', { id: 'status.open' }), detail: closes, changesAt: soonFrom };
  }
  const parts: string[] = [];
  // Why: the holiday or eve, when it keeps the line closed all day.
  if (status.holiday && status.today.length === 0) parts.push(status.holiday.name[locale]);
  if (nextChange) parts.push(msg(str`öppnar ${when(nextChange, now, timeZone, true, locale)}`, { id: 'status.opens' }));
  return {
    state: 'closed',
    label: msg('Stängt nu', { id: 'status.closed' }),
    detail: parts.join('; '),
    changesAt: null,
  };
}
