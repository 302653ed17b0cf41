/**
 * The dataset the widgets show, defined once as a valibot schema: the
 * TypeScript types and the published JSON Schema are both derived from it.
 */
import * as v from 'valibot';
import { isoDateProblem } from './civil-date.js';
import { parseHours } from './hours-parser.js';
import { HoursSyntaxError } from './hours-syntax-error.js';
import { httpUrl, mailtoHref, telHref } from './links.js';
import { clip } from './quote.js';
import type { DatasetProblem, DatasetProblemDetail } from './problems/dataset-problem.js';
import { datasetErrorEn } from './problems/dataset-problem.en.js';
import { isValidTimeZone } from './zoned-time.js';

export const SCHEMA_VERSION = 1;

const MAX_TEXT = 1000;

/* eslint-disable no-control-regex */
/**
 * Control characters other than the line break, and the bidirectional
 * overrides and isolates: nothing a person types, and what header and vCard
 * injection, terminal escapes and text shown backwards are made of.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** All of those and the line break: for values that are one line (names, addresses). */
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

const Text = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'empty'),
  v.maxLength(MAX_TEXT, 'too-long'),
  v.check((value) => !CONTROL.test(value), 'control-character'),
);

/** Text on one line, such as a person's name. */
const Line = v.pipe(
  Text,
  v.check((value) => !CONTROL_OR_BREAK.test(value), 'line-break'),
);

/** Text in Swedish and English. */
const Localized = v.object({ sv: Text, en: Text });

const Phone = v.pipe(
  v.string(),
  v.trim(),
  v.check((value) => telHref(value) !== null, 'not-phone'),
  v.description('As displayed, e.g. "020-390 000"; the tel: link is derived.'),
);

const WebAddress = v.pipe(
  v.string(),
  v.trim(),
  v.check((value) => !/\s/.test(value) && !CONTROL_OR_BREAK.test(value) && httpUrl(value) !== null, 'not-web-address'),
  v.description('An absolute https: or http: address.'),
);

const Email = v.pipe(
  v.string(),
  v.trim(),
  v.check((value) => mailtoHref(value) !== null, 'not-email'),
);

const Hours = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    try {
      parseHours(dataset.value);
    } catch (error) {
      // The error itself goes with the issue: its problem, not its English, is what describe() reads.
      addIssue({ message: 'hours', received: 'hours', input: error });
    }
  }),
  v.description('Opening hours in the OpenStreetMap opening_hours subset, e.g. "Mo-Fr 09:00-16:30; PH off".'),
);

/** A date written YYYY-MM-DD that exists: "2026-13-01" is refused as month 13, not as a wrong format. */
const IsoDate = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    if (isoDateProblem(dataset.value)) addIssue({ message: 'date' });
  }),
  v.description('A date written YYYY-MM-DD.'),
);

const TimeZone = v.pipe(v.string(), v.check(isValidTimeZone, 'not-time-zone'));

const UrgentNumber = v.object({ phone: Phone, text: Localized });

export const DatasetSchema = v.object({
  $schema: v.optional(
    v.pipe(
      v.string(),
      v.check((value) => !CONTROL_OR_BREAK.test(value), 'line-break'),
    ),
  ),
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** When the content was last checked against its source, YYYY-MM-DD. */
  updated: IsoDate,
  published: v.optional(IsoDate),
  organisation: v.object({ name: Localized, url: v.optional(WebAddress) }),
  hotline: v.object({
    name: Localized,
    audience: Localized,
    description: v.optional(Localized),
    phone: Phone,
    hours: Hours,
    /** True while the clock times are an assumption ("office hours") that the organisation has not confirmed. */
    hoursAssumed: v.optional(v.boolean(), false),
    timeZone: TimeZone,
  }),
  urgent: v.object({
    emergency: UrgentNumber,
    police: UrgentNumber,
    socialServices: v.object({ text: Localized }),
  }),
  contacts: v.pipe(
    v.array(
      v.object({
        name: Line,
        title: Localized,
        phones: v.pipe(v.array(Phone), v.maxLength(5, 'too-many')),
        email: Email,
      }),
    ),
    v.maxLength(50, 'too-many'),
  ),
  /** About the NMT; a dataset without it shows the embedded text. */
  nmt: v.optional(v.object({ name: Localized, description: Localized, url: WebAddress })),
  members: v.pipe(v.array(v.object({ name: Localized, url: v.optional(WebAddress) })), v.maxLength(50, 'too-many')),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type LocalizedText = Dataset['hotline']['name'];
export type Contact = Dataset['contacts'][number];
export type Member = Dataset['members'][number];

export type DatasetResult =
  | { ok: true; data: Dataset }
  | {
      ok: false;
      /** Each problem in English, "contacts[2].email: not a plain e-mail address (...)". */
      errors: string[];
      /** The same problems as codes with their values, for words in another language (see problems/). */
      problems: DatasetProblem[];
    };

/** "contacts[2].email" from a valibot issue path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path || '(the dataset)';
}

/** The codes the schema gives its checks as their messages, with the values each one's words need. */
function detailOf(issue: v.BaseIssue<unknown>): DatasetProblemDetail {
  if (issue.kind === 'schema') {
    // valibot's own messages for missing keys and wrong types are clear but long; keep them short.
    return issue.received === 'undefined'
      ? { code: 'missing' }
      : { code: 'wrong-type', expected: issue.expected ?? '?', received: clip(issue.received) };
  }
  const code = issue.message;
  if (code === 'hours' && issue.input instanceof HoursSyntaxError) {
    const { problem, offset, source } = issue.input;
    return { code: 'hours', problem, offset, source };
  }
  if (code === 'date') return isoDateProblem(String(issue.input)) ?? { code: 'not-iso-date' };
  if (code === 'too-long') return { code, max: MAX_TEXT };
  if (code === 'too-many') {
    const what = issue.path?.at(-1)?.key;
    return { code, max: Number(issue.requirement), what: what === 'phones' || what === 'contacts' ? what : 'members' };
  }
  if (SIMPLE_CODES.has(code)) return { code } as DatasetProblemDetail;
  return { code: 'other', message: clip(code, 200) };
}

const SIMPLE_CODES = new Set([
  'empty',
  'control-character',
  'line-break',
  'not-phone',
  'not-web-address',
  'not-email',
  'not-time-zone',
]);

/** Validates unknown data (e.g. parsed JSON) as a dataset, with readable errors such as "contacts[2].email: not an e-mail address". */
export function parseDataset(input: unknown): DatasetResult {
  const result = v.safeParse(DatasetSchema, input);
  if (result.success) return { ok: true, data: result.output };
  const problems = result.issues.map((issue): DatasetProblem => ({ ...detailOf(issue), path: pathOf(issue) }));
  return { ok: false, errors: problems.map(datasetErrorEn), problems };
}
