import { expect } from '@open-wc/testing';
import { dayNumber, isoDate } from '../../src/core/civil-date.js';
import { parseDataset } from '../../src/core/dataset.js';
import { mailtoHref } from '../../src/core/links.js';
import { quote, quoteAround } from '../../src/core/quote.js';
import { vCard } from '../../src/core/vcard.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';
import {
  HoursSyntaxError,
  MAX_HOURS_LENGTH,
  parseHours,
  statusAt,
  summarizeHours,
  swedishHolidays,
} from '../../src/hours.js';

/*
 * Hostile and out-of-range input to the pure core: every case here gave a
 * wrong answer, a stall or an injected field before it was refused.
 */

const copy = () => JSON.parse(JSON.stringify(DEFAULT_DATASET));
const errorsOf = (data: unknown) => {
  const result = parseDataset(data);
  return result.ok ? [] : result.errors;
};

describe('hours text length', () => {
  it(`accepts ${MAX_HOURS_LENGTH} characters and refuses one more, saying how long it is`, () => {
    const fits = `${'Mo-Fr 09:00-16:30; '.repeat(104)}PH off`.padEnd(MAX_HOURS_LENGTH, ' ');
    expect(fits.length).to.equal(MAX_HOURS_LENGTH);
    expect(() => parseHours(fits)).to.not.throw();
    const tooLong = `${fits} `;
    try {
      parseHours(tooLong);
      expect.fail('a text over the cap was accepted');
    } catch (error) {
      expect(error).to.be.instanceOf(HoursSyntaxError);
      expect((error as HoursSyntaxError).offset).to.equal(MAX_HOURS_LENGTH);
      expect((error as Error).message).to.match(/2001 characters long; at most 2000 are accepted/);
    }
  });

  it('quotes at most about 80 characters of a long text in the message', () => {
    for (const text of ['x'.repeat(1_000_000), `${'Mo-Fr 09:00-16:30; '.repeat(50)}Mo 9`]) {
      // The error is caught apart from the assertions, so that an accepted text fails the test.
      let refused: unknown = null;
      try {
        parseHours(text);
      } catch (error) {
        refused = error;
      }
      expect(refused, 'refused').to.be.instanceOf(HoursSyntaxError);
      expect((refused as Error).message.length, (refused as Error).message).to.be.below(200);
    }
  });

  it('is refused by dataset validation with a short message', () => {
    const data = copy();
    data.hotline.hours = 'Mo-Fr 09:00-16:30; '.repeat(12_000);
    const errors = errorsOf(data);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^hotline\.hours: The opening hours are 228000 characters long/);
    expect(errors[0].length).to.be.below(250);
  });
});

describe('words an object inherits', () => {
  for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
    it(`refuses "${word}" where a modifier may stand, instead of reading it as a state`, () => {
      for (const text of [`Mo-Fr 09:00-16:30 ${word}`, `Mo ${word}`]) {
        expect(() => parseHours(text), text)
          .to.throw(HoursSyntaxError)
          .with.property('offset', text.indexOf(word));
      }
    });
  }
});

describe('quote', () => {
  it('cuts long values and makes control characters visible', () => {
    expect(quote('abc')).to.equal('"abc"');
    expect(quote('a\rb\u0000')).to.equal('"a\\u000db\\u0000"');
    expect(quote('x'.repeat(1000))).to.have.length(82);
  });

  it('shows the neighbourhood of an offset in a long text', () => {
    const text = `${'a'.repeat(500)}MISTAKE${'b'.repeat(500)}`;
    const shown = quoteAround(text, 500);
    expect(shown).to.contain('MISTAKE');
    expect(shown.length).to.be.at.most(84);
  });
});

describe('years outside 1953-9999', () => {
  it('computes day numbers for years 0-99 as those years, not 1900-1999', () => {
    expect(isoDate(dayNumber(50, 12, 25))).to.equal('0050-12-25');
    expect(isoDate(dayNumber(2026, 13, 1))).to.equal('2027-01-01');
    expect(isoDate(dayNumber(2026, 3, 0))).to.equal('2026-02-28');
  });

  it('swedishHolidays refuses them with a RangeError, at once', () => {
    for (const year of [50, -1, 1952, 10_000, 2026.5, Number.NaN]) {
      expect(() => swedishHolidays(year), String(year)).to.throw(RangeError, /from 1953 to 9999/);
    }
    expect(swedishHolidays(1953)[0].date).to.equal('1953-01-01');
    expect(swedishHolidays(9999).at(-1)!.date).to.equal('9999-12-31');
  });

  it('statusAt and summarizeHours refuse instants outside them with a RangeError', () => {
    const schedule = parseHours('Mo-Fr 09:00-16:30; PH off');
    const outside = [
      new Date('0050-12-25T10:00:00Z'),
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date('1952-12-31T22:00:00Z'),
      new Date('9999-12-31T23:30:00Z'), // already 10000 in Stockholm
    ];
    for (const at of outside) {
      expect(() => statusAt(schedule, at), at.toISOString()).to.throw(RangeError, /outside the supported years/);
      expect(() => summarizeHours(schedule, at), at.toISOString()).to.throw(RangeError, /outside the supported years/);
    }
    expect(() => statusAt(schedule, new Date(Number.NaN))).to.throw(RangeError, /valid Date/);
  });

  it('statusAt answers at both ends of the range', () => {
    const schedule = parseHours('Mo-Fr 09:00-16:30; PH off');
    const first = statusAt(schedule, new Date('1953-01-01T10:00:00+01:00'));
    expect(first.date).to.equal('1953-01-01');
    expect(first.holiday?.id).to.equal('nyarsdagen');
    const last = statusAt(schedule, new Date('9999-12-24T10:00:00+01:00'));
    expect(last.date).to.equal('9999-12-24');
    expect(last.nextChange).to.not.equal(null);
  });
});

describe('holiday objects', () => {
  it('swedishHolidays returns objects of its own each call', () => {
    const first = swedishHolidays(2026);
    (first[0].name as { sv: string }).sv = 'ändrad';
    (first[0] as { id: string }).id = 'changed';
    const again = swedishHolidays(2026);
    expect(again[0].name.sv).to.equal('nyårsdagen');
    expect(again[0].id).to.equal('nyarsdagen');
  });

  it("a status's holiday is frozen, so no caller can change another's", () => {
    const status = statusAt(parseHours('Mo-Fr 09:00-16:30; PH off'), new Date('2026-12-25T10:00:00+01:00'));
    expect(Object.isFrozen(status.holiday)).to.equal(true);
    expect(Object.isFrozen(status.holiday!.name)).to.equal(true);
  });
});

describe('e-mail addresses', () => {
  const refused = [
    'a@b.se?bcc=evil%40attacker.se',
    'x@y.se?subject=hej&body=klicka',
    'a@b.se#x.se',
    'a%0d@b.se',
    'a b@c.se',
    'a@b.se\r\nBcc: evil@attacker.se',
    'a@b.se\u0000',
    '"a"@b.se',
    'a@b..se',
    '.a@b.se',
  ];
  for (const email of refused) {
    it(`refuses ${JSON.stringify(email)} as a link and in a dataset`, () => {
      expect(mailtoHref(email)).to.equal(null);
      const data = copy();
      data.contacts[0].email = email;
      expect(errorsOf(data).join()).to.contain('contacts[0].email: not a plain e-mail address');
    });
  }

  it('accepts plain addresses, including Swedish letters', () => {
    for (const email of ['mats.paulsson@jamstalldhetsmyndigheten.se', 'first+tag@sub.example.com', 'åsa@kommun.se']) {
      expect(mailtoHref(email), email).to.equal(`mailto:${email}`);
    }
  });
});

describe('control characters', () => {
  it('no vCard value can start a line of its own', () => {
    const card = vCard({ name: 'Cat\rEMAIL:evil@attacker.se', phones: [], email: 'a@b.se' }, 'T\u0085itle\nx');
    const lines = card.split('\r\n');
    expect(lines.filter((l) => l.startsWith('EMAIL'))).to.have.length(1);
    // eslint-disable-next-line no-control-regex
    expect(card.replace(/\r\n/g, '')).to.not.match(/[\u0000-\u001f\u007f-\u009f]/);
    expect(card).to.contain('TITLE:Title\\nx');
  });

  it('a dataset refuses them in names, texts and addresses', () => {
    const cases: Array<[(d: ReturnType<typeof copy>) => void, string]> = [
      [(d) => (d.contacts[0].name = 'Cat\rEMAIL:evil@attacker.se'), 'contacts[0].name: contains a line break'],
      [(d) => (d.contacts[0].name = 'Two\nlines'), 'contacts[0].name: contains a line break'],
      [(d) => (d.contacts[0].title.sv = 'Utredare\u0007'), 'contacts[0].title.sv: contains a control character'],
      [(d) => (d.members[0].url = 'https://exa\nmple.se/'), 'members[0].url: not an https: or http: address'],
    ];
    for (const [breakIt, message] of cases) {
      const data = copy();
      breakIt(data);
      expect(errorsOf(data).join()).to.contain(message);
    }
  });

  it('quotes at most about 80 characters of a bad value', () => {
    const data = copy();
    data.schemaVersion = 'x'.repeat(1_000_000);
    const errors = errorsOf(data);
    expect(errors.join('\n').length).to.be.below(200);
  });
});
