/** Opening hours in words, from the schedule: "Måndag–fredag 09.00–16.30. Stängt helgdagar, julafton ..." */
import { msg, str } from '@lit/localize';
import type { HoursSummary } from '../../core/summary.js';
import type { TimeSpan } from '../../core/schedule.js';
import { capitalize, formatIsoDate, formatList, formatMinutes, weekdayName } from '../../i18n/format.js';
import { widgetLocale } from '../../i18n/locale.js';

function spansText(spans: readonly TimeSpan[]): string {
  const locale = widgetLocale();
  if (spans.length === 1 && spans[0].start === 0 && spans[0].end === 1440) {
    return msg('dygnet runt', { id: 'hours.all-day' });
  }
  return formatList(
    spans.map((s) => `${formatMinutes(s.start, locale)}–${formatMinutes(s.end, locale)}`),
    locale,
  );
}

/** One sentence per line: the week, then closed days, then other exceptions. */
export function hoursInWords(summary: HoursSummary): string[] {
  const locale = widgetLocale();
  const lines: string[] = [];
  for (const group of summary.week) {
    const days =
      group.from === group.to
        ? weekdayName(group.from, locale)
        : `${weekdayName(group.from, locale)}–${weekdayName(group.to, locale)}`;
    const note = group.comment ? ` (${group.comment})` : '';
    lines.push(capitalize(`${days} ${spansText(group.spans)}${note}`, locale));
  }
  if (lines.length === 0) lines.push(msg('Inga fasta öppettider', { id: 'hours.none' }));

  const closed: string[] = [];
  if (summary.publicHolidays?.length === 0) closed.push(msg('helgdagar', { id: 'hours.public-holidays' }));
  else if (summary.publicHolidays) {
    lines.push(
      capitalize(
        msg(str`helgdagar ${spansText(summary.publicHolidays)}`, { id: 'hours.public-holidays-open' }),
        locale,
      ),
    );
  }
  for (const exception of summary.exceptions) {
    const names = exception.holidays
      ? exception.holidays.map((h) => h.name[locale])
      : exception.dates.map((d) => formatIsoDate(d, locale));
    if (names.length === 0) continue; // selects no day within a year
    if (exception.spans.length === 0) closed.push(...names);
    else {
      const note = exception.unknown && exception.comment ? ` (${exception.comment})` : '';
      lines.push(capitalize(`${formatList(names, locale)} ${spansText(exception.spans)}${note}`, locale));
    }
  }
  if (closed.length > 0) {
    lines.push(msg(str`Stängt ${formatList([...new Set(closed)], locale)}`, { id: 'hours.closed-on' }));
  }
  return lines;
}
