import { CODES_ONLY, problemCode } from './problems/codes-only.js';
import type { HoursProblem } from './problems/hours-problem.js';
import { HOURS_PROBLEMS_EN } from './problems/hours-problem.en.js';
import { problemWords } from './problems/hours-problem.js';
import { quoteAround } from './quote.js';

/** An hours problem in English with where it is: "... (at character 5 of "Mo-Fx 09:00-16:00")". */
export const hoursErrorMessage = (problem: HoursProblem, offset: number, source: string): string =>
  // Only the neighbourhood of the mistake is quoted: the text may be long.
  `${CODES_ONLY ? `hours problem ${problemCode(problem)}, which the configurator explains` : problemWords(HOURS_PROBLEMS_EN, problem)} (at character ${offset + 1} of ${quoteAround(source, offset)})`;

/** Thrown by `parseHours` for anything outside the supported syntax. */
export class HoursSyntaxError extends SyntaxError {
  /** What is wrong, as a code and its values: for a message in another language (see problems/). */
  readonly problem: HoursProblem;
  /** 0-based index of the character where the problem starts. */
  readonly offset: number;
  /** The whole text that was parsed. */
  readonly source: string;

  constructor(problem: HoursProblem, offset: number, source: string) {
    super(hoursErrorMessage(problem, offset, source));
    this.name = 'HoursSyntaxError';
    this.problem = problem;
    this.offset = offset;
    this.source = source;
  }
}
