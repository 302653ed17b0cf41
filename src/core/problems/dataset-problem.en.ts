import { noSuchDate } from '../civil-date.js';
import { hoursErrorMessage } from '../hours-syntax-error.js';
import { CODES_ONLY, problemCode } from './codes-only.js';
import type { DatasetProblem, DatasetProblemDetail } from './dataset-problem.js';
import { problemWords, type ProblemWords } from './hours-problem.js';

const MANY = { phones: 'phone numbers', contacts: 'contacts', members: 'members' } as const;

/** The dataset problems in English: what `parseDataset`'s `errors`, the console and the check command say. */
export const DATASET_PROBLEMS_EN: ProblemWords<DatasetProblemDetail> = {
  missing: () => 'missing',
  'wrong-type': (p) => `expected ${p.expected}, got ${p.received}`,
  empty: () => 'must not be empty',
  'too-long': (p) => `longer than ${p.max} characters`,
  'control-character': () => 'contains a control character or a bidirectional override',
  'line-break': () => 'contains a line break or control character',
  'not-phone': () => 'not a phone number (write it as displayed, e.g. "020-390 000")',
  'not-web-address': () => 'not an https: or http: address',
  'not-email': () => 'not a plain e-mail address (name@example.se, without "?", "#", "%", spaces or other extras)',
  'not-iso-date': () => 'not a date written YYYY-MM-DD',
  'no-such-date': (p) => `not a date: ${noSuchDate(p.year, p.month, p.day)}`,
  'not-time-zone': () => 'not an IANA time zone such as "Europe/Stockholm"',
  'too-many': (p) => `more than ${p.max} ${MANY[p.what]}`,
  hours: (p) => hoursErrorMessage(p.problem, p.offset, p.source),
  other: (p) => p.message,
};

/** "contacts[2].email: not a plain e-mail address (...)". */
export const datasetErrorEn = (problem: DatasetProblem): string =>
  `${problem.path}: ${
    !CODES_ONLY
      ? problemWords(DATASET_PROBLEMS_EN, problem)
      : problem.code === 'hours'
        ? hoursErrorMessage(problem.problem, problem.offset, problem.source)
        : problemCode(problem)
  }`;
