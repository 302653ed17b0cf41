/**
 * Every problem's words in Swedish and English, for the tools that speak their
 * reader's language: the check command, the configurator and the data page.
 * The widgets bundle only the English (their console's), through the errors.
 */
import type { DatasetProblem } from './dataset-problem.js';
import { datasetErrorEn } from './dataset-problem.en.js';
import { datasetErrorSv } from './dataset-problem.sv.js';
import { problemWords, type HoursProblem } from './hours-problem.js';
import { HOURS_PROBLEMS_EN } from './hours-problem.en.js';
import { HOURS_PROBLEMS_SV } from './hours-problem.sv.js';

export type { DatasetProblem, DatasetProblemDetail } from './dataset-problem.js';
export type { HoursProblem } from './hours-problem.js';

export type ProblemLanguage = 'sv' | 'en';

/** An hours problem in words, without where it is (the tool shows that its own way). */
export const hoursProblemText = (problem: HoursProblem, lang: ProblemLanguage): string =>
  problemWords(lang === 'sv' ? HOURS_PROBLEMS_SV : HOURS_PROBLEMS_EN, problem);

/** A dataset problem with its path: "contacts[2].email: ...". */
export const datasetProblemText = (problem: DatasetProblem, lang: ProblemLanguage): string =>
  lang === 'sv' ? datasetErrorSv(problem) : datasetErrorEn(problem);
