/**
 * Writes dist/publish/: the folder the agency uploads as it is to any static
 * host or CDN, so that every embedding site runs pinned code on live data.
 *
 * - nmt-widgets-<version>.js and .iife.js: immutable names, cached for a year;
 *   nmt-widgets.js and .iife.js: aliases of the latest, revalidated;
 * - integrity.json: the sha384 of every file, for `integrity="..."`;
 * - nmt-data.json and nmt-data.schema.json: the canonical dataset, with CORS,
 *   from the project's top-level nmt-data.json (the one file a publisher edits);
 * - _headers (Netlify, Cloudflare Pages) and nginx.conf: the same header rules.
 *
 * Run by `npm run build` after the bundles and the data files exist.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importTypeScript } from './import-typescript.mjs';

const OUT = 'dist/publish';
/** The dataset a publisher edits, and where the build notes what it last published from it. */
const SOURCE = 'nmt-data.json';
const PUBLISHED = join(OUT, 'nmt-data.json');
const LAST_PUBLISHED = 'dist/.published-data.sha384';
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// A publisher who edited the published copy instead of the source gets told, and loses nothing.
if (existsSync(PUBLISHED) && existsSync(LAST_PUBLISHED)) {
  if (sha384(readFileSync(PUBLISHED)) !== readFileSync(LAST_PUBLISHED, 'utf8').trim()) {
    console.error(
      `${PUBLISHED} was changed after the last build. Nothing was overwritten.\n` +
        `The dataset is published from ${SOURCE} at the top of the project: make your change there ` +
        `(and check it: npx nmt-widgets check ${SOURCE}), then delete ${PUBLISHED} and build again.`,
    );
    process.exit(1);
  }
}

// The source must be a dataset the widgets use, or nothing is published.
const { parseJsonBytes, parseDataset } = await importTypeScript(
  'publish',
  `export { parseJsonBytes } from './src/core/json-bytes.ts';
export { parseDataset } from './src/core/dataset.ts';`,
);
const sourceJson = parseJsonBytes(readFileSync(SOURCE));
const sourceCheck = sourceJson.ok ? parseDataset(sourceJson.value) : { ok: false, errors: [sourceJson.message] };
if (!sourceCheck.ok) {
  console.error(`${SOURCE} is not a dataset the widgets would use:\n  ${sourceCheck.errors.join('\n  ')}`);
  console.error(`Nothing was published. Run npx nmt-widgets check ${SOURCE} for every error with a fix.`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sourceVersion = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))?.[1];
if (sourceVersion !== version) {
  throw new Error(`src/version.ts says ${sourceVersion}, package.json ${version}: make them the same.`);
}

const YEAR = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';
const JS = 'text/javascript; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The header rules, one list for both host formats: [path pattern, content type, cache]. */
const RULES = [
  [`/nmt-widgets-*.js`, JS, YEAR],
  [`/nmt-widgets-*.js.map`, JSON_TYPE, YEAR],
  ['/nmt-widgets.js', JS, SHORT],
  ['/nmt-widgets.iife.js', JS, SHORT],
  ['/nmt-widgets.js.map', JSON_TYPE, SHORT],
  ['/nmt-widgets.iife.js.map', JSON_TYPE, SHORT],
  ['/nmt-data.json', JSON_TYPE, SHORT],
  ['/nmt-data.schema.json', JSON_TYPE, SHORT],
  ['/integrity.json', JSON_TYPE, SHORT],
];

/** The headers every file gets besides its type and cache, in both host formats: [name, value]. */
const COMMON = [
  ['Access-Control-Allow-Origin', '*'],
  ['X-Content-Type-Options', 'nosniff'],
];

rmSync(join(OUT, 'demo'), { recursive: true, force: true }); // build:demo writes it anew
mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) if (statSync(join(OUT, name)).isFile()) rmSync(join(OUT, name));

/** Copies a bundle under a new name, with its source map, pointing the map comment at the new name. */
function copyBundle(from, to) {
  const code = readFileSync(`dist/cdn/${from}`, 'utf8').replace(
    /\/\/# sourceMappingURL=\S+\s*$/,
    `//# sourceMappingURL=${to}.map\n`,
  );
  writeFileSync(join(OUT, to), code);
  copyFileSync(`dist/cdn/${from}.map`, join(OUT, `${to}.map`));
}
for (const bundle of ['nmt-widgets.js', 'nmt-widgets.iife.js']) {
  copyBundle(bundle, bundle.replace('nmt-widgets', `nmt-widgets-${version}`));
  copyBundle(bundle, bundle);
}
// As written in the source, but for the schema's address, which is beside it once published.
const published = `${JSON.stringify({ ...sourceJson.value, $schema: './nmt-data.schema.json' }, null, 2)}\n`;
writeFileSync(PUBLISHED, published);
writeFileSync(LAST_PUBLISHED, sha384(published));
copyFileSync('dist/nmt-data.schema.json', join(OUT, 'nmt-data.schema.json'));

// Integrity only for what never changes: an alias or the dataset changes with every release or edit, and a
// page that pinned its hash would stop working then.
const integrity = {};
for (const name of readdirSync(OUT).sort()) {
  if (!name.startsWith(`nmt-widgets-${version}.`) || name.endsWith('.map')) continue;
  integrity[name] = sha384(readFileSync(join(OUT, name)));
}
writeFileSync(
  join(OUT, 'integrity.json'),
  `${JSON.stringify(
    {
      version,
      about:
        'Subresource Integrity for the versioned scripts, which never change. The aliases (nmt-widgets.js) and ' +
        'nmt-data.json change with every release or edit: load them without integrity, or pin the versioned name.',
      files: integrity,
    },
    null,
    2,
  )}\n`,
);

writeFileSync(
  join(OUT, '_headers'),
  `# Header rules for Netlify and Cloudflare Pages (nmt-widgets ${version}).\n` +
    '# Versioned scripts never change: cached for a year. Aliases and the dataset: five minutes, then revalidated.\n' +
    '# CORS on everything: the scripts for Subresource Integrity, the dataset for other sites to read it.\n' +
    RULES.map(([path, type, cache]) =>
      [
        path,
        ...[['Content-Type', type], ['Cache-Control', cache], ...COMMON].map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    ).join('\n') +
    '\n',
);

/**
 * nginx compresses nothing but HTML unless told: without this, every page view downloads the whole script. Each
 * location is one type, so "*" names it (a type with its charset would not match gzip_types' bare type).
 */
const NGINX_COMPRESSION = ['gzip on;', 'gzip_comp_level 6;', 'gzip_types *;', 'gzip_vary on;']
  .map((line) => `  ${line}`)
  .join('\n');
const script = readFileSync(join(OUT, `nmt-widgets-${version}.iife.js`));
const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const nginxPattern = (path) =>
  path.includes('*') ? `~ ^${path.replace(/\./g, '\\.').replace('*', '[0-9][^/]*')}$` : `= ${path}`;
writeFileSync(
  join(OUT, 'nginx.conf'),
  `# nginx rules for the folder nmt-widgets ${version} publishes (include inside its server block).\n` +
    `# Compressed (Netlify and Cloudflare compress by themselves): the classic script is ${kilobytes(script.length)} ` +
    `as it is, ${kilobytes(gzipSync(script, { level: 6 }).length)} gzipped.\n` +
    RULES.map(
      ([path, type, cache]) => `location ${nginxPattern(path)} {
  default_type "${type}";
  types { }
${[['Cache-Control', cache], ...COMMON].map(([name, value]) => `  add_header ${name} "${value}" always;`).join('\n')}
${NGINX_COMPRESSION}
}`,
    ).join('\n') +
    '\n',
);
console.log(`${OUT}/ written: nmt-widgets ${version}, ${Object.keys(integrity).length} files with integrity`);
