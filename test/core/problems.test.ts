import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/core/dataset.js';
import { parseHours } from '../../src/core/hours-parser.js';
import { HoursSyntaxError } from '../../src/core/hours-syntax-error.js';
import { DATASET_PROBLEMS_EN } from '../../src/core/problems/dataset-problem.en.js';
import { HOURS_PROBLEMS_EN } from '../../src/core/problems/hours-problem.en.js';
import {
  datasetProblemText,
  hoursProblemText,
  type DatasetProblem,
  type HoursProblem,
} from '../../src/core/problems/index.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';

/** For every code, a text the parser refuses with it: a code no text reaches is dead, and a new code needs one. */
const HOURS_SAMPLES: Record<HoursProblem['code'], string> = {
  empty: '  ',
  'too-long': `Mo-Fr 09:00-16:30${' '.repeat(3000)}`,
  'expected-rule-separator': 'Mo-Fr 09:00-16:30 Sa',
  'comma-after-days': 'Fr, May Su 10:00-12:00',
  'nothing-after-separator': 'Mo-Fr 09:00-16:30;',
  'expected-after-colon': 'Dec 24:',
  'year-range-backwards': '2030-2026 Mo-Fr 09:00-16:30',
  'year-range-one-year': '2026-2026 Mo-Fr 09:00-16:30',
  'step-without-range': 'week 05/2 Mo 09:00-12:00',
  'step-below-one': 'week 01-53/0 Mo 09:00-12:00',
  'expected-month-after-year': '2026 Dec 24,2027 off',
  'expected-date-after-comma': 'easter,24 off',
  'step-outside-month': 'Jan 01-Feb 28/2 off',
  'end-year-without-start-year': 'Dec 24-2027 Jan 02 off',
  'date-range-backwards': '2027 Dec 24-2026 Jan 02 off',
  'expected-range-end': 'Dec 24-foo off',
  'range-end-one-weekday': 'Jan 01-Mar Su[1,2] off',
  'weekday-offset-too-large': 'Mo[2] -7 days 09:00-12:00',
  'easter-offset-too-large': 'easter +370 days off',
  'easter-offset-form': 'easter + 3 off',
  'expected-day-number': 'Dec 24-Jan off',
  'no-such-day': 'Feb 30 off',
  'day-range-backwards': 'Jun 30-24 off',
  'week-range-backwards': 'week 53-01 off',
  'week-step': 'week 30-40/1 off',
  'expected-week': 'week xx off',
  'no-such-week': 'week 54 off',
  'holidays-twice': 'PH Mo,PH off',
  'holidays-with-nth': 'PH Mo[1] off',
  'holiday-offset': 'PH +2 days off',
  'school-holidays': 'SH off',
  'expected-weekday': 'Mo-Xy 09:00-12:00',
  'expected-nth': 'Mo[7] 09:00-12:00',
  'expected-nth-range': 'Mo[2-1] 09:00-12:00',
  'unclosed-bracket': 'Mo[1 09:00-12:00',
  'always-not-alone': 'Mo 24/7',
  'time-without-end': 'Mo 09:00',
  'open-end-too-late': 'Mo 09:00-41:00+',
  'time-with-dot': 'Mo 09.00-12:00',
  'hour-one-digit': 'Mo 9:00-12:00',
  'expected-time': 'Mo 09:00-x',
  'no-such-minute': 'Mo 09:60-12:00',
  'end-past-48': 'Tu 23:59-48:01',
  'no-such-hour': 'Mo 24:00-25:00',
  'points-in-time': 'Mo 09:00-12:00/01:00',
  'unclosed-comment': 'Mo 09:00-12:00 "open',
  'invisible-in-comment': 'Mo 09:00-12:00 "a\u202eb"',
  'needs-location': 'Mo sunrise-12:00',
  'calculated-time': 'Mo (sunrise+01:00)-12:00',
  'month-name': 'December 24 off',
  'weekday-name': 'Mon-Fri 09:00-12:00',
  'expected-times': '; Mo',
  'unexpected-instead-of-times': 'hello',
  'unexpected-after': 'Mo-Fr\u00a7 09:00-12:00',
};

const problemOf = (text: string): HoursSyntaxError => {
  try {
    parseHours(text);
  } catch (error) {
    if (error instanceof HoursSyntaxError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
};

describe('hours problems', () => {
  it('has a sample for every code, and every code has words in both languages', () => {
    expect(Object.keys(HOURS_SAMPLES).sort()).to.deep.equal(Object.keys(HOURS_PROBLEMS_EN).sort());
  });

  for (const [code, text] of Object.entries(HOURS_SAMPLES)) {
    it(`refuses ${JSON.stringify(text.slice(0, 30))} as ${code}, in English and Swedish`, () => {
      const error = problemOf(text);
      expect(error.problem.code).to.equal(code);
      const en = hoursProblemText(error.problem, 'en');
      const sv = hoursProblemText(error.problem, 'sv');
      expect(error.message.startsWith(`${en} (at character ${error.offset + 1} of `)).to.equal(true, error.message);
      expect(sv).to.not.equal(en);
      // Every value the English names is named in Swedish too (a word the table chooses aside).
      for (const [key, value] of Object.entries(error.problem)) {
        if (key !== 'code' && key !== 'after') expect(sv).to.contain(String(value));
      }
    });
  }
});

const copy = () => JSON.parse(JSON.stringify(DEFAULT_DATASET));

/** For every dataset code, a way to break the default with it. */
const DATASET_SAMPLES: Record<DatasetProblem['code'], (d: ReturnType<typeof copy>) => unknown> = {
  missing: (d) => delete d.hotline.name.en,
  'wrong-type': (d) => (d.contacts = {}),
  empty: (d) => (d.contacts[0].name = '   '),
  'too-long': (d) => (d.hotline.audience.sv = 'x'.repeat(1001)),
  'control-character': (d) => (d.contacts[0].title.sv = 'Utredare\u0007'),
  'line-break': (d) => (d.contacts[0].name = 'Anna\nBerg'),
  'not-phone': (d) => (d.hotline.phone = 'call us'),
  'not-web-address': (d) => (d.members[0].url = 'javascript:alert(1)'),
  'not-email': (d) => (d.contacts[0].email = 'yvonne.karlsson'),
  'not-iso-date': (d) => (d.updated = '9 januari 2023'),
  'no-such-date': (d) => (d.updated = '2026-02-30'),
  'not-time-zone': (d) => (d.hotline.timeZone = 'Stockholm'),
  'too-many': (d) => (d.contacts[0].phones = Array(6).fill('020-390 000')),
  hours: (d) => (d.hotline.hours = 'Mo-Fr 09.00-16.30'),
  other: () => null,
};

describe('dataset problems', () => {
  it('has a sample for every code, and every code has words in both languages', () => {
    expect(Object.keys(DATASET_SAMPLES).sort()).to.deep.equal(Object.keys(DATASET_PROBLEMS_EN).sort());
  });

  for (const [code, breakIt] of Object.entries(DATASET_SAMPLES)) {
    if (code === 'other') continue;
    it(`finds ${code}, and says it in English and Swedish`, () => {
      const data = copy();
      breakIt(data);
      const result = parseDataset(data);
      if (result.ok) throw new Error('accepted');
      expect(result.problems.map((p) => p.code)).to.deep.equal([code]);
      const [problem] = result.problems;
      expect(result.errors).to.deep.equal([datasetProblemText(problem, 'en')]);
      const sv = datasetProblemText(problem, 'sv');
      expect(sv.startsWith(`${problem.path}: `)).to.equal(true);
      expect(sv).to.not.equal(datasetProblemText(problem, 'en'));
    });
  }

  it('says a problem the schema has no code for as the schema says it', () => {
    const problem: DatasetProblem = { code: 'other', message: 'something new', path: 'x' };
    expect(datasetProblemText(problem, 'sv')).to.equal('x: something new');
  });

  it('says an hours problem in Swedish with where it is', () => {
    const data = copy();
    data.hotline.hours = 'Mo-Fr 09.00-16.30';
    const result = parseDataset(data);
    if (result.ok) throw new Error('accepted');
    expect(datasetProblemText(result.problems[0], 'sv')).to.equal(
      'hotline.hours: Tider skrivs med kolon: 09:00, inte 09.00 (vid tecken 7 av "Mo-Fr 09.00-16.30")',
    );
  });
});
