/**
 * The WordPress plugin (wordpress/nmt-widgets/) made ready to install: the
 * pinned classic script from dist/cdn/ with its Subresource Integrity value,
 * the Swedish translation compiled (.po to .mo), into dist/wordpress/nmt-widgets/,
 * and zipped as dist/nmt-widgets-wordpress-<version>.zip for "Upload plugin".
 * Run by npm run build, after the bundles.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const SOURCE = 'wordpress/nmt-widgets';
const OUT = 'dist/wordpress/nmt-widgets';

/** The strings of a .po file written as this plugin writes it: one line per msgid and msgstr. */
function readPo(text) {
  const unquote = (line) => JSON.parse(line.slice(line.indexOf(' ') + 1));
  const entries = [];
  let id = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('msgid ')) id = unquote(line);
    else if (line.startsWith('msgstr ') && id !== null) {
      entries.push([id, unquote(line)]);
      id = null;
    }
  }
  return entries;
}

/** A GNU .mo file (what WordPress's translation loader reads): header, two tables, then the strings. */
function writeMo(entries) {
  const sorted = [...entries].sort(([a], [b]) => (Buffer.from(a).compare(Buffer.from(b)) < 0 ? -1 : 1));
  const count = sorted.length;
  const headerSize = 28;
  const originals = headerSize;
  const translations = originals + count * 8;
  let offset = translations + count * 8;
  const tables = Buffer.alloc(count * 16);
  const strings = [];
  sorted.forEach(([id], i) => {
    const bytes = Buffer.from(id);
    tables.writeUInt32LE(bytes.length, i * 8);
    tables.writeUInt32LE(offset, i * 8 + 4);
    strings.push(bytes, Buffer.from([0]));
    offset += bytes.length + 1;
  });
  sorted.forEach(([, text], i) => {
    const bytes = Buffer.from(text);
    tables.writeUInt32LE(bytes.length, count * 8 + i * 8);
    tables.writeUInt32LE(offset, count * 8 + i * 8 + 4);
    strings.push(bytes, Buffer.from([0]));
    offset += bytes.length + 1;
  });
  const header = Buffer.alloc(headerSize);
  [0x950412de, 0, count, originals, translations, 0, translations + count * 8].forEach((value, i) =>
    header.writeUInt32LE(value, i * 4),
  );
  return Buffer.concat([header, tables, ...strings]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Little-endian fields [value, bytes] one after another, as zip headers are written. */
const fields = (list) =>
  Buffer.concat(
    list.map(([value, size]) => {
      const field = Buffer.alloc(size);
      field[`writeUInt${size * 8}LE`](value);
      return field;
    }),
  );

/** A zip archive of `files` ([name, bytes]), deflated; the date is fixed, so the same files make the same zip. */
function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01 00:00
  for (const [name, bytes] of files) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(bytes, { level: 9 });
    // What the local header and the central directory both say of the file: version needed, UTF-8 names,
    // deflate, time, date, CRC, sizes, name length, no extra field.
    const described = [
      [20, 2],
      [0x0800, 2],
      [8, 2],
      [0, 2],
      [DOS_DATE, 2],
      [crc32(bytes), 4],
      [packed.length, 4],
      [bytes.length, 4],
      [nameBytes.length, 2],
      [0, 2],
    ];
    const head = fields([[0x04034b50, 4], ...described]);
    // The central entry adds who made it, no comment, disk 0, no attributes, and where the local header is.
    const entry = fields([[0x02014b50, 4], [20, 2], ...described, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]);
    local.push(head, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = fields([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [files.length, 2],
    [files.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...local, directory, end]);
}

const filesUnder = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'assets'), { recursive: true });
cpSync(SOURCE, OUT, { recursive: true });

const script = `nmt-widgets-${version}.iife.js`;
const code = readFileSync('dist/cdn/nmt-widgets.iife.js');
writeFileSync(join(OUT, 'assets', script), code);
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(
  join(OUT, 'assets', 'manifest.json'),
  `${JSON.stringify({ file: script, integrity, version }, null, 2)}\n`,
);

for (const po of readdirSync(join(OUT, 'languages')).filter((name) => name.endsWith('.po'))) {
  const entries = readPo(readFileSync(join(OUT, 'languages', po), 'utf8'));
  writeFileSync(join(OUT, 'languages', po.replace(/\.po$/, '.mo')), writeMo(entries));
}

const archive = `dist/nmt-widgets-wordpress-${version}.zip`;
writeFileSync(archive, zip(filesUnder(OUT).map((file) => [`nmt-widgets/${relative(OUT, file)}`, readFileSync(file)])));
console.log(`${archive}: the WordPress plugin (${filesUnder(OUT).length} files)`);
