/**
 * What can be wrong with a dataset, as a code and the values its message
 * needs, in no language, at a path such as "contacts[2].email"; each tool says
 * it in its reader's language (dataset-problem.en.ts, dataset-problem.sv.ts).
 */
import type { HoursProblem } from './hours-problem.js';

export type DatasetProblemDetail =
  | { code: 'missing' }
  | { code: 'wrong-type'; expected: string; received: string }
  | { code: 'empty' }
  | { code: 'too-long'; max: number }
  | { code: 'control-character' }
  | { code: 'line-break' }
  | { code: 'not-phone' }
  | { code: 'not-web-address' }
  | { code: 'not-email' }
  | { code: 'not-iso-date' }
  | { code: 'no-such-date'; year: number; month: number; day: number }
  | { code: 'not-time-zone' }
  | { code: 'too-many'; max: number; what: 'phones' | 'contacts' | 'members' }
  | { code: 'hours'; problem: HoursProblem; offset: number; source: string }
  /** Anything the schema says that has no code of its own, as it says it. */
  | { code: 'other'; message: string };

export type DatasetProblem = DatasetProblemDetail & {
  /** Where in the dataset, as "contacts[2].email"; "(the dataset)" for the whole. */
  readonly path: string;
};
