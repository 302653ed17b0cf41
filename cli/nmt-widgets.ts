/**
 * `npx nmt-widgets check <file-or-URL>`: says whether the widgets would use a
 * dataset, and why not. Exit status 0 only when they would use it as it is;
 * 1 when they would not; 2 for wrong usage.
 */
import { parseArgs } from 'node:util';
import { loadFile, loadUrl, type Finding, type Loaded } from './load.js';
import { report, when } from './report.js';
import { parseNow } from '../src/core/parse-now.js';
import { visible } from '../src/core/quote.js';
import { VERSION } from '../src/version.js';
import { DEFAULT_TIMEOUT_MS } from '../src/core/data-limits.js';

const USAGE = `Usage: nmt-widgets check <file-or-URL> [--origin https://www.kommun.se] [--now 2026-11-30T10:00:00+01:00] [--timeout 10]

Checks a dataset for the nmt-widgets elements: every error with its path and a fix,
the hours in Swedish and English, the next 10 changes of the line's status, and for a
URL the HTTP status, content type, size, CORS (for --origin), caching headers and
compression, waiting at most --timeout seconds (10, as the widgets do).
Exit status: 0 when the widgets would use the dataset, 1 when not, 2 for wrong usage.`;

const MARK = { ok: '  ok      ', warning: '  warning ', error: '  ERROR   ' } as const;
/** Every line goes out with its invisible characters written out: data may hold terminal escapes. */
const print = (line = '') => process.stdout.write(`${visible(line)}\n`);
const printError = (text: string) => process.stderr.write(`${visible(text)}\n`);
/** The usage text, ours, with its line breaks. */
const printUsage = (to: NodeJS.WriteStream) => to.write(`${USAGE}\n`);
const printFindings = (findings: readonly Finding[]) => findings.forEach((f) => print(`${MARK[f.level]}${f.text}`));

async function check(target: string, origin: string | undefined, now: Date, timeoutMs: number): Promise<number> {
  const isUrl = /^https?:\/\//i.test(target);
  const loaded: Loaded = isUrl ? await loadUrl(target, origin, timeoutMs) : await loadFile(target);
  print(`nmt-widgets ${VERSION}: ${target}`);
  print();
  print(isUrl ? 'Fetching' : 'Reading');
  printFindings(loaded.findings);
  let failed = loaded.findings.some((f) => f.level === 'error');
  if (loaded.bytes !== null) {
    const result = report(loaded.bytes, now);
    print();
    print('Dataset');
    for (const error of result.errors) {
      print(`${MARK.error}${error.text}`);
      if (result.around) result.around.forEach((line) => print(`            ${line}`));
      print(`            fix: ${error.fix}`);
    }
    printFindings(result.findings);
    failed ||= result.errors.length > 0;
    if (result.words) {
      print();
      print('Hours, as the widgets show them');
      for (const [locale, lines] of Object.entries(result.words)) lines.forEach((l) => print(`  ${locale}  ${l}`));
      if (result.deviations) {
        print();
        print('Coming deviations from the regular week (the next eight weeks), as the hotline lists them');
        const none = Object.values(result.deviations).every((lines) => lines.length === 0);
        if (none) print('  none');
        for (const [locale, lines] of Object.entries(result.deviations))
          lines.forEach((l) => print(`  ${locale}  ${l}`));
      }
      print();
      print(`Next ${result.changes.length} changes from ${when(now, result.timeZone!)} (${result.timeZone})`);
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
      options: {
        origin: { type: 'string' },
        now: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    printError((error as Error).message);
    process.stderr.write('\n');
    printUsage(process.stderr);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    printUsage(process.stdout);
    return 0;
  }
  const [command, target, ...extra] = positionals;
  if (command !== 'check' || !target || extra.length > 0) {
    printUsage(process.stderr);
    return 2;
  }
  // The instant as the widgets' `now` attribute reads it: with its UTC offset, in the supported years.
  const now = values.now ? parseNow(values.now.trim()) : new Date();
  if (typeof now === 'string') {
    printError(`--now "${values.now}" ${now}`);
    return 2;
  }
  if (values.origin && !/^https?:\/\/[^/\s]+$/.test(values.origin)) {
    printError(`--origin "${values.origin}" is not an origin such as https://www.kommun.se`);
    return 2;
  }
  const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(values.timeout);
  if (!(timeoutS > 0 && timeoutS <= 600)) {
    printError(`--timeout "${values.timeout}" is not a number of seconds from 0.1 to 600`);
    return 2;
  }
  return check(target, values.origin, now, timeoutS * 1000);
}

// Piped into a command that stops reading (`| head -3`): the rest is not wanted, which is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Not meant to happen: every failure of the data or the network is a finding. Said in one line, not a stack.
    printError(`nmt-widgets: internal error: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  },
);
