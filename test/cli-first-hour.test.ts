import { expect } from '@open-wc/testing';
import { datasetJson, runCli as run } from './support/cli.js';

/*
 * `nmt-widgets check` as a publisher meets it in the first hour: piped into
 * head, a broken file, a mistyped date, hours that parse but look wrong, and
 * what the coming weeks hold.
 */
const NOW = ['--now', '2026-12-01T10:00:00+01:00'];

const check = (text: string) => run({ args: ['check', '{dir}/data.json', ...NOW], files: { 'data.json': text } });

describe('nmt-widgets check in the first hour', () => {
  it('stops quietly when piped into a reader that stops (| head -3)', async () => {
    const { code, stdout, stderr } = await run({
      args: ['check', '{dir}/data.json', ...NOW],
      files: { 'data.json': datasetJson() },
      headLines: 3,
    });
    expect(stdout.split('\n')).to.have.length(3);
    expect(stderr).to.equal('');
    expect(code).to.equal(0);
  });

  it('points at the line and column of broken JSON, with the text around it', async () => {
    const broken = '{\n  "schemaVersion": 1,\n  "updated": "2026-12-01"\n  "organisation": {}\n}\n';
    const { code, stdout } = await check(broken);
    expect(code).to.equal(1);
    expect(stdout).to.match(/ERROR {3}\(the file\): not valid JSON at line 4, column 3/);
    expect(stdout).to.contain('              "organisation": {}\n              ^');
    expect(stdout).to.contain('fix: mend the JSON where the mark points');
  });

  it('says which part of a date does not exist', async () => {
    const { stdout } = await check(datasetJson((d) => (d.updated = '2026-13-01')));
    expect(stdout).to.contain('updated: not a date: there is no month 13');
    const { stdout: february } = await check(datasetJson((d) => (d.updated = '2026-02-30')));
    expect(february).to.contain('updated: not a date: February 2026 has 28 days');
  });

  // One check per test: each starts the command, and five in one test would lean on a fast machine.
  const mistyped: Array<[string, string, RegExp]> = [
    ['an end past midnight', 'Mo-Fr 09:00-25:00', /warning the hours say 25:00, past midnight/],
    ['a very long day', 'Mo-Fr 06:00-23:00', /warning 06:00-23:00 is 17 hours long: check the times/],
    ['a weekday left out', 'Mo-Th 09:00-16:00', /warning no hours on Friday, while other weekdays have some/],
    ['no open time at all', 'off', /warning the line is open at no time in an ordinary week/],
  ];
  for (const [what, hours, warning] of mistyped) {
    it(`warns of hours that parse but look mistyped: ${what}`, async () => {
      const result = await check(datasetJson((d) => (d.hotline.hours = hours)));
      expect(result.code, result.stdout).to.equal(0);
      expect(result.stdout).to.match(warning);
    });
  }

  it('gives no such warning for ordinary hours', async () => {
    const fine = await check(datasetJson((d) => (d.hotline.hours = 'Mo-Fr 09:00-16:30; PH off')));
    expect(fine.stdout).to.not.match(/warning the hours|hours long|no hours on|at no time/);
  });

  it('lists the coming weeks\u2019 deviations, and writes the changes\u2019 start in the dataset\u2019s zone', async () => {
    const { stdout } = await check(datasetJson());
    expect(stdout).to.contain('Coming deviations from the regular week (the next eight weeks)');
    expect(stdout).to.contain('sv  Torsdag 24 december (julafton): stängt');
    expect(stdout).to.contain('en  Thursday 24 December (Christmas Eve): closed');
    expect(stdout).to.contain('Next 10 changes from Tue, 1 Dec 2026, 10:00 (Europe/Stockholm)');
  });
});
