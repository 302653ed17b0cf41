/**
 * Which minutes of one calendar day a schedule keeps open, unknown or closed,
 * with OSM's meaning as opening_hours.js implements it:
 * - the rules that select the day are applied in order, each painting its
 *   state (open, closed or unknown) over the times it gives, or the whole day;
 * - a normal rule (`;`) that selects the day and is open or unknown first
 *   drops what earlier rules gave it, including their spill from the day
 *   before; a rule of times alone does so only when it is open and follows
 *   another rule of times alone; a closed rule paints over without dropping;
 * - an additional rule (`,`) never drops; a fallback rule (`||`) paints only
 *   where the day is still closed;
 * - a span past midnight belongs to the day it starts: its tail is painted on
 *   the next day after that day's earlier rules, as an additional rule.
 */
import { dropsEarlier, ruleSelectsDay } from './day-selection.js';
import { derived } from './derived.js';
import { keep, type Segment } from './segments.js';
import { prepareWalk, walkDay, walked, type Walk } from './open-end-walk.js';
import {
  guessedEnd,
  MINUTES_PER_DAY,
  OPEN_END_PAST_MIDNIGHT,
  spanEnd,
  type Rule,
  type RuleState,
  type Schedule,
} from './schedule.js';

export interface DaySpans {
  /** The day's painted minutes, sorted, not overlapping; minutes not listed are closed, without a comment. */
  readonly spans: readonly Segment[];
}

/**
 * Paints [start, end) in a state over a day's segments, in one pass over them:
 * O(segments), whatever the order rules come in. A fallback paints only where
 * the day is still closed (with or without a reason), leaving open and unknown
 * times as they are.
 */
function paint(
  segments: Segment[],
  start: number,
  end: number,
  state: RuleState,
  comment: string | null,
  fallback: boolean,
): Segment[] {
  if (start >= end) return segments;
  const last = segments[segments.length - 1];
  if (last === undefined || last[1] <= start) {
    // After everything so far (the usual case: spans in time order): nothing to paint over.
    keep(segments, [start, end, state, comment]);
    return segments;
  }
  return fallback ? paintGaps(segments, start, end, state, comment) : paintOver(segments, start, end, state, comment);
}

function paintOver(segments: readonly Segment[], start: number, end: number, state: RuleState, comment: string | null) {
  const painted: Segment[] = [];
  let placed = false;
  for (const segment of segments) {
    const [s, e, st, c] = segment;
    if (e <= start) {
      keep(painted, segment);
      continue;
    }
    if (!placed) {
      keep(painted, [s, start, st, c]); // the part before `start`, if any
      keep(painted, [start, end, state, comment]);
      placed = true;
    }
    if (s >= end) keep(painted, segment);
    else if (e > end) keep(painted, [end, e, st, c]);
  }
  if (!placed) keep(painted, [start, end, state, comment]);
  return painted;
}

function paintGaps(segments: readonly Segment[], start: number, end: number, state: RuleState, comment: string | null) {
  const painted: Segment[] = [];
  // Every minute of [start, end) before `at` is decided: kept, or filled.
  let at = start;
  const fillTo = (to: number) => {
    if (to > at) keep(painted, [at, to, state, comment]);
    at = Math.max(at, to);
  };
  for (const segment of segments) {
    const [s, e, st, c] = segment;
    if (e <= start) keep(painted, segment);
    else if (s >= end) {
      fillTo(end);
      keep(painted, segment);
    } else if (st !== 'closed') {
      // Open or unknown: it stays, and the closed gap before it is filled.
      fillTo(s);
      keep(painted, segment);
      at = Math.max(at, e);
    } else {
      // Closed with a reason: the fallback fills the part inside [start, end); the parts outside stay.
      keep(painted, [s, start, st, c]);
      if (e > end) {
        fillTo(end);
        keep(painted, [end, e, st, c]);
      }
    }
  }
  fillTo(end);
  return painted;
}

/** An open end is never more than unknown; a closed rule stays closed. */
const openEndState = (rule: Rule): RuleState => (rule.state === 'closed' ? 'closed' : 'unknown');

/**
 * The spans a rule paints on its own day and on the next, as opening_hours.js
 * reads open ends: `17:00+` is unknown until its guessed end, but closed on
 * its own day when more times follow it in the rule; the guessed time after
 * `17:00-20:00+` is closed on its own day; past midnight both are unknown.
 */
function spansOf(rule: Rule): Array<[start: number, end: number, state: RuleState]> {
  const spans: Array<[number, number, RuleState]> = [];
  rule.spans!.forEach((span, i) => {
    const { start } = span;
    const end = spanEnd(span);
    // "00:00+" is guessed to end at midnight, and opening_hours.js then reads it as a plain whole day.
    if (span.openEnd && !(start === 0 && end === MINUTES_PER_DAY)) {
      const last = i === rule.spans!.length - 1;
      spans.push([start, Math.min(end, MINUTES_PER_DAY), last ? openEndState(rule) : 'closed']);
      if (end > MINUTES_PER_DAY) spans.push([MINUTES_PER_DAY, end, openEndState(rule)]);
      return;
    }
    spans.push([start, end, rule.state]);
    if (span.mayRunLonger) {
      const guessed = end >= MINUTES_PER_DAY ? end + OPEN_END_PAST_MIDNIGHT : guessedEnd(end);
      if (end < MINUTES_PER_DAY) spans.push([end, Math.min(guessed, MINUTES_PER_DAY), 'closed']);
      if (guessed > MINUTES_PER_DAY) spans.push([Math.max(end, MINUTES_PER_DAY), guessed, openEndState(rule)]);
    }
  });
  return spans;
}

/** A rule with what every day asks of it worked out once. */
interface PreparedRule {
  readonly rule: Rule;
  /** Whether it drops what earlier rules gave a day it selects. */
  readonly drops: boolean;
  /** Whether it paints over every minute of a day it selects, so that nothing painted before it shows. */
  readonly coversDay: boolean;
  /** Whether its times run past midnight (or may), so that it paints the day after it too. */
  readonly spills: boolean;
  /** The spans it paints on its own day and the next, in minutes from its own day's start; null for the whole day. */
  readonly spans: ReadonlyArray<[start: number, end: number, state: RuleState]> | null;
}

/**
 * A schedule's rules prepared for painting days, and the days painted so far.
 * A schedule is immutable, so this is worked out once per schedule.
 */
export interface PreparedSchedule {
  readonly rules: readonly PreparedRule[];
  /**
   * Paintings by the rules that made them: two days that the same rules apply
   * to are painted alike, so a year of days costs as many paintings as it has
   * different sets of rules (most schedules: a handful). Bounded.
   */
  readonly paintings: Map<number, Painting>;
  /** For a schedule with open ends or spans past midnight, the walk that reads it as opening_hours.js does (see open-end-walk.ts). */
  readonly walk: Walk | null;
}

/** A day painted by these rules (as `paintDay` lists them); keyed by their hash. */
interface Painting {
  readonly applying: readonly number[];
  readonly segments: readonly Segment[];
}

const MAX_PAINTINGS = 512;

/** Whether a rule's own-day spans, clipped to the day, leave no minute of it unpainted. */
function spansCoverDay(spans: ReadonlyArray<readonly [number, number, RuleState]>): boolean {
  let reached = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > reached) return false;
    reached = Math.max(reached, end);
  }
  return reached >= MINUTES_PER_DAY;
}

const PREPARED = Symbol('prepared');

export function prepareSchedule(schedule: Schedule): PreparedSchedule {
  return derived(schedule, PREPARED, (): PreparedSchedule => {
    const { rules } = schedule;
    return {
      rules: rules.map((rule, i) => {
        const spans = rule.spans && spansOf(rule);
        return {
          rule,
          drops: dropsEarlier(rules, i),
          coversDay: !rule.fallback && (spans === null || spansCoverDay(spans)),
          spills: rule.spans?.some((s) => spanEnd(s) > MINUTES_PER_DAY || s.mayRunLonger) ?? false,
          spans,
        };
      }),
      paintings: new Map(),
      walk: walked(schedule) ? prepareWalk(schedule) : null,
    };
  });
}

export function daySpans(schedule: Schedule, dayNo: number): DaySpans {
  return { spans: paintDay(prepareSchedule(schedule), dayNo) };
}

/**
 * The day's painted minutes, as `daySpans` gives them, from a prepared schedule.
 *
 * Cost: finding the rules that apply is one selector test per rule (each a
 * constant number of steps: a date range tries at most three starts). Painting
 * them is one pass over the day's segments per span painted, so O(A x S) for A
 * spans (a whole-day rule counts as one) and S <= 2A + 1 segments, and only
 * the spans after the last rule that drops or covers the whole day are painted.
 * A painting is done once per set of rules (see `paintings`), so asking about
 * many days costs their selector tests and the few distinct paintings.
 */
export function paintDay(prepared: PreparedSchedule, dayNo: number): readonly Segment[] {
  if (prepared.walk) return walkDay(prepared.walk, dayNo);
  const { rules, paintings } = prepared;
  // The rules that apply to the day, in order, as numbers: 2i for rule i on its own day, 2i + 1 for its tail
  // from the day before (numbers, not pairs: this runs for every day a schedule is asked about).
  let applying: number[] = [];
  for (let i = 0; i < rules.length; i++) {
    const { rule, drops, coversDay, spills } = rules[i];
    if (ruleSelectsDay(rule, dayNo)) {
      // What it drops or paints over can be left unpainted.
      if (drops || coversDay) applying = [];
      applying.push(2 * i);
    }
    if (spills && ruleSelectsDay(rule, dayNo - 1)) applying.push(2 * i + 1);
  }
  const key = hashOf(applying);
  const known = paintings.get(key);
  if (known !== undefined && sameNumbers(known.applying, applying)) return known.segments;
  const segments = paintRules(rules, applying);
  if (paintings.size >= MAX_PAINTINGS) paintings.clear();
  paintings.set(key, { applying, segments });
  return segments;
}

/** A hash of a list of numbers (FNV-1a over the values), to find a painting without building a string key. */
function hashOf(numbers: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const n of numbers) hash = Math.imul(hash ^ n, 0x01000193);
  return hash;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function paintRules(rules: readonly PreparedRule[], applying: readonly number[]): Segment[] {
  let segments: Segment[] = [];
  for (const entry of applying) {
    const { rule, spans } = rules[entry >> 1];
    const tail = (entry & 1) === 1;
    // A spill past midnight is painted as it is, even from a fallback rule, as in opening_hours.js.
    const fallback = rule.fallback && !tail;
    if (spans === null) {
      segments = paint(segments, 0, MINUTES_PER_DAY, rule.state, rule.comment, fallback);
      continue;
    }
    // The day itself gets [start, end) up to midnight; the next day gets what runs past it.
    const shift = tail ? MINUTES_PER_DAY : 0;
    for (const [start, end, state] of spans) {
      const from = Math.max(start - shift, 0);
      const to = Math.min(end - shift, MINUTES_PER_DAY);
      segments = paint(segments, from, to, state, rule.comment, fallback);
    }
  }
  return segments;
}
