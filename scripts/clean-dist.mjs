/**
 * The first step of `npm run build`: empties dist/ of what the build writes
 * again, so that a module moved or removed leaves no stale copy behind to be
 * packed. Keeps dist/publish/ and the record of what was last published: a
 * publisher's edit there is the publish step's to see (and keep).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const KEEP = new Set(['publish', '.published-data.sha384']);
let entries = [];
try {
  entries = readdirSync('dist');
} catch {
  // No dist/ yet: nothing to clean.
}
for (const name of entries) if (!KEEP.has(name)) rmSync(join('dist', name), { recursive: true, force: true });
