/**
 * Fails when a UI string has no English translation: extracts the messages
 * from the sources (as `lit-localize extract` does, which adds new units to
 * locales/en.xlf without a target) and lists every unit still lacking one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

execFileSync('npx', ['lit-localize', 'extract'], { stdio: ['ignore', 'ignore', 'inherit'] });
const xliff = readFileSync('locales/en.xlf', 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
const missing = units.filter(([, , body]) => !/<target>[\s\S]*?<\/target>/.test(body)).map(([, id]) => id);
if (missing.length > 0) {
  console.error(
    `${missing.length} UI string(s) without an English translation in locales/en.xlf:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`${units.length} UI strings, all translated to English.`);
