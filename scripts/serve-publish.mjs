/**
 * `npm run serve:publish`: dist/publish/ on this machine, with the headers of
 * its own _headers file (CORS, content types, caching), compressed, as the
 * static host will serve it. Prints the addresses and the snippet to paste into a test
 * page, so a publisher sees the release before uploading it.
 *
 * Options: --port N (default 4173; 0 for any free port), --host (default 127.0.0.1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { publishedFiles } from './publish-host.mjs';

const DIR = 'dist/publish';
const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const port = Number(values.port ?? 4173);
const host = values.host ?? '127.0.0.1';

if (!existsSync(`${DIR}/_headers`)) {
  console.error(`${DIR}/ is not there yet: run npm run build first.`);
  process.exit(1);
}
const { version, files } = JSON.parse(readFileSync(`${DIR}/integrity.json`, 'utf8'));

const server = createServer(publishedFiles(DIR));
server.listen(port, host, () => {
  const origin = `http://${host}:${server.address().port}`;
  const script = `nmt-widgets-${version}.iife.js`;
  console.log(`Serving ${DIR}/ at ${origin}/ with the headers of its _headers file, compressed (Ctrl+C to stop).

  script (versioned, never changes)  ${origin}/${script}
  script (alias of the latest)       ${origin}/nmt-widgets.iife.js
  dataset                            ${origin}/nmt-data.json
  configurator                       ${origin}/demo/configurator.html

Paste into a test page (the same tag as in production, with this address):

<script src="${origin}/${script}"
  integrity="${files[script]}"
  crossorigin="anonymous" data-src="${origin}/nmt-data.json" defer></script>
<nmt-hotline><p>Stödtelefon <a href="tel:+4620390000">020-390 000</a></p></nmt-hotline>
`);
});
