import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/core/dataset.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';

const copy = () => JSON.parse(JSON.stringify(DEFAULT_DATASET));

describe('parseDataset', () => {
  it('accepts the embedded default', () => {
    expect(parseDataset(copy())).to.deep.equal({ ok: true, data: DEFAULT_DATASET });
  });

  const broken: Array<[string, (d: ReturnType<typeof copy>) => void, string]> = [
    [
      'an e-mail address',
      (d) => (d.contacts[2].email = 'yvonne.karlsson'),
      'contacts[2].email: not a plain e-mail address',
    ],
    ['a phone number', (d) => (d.hotline.phone = 'call us'), 'hotline.phone: not a phone number'],
    [
      'a javascript: link',
      (d) => (d.members[0].url = 'javascript:alert(1)'),
      'members[0].url: not an https: or http: address',
    ],
    ['a relative link', (d) => (d.nmt.url = '/nmt'), 'nmt.url: not an https: or http: address'],
    ['hours', (d) => (d.hotline.hours = 'Mo-Fr 09.00-16.30'), 'hotline.hours: Times are written with a colon'],
    ['a time zone', (d) => (d.hotline.timeZone = 'Stockholm'), 'hotline.timeZone: not an IANA time zone'],
    ['a missing translation', (d) => delete d.hotline.name.en, 'hotline.name.en: missing'],
    ['an empty text', (d) => (d.contacts[0].name = '   '), 'contacts[0].name: must not be empty'],
    ['the schema version', (d) => (d.schemaVersion = 2), 'schemaVersion: expected 1, got 2'],
    ['the date', (d) => (d.updated = '9 januari 2023'), 'updated: not a date written YYYY-MM-DD'],
    ['a type', (d) => (d.contacts = {}), 'contacts: expected Array, got Object'],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`says where ${what} is wrong`, () => {
      const data = copy();
      breakIt(data);
      const result = parseDataset(data);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors.join('\n')).to.contain(message);
    });
  }

  it("accepts a dataset with only DESIGN.md's fields, filling in the optional ones", () => {
    const data = copy();
    delete data.hotline.description;
    delete data.hotline.hoursAssumed;
    delete data.nmt;
    delete data.published;
    const result = parseDataset(data);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data.hotline.hoursAssumed).to.equal(false);
  });

  it('rejects what is not an object', () => {
    for (const input of [null, 'text', 42, []]) {
      const result = parseDataset(input);
      expect(result.ok, String(input)).to.equal(false);
    }
  });

  it('keeps hostile text as text: it is data, never markup', () => {
    const data = copy();
    data.contacts[0].name = '<img src=x onerror="window.pwned=1">';
    const result = parseDataset(data);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data.contacts[0].name).to.equal('<img src=x onerror="window.pwned=1">');
  });
});
