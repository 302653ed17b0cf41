import { daysInMonth } from '../civil-date.js';
import { quoteAround } from '../quote.js';
import type { DatasetProblem, DatasetProblemDetail } from './dataset-problem.js';
import { problemWords, type ProblemWords } from './hours-problem.js';
import { HOURS_PROBLEMS_SV } from './hours-problem.sv.js';

const MANY = { phones: 'telefonnummer', contacts: 'kontakter', members: 'medlemmar' } as const;
const MONTHS = 'januari februari mars april maj juni juli augusti september oktober november december'.split(' ');

/** The dataset problems in Swedish, for the data page. */
export const DATASET_PROBLEMS_SV: ProblemWords<DatasetProblemDetail> = {
  missing: () => 'saknas',
  'wrong-type': (p) => `väntade ${p.expected}, fick ${p.received}`,
  empty: () => 'får inte vara tom',
  'too-long': (p) => `längre än ${p.max} tecken`,
  'control-character': () => 'innehåller ett styrtecken eller en riktningsändring',
  'line-break': () => 'innehåller en radbrytning eller ett styrtecken',
  'not-phone': () => 'inte ett telefonnummer (skriv det som det visas, t.ex. "020-390 000")',
  'not-web-address': () => 'inte en https:- eller http:-adress',
  'not-email': () => 'inte en enkel e-postadress (namn@exempel.se, utan "?", "#", "%" eller mellanslag)',
  'not-iso-date': () => 'inte ett datum skrivet ÅÅÅÅ-MM-DD',
  'no-such-date': (p) =>
    p.month < 1 || p.month > 12
      ? `inte ett datum: det finns ingen månad ${p.month}`
      : `inte ett datum: ${MONTHS[p.month - 1]} ${p.year} har ${daysInMonth(p.year, p.month)} dagar`,
  'not-time-zone': () => 'inte en IANA-tidszon som "Europe/Stockholm"',
  'too-many': (p) => `fler än ${p.max} ${MANY[p.what]}`,
  hours: (p) =>
    `${problemWords(HOURS_PROBLEMS_SV, p.problem)} (vid tecken ${p.offset + 1} av ${quoteAround(p.source, p.offset)})`,
  other: (p) => p.message,
};

export const datasetErrorSv = (problem: DatasetProblem): string =>
  `${problem.path}: ${problemWords(DATASET_PROBLEMS_SV, problem)}`;
