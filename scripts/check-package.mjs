/**
 * CI check of the package as npm users get it, after `npm run build`:
 * packs it, installs the tarball into a scratch project, and checks that
 * - every `exports` entry resolves in Node, and the ones that need no DOM load;
 * - a Vite build of a one-line app that imports `nmt-widgets/define` works;
 * - the types resolve with moduleResolution `bundler` and `node16`;
 * - every source map's sources are in the package (or in the map itself);
 * - publint and are-the-types-wrong (ESM only) find nothing.
 * Nothing outside `files` is there to lean on. Exits 1 with what failed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = process.cwd();
const bin = (name) => resolve(root, 'node_modules', '.bin', name);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'nmt-package-'));
const app = join(scratch, 'app');
/** Type-checks a file of the scratch app, strictly, against the installed package. */
const typeCheck = (file, moduleResolution) =>
  run(
    bin('tsc'),
    [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--target',
      'es2021',
      '--lib',
      'es2022,dom,dom.iterable',
      '--module',
      moduleResolution === 'bundler' ? 'esnext' : 'node16',
      '--moduleResolution',
      moduleResolution,
      file,
    ],
    app,
  );
const failures = [];
const check = (what, fn) => {
  try {
    fn();
    console.log(`ok    ${what}`);
  } catch (error) {
    failures.push(what);
    console.log(`FAIL  ${what}\n${String(error.stdout ?? '')}${String(error.stderr ?? error.message)}`.trimEnd());
  }
};

try {
  const tarball = join(
    scratch,
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch, '--silent'], root).trim().split('\n').pop(),
  );
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', tarball, '--no-audit', '--no-fund', '--no-save', '--ignore-scripts'], app);

  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = Object.keys(exports)
    .filter((key) => !key.includes('*'))
    .map((key) => `nmt-widgets${key.slice(1)}`);
  check(`every exports entry resolves in Node (${entries.length})`, () => {
    const script = entries.map((entry) => `import.meta.resolve(${JSON.stringify(entry)});`).join('\n');
    writeFileSync(join(app, 'resolve.mjs'), script);
    run('node', ['resolve.mjs'], app);
  });
  check('nmt-widgets/hours loads and answers in Node', () => {
    writeFileSync(
      join(app, 'hours.mjs'),
      `import { parseHours, statusAt } from 'nmt-widgets/hours';
const s = statusAt(parseHours('Mo-Fr 09:00-16:30'), new Date('2026-11-30T10:00:00+01:00'));
if (!s.open) throw new Error('not open');`,
    );
    run('node', ['hours.mjs'], app);
  });
  check('a Vite build of an app that imports nmt-widgets/define', () => {
    writeFileSync(
      join(app, 'index.html'),
      '<script type="module" src="./main.js"></script><nmt-hotline></nmt-hotline>',
    );
    writeFileSync(join(app, 'main.js'), "import 'nmt-widgets/define';\n");
    run(bin('vite'), ['build', '--logLevel', 'error'], app);
    if (!readFileSync(join(app, 'dist', 'index.html'), 'utf8').includes('script')) throw new Error('no script');
  });
  for (const moduleResolution of ['bundler', 'node16']) {
    check(`types resolve with moduleResolution ${moduleResolution}`, () => {
      writeFileSync(
        join(app, 'types.ts'),
        `import 'nmt-widgets/define';
import 'nmt-widgets/hotline';
import { NmtHotline, type HoursStatus, type Dataset } from 'nmt-widgets';
import { parseHours, statusAt } from 'nmt-widgets/hours';
const hotline: NmtHotline | null = document.querySelector('nmt-hotline');
const status: HoursStatus = statusAt(parseHours('24/7'), new Date());
document.addEventListener('nmt-status-change', (event) => event.status.open);
hotline?.addEventListener('nmt-data-error', (event) => event.reason);
export const checked: [HoursStatus, Dataset | null] = [status, null];`,
      );
      typeCheck('types.ts', moduleResolution);
    });
  }
  // As the README's users write it: the side-effect import alone, nothing else from the package.
  const entryTypes = {
    define: ['nmt-hotline', 'nmt-open-status', 'nmt-contact-list', 'nmt-member-agencies'],
    hotline: ['nmt-hotline'],
    'open-status': ['nmt-open-status'],
    'contact-list': ['nmt-contact-list'],
    'member-agencies': ['nmt-member-agencies'],
  };
  for (const [entry, tags] of Object.entries(entryTypes)) {
    check(`import 'nmt-widgets/${entry}' alone brings the types of ${tags.join(', ')}`, () => {
      const uses = tags.map(
        (tag, i) =>
          `const el${i} = document.createElement('${tag}');\nconst level${i}: number = el${i}.headingLevel;\nvoid level${i};`,
      );
      const status = tags.some((tag) => tag === 'nmt-hotline' || tag === 'nmt-open-status')
        ? `const live = document.createElement('${tags.includes('nmt-hotline') ? 'nmt-hotline' : 'nmt-open-status'}');
const open: boolean | undefined = live.status?.open;
live.addEventListener('nmt-status-change', (event) => { const now: boolean = event.status.open; void now; });
void open;`
        : '';
      writeFileSync(
        join(app, 'entry.ts'),
        `import 'nmt-widgets/${entry}';\n${uses.join('\n')}\n${status}\nexport {};\n`,
      );
      typeCheck('entry.ts', 'bundler');
    });
  }
  check('every source map points at sources the package has', () => {
    const installed = join(app, 'node_modules', 'nmt-widgets');
    const maps = run('find', [installed, '-name', '*.map'], app).trim().split('\n');
    const missing = [];
    for (const map of maps) {
      const { sources = [], sourcesContent = [] } = JSON.parse(readFileSync(map, 'utf8'));
      sources.forEach((source, i) => {
        if (sourcesContent[i] == null && !existsSync(resolve(dirname(map), source))) missing.push(`${map}: ${source}`);
      });
    }
    if (maps.length < 10) throw new Error(`only ${maps.length} source maps found`);
    if (missing.length > 0) throw new Error(`${missing.length} missing, e.g.\n${missing.slice(0, 5).join('\n')}`);
  });
  check('publint', () => run(bin('publint'), ['--strict'], root));
  check('are-the-types-wrong (ESM only)', () => run(bin('attw'), [tarball, '--profile', 'esm-only'], root));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nThe package check failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nThe package works as npm users get it.');
