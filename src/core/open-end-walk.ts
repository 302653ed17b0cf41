/**
 * Days of a schedule with open ends (`17:00+`, `13:00-17:00+`), as
 * opening_hours.js reads them: as its intervals say (getOpenIntervals, and its
 * own test suite), which is a walk from change to change in which the state
 * found at a change holds until the next one.
 *
 * For open ends that walk differs from asking each instant on its own. Its
 * rule for an open end followed by more times in the same rule ("closed while
 * the next times are not yet due", so that `07:00+,12:00-16:00` is not
 * unknown all day) holds only once the open end has begun, and is not yet
 * true at its very start. So the walk finds the open end unknown where it
 * starts, and that holds until the next change: `07:00+,12:00-16:00` is
 * unknown 07:00-12:00, open 12:00-16:00, then closed; `13:00-17:00+` is open
 * 13:00-17:00, then unknown until its guessed end at 03:00. A state also holds
 * over a midnight at which no selector changes, and the next day's own rules
 * do not interrupt it there.
 *
 * This module is that walk, over the same rules: each rule becomes the time
 * selectors opening_hours.js makes of it (a span past midnight also gives a
 * rule for its tail on the next day, and `13:00-17:00+` gives the open end
 * `17:00+` before the span), each instant is answered as it answers one, and
 * the next change is the nearest that any selector names. Schedules with
 * open ends or spans past midnight are walked (see `walked`); for the others
 * the walk and the painting in day-spans.ts agree (the reference comparison
 * checks both), and painting is cheaper.
 */
import { civilDate, dayNumber } from './civil-date.js';
import { dropsEarlier, selectorGroups, type DaySelector } from './day-selection.js';
import { keep, type Segment } from './segments.js';
import {
  guessedEnd,
  MINUTES_PER_DAY,
  OPEN_END_PAST_MIDNIGHT,
  type Rule,
  type RuleState,
  type Schedule,
  type TimeSpan,
} from './schedule.js';

/** A time selector: minutes [from, to) of its day (to may pass midnight), or the tail of one on the next day. */
interface Selector {
  readonly from: number;
  readonly to: number;
  readonly openEnd: boolean;
  /** The part of a span past midnight, in the rule for the next day: [0, to). */
  readonly tail: boolean;
}

/** A rule as opening_hours.js holds it: its own day's, or the tail of its spans past midnight on the day after. */
interface WalkRule {
  readonly rule: Rule;
  readonly tail: boolean;
  /** Its selectors of days, grouped as opening_hours.js tries them (see selectorGroups); none: every day. */
  readonly groups: readonly (readonly DaySelector[])[];
  /** Whether, when it selects a day, the rules before it stop counting for that day. */
  readonly drops: boolean;
  /** Its time selectors in the order opening_hours.js tries them; null for the whole day. */
  readonly selectors: readonly Selector[] | null;
  /** For a whole-day rule, the state it gives; null for a rule with times. */
  readonly given: Given | null;
}

/** Whether a selector matches a minute of its day. */
function matchesAt({ from, to, tail }: Selector, minute: number): boolean {
  if (tail) return minute < to;
  return (from === 0 && to === MINUTES_PER_DAY) || (minute >= from && (to > MINUTES_PER_DAY || minute < to));
}

/** The next minute (from the day's start) a selector names after `minute`, as opening_hours.js has it; none: undefined. */
function nextNamed({ from, to, tail }: Selector, minute: number): number | undefined {
  if (tail) return minute < to ? to : undefined;
  if (from === 0 && to === MINUTES_PER_DAY) return undefined;
  if (minute < from) return from;
  if (to > MINUTES_PER_DAY || minute < to) return to;
  return from + MINUTES_PER_DAY;
}

/** The guessed end of an open end from `from`: opening_hours.js's guess, also for an end already past midnight. */
const openEndTo = (from: number) => (from >= MINUTES_PER_DAY ? from + OPEN_END_PAST_MIDNIGHT : guessedEnd(from));

/**
 * A rule's selectors on its own day and on the next, in opening_hours.js's
 * order. It reads `13:00-17:00+` as the open end `17:00+` followed by the rest
 * of the list, then the span, then the rest of the list once more: it reads the
 * open end by starting over at 17:00, and both readings go on to the end.
 */
function selectorsOf(rule: Rule): { own: Selector[]; tails: Selector[] } {
  const own: Selector[] = [];
  const tails: Selector[] = [];
  const add = (from: number, to: number, openEnd: boolean) => {
    // A whole day is a whole day, an open end or not ("00:00+" is guessed to end at midnight): it reads it as one.
    if (from === 0 && to === MINUTES_PER_DAY) openEnd = false;
    own.push({ from, to, openEnd, tail: false });
    if (to > MINUTES_PER_DAY) tails.push({ from: 0, to: to - MINUTES_PER_DAY, openEnd, tail: true });
  };
  const read = (spans: readonly TimeSpan[]): void => {
    const [span, ...rest] = spans;
    if (span === undefined) return;
    if (span.openEnd) {
      add(span.start, openEndTo(span.start), true);
    } else if (span.mayRunLonger) {
      add(span.end, openEndTo(span.end), true);
      read(rest);
      add(span.start, span.end, false);
    } else add(span.start, span.end, false);
    read(rest);
  };
  read(rule.spans ?? []);
  return { own, tails };
}

export interface Walk {
  readonly rules: readonly WalkRule[];
  /** Days walked, by day number: minutes [start, end) of that day in a state. Bounded. */
  readonly days: Map<number, readonly Segment[]>;
  /** What the selectors of days say of a day (the same at every minute of it), by day and walk end. Bounded. */
  readonly selections: Map<string, Selection>;
  /**
   * What a walked day hands on to the next: where the state held at its start was found, in minutes from day 0
   * (its next change is looked for again from the next day, which sees a day further ahead). Bounded.
   */
  readonly carries: Map<number, number>;
}

/** A state a rule gives, and the rule (for its comment). */
interface Given {
  readonly open: boolean;
  readonly unknown: boolean;
  readonly rule: WalkRule;
}

/**
 * One step of answering an instant on a day: a rule with times, or a run of whole-day rules (no times) taken
 * together. What such a run gives does not depend on the minute, only on whether the state before it is
 * closed (a fallback rule takes only what is closed), so it is worked out once per day: a text of hundreds of
 * `||off` rules is one step, not hundreds at every change.
 */
type Step =
  | { readonly timed: WalkRule }
  | {
      readonly timed?: undefined;
      /** What the run gives after a closed state: its first rule always takes that. */
      fromClosed: Given;
      /** What it gives after an open or unknown state; null: nothing, the state goes on. */
      fromOpen: Given | null;
    };

/** The rules that count on a day, in order, as steps, and the nearest change their selectors of days name (minutes). */
interface Selection {
  readonly steps: readonly Step[];
  readonly next: number;
}

const openOrUnknown = (given: Given) => given.open || given.unknown;

/** Adds a rule that applies on the day to its steps: a rule with times as a step, a whole-day one to the run before it. */
function addStep(steps: Step[], rule: WalkRule): void {
  const given = rule.given;
  if (given === null) {
    steps.push({ timed: rule });
    return;
  }
  const last = steps[steps.length - 1];
  if (last === undefined || last.timed !== undefined) {
    steps.push({ fromClosed: given, fromOpen: given.rule.rule.fallback ? null : given });
    return;
  }
  // A fallback rule takes only a closed state; any other rule takes whatever state comes before it.
  const fallback = given.rule.rule.fallback;
  if (!fallback || !openOrUnknown(last.fromClosed)) last.fromClosed = given;
  if (!fallback || (last.fromOpen !== null && !openOrUnknown(last.fromOpen))) last.fromOpen = given;
}

const MAX_DAYS = 800;

/**
 * The most time selectors a schedule may have to be walked. Walking costs, for each change of a day, a look at
 * every selector: nothing for what offices write (a few dozen at most), but the square of a text built to be
 * slow (hundreds of spans under the length cap). Those are painted (day-spans.ts), which reads them as
 * opening_hours.js answers an instant on its own.
 */
const MAX_WALKED_SELECTORS = 32;

/**
 * Whether a schedule is read by the walk: it has open ends, or spans past midnight (a state held over a
 * midnight at which no selector changes can hide the next day's start of such a span), and is not too large.
 */
export function walked(schedule: Schedule): boolean {
  let selectors = 0;
  let needed = false;
  for (const rule of schedule.rules) {
    // As selectorsOf reads them: "13:00-17:00+" is two selectors, and the times after it are read twice.
    let after = 0;
    for (const span of [...(rule.spans ?? [])].reverse()) {
      after = span.mayRunLonger ? 2 + 2 * after : 1 + after;
      if (after > MAX_WALKED_SELECTORS) return false;
      needed ||= span.openEnd === true || span.mayRunLonger === true || span.end > MINUTES_PER_DAY;
    }
    selectors += after;
  }
  return needed && selectors <= MAX_WALKED_SELECTORS;
}

export function prepareWalk(schedule: Schedule): Walk {
  const rules: WalkRule[] = [];
  schedule.rules.forEach((rule, i) => {
    const drops = dropsEarlier(schedule.rules, i);
    const { own, tails } = selectorsOf(rule);
    const groups = selectorGroups(rule);
    const walkRule = {
      rule,
      tail: false,
      groups,
      drops,
      selectors: rule.spans ? own : null,
      given: null as Given | null,
    };
    // A whole-day rule gives the same state all day: worked out once.
    if (!rule.spans)
      walkRule.given = { open: rule.state === 'open', unknown: rule.state === 'unknown', rule: walkRule };
    rules.push(walkRule);
    if (tails.length > 0) rules.push({ rule, tail: true, groups, drops: false, selectors: tails, given: null });
  });
  return { rules, days: new Map(), selections: new Map(), carries: new Map() };
}

/**
 * Whether a rule selects a day, as opening_hours.js tries its selectors: group by group, each selector
 * also naming the next day it changes on (looked for up to `untilDay`), until a group picks nothing.
 */
function selects(rule: WalkRule, dayNo: number, untilDay: number, nearer: (minute: number) => void): boolean {
  if (rule.groups.length === 0) return true;
  // The tail of a rule's spans is on the day after the days it selects.
  const shift = rule.tail ? 1 : 0;
  const { year, month } = civilDate(dayNo - shift);
  const newYear = dayNumber(year + 1, 1, 1) + shift;
  const monthStart = (month === 12 ? newYear - shift : dayNumber(year, month + 1, 1)) + shift;
  for (const group of rule.groups) {
    let picked = false;
    for (const { picks, namesNewYear, namesMonthStart } of group) {
      const today = picks(dayNo - shift);
      picked ||= today;
      for (let day = dayNo + 1; day <= untilDay; day++) {
        if (picks(day - shift) !== today) {
          nearer((day - dayNo) * MINUTES_PER_DAY);
          break;
        }
      }
      if (newYear <= untilDay && namesNewYear?.(year)) nearer((newYear - dayNo) * MINUTES_PER_DAY);
      if (namesMonthStart && monthStart <= untilDay) nearer((monthStart - dayNo) * MINUTES_PER_DAY);
    }
    if (!picked) return false;
  }
  return true;
}

interface State {
  readonly state: RuleState;
  readonly comment: string | null;
  /** The next change, in minutes from the start of the day asked about (may pass midnight); Infinity for none. */
  readonly next: number;
}

/** The rules that select a day, as opening_hours.js keeps them (a dropping rule drops those before it). */
function selectionOf(walk: Walk, dayNo: number, untilDay: number): Selection {
  const key = `${dayNo}|${untilDay}`;
  const known = walk.selections.get(key);
  if (known) return known;
  let next = Infinity;
  const nearer = (at: number) => {
    if (at < next) next = at;
  };
  let steps: Step[] = [];
  for (const rule of walk.rules) {
    if (!selects(rule, dayNo, untilDay, nearer)) continue;
    if (rule.drops) steps = [];
    addStep(steps, rule);
  }
  if (walk.selections.size >= MAX_DAYS) walk.selections.clear();
  const selection = { steps, next };
  walk.selections.set(key, selection);
  return selection;
}

/**
 * The state at a minute of a day, and the next change any selector names, as opening_hours.js finds them; changes
 * of the days selected are looked for up to the start of `untilDay` (the walk needs none later).
 */
function stateAt(walk: Walk, dayNo: number, minute: number, untilDay: number): State {
  let open = false;
  let unknown = false;
  let matched: WalkRule | null = null;
  const { steps, next: dayChange } = selectionOf(walk, dayNo, untilDay);
  let next = dayChange;
  for (const step of steps) {
    const rule = step.timed;
    if (rule === undefined) {
      const given: Given | null = open || unknown ? step.fromOpen : step.fromClosed;
      if (given !== null) ({ open, unknown, rule: matched } = given);
      continue;
    }
    const selectors = rule.selectors!;
    const isOpen = rule.rule.state === 'open';
    const isUnknown = rule.rule.state === 'unknown';
    // The tail of a fallback rule's span is no fallback: opening_hours.js makes it a rule of its own.
    const fallback = rule.rule.fallback && !rule.tail;
    for (let k = 0; k < selectors.length; k++) {
      const selector = selectors[k];
      const at = nextNamed(selector, minute);
      if (at !== undefined && at < next) next = at;
      if (!matchesAt(selector, minute) || (fallback && (open || unknown))) continue;
      open = isOpen;
      unknown = isUnknown;
      matched = rule;
      if (!selector.openEnd || !(open || unknown)) continue;
      // An open end is never more than unknown.
      open = false;
      unknown = true;
      // Closed while the next times of the rule are not yet due, once the open end has begun (not at its start).
      const following = selectors[k + 1];
      if (following === undefined) continue;
      const begun = matchesAt(selector, minute === 0 ? MINUTES_PER_DAY - 1 : minute - 1);
      if (begun && !matchesAt(following, minute) && nextNamed(following, minute) !== undefined) unknown = false;
    }
  }
  const state: RuleState = open ? 'open' : unknown ? 'unknown' : 'closed';
  return { state, comment: matched?.rule.comment ?? null, next };
}

/**
 * The state found at minute `at` (from the start of `dayNo`, perhaps in another day), held until its next
 * change, on that same scale.
 */
function heldFrom(walk: Walk, dayNo: number, at: number): State {
  const day = dayNo + Math.floor(at / MINUTES_PER_DAY);
  const found = stateAt(walk, day, at - (day - dayNo) * MINUTES_PER_DAY, dayNo + 2);
  return { ...found, next: found.next + (day - dayNo) * MINUTES_PER_DAY };
}

/**
 * The day's minutes in each state, as the walk finds them. It goes on from
 * what the day before handed on, when that was walked; else it starts two
 * days before, so that what it holds into the day is what any longer walk holds.
 */
export function walkDay(walk: Walk, dayNo: number): readonly Segment[] {
  const known = walk.days.get(dayNo);
  if (known) return known;
  const segments: Segment[] = [];
  const carried = walk.carries.get(dayNo);
  let at = carried === undefined ? -2 * MINUTES_PER_DAY : carried - dayNo * MINUTES_PER_DAY;
  let held = heldFrom(walk, dayNo, at);
  // Each step moves on to a later selector's minute; a day has at most a few per selector.
  for (let steps = 0; steps < 10_000; steps++) {
    const from = Math.max(at, 0);
    const end = Math.min(held.next, MINUTES_PER_DAY);
    keep(segments, [from, end, held.state, held.comment]);
    if (held.next >= MINUTES_PER_DAY) {
      // Held into the next day (perhaps to a change at its very start): what that day's walk goes on from.
      if (walk.carries.size >= MAX_DAYS) walk.carries.clear();
      walk.carries.set(dayNo + 1, dayNo * MINUTES_PER_DAY + at);
      break;
    }
    at = held.next;
    held = heldFrom(walk, dayNo, at);
  }
  if (walk.days.size >= MAX_DAYS) walk.days.clear();
  walk.days.set(dayNo, segments);
  return segments;
}
