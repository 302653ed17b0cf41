import { expect } from '@open-wc/testing';
import { displayHost, httpUrl, mailtoHref, telHref } from '../../src/core/links.js';
import { vCard } from '../../src/core/vcard.js';

describe('telHref', () => {
  const table: Array<[string, string | null]> = [
    ['020-390 000', 'tel:+4620390000'],
    ['031 392 90 31', 'tel:+46313929031'],
    ['073 056 87 79', 'tel:+46730568779'],
    ['08-123 456 78', 'tel:+46812345678'],
    ['112', 'tel:112'],
    ['114 14', 'tel:11414'],
    ['+46 20 390 000', 'tel:+4620390000'],
    ['(0)20-390 000', 'tel:+4620390000'],
    ['javascript:alert(1)', null],
    ['020-390 000; DROP', null],
    ['12', null],
    ['', null],
  ];
  for (const [phone, href] of table) {
    it(`${JSON.stringify(phone)} -> ${href}`, () => expect(telHref(phone)).to.equal(href));
  }
});

describe('links', () => {
  it('lets only https: and http: through as web addresses', () => {
    expect(httpUrl('https://polisen.se/')).to.equal('https://polisen.se/');
    expect(httpUrl('http://example.se')).to.equal('http://example.se/');
    expect(httpUrl('javascript:alert(1)')).to.equal(null);
    expect(httpUrl('data:text/html,<script>alert(1)</script>')).to.equal(null);
    expect(httpUrl('//evil.example')).to.equal(null);
    expect(httpUrl('polisen.se')).to.equal(null);
  });

  it('makes mailto: only from a plain address', () => {
    expect(mailtoHref('mats.paulsson@jamstalldhetsmyndigheten.se')).to.equal(
      'mailto:mats.paulsson@jamstalldhetsmyndigheten.se',
    );
    expect(mailtoHref('a@b.se?cc=x@y.se')).to.equal(null);
    expect(mailtoHref('not an address')).to.equal(null);
  });

  it('shows a host without www.', () => {
    expect(displayHost('https://www.nmtsverige.se/')).to.equal('nmtsverige.se');
  });
});

describe('vCard', () => {
  it('writes a vCard 3.0 with escaped values and tel: numbers', () => {
    const card = vCard(
      { name: 'Mats Paulsson', phones: ['031 392 90 31'], email: 'mats.paulsson@jamstalldhetsmyndigheten.se' },
      'Senior utredare, prostitution; människohandel',
      'Jämställdhetsmyndigheten',
    );
    expect(card.split('\r\n')).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Paulsson;Mats;;;',
      'FN:Mats Paulsson',
      'TITLE:Senior utredare\\, prostitution\\; människohandel',
      'ORG:Jämställdhetsmyndigheten',
      'TEL;TYPE=WORK,VOICE:+46313929031',
      'EMAIL;TYPE=INTERNET:mats.paulsson@jamstalldhetsmyndigheten.se',
      'END:VCARD',
    ]);
  });
});
