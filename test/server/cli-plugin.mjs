/**
 * Server commands for tests that run the project's Node tools as real processes: the check command, the
 * publish step in a scratch project, and npm run serve:publish. Imported by web-test-runner.config.mjs.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { publishOrigin } from './publish-host.mjs';

/**
 * Runs the built command-line tool for a test (`executeServerCommand('nmt-cli', ...)`):
 * `files` are written to a scratch folder first, and `{dir}` in an argument names it.
 */
/** Runs a Node script in a folder, as a process: its exit code and output. */
function runNode(args, cwd) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * `npm run build`'s publish step in a scratch project (the real scripts, sources and bundles, linked): publishes
 * `source` as the top-level nmt-data.json, then, given `edit`, puts it in dist/publish/nmt-data.json as a publisher
 * editing the wrong file would, and publishes again.
 */
async function publishInScratch({ source, edit }) {
  const dir = mkdtempSync(join(tmpdir(), 'nmt-publish-'));
  try {
    for (const name of ['src', 'scripts', 'node_modules', 'package.json'])
      symlinkSync(resolvePath(name), join(dir, name));
    mkdirSync(join(dir, 'dist'));
    symlinkSync(resolvePath('dist/cdn'), join(dir, 'dist/cdn'));
    copyFileSync('dist/nmt-data.schema.json', join(dir, 'dist/nmt-data.schema.json'));
    writeFileSync(join(dir, 'nmt-data.json'), source ?? readFileSync('nmt-data.json'));
    const first = await runNode(['scripts/publish.mjs'], dir);
    if (edit === undefined) return { first };
    writeFileSync(join(dir, 'dist/publish/nmt-data.json'), edit);
    const second = await runNode(['scripts/publish.mjs'], dir);
    return { first, second, publishedAfter: readFileSync(join(dir, 'dist/publish/nmt-data.json'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run serve:publish` on a free port: what it prints, and the headers it serves the dataset with. */
function servePublishOnce() {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['scripts/serve-publish.mjs', '--port', '0']);
    let stdout = '';
    const stop = setTimeout(() => child.kill(), 10_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const dataset = /dataset\s+(\S+)/.exec(stdout)?.[1];
      if (!dataset || !stdout.includes('</nmt-hotline>')) return;
      httpGet(dataset, (response) => {
        response.resume();
        clearTimeout(stop);
        child.kill();
        resolveRun({ stdout, status: response.statusCode, headers: response.headers });
      });
    });
    child.on('exit', () => resolveRun({ stdout, status: 0, headers: {} }));
  });
}

/** The CLI piped into a reader that stops after `lines` lines, as `| head -3` does: its exit code and stderr. */
function readingOnly(args, lines, dir) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['dist/cli/nmt-widgets.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.split('\n').length > lines) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolveRun({ code: code ?? 1, stdout: stdout.split('\n').slice(0, lines).join('\n'), stderr });
    });
  });
}

export const cliPlugin = {
  name: 'nmt-cli',
  async executeCommand({ command, payload }) {
    if (command === 'nmt-publish') return publishInScratch(payload);
    if (command === 'nmt-serve-publish') return servePublishOnce();
    if (command !== 'nmt-cli') return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'nmt-cli-'));
    // A file's content is text, or bytes written "base64:...".
    for (const [name, content] of Object.entries(payload.files ?? {})) {
      writeFileSync(join(dir, name), content.startsWith('base64:') ? Buffer.from(content.slice(7), 'base64') : content);
    }
    for (const name of payload.fifos ?? []) execFileSync('mkfifo', [join(dir, name)]);
    for (const [name, target] of Object.entries(payload.links ?? {})) symlinkSync(target, join(dir, name));
    const args = payload.args.map((arg) => arg.replaceAll('{dir}', dir).replaceAll('{publish}', publishOrigin()));
    if (payload.headLines) return readingOnly(args, payload.headLines, dir);
    return new Promise((resolve) => {
      execFile(process.execPath, ['dist/cli/nmt-widgets.js', ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
      });
    });
  },
};
