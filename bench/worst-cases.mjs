/**
 * The costliest hours texts found under the 2,000-character cap, each the
 * longest repetition of one pattern that fits: many rules that all select every
 * day, long date lists, many exceptions, many spans, many comments. The render
 * and engine benches time them so a change that makes any of them slow shows.
 */
const CAP = 2000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const hhmm = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `first`, then `next(i)` for i = 1, 2, ... joined by `separator`, as long as it stays under the cap. */
function fill(first, next, separator = '; ', end = '') {
  let text = first;
  for (let i = 1; ; i++) {
    const longer = `${text}${separator}${next(i)}`;
    if (longer.length + end.length > CAP) return text + end;
    text = longer;
  }
}

export const WORST_CASES = {
  'every rule open all week': fill('Mo-Su 00:00-24:00', () => 'Mo-Su 00:00-24:00'),
  'every rule unknown all week': fill('Mo-Su 00:00-24:00 "x"', () => 'Mo-Su 00:00-24:00 "x"'),
  'a long date list': fill('Dec 1', (i) => String((i % 31) + 1), ',', ' 10:00-11:00'),
  'one exception per day': fill('Mo-Fr 09:00-16:30', (i) => `${MONTHS[i % 12]} ${(i % 28) + 1} off`),
  'month ranges with weekdays': fill(
    'Mo-Su 00:00-24:00',
    (i) => `${MONTHS[i % 12]} ${(i % 28) + 1}-${MONTHS[(i + 3) % 12]} ${(i % 27) + 1} Mo-Fr 08:00-09:00`,
  ),
  'easter offsets': fill('Mo-Su 00:00-24:00', (i) => `easter +${i} days 10:00-11:00`),
  'a span every other minute': fill('Mo-Su 00:00-00:01', (i) => `${hhmm(2 * i)}-${hhmm(2 * i + 1)}`, ','),
  'overnight spans': fill('Mo-Su 22:00-30:00', () => 'Mo-Su 22:00-30:00'),
  // A hundred spans, then fallbacks to the cap, then closed all year: once 21 s for one status.
  'spans, fallbacks, closed all year': `${Array.from({ length: 100 }, (_, i) => `${hhmm(2 * i)}-${hhmm(2 * i + 1)}`).join(',')}${'||off'.repeat(158)};off;PH off`,
};

/** The same cost with a text of its own: the first clock time becomes 00:MM, so no cache is shared between variants. */
export function variant(hours, i) {
  return hours.replace(/\d\d:\d\d/, `00:${String(i % 60).padStart(2, '0')}`);
}
