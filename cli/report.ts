/**
 * What a data maintainer needs to know about a dataset: every error with its
 * path and a fix, the hours as the widgets will show them in Swedish and
 * English, the next changes of the line's status with what falls in them, and
 * what is not wrong but worth a look (old data, assumed hours).
 */
import { parseDataset } from '../src/core/dataset.js';
import type { DatasetProblem } from '../src/core/problems/dataset-problem.js';
import { datasetErrorEn } from '../src/core/problems/dataset-problem.en.js';
import { datasetWarnings } from '../src/core/dataset-warnings.js';
import { parseJsonBytes } from '../src/core/json-bytes.js';
import { holidayOn } from '../src/core/holidays.js';
import { parseHours } from '../src/core/hours-parser.js';
import type { Schedule } from '../src/core/schedule.js';
import { statusAt } from '../src/core/status.js';
import { summarizeHours } from '../src/core/summary.js';
import { wallClockAt } from '../src/core/zoned-time.js';
import { deviationsInWords, hoursInWords } from '../src/i18n/hours-words.js';
import type { WidgetLocale } from '../src/i18n/locale.js';
import type { Finding } from './load.js';

/** What to do about a dataset problem, in words. */
function fixFor(problem: DatasetProblem): string {
  switch (problem.code) {
    case 'missing':
      return `add "${problem.path.split('.').at(-1)}" (see nmt-data.schema.json)`;
    case 'wrong-type':
      return `write ${problem.path} as ${problem.expected}`;
    case 'hours':
      return 'write the hours as in "Mo-Fr 09:00-16:30; PH off" (the message says where)';
    case 'not-phone':
      return 'write the number as it is displayed, e.g. "020-390 000"';
    case 'not-email':
      return 'write only the address, e.g. "fornamn.efternamn@myndighet.se"';
    case 'not-web-address':
      return 'write the whole address, starting with https://';
    case 'not-iso-date':
    case 'no-such-date':
      return 'write the date as YYYY-MM-DD, e.g. "2026-11-30"';
    case 'control-character':
    case 'line-break':
      return 'remove the invisible character (retype the text)';
    case 'not-time-zone':
      return 'write "Europe/Stockholm"';
    case 'too-long':
      return `shorten the text to at most ${problem.max} characters`;
    case 'too-many':
      return `keep at most ${problem.max} (publish the rest on your own page)`;
    case 'empty':
      return 'write the text, or remove the field if it is optional';
    case 'other':
      return 'see the message';
  }
}

/** An error with what to do about it. */
export interface ReportError {
  readonly text: string;
  readonly fix: string;
}

export interface Report {
  readonly errors: readonly ReportError[];
  /** For a JSON syntax error: the line it is on, and a mark under where. */
  readonly around?: readonly [line: string, mark: string];
  readonly findings: readonly Finding[];
  readonly words: Readonly<Record<WidgetLocale, readonly string[]>> | null;
  /** The coming days that differ from the regular week (the next eight weeks), as the hotline lists them. */
  readonly deviations: Readonly<Record<WidgetLocale, readonly string[]>> | null;
  readonly changes: readonly string[];
  /** The zone the dataset's hours are read in, which the changes are written in. */
  readonly timeZone?: string;
}

export const when = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

/** The next `count` changes of the line's status from `now`, each with the holidays and eves in the time it lasts. */
function nextChanges(schedule: Schedule, timeZone: string, now: Date, count: number): string[] {
  const lines: string[] = [];
  let status = statusAt(schedule, now, timeZone);
  for (let i = 0; i < count && status.nextChange; i++) {
    const change = status.nextChange;
    const after = statusAt(schedule, change, timeZone);
    const state = after.open ? 'opens' : after.unknown ? 'unknown' : 'closes';
    const until = after.nextChange ?? new Date(change.getTime() + 14 * 86_400_000);
    const names: string[] = [];
    const first = wallClockAt(change.getTime(), timeZone).dayNo;
    const last = wallClockAt(until.getTime() - 1, timeZone).dayNo;
    for (let day = first; day <= last && day - first < 400; day++) {
      const holiday = holidayOn(day);
      if (holiday && !after.open) names.push(holiday.name.sv);
    }
    const why = [after.comment, names.length > 0 ? names.join(', ') : null].filter(Boolean).join('; ');
    const padded = state.padEnd(7);
    lines.push(`${when(change, timeZone).padEnd(25)} ${padded}${why ? `  (${why})` : ''}`.trimEnd());
    status = after;
  }
  return lines;
}

/** The 1-based line and column of a character position in a text, and the line itself. */
function placeOf(text: string, position: number): { line: number; column: number; lineText: string } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', position);
  return {
    line: before.split('\n').length,
    column: position - lineStart + 1,
    lineText: text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd),
  };
}

export function report(bytes: Uint8Array, now: Date): Report {
  // Decoded as the widgets decode it: strict UTF-8, a byte-order mark allowed.
  const json = parseJsonBytes(bytes);
  if (!json.ok) {
    if (json.problem === 'encoding' || json.text === undefined || json.position === undefined) {
      const error = { text: `(the file): ${json.message}`, fix: 'save the file as UTF-8 text' };
      return { errors: [error], findings: [], words: null, deviations: null, changes: [] };
    }
    const { line, column, lineText } = placeOf(json.text, json.position);
    // The line as it is, and a mark under the character where the parser stopped.
    const start = Math.max(0, column - 60);
    const shown = lineText.slice(start, start + 100);
    return {
      errors: [
        {
          text: `(the file): not valid JSON at line ${line}, column ${column}: ${json.message.replace(/ in JSON at position.*$/, '')}`,
          fix: 'mend the JSON where the mark points (often a missing comma or quote, or a comma before "}")',
        },
      ],
      findings: [],
      words: null,
      deviations: null,
      changes: [],
      around: [shown, `${' '.repeat(column - 1 - start)}^`],
    };
  }
  const result = parseDataset(json.value);
  if (!result.ok) {
    const errors = result.problems.map((problem) => ({ text: datasetErrorEn(problem), fix: fixFor(problem) }));
    return { errors, findings: [], words: null, deviations: null, changes: [] };
  }
  const data = result.data;
  const findings: Finding[] = [
    { level: 'ok', text: 'the dataset is valid' },
    ...datasetWarnings(data, now).map(({ en }): Finding => ({ level: 'warning', text: en })),
  ];
  const { hours, timeZone } = data.hotline;
  const schedule = parseHours(hours);
  const summary = summarizeHours(schedule, now, timeZone);
  const words = {} as Record<WidgetLocale, readonly string[]>;
  const deviations = {} as Record<WidgetLocale, readonly string[]>;
  for (const locale of ['sv', 'en'] as const) {
    words[locale] = hoursInWords(summary, locale);
    deviations[locale] = deviationsInWords(summary.deviations, locale);
  }
  return { errors: [], findings, words, deviations, timeZone, changes: nextChanges(schedule, timeZone, now, 10) };
}
