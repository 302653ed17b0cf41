/**
 * `npx nmt-widgets check <file-or-URL>`: says whether the widgets would use a
 * dataset, and why not. Exit status 0 only when they would use it as it is;
 * 1 when they would not; 2 for wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadFile, loadUrl, type Finding, type Loaded } from './load.js';
import { fixFor, report } from './report.js';
import { parseNow } from '../src/core/parse-now.js';
import { VERSION } from '../src/version.js';

const USAGE = `Usage: nmt-widgets check <file-or-URL> [--origin https://www.kommun.se] [--now 2026-11-30T10:00:00+01:00]

Checks a dataset for the nmt-widgets elements: every error with its path and a fix,
the hours in Swedish and English, the next 10 changes of the line's status, and for a
URL the HTTP status, content type, size, CORS (for --origin) and caching headers.
Exit status: 0 when the widgets would use the dataset, 1 when not, 2 for wrong usage.`;

const MARK = { ok: '  ok      ', warning: '  warning ', error: '  ERROR   ' } as const;
const print = (line = '') => process.stdout.write(`${line}\n`);
const printFindings = (findings: readonly Finding[]) => findings.forEach((f) => print(`${MARK[f.level]}${f.text}`));

async function check(target: string, origin: string | undefined, now: Date): Promise<number> {
  const isUrl = /^https?:\/\//i.test(target);
  const loaded: Loaded = isUrl ? await loadUrl(target, origin) : await loadFile(target);
  print(`nmt-widgets ${VERSION}: ${target}`);
  print();
  print(isUrl ? 'Fetching' : 'Reading');
  printFindings(loaded.findings);
  let failed = loaded.findings.some((f) => f.level === 'error');
  if (loaded.text !== null) {
    const result = report(loaded.text, now);
    print();
    print('Dataset');
    for (const error of result.errors) {
      print(`${MARK.error}${error}`);
      print(`            fix: ${fixFor(error)}`);
    }
    printFindings(result.findings);
    failed ||= result.errors.length > 0;
    if (result.words) {
      print();
      print('Hours, as the widgets show them');
      for (const [locale, lines] of Object.entries(result.words)) lines.forEach((l) => print(`  ${locale}  ${l}`));
      print();
      print(`Next ${result.changes.length} changes from ${now.toISOString()} (in the dataset's time zone)`);
      result.changes.forEach((line) => print(`  ${line}`));
    }
  }
  print();
  print(
    failed
      ? 'The widgets would NOT use this dataset: they would show their built-in content.'
      : 'The widgets would use this dataset.',
  );
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { origin: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    print(USAGE);
    return 0;
  }
  const [command, target, ...extra] = positionals;
  if (command !== 'check' || !target || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // The instant as the widgets' `now` attribute reads it: with its UTC offset, in the supported years.
  const now = values.now ? parseNow(values.now.trim()) : new Date();
  if (typeof now === 'string') {
    process.stderr.write(`--now "${values.now}" ${now}\n`);
    return 2;
  }
  if (values.origin && !/^https?:\/\/[^/\s]+$/.test(values.origin)) {
    process.stderr.write(`--origin "${values.origin}" is not an origin such as https://www.kommun.se\n`);
    return 2;
  }
  return check(target, values.origin, now);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`nmt-widgets: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
