/**
 * What is not wrong in a dataset but worth a look before it is published: old
 * content, assumed hours, and hours that parse but are probably mistyped. The
 * check command and the demo's data page show the same warnings, in English
 * or Swedish.
 */
import type { Dataset } from './dataset.js';
import { parseHours } from './hours-parser.js';
import { MINUTES_PER_DAY } from './schedule.js';
import { summarizeHours } from './summary.js';

export interface DatasetWarning {
  readonly code: 'old' | 'hours-assumed' | 'past-24' | 'long-span' | 'never-open' | 'weekday-without-hours';
  readonly en: string;
  readonly sv: string;
}

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'],
};
/** A span longer than this (minutes) is more likely a typing mistake than a staffed line. */
const LONG_SPAN = 16 * 60;

const hm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function hoursWarnings(hours: string, timeZone: string, now: Date): DatasetWarning[] {
  const warnings: DatasetWarning[] = [];
  const past24 = /(?<![\d:])(2[4-9]|[3-4]\d):[0-5]\d/.exec(hours)?.[0];
  if (past24) {
    warnings.push({
      code: 'past-24',
      en: `the hours say ${past24}, past midnight: if the line closes the next morning, write it as "22:00-02:00"`,
      sv: `öppettiderna säger ${past24}, efter midnatt: stänger linjen nästa morgon, skriv det som "22:00-02:00"`,
    });
  }
  const schedule = parseHours(hours);
  const long = schedule.rules
    .flatMap((rule) => rule.spans ?? [])
    .find(({ start, end }) => end - start > LONG_SPAN && end - start < MINUTES_PER_DAY);
  if (long) {
    const span = `${hm(long.start)}-${hm(long.end % MINUTES_PER_DAY)}`;
    const length = Math.round((long.end - long.start) / 60);
    warnings.push({
      code: 'long-span',
      en: `${span} is ${length} hours long: check the times`,
      sv: `${span} är ${length} timmar lång: kontrollera tiderna`,
    });
  }
  const { week } = summarizeHours(schedule, now, timeZone);
  const open = new Set(week.filter((g) => !g.unknown).flatMap((g) => range(g.from, g.to)));
  if (open.size === 0) {
    warnings.push({
      code: 'never-open',
      en: 'the line is open at no time in an ordinary week',
      sv: 'linjen är aldrig öppen en vanlig vecka',
    });
  } else {
    const missing = [0, 1, 2, 3, 4].filter((day) => !open.has(day));
    if (missing.length > 0 && missing.length < 5) {
      warnings.push({
        code: 'weekday-without-hours',
        en: `no hours on ${missing.map((d) => WEEKDAYS.en[d]).join(', ')}, while other weekdays have some`,
        sv: `inga tider på ${missing.map((d) => WEEKDAYS.sv[d]).join(', ')}, fast andra vardagar har`,
      });
    }
  }
  return warnings;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The warnings for a valid dataset, as of `now`. */
export function datasetWarnings(data: Dataset, now: Date): DatasetWarning[] {
  const warnings: DatasetWarning[] = [];
  if ((now.getTime() - Date.parse(`${data.updated}T00:00:00Z`)) / MS_PER_DAY > 365) {
    warnings.push({
      code: 'old',
      en: `"updated" is ${data.updated}, more than a year ago: check the content and set today's date`,
      sv: `"updated" är ${data.updated}, mer än ett år sedan: kontrollera innehållet och sätt dagens datum`,
    });
  }
  if (data.hotline.hoursAssumed) {
    warnings.push({
      code: 'hours-assumed',
      en: '"hoursAssumed" is true: the widgets say the clock times are approximate until you confirm them and remove it',
      sv: '"hoursAssumed" är true: widgetarna säger att klockslagen är ungefärliga tills du bekräftar dem och tar bort det',
    });
  }
  return [...warnings, ...hoursWarnings(data.hotline.hours, data.hotline.timeZone, now)];
}
