import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Dataset } from '../src/core/dataset.js';
import { DEFAULT_DATASET } from '../src/data/default-dataset.js';

/*
 * `nmt-widgets check`, the data maintainer's tool, run as a real process by
 * the test server on files and on data served over HTTP (the publish host of
 * test/publish.test.ts, and this test server, which sends no CORS headers).
 */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const run = (args: string[], files: Record<string, string> = {}) =>
  executeServerCommand<Run, { args: string[]; files: Record<string, string> }>('nmt-cli', { args, files });

const NOW = ['--now', '2026-12-20T10:00:00+01:00'];
const dataset = (change: (d: Dataset) => void = () => undefined) => {
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  change(data);
  return JSON.stringify(data, null, 2);
};

describe('nmt-widgets check', () => {
  it('passes a good file: hours in both languages, the next ten changes with their holidays, the warnings', async () => {
    const { code, stdout } = await run(['check', '{dir}/data.json', ...NOW], { 'data.json': dataset() });
    expect(code, stdout).to.equal(0);
    expect(stdout).to.contain('sv  Måndag–fredag 09.00–16.30');
    expect(stdout).to.contain('en  Monday–Friday 09:00–16:30');
    expect(stdout).to.match(/Wed, 23 Dec 2026, 16:30 +closes +\(julafton, juldagen, annandag jul\)/);
    expect(stdout.match(/^ {2}\w{3}, \d+ \w{3} \d{4}, \d\d:\d\d/gm)).to.have.length(10);
    expect(stdout).to.match(/warning "updated" is 2023-01-09, more than a year ago/);
    expect(stdout).to.match(/warning "hoursAssumed" is true/);
    expect(stdout).to.contain('The widgets would use this dataset.');
  });

  it('fails a broken file with every error, its path and a fix', async () => {
    const broken = dataset((d) => {
      d.contacts[1].email = 'a@b.se?bcc=x@y.se';
      d.hotline.hours = 'Mo-Fr 09.00-16.30';
      delete (d as Partial<Dataset>).updated;
    });
    const { code, stdout } = await run(['check', '{dir}/data.json', ...NOW], { 'data.json': broken });
    expect(code, stdout).to.equal(1);
    expect(stdout).to.contain('ERROR   updated: missing');
    expect(stdout).to.contain('fix: add "updated"');
    expect(stdout).to.match(/ERROR {3}hotline\.hours: Times are written with a colon/);
    expect(stdout).to.match(/ERROR {3}contacts\[1\]\.email: not a plain e-mail address/);
    expect(stdout).to.contain('fix: write only the address');
    expect(stdout).to.contain('The widgets would NOT use this dataset');
  });

  // A test per call (each starts Node): the two in one test took 5.2 s of 20 with a second suite running.
  it('fails a file that is not JSON, saying so', async () => {
    expect((await run(['check', '{dir}/a.json'], { 'a.json': '{"schemaVersion": 1,' })).stdout).to.match(
      /ERROR {3}\(the file\): not valid JSON/,
    );
  });

  it('fails a file that is too large, saying so', async () => {
    const large = await run(['check', '{dir}/b.json'], { 'b.json': ' '.repeat(300 * 1024) });
    expect(large.code).to.equal(1);
    expect(large.stdout).to.match(/larger than the 256\.0 KB the widgets read/);
  });

  it('passes the published dataset over HTTP, with CORS for a given origin and its caching headers', async () => {
    const { code, stdout } = await run([
      'check',
      '{publish}/nmt-data.json',
      '--origin',
      'https://www.kommun.se',
      ...NOW,
    ]);
    expect(code, stdout).to.equal(0);
    expect(stdout).to.contain('ok      HTTP 200');
    expect(stdout).to.contain('ok      Content-Type: application/json; charset=utf-8');
    expect(stdout).to.contain('ok      CORS: https://www.kommun.se may read it (Access-Control-Allow-Origin: *)');
    expect(stdout).to.contain('ok      Cache-Control: public, max-age=300, must-revalidate');
    expect(stdout).to.contain('ok      compressed (gzip)');
  });

  it('fails data served without CORS for a given origin', async () => {
    const origin = `${location.protocol}//${location.host}`;
    const noCors = await run(['check', `${origin}/dist/nmt-data.json`, '--origin', 'https://www.kommun.se', ...NOW]);
    expect(noCors.code, noCors.stdout).to.equal(1);
    expect(noCors.stdout).to.match(/ERROR {3}CORS: https:\/\/www\.kommun\.se may not read it/);
  });

  it('warns of a host that sends the data uncompressed: it most likely sends the scripts so too', async () => {
    const { code, stdout } = await run([
      'check',
      `${location.protocol}//${location.host}/test-data/uncompressed.json`,
      ...NOW,
    ]);
    expect(code, stdout).to.equal(0);
    expect(stdout).to.match(/warning sent uncompressed: .*turn on gzip or brotli for \.js and \.json/);
  });

  it('fails data served as HTML, and a missing file', async () => {
    const origin = `${location.protocol}//${location.host}`;
    const html = await run(['check', `${origin}/test-data/html-200.json`]);
    expect(html.code).to.equal(1);
    expect(html.stdout).to.match(/ERROR {3}Content-Type: text\/html.*send "application\/json; charset=utf-8"/);
    const missing = await run(['check', `${origin}/test-data/nothing-here.json`]);
    expect(missing.code).to.equal(1);
    expect(missing.stdout).to.contain('ERROR   HTTP 404');
  });

  it('stops reading a body that passes the cap, as the widgets do', async () => {
    const endless = await run(['check', `${location.protocol}//${location.host}/test-data/never-ends.json`]);
    expect(endless.code, endless.stderr).to.equal(1);
    expect(endless.stdout).to.contain('ERROR   the body: larger than the 256.0 KB the widgets read');
  });

  // A test per call: each starts Node, and seven in one test would lean on a fast machine.
  for (const args of [
    [],
    ['check'],
    ['verify', 'x.json'],
    ['check', 'x.json', '--now', 'igår'],
    ['check', 'x.json', '--now', '1900-01-01T00:00:00Z'],
    ['check', 'x.json', '--now', '2026-11-30T10:00'],
    ['check', '--bogus'],
  ]) {
    it(`says how to use it, with exit status 2, when called wrongly: "${args.join(' ')}"`, async () => {
      const { code, stderr } = await run(args);
      expect(code, args.join(' ')).to.equal(2);
      expect(stderr, args.join(' ')).to.not.equal('');
    });
  }
});
