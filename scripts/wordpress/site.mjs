// A throwaway WordPress on 127.0.0.1, from Debian's packages (see scripts/ensure-wordpress.sh): a copy of one of the
// WordPress versions unpacked in .cache/wordpress/<version>/ (7.1 or 6.8) and a private MariaDB in a new temporary
// folder, a fresh site installed with wp_install() in the default theme, Twenty Twenty-Five, the plugin copied in
// and activated, served by PHP's built-in server.
// Nothing is installed system-wide and no service is started: stop() ends both servers and removes the folder.
// Used by `npm run wordpress` (serve.mjs), the tests (test/wordpress/) and the screenshots.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MARIADBD = '/usr/sbin/mariadbd';
const CACHE = fileURLToPath(new URL('../../.cache/wordpress', import.meta.url));

/** The WordPress versions the plugin is tested in, newest first (each from a Debian suite: ensure-wordpress.sh). */
export const VERSIONS = ['7.1', '6.8'];

/** The versions to run: CMHW_WP_VERSIONS ("7.1", "6.8" or both), all by default. */
export function versionsToRun() {
  const wanted = (process.env.CMHW_WP_VERSIONS ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = wanted.filter((version) => !VERSIONS.includes(version));
  if (unknown.length) throw new Error(`CMHW_WP_VERSIONS: unknown ${unknown.join(', ')} (known: ${VERSIONS.join(', ')})`);
  return wanted.length ? VERSIONS.filter((version) => wanted.includes(version)) : VERSIONS;
}

/** The unpacked copy of a version, checked complete. */
export function wordpressDir(version) {
  const dir = join(CACHE, version);
  if (!existsSync(join(dir, 'COMPLETE')))
    throw new Error(`WordPress ${version} is not unpacked in ${dir}: run scripts/ensure-wordpress.sh`);
  return dir;
}

export const ADMIN = { user: 'admin', password: 'cmhw-admin-password' };
export const EDITOR = { user: 'editor', password: 'cmhw-editor-password' };

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, check, child, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`WordPress: ${what} exited while starting`);
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`WordPress: ${what} did not start within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts a fresh site with the plugin in `pluginDir` active, in WordPress `version` (the newest by default).
 * @param {{ pluginDir: string, version?: string, port?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, dir: string, debugLog: string, phpScript: (code: string) => Promise<string>, stop: () => Promise<void> }>}
 */
export async function startWordPress({ pluginDir, version = VERSIONS[0], port, log = () => {} }) {
  const WORDPRESS = wordpressDir(version);
  for (const [path, pkg] of [
    [MARIADBD, 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
  ]) {
    if (!existsSync(path))
      throw new Error(`WordPress: ${path} is missing (Debian package ${pkg}; run scripts/ensure-wordpress.sh)`);
  }
  if (!existsSync(join(pluginDir, 'cmhw-widgets.php'))) throw new Error(`WordPress: no plugin in ${pluginDir} (npm run build)`);

  const dir = mkdtempSync(join(tmpdir(), 'cmhw-wp-'));
  const site = join(dir, 'site');
  const data = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  const debugLog = join(dir, 'debug.log');
  const children = [];
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // The web server first (no request may reach a closing database), then MariaDB, which shuts down cleanly on
    // SIGTERM; each is killed outright if it takes too long.
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // The whole process group: PHP's server runs its workers as child processes, which outlive their parent.
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          // already gone
        }
      };
      signal('SIGTERM');
      const late = setTimeout(() => signal('SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const start = (command, args, name, env) => {
    // In a process group of its own, so that stop() ends it with everything it started.
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true });
    children.push(child);
    child.once('exit', (code, signal) => {
      if (!stopped) log(`[${name}] exited early (${signal ?? `status ${code}`})`);
    });
    const forward = (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) log(`[${name}] ${line}`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    return child;
  };

  try {
    port ??= await freePort();
    const url = `http://127.0.0.1:${port}`;

    // The database: its own data folder, reachable only through a socket in the temporary folder (no TCP port).
    log('Creating the database…');
    await run('mariadb-install-db', [
      '--user=root',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const database = start(
      MARIADBD,
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'db.pid')}`,
      ],
      'mariadb',
    );
    await waitFor(
      'MariaDB',
      async () => {
        await run('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'SELECT 1']);
        return true;
      },
      database,
    );
    await run('mariadb', [
      `--socket=${socket}`,
      '-uroot',
      '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
    ]);

    // WordPress: a copy, its own wp-config.php, and the plugin.
    log(`Copying WordPress ${version}…`);
    cpSync(WORDPRESS, site, { recursive: true });
    const salts = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ]
      .map((name) => `define( '${name}', '${randomBytes(24).toString('hex')}' );`)
      .join('\n');
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${salts}
$table_prefix = 'wp_';
define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
// Nothing leaves this machine: WordPress's own requests to other hosts are refused, updates and cron are off.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// Notices and warnings go to a log the tests read, never into the pages.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(debugLog)} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // WordPress core (not the plugin) asks a CDN for emoji images in every page's head; a site that must make
    // no request to another host turns that off, as this must-use plugin does.
    mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(
      join(site, 'wp-content/mu-plugins/local-only.php'),
      `<?php
// The local site only: no emoji images from WordPress's CDN.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );
add_filter( 'emoji_svg_url', '__return_false' );
`,
    );
    cpSync(pluginDir, join(site, 'wp-content/plugins/cmhw-widgets'), { recursive: true });

    const phpScript = async (code) => {
      const file = join(dir, `script-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(file, `<?php\n${code}\n`);
      try {
        const { stdout } = await run('php', [file], { cwd: site, env: { ...process.env, CMHW_SITE: site } });
        return stdout;
      } finally {
        rmSync(file, { force: true });
      }
    };

    log('Installing the site…');
    await phpScript(`
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require getenv( 'CMHW_SITE' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$result = wp_install( 'A school site', ${php(ADMIN.user)}, 'admin@example.org', true, '', ${php(ADMIN.password)} );
// The default theme of today's WordPress (Debian's wordpress-theme-twentytwentyfive).
switch_theme( 'twentytwentyfive' );
// Avatars come from a service on another host.
update_option( 'show_avatars', 0 );
wp_insert_user( array( 'user_login' => ${php(EDITOR.user)}, 'user_pass' => ${php(EDITOR.password)}, 'user_email' => 'editor@example.org', 'role' => 'editor' ) );
// The block editor's welcome guide, once per user (kept in user meta since WordPress 6.1).
foreach ( get_users() as $user ) {
	update_user_meta( $user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
$activated = activate_plugin( 'cmhw-widgets/cmhw-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() );
	exit( 1 );
}
`);

    log('Starting PHP’s web server…');
    // Several workers: the editor sends requests in parallel.
    // A router does what a web server's rewrite rules do for WordPress: a file that exists is served as it is, and
    // any other path (/favicon.ico, pretty permalinks) goes to WordPress's index.php.
    const router = join(dir, 'router.php');
    writeFileSync(
      router,
      `<?php
$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = ${php(site)} . $path;
if ( is_file( $file ) || ( is_dir( $file ) && is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require ${php(site)} . '/index.php';
`,
    );
    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', site, router], 'php', { PHP_CLI_SERVER_WORKERS: '4' });
    await waitFor('PHP’s web server (is the port in use?)', async () => (await fetch(`${url}/wp-login.php`)).ok, server);
    return { url, dir, site, version, debugLog, phpScript, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
