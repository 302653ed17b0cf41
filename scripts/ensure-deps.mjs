/**
 * Runs before `npm start` and `npm test`: on a fresh clone, installs the
 * locked dependencies first, so the quick start is two commands. Uses Node's
 * built-ins only, as nothing else is installed yet.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('First run: installing dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
