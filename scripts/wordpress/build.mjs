// Builds the WordPress plugin from wordpress/ into dist/wordpress/cmhw-widgets/ (the folder `npm run wordpress` and
// the tests install) and the installable dist/cmhw-widgets-wordpress.zip. Run by `npm run build`, after the kit:
//   - the version from package.json into the plugin's header, its constant, readme.txt's stable tag and each
//     block.json; the editor script's version (index.asset.php) is a hash of its content, for browser caches;
//   - dist/cmhw-widgets.js, the kit's one file, copied inside (the plugin loads nothing from another host);
//   - editions.json: each edition's year, dates and theme from content/editions/, for the no-JS fallback;
//   - LICENSE.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = 'cmhw-widgets';
export const PLUGIN_DIR = join(root, 'dist/wordpress', SLUG);
export const PLUGIN_ZIP = join(root, 'dist/cmhw-widgets-wordpress.zip');

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
  const editorHash = createHash('sha256')
    .update(readFileSync(join(PLUGIN_DIR, 'editor/index.js')))
    .update(readFileSync(join(PLUGIN_DIR, 'editor/index.css')))
    .digest('hex')
    .slice(0, 20);
  edit('editor/index.asset.php', (text) => text.replace(/'version'(\s*)=> '[^']*'/, `'version'$1=> '${editorHash}'`));

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
