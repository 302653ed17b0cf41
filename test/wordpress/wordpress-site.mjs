/**
 * A real WordPress for the plugin's tests, from Debian's packages
 * (wordpress, wordpress-theme-twentytwentythree, php8.2-cli, php8.2-mysql,
 * mariadb-server; .ci/run installs them): MariaDB on a socket in a temporary
 * folder, a copy of /usr/share/wordpress with the site's own wp-config.php,
 * PHP's built-in server, the block theme Twenty Twenty-Three, the plugin from
 * dist/wordpress/nmt-widgets/ (written by npm run build), an administrator
 * and an Author. Nothing is written outside the temporary folder.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Buffer } from 'node:buffer';

const WORDPRESS = '/usr/share/wordpress';
const THEME = `${WORDPRESS}/wp-content/themes/twentytwentythree`;
export const PLUGIN = resolve('dist/wordpress/nmt-widgets');
export const USERS = {
  admin: { login: 'admin', password: 'admin-password-1' },
  author: { login: 'author', password: 'author-password-1' },
};

/** A .mo file with one entry, the catalogue's header (WordPress's reader cannot read an empty one). */
function headerOnlyCatalogue(header) {
  const text = Buffer.from(header);
  const file = Buffer.alloc(45 + text.length + 1);
  [0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, text.length, 45].forEach((value, i) => file.writeUInt32LE(value, i * 4));
  text.copy(file, 45);
  return file;
}

/** Whether this machine has what the WordPress tests need. */
export function wordpressAvailable() {
  const missing = [WORDPRESS, THEME, '/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/php'].filter(
    (path) => !existsSync(path),
  );
  return {
    ok: missing.length === 0 && existsSync(PLUGIN),
    missing: existsSync(PLUGIN) ? missing : [...missing, PLUGIN],
  };
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function until(what, check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`WordPress test site: ${what} did not happen within ${ms / 1000} s`);
}

const INSTALL = `<?php
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
[, $adminPassword, $authorPassword] = $argv;
wp_install('Exempelkommun', 'admin', 'admin@example.invalid', true, '', $adminPassword, 'sv_SE');
wp_insert_user(['user_login' => 'author', 'user_pass' => $authorPassword, 'user_email' => 'author@example.invalid', 'role' => 'author']);
switch_theme('twentytwentythree');
update_option('permalink_structure', '');
$result = activate_plugin('nmt-widgets/nmt-widgets.php');
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
echo "installed\\n";
`;

/** Starts the site; `stop()` ends both servers and removes the folder. */
export async function startWordPress() {
  const root = mkdtempSync(join(tmpdir(), 'nmt-wp-'));
  const site = join(root, 'site');
  const data = join(root, 'db');
  const socket = join(root, 'mysql.sock');
  const children = [];
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await sleep(300);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder and socket, no network.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--skip-test-db', ...asRoot], {
      stdio: 'ignore',
    });
    const database = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${root}/db.pid`,
        ...asRoot,
      ],
      { stdio: 'ignore' },
    );
    children.push(database);
    await until('MariaDB starting', () => existsSync(socket), 20_000);
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wp']);

    // The site: a copy of WordPress's files (PHP finds a linked file's config beside the link's target, so
    // links will not do; Debian's own links inside stay links, to their absolute targets, and the copy takes a fraction of a
    // second), its own config and content folder.
    cpSync(WORDPRESS, site, { recursive: true }); // (links inside now point at their absolute targets)
    rmSync(join(site, 'wp-content'), { recursive: true, force: true });
    mkdirSync(join(site, 'wp-content', 'themes'), { recursive: true });
    mkdirSync(join(site, 'wp-content', 'plugins'), { recursive: true });
    mkdirSync(join(site, 'wp-content', 'uploads'), { recursive: true });
    // Swedish "installed" (a catalogue with only its header: WordPress lets a site take only a language it has
    // files for), so that the site can be switched to sv_SE; the plugin brings its own Swedish.
    mkdirSync(join(site, 'wp-content', 'languages'), { recursive: true });
    writeFileSync(join(site, 'wp-content', 'languages', 'sv_SE.mo'), headerOnlyCatalogue('Language: sv_SE\n'));
    symlinkSync(THEME, join(site, 'wp-content', 'themes', 'twentytwentythree'));
    symlinkSync(PLUGIN, join(site, 'wp-content', 'plugins', 'nmt-widgets'));
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
$table_prefix = 'wp_';
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) define($key, 'nmt-widgets-test-' . $key);
define('WP_HOME', '${origin}'); define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content'); define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local'); define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true); define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    writeFileSync(join(site, 'install.php'), INSTALL);
    try {
      execFileSync('php', [join(site, 'install.php'), USERS.admin.password, USERS.author.password], {
        cwd: site,
        env: { ...process.env, HTTP_HOST: `127.0.0.1:${port}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      throw new Error(`WordPress did not install: ${`${error.stdout}${error.stderr}`.trim().slice(-800)}`, {
        cause: error,
      });
    }
    rmSync(join(site, 'install.php'));

    const web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], { cwd: site, stdio: 'ignore' });
    children.push(web);
    await until(
      'PHP serving the site',
      () =>
        fetch(`${origin}/wp-login.php`)
          .then((r) => r.ok)
          .catch(() => false),
      20_000,
    );
    return { origin, root, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
