import { expect } from '@open-wc/testing';
import { Holidays } from '../.oracles/oracles.js';
import { swedishHolidays } from '../../src/hours.js';

// date-holidays (an independent implementation) files the eves under several
// types; these are its Swedish names for the eves DESIGN.md lists.
const EVE_NAMES: Record<string, string> = {
  trettondagsafton: 'trettondagsafton',
  paskafton: 'påskafton',
  valborgsmassoafton: 'valborgsmässoafton',
  pingstafton: 'pingstafton',
  midsommarafton: 'midsommarafton',
  allhelgonaafton: 'allhelgonaafton',
  julafton: 'julafton',
  nyarsafton: 'nyårsafton',
};

describe('swedishHolidays against date-holidays, 2005-2100', () => {
  const reference = new Holidays('SE', { languages: ['sv'] });

  it('has the same public holidays and eves every year', () => {
    for (let year = 2005; year <= 2100; year++) {
      const theirs = reference.getHolidays(year, 'sv');
      const theirPublic = theirs.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
      const ours = swedishHolidays(year);
      expect(
        ours.filter((h) => h.kind === 'public').map((h) => h.date),
        `public ${year}`,
      ).to.deep.equal(theirPublic);
      for (const eve of ours.filter((h) => h.kind === 'eve')) {
        const match = theirs.find((h) => h.name === EVE_NAMES[eve.id]);
        expect(match?.date.slice(0, 10), `${eve.id} ${year}`).to.equal(eve.date);
      }
    }
  });
});
