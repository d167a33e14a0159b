// Builds the WordPress plugin from wordpress/ into dist/wordpress/cmhw-widgets/ (the folder `npm run wordpress` and
// the tests install) and the installable dist/cmhw-widgets-wordpress.zip. Run by `npm run build`, after the kit:
//   - the editor script from wordpress/src/ into build/, by @wordpress/scripts (build/index.asset.php lists the
//     script handles its imports need, and a hash of its content as its version);
//   - the translations (languages/): .mo files for PHP and JSON files for the editor script, from the .po files in
//     wordpress/languages/ (scripts/wordpress/i18n.mjs);
//   - the version from package.json into the plugin's header, its constant, readme.txt's stable tag and each
//     block.json;
//   - dist/cmhw-widgets.js, the kit's one file, copied inside (the plugin loads nothing from another host);
//   - editions.json: each edition's year, dates and theme from content/editions/, for the no-JS fallback;
//   - LICENSE.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compileTranslations } from './i18n.mjs';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = 'cmhw-widgets';
export const PLUGIN_DIR = join(root, 'dist/wordpress', SLUG);
export const PLUGIN_ZIP = join(root, 'dist/cmhw-widgets-wordpress.zip');

/** Runs a command; its output is shown only if it fails. */
function runQuietly(command, args) {
  try {
    execFileSync(command, args, { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`${args.slice(1, 3).join(' ')} failed`, { cause: error });
  }
}

export function buildPlugin() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const kit = join(root, 'dist/cmhw-widgets.js');
  if (!existsSync(kit)) throw new Error('dist/cmhw-widgets.js is missing: build the kit first (npm run build).');

  rmSync(PLUGIN_DIR, { recursive: true, force: true });
  mkdirSync(PLUGIN_DIR, { recursive: true });
  cpSync(join(root, 'wordpress'), PLUGIN_DIR, { recursive: true });
  cpSync(kit, join(PLUGIN_DIR, 'cmhw-widgets.js'));
  cpSync(join(root, 'LICENSE'), join(PLUGIN_DIR, 'LICENSE'));

  const edit = (file, change) => {
    const path = join(PLUGIN_DIR, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before && !before.includes(version)) throw new Error(`${file}: no version to stamp`);
    writeFileSync(path, after);
  };
  edit(`${SLUG}.php`, (text) =>
    text
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'CMHW_WIDGETS_VERSION', '[^']*' \)/, `define( 'CMHW_WIDGETS_VERSION', '${version}' )`),
  );
  edit('readme.txt', (text) => text.replace(/^(Stable tag:\s+).*$/m, `$1${version}`));
  for (const block of readdirSync(join(PLUGIN_DIR, 'blocks'))) {
    edit(`blocks/${block}/block.json`, (text) => text.replace(/"version": "[^"]*"/, `"version": "${version}"`));
  }

  // The editor script: WordPress's own build (JSX, WordPress's packages as externals, index.asset.php).
  runQuietly(process.execPath, [
    join(root, 'node_modules/@wordpress/scripts/bin/wp-scripts.js'),
    'build',
    '--config',
    join(root, 'tools/wordpress/webpack.config.cjs'),
    `--output-path=${join(PLUGIN_DIR, 'build')}`,
  ]);
  if (!existsSync(join(PLUGIN_DIR, 'build/index.asset.php'))) throw new Error('wp-scripts build wrote no build/index.asset.php');
  compileTranslations(join(PLUGIN_DIR, 'languages'));

  const editions = readdirSync(join(root, 'content/editions'))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const { year, start, end, theme } = parse(readFileSync(join(root, 'content/editions', file), 'utf8'));
      // YAML reads an unquoted 2023-02-06 as a date: back to the UK calendar date it was written as.
      const day = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
      return { year: Number(year), start: day(start), end: day(end), theme: String(theme) };
    });
  writeFileSync(join(PLUGIN_DIR, 'editions.json'), `${JSON.stringify(editions, null, 2)}\n`);

  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(PLUGIN_DIR);
  // The zip holds one folder named after the plugin, as WordPress's "Upload Plugin" expects.
  const entries = files.map((path) => ({
    name: `${SLUG}/${relative(PLUGIN_DIR, path).split('\\').join('/')}`,
    data: readFileSync(path),
  }));
  writeFileSync(PLUGIN_ZIP, zip(entries));
  return { version, files: entries.length, zip: PLUGIN_ZIP };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version, files, zip: path } = buildPlugin();
  console.log(`WordPress plugin ${version}: ${relative(root, path)} (${files} files), and dist/wordpress/${SLUG}/`);
}
