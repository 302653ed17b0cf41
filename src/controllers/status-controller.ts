/**
 * The live status of the support line for an element: which hours apply (the
 * `hours` attribute or the dataset's), the status at the clock's instant, the
 * words for it, and everything that follows a change: the reflected `status`
 * attribute, custom states, one timer to the next change, the polite
 * announcement and `nmt-status-change`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseHours } from '../core/hours-parser.js';
import type { Schedule } from '../core/schedule.js';
import { statusAt, type HoursStatus } from '../core/status.js';
import { instantOf, wallClockAt } from '../core/zoned-time.js';
import { NmtStatusChangeEvent } from '../events.js';
import { statusView, type StatusView } from '../i18n/status-words.js';
import type { ClockController } from './clock-controller.js';
import type { DataController } from './data-controller.js';
import type { LocaleController } from '../i18n/locale.js';
import { warnOnce } from '../warn.js';
import { remember } from '../remember.js';
import { forgetHoursWords, type ScheduleDay } from '../i18n/hours-words-of.js';
import { checkZonesWhenIdle, onZoneCorrection } from '../zone-check.js';

/** Schedules parsed from their texts, shared by every widget on the page. */
const MAX_SCHEDULES = 50;
const schedules = new Map<string, Schedule | Error>();

/** Parses once per distinct text; a bad one is remembered as its error. */
function scheduleFor(hours: string): Schedule | Error {
  return remember(
    schedules,
    hours,
    () => {
      try {
        return parseHours(hours);
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    },
    MAX_SCHEDULES,
  );
}

/** The controllers of the widgets on the page. */
const connected = new Set<StatusController>();

// Offsets corrected by the browser's zone data: every widget evaluates again (its status, its words, its next
// change). The core remakes a schedule's timeline in a corrected zone by itself; the words are forgotten here.
onZoneCorrection(() => {
  forgetHoursWords();
  connected.forEach((controller) => controller.host.requestUpdate());
});

/** The schedule and local day a widget evaluates at `now`, keyed for the words worked out from them. */
function scheduleDayOf(schedule: Schedule, now: Date, timeZone: string): ScheduleDay & { dayNo: number } {
  const dayNo = wallClockAt(now.getTime(), timeZone).dayNo;
  return { key: `${schedule.source}|${timeZone}|${dayNo}`, schedule, now, timeZone, dayNo };
}

type Host = ReactiveControllerHost & HTMLElement & { readonly hours?: string | null };

export class StatusController implements ReactiveController {
  status: HoursStatus | null = null;
  view: StatusView | null = null;
  /** Whether the hours shown are the widget's own (a valid `hours` attribute), not the dataset's. */
  ownHours = false;
  /** Text for the polite live region: empty until the status changes on the page. */
  announcement = '';

  /** The schedule and day last evaluated (see `hoursWordsOf`); null before the first update. */
  scheduleDay: ScheduleDay | null = null;

  private flipped = false;
  /** The instants at which what the view says changes. */
  private wakeTimes: Array<Date | null> = [];

  constructor(
    readonly host: Host,
    private readonly clock: ClockController,
    private readonly data: DataController,
    private readonly locale: LocaleController,
    private readonly internals: ElementInternals | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  hostUpdate(): void {
    const woken = this.clock.takeWake();
    const previous = this.view;
    const wasOpen = this.status?.open;

    const { status, day } = this.evaluate();
    this.status = status;
    this.view = statusView(status, day.now, this.locale.locale);
    // The summary is worked out only when a view asks for it (the small status never does).
    this.scheduleDay = day;
    // "i morgon" becomes "i dag" at midnight, so the words change then too.
    const nextMidnight = new Date(instantOf(day.dayNo + 1, 0, day.timeZone));
    this.wakeTimes = [this.status.nextChange, this.view.changesAt, nextMidnight];

    this.flipped = woken && wasOpen !== undefined && wasOpen !== this.status.open;
    // (An unknown span is not open: the reflected status and the event follow `open`.)
    if (woken && previous && previous.state !== this.view.state) {
      this.announcement = [this.view.label, this.view.detail].filter(Boolean).join(', ');
    }
  }

  /**
   * Works out ahead, into the caches the update reads, what the first update needs: the schedule parsed and its
   * status now. Returns the day whose words a view would show (see hoursWordsOf), to work those out too.
   */
  warm(): ScheduleDay {
    return this.evaluate().day;
  }

  /** The hours that apply, their status at the widget's clock, and the day evaluated (parsing and status cached). */
  private evaluate(): { status: HoursStatus; day: ScheduleDay & { dayNo: number } } {
    const { hotline } = this.data.data;
    const schedule = this.pickSchedule(hotline.hours);
    const now = this.clock.now();
    return {
      status: statusAt(schedule, now, hotline.timeZone),
      day: scheduleDayOf(schedule, now, hotline.timeZone),
    };
  }

  hostUpdated(): void {
    const status = this.status;
    const view = this.view;
    if (!status || !view) return;
    this.host.setAttribute('status', status.open ? 'open' : 'closed');
    this.setState('open', status.open);
    this.setState('closed', !status.open);
    this.setState('closing-soon', view.state === 'closing-soon');
    this.setState('unknown', view.state === 'unknown');

    this.clock.wakeAtEarliest(this.wakeTimes);
    checkZonesWhenIdle();

    if (this.flipped) {
      this.flipped = false;
      this.host.dispatchEvent(new NmtStatusChangeEvent(status));
    }
  }

  private pickSchedule(datasetHours: string): Schedule {
    const override = this.host.hours?.trim();
    this.ownHours = false;
    if (override) {
      const schedule = scheduleFor(override);
      this.ownHours = !(schedule instanceof Error);
      if (!(schedule instanceof Error)) return schedule;
      warnOnce(`the hours attribute was not used: ${schedule.message}. Showing the dataset's hours.`);
    }
    const fallback = scheduleFor(datasetHours);
    // The dataset was validated, so its hours parse; the guard keeps a widget alive regardless.
    return fallback instanceof Error ? parseHours('off') : fallback;
  }

  private setState(state: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(state);
      else states.delete(state);
    } catch {
      // Browsers before 2024 accept only "--state" names.
      if (on) states.add(`--${state}`);
      else states.delete(`--${state}`);
    }
  }
}
