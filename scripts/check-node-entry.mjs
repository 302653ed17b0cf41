/**
 * `nmt-widgets/hours` must work in Node, with no DOM: imports the built entry
 * by its package name and checks one answer, on a machine zone far from Stockholm.
 */
process.env.TZ = 'Pacific/Kiritimati';
const { parseHours, statusAt, swedishHolidays, HoursSyntaxError } = await import('nmt-widgets/hours');

const status = statusAt(parseHours('Mo-Fr 09:00-16:30; PH off; Dec 24,31 off'), new Date('2026-12-24T10:00:00Z'));
const expected = { open: false, nextChange: '2026-12-28T08:00:00.000Z', holiday: 'julafton' };
const actual = { open: status.open, nextChange: status.nextChange?.toISOString(), holiday: status.holiday?.id };
if (JSON.stringify(actual) !== JSON.stringify(expected)) {
  console.error('nmt-widgets/hours in Node gave', actual, 'expected', expected);
  process.exit(1);
}
if (swedishHolidays(2026).length !== 21) throw new Error('swedishHolidays(2026) should list 21 days');
try {
  parseHours('09.00-16.30');
  throw new Error('parseHours accepted 09.00');
} catch (error) {
  if (!(error instanceof HoursSyntaxError)) throw error;
}
console.log('nmt-widgets/hours works in Node without a DOM.');
