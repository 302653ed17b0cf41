/**
 * Generated worst cases for the hours engine: texts that fill the 2,000-character
 * cap with the shapes that cost the most to evaluate. Each shape is built at
 * several mixes of its parts (many spans and few rules, or few spans and many
 * rules), since the cost of painting a day grows with spans x rules.
 *
 * Used by the hardening test (each must stay far under a generous bound) and
 * by `npm run bench` (which prints the slowest beside the 50 ms goal).
 */
export const HOURS_CAP = 2000;

export interface HostileHours {
  /** What the text is made of, and the mix. */
  readonly shape: string;
  readonly hours: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
/** The nth one-minute span of a day, two minutes apart: 00:00-00:01, 00:02-00:03, ... */
const minuteSpan = (n: number) => `${hhmm(2 * n)}-${hhmm(2 * n + 1)}`;

/** `count` spans one minute long, in time order or backwards (each then paints before all the others). */
export function spans(count: number, backwards = false): string {
  const list = Array.from({ length: count }, (_, i) => minuteSpan(backwards ? count - 1 - i : i));
  return list.join(',');
}

/** `head`, then `next(i)` for i = 0, 1, ... as long as the text stays within the cap with `tail` after it. */
export function fill(head: string, next: (i: number) => string, tail = ''): string {
  let text = head;
  for (let i = 0; i < 10_000; i++) {
    const longer = text + next(i);
    if (longer.length + tail.length > HOURS_CAP) break;
    text = longer;
  }
  return text + tail;
}

/** Every shape at every mix: about a hundred texts, each at most `HOURS_CAP` characters. */
export function hostileHours(): HostileHours[] {
  const cases: HostileHours[] = [];
  const add = (shape: string, hours: string) => cases.push({ shape, hours });
  for (const count of [1, 10, 40, 100, 150]) {
    const many = spans(count);
    const backwards = spans(count, true);
    // The report's case: spans, then fallbacks that paint only the gaps, then a day closed all year.
    add(
      `${count} spans, "||off" to the cap, closed`,
      fill(many, () => '||off', ';off;PH off'),
    );
    add(
      `${count} spans, "||off" to the cap`,
      fill(many, () => '||off'),
    );
    add(
      `${count} spans backwards, "||off" to the cap`,
      fill(backwards, () => '||off'),
    );
    add(
      `${count} spans, "|| times" to the cap`,
      fill(many, (i) => `||${minuteSpan(i + 1)}`),
    );
    add(
      `${count} spans, "|| times" with comments`,
      fill(many, (i) => `||${minuteSpan(i + 1)} "x${i}"`),
    );
    add(
      `${count} spans, fallbacks closed with a reason`,
      fill(many, (i) => `||off "r${i}"`),
    );
    add(
      `${count} spans, ", times" with comments`,
      fill(many, (i) => `, Mo-Su ${minuteSpan(i)} "c${i}"`),
    );
    add(
      `${count} spans unknown, ", times" open`,
      fill(`${many} "u"`, (i) => `, ${minuteSpan(i + 1)}`),
    );
    add(
      `${count} spans, date ranges in fallbacks`,
      fill(many, (i) => `||${MONTHS[i % 12]} ${pad((i % 28) + 1)}-${MONTHS[(i + 5) % 12]} 03 off`),
    );
    add(
      `${count} spans, day steps in fallbacks`,
      fill(many, (i) => `||${MONTHS[i % 12]} 01-28/${(i % 9) + 2} ${minuteSpan(i)}`),
    );
    add(
      `${count} spans, week steps in fallbacks`,
      fill(many, (i) => `||week ${pad((i % 52) + 1)}-53/${(i % 5) + 2} off`),
    );
    add(
      `${count} spans, nth weekdays in fallbacks`,
      fill(many, (i) => `||${WEEKDAYS[i % 7]}[${(i % 4) + 1}] -${(i % 6) + 1} days off`),
    );
    add(
      `${count} spans, easter offsets in fallbacks`,
      fill(many, (i) => `||easter +${i} days off`),
    );
    add(
      `${count} spans, PH offsets in fallbacks`,
      fill(many, (i) => `||PH ${i % 2 ? '+' : '-'}1 day "p${i}"`),
    );
    // Nearly every day its own set of rules (steps 2, 3, 5, 7, ... in every month), each painting over the spans.
    const step = (i: number) => [2, 3, 5, 7, 11, 13][Math.floor(i / 12) % 6];
    add(
      `${count} spans, a different set of rules every day`,
      fill(many, (i) => `, ${MONTHS[i % 12]} 01-28/${step(i)} ${minuteSpan(i)} "d${i}"`),
    );
    add(
      `${count} spans backwards, closed all year after`,
      fill(backwards, (i) => `, ${MONTHS[i % 12]} 01-28/${step(i)} off "z"`),
    );
    add(
      `${count} overnight spans, "||off" to the cap`,
      fill(many.replaceAll('-00:', '-24:'), () => '||off'),
    );
    // Walked (spans past midnight), closed all year: every change of every day up to the horizon passes the
    // hundreds of whole-day fallback rules.
    add(
      `${count} overnight spans, "||off" to the cap, closed`,
      fill(many.replaceAll('-00:', '-24:'), () => '||off', ';off;PH off'),
    );
  }
  // Walked rather than painted (open ends, spans past midnight), at the most selectors a walked schedule has,
  // and just past it.
  // Filled to the cap with a comment.
  const withComment = (hours: string) => `${hours} "${'x'.repeat(HOURS_CAP - hours.length - 3)}"`;
  const spansAt = (count: number, open: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => open(i)).join(',');
  // Open ends alone (one selector each), then spans with open ends, whose later times are read twice each.
  add('32 open ends in one rule', withComment(spansAt(32, (i) => `${hhmm(i * 45)}+`)));
  add(
    '4 spans with open ends, and more spans',
    withComment(spansAt(12, (i) => `${hhmm(i * 120)}-${hhmm(i * 120 + 40)}${i < 4 ? '+' : ''}`)),
  );
  add('16 spans with open ends', withComment(spansAt(16, (i) => `${hhmm(i * 85)}-${hhmm(i * 85 + 40)}+`)));
  add(
    '32 dated rules past midnight, each a fallback',
    withComment(
      Array.from(
        { length: 32 },
        (_, i) =>
          `2026+ Jan ${pad((i % 9) + 1)}-Dec 2${i % 9} We[1],Mo-Fr ${hhmm(i * 22)}-${hhmm((i * 22 + 1300) % 1440)}`,
      ).join(' || '),
    ),
  );
  // Many small rules of every kind, each alone in a text.
  add(
    'open all week, rule after rule',
    fill('Mo-Su 00:00-24:00', () => '; Mo-Su 00:00-24:00'),
  );
  add(
    'unknown all week, rule after rule',
    fill('Mo-Su 00:00-24:00 "x"', () => '; Mo-Su 00:00-24:00 "x"'),
  );
  add(
    'a long date list',
    fill('Dec 1', (i) => `,${(i % 31) + 1}`, ' 10:00-11:00'),
  );
  add(
    'one exception per day',
    fill('Mo-Fr 09:00-16:30', (i) => `; ${MONTHS[i % 12]} ${(i % 28) + 1} off`),
  );
  add(
    'closed with a reason on one day each',
    fill('Mo-Fr 09:00-16:30', (i) => `; ${MONTHS[i % 12]} ${(i % 28) + 1} off "x"`),
  );
  add(
    'month ranges with weekdays',
    fill(
      'Mo-Su 00:00-24:00',
      (i) => `; ${MONTHS[i % 12]} ${(i % 28) + 1}-${MONTHS[(i + 3) % 12]} ${(i % 27) + 1} Mo-Fr 08:00-09:00`,
    ),
  );
  add(
    'easter offsets',
    fill('Mo-Su 00:00-24:00', (i) => `; easter +${i + 1} days 10:00-11:00`),
  );
  add(
    'overnight rules',
    fill('Mo-Su 22:00-30:00', () => '; Mo-Su 22:00-30:00'),
  );
  add(
    'additional overnight rules',
    fill('Mo-Su 22:00-30:00', (i) => `, Mo-Su ${hhmm(600 + i)}-30:00`),
  );
  add(
    'week steps',
    fill('Mo-Fr 09:00-16:30', (i) => `; week ${pad((i % 52) + 1)}-53/${(i % 7) + 2} off`),
  );
  add(
    'years',
    fill('Mo-Fr 09:00-16:30', (i) => `; ${2026 + (i % 70)} Dec ${pad((i % 28) + 1)} off`),
  );
  add(
    'fallbacks only',
    fill('off', (i) => `||${WEEKDAYS[i % 7]} ${minuteSpan(i)}`),
  );
  return cases;
}
