// `npm run release:pages`: the whole kit's site as GitHub Pages will serve it, in dist/pages/ (or `--out DIR`).
// A Pages deployment replaces the whole site, so this is the built site (site/, from `npm run build`, with this
// version's folder v0.1.0/ and its major's evergreen v0/) plus a folder for every earlier published version, rebuilt
// from its npm tarball (the files a page loads: the single file and the iframe page), so that every pinned address
// ever handed out keeps working; and each other major's evergreen folder (v1/ beside v0/) from its newest version.
//   --tarballs DIR   take the earlier versions from the .tgz files in DIR instead of the registry (the tests'
//                    locally packed stand-ins for the published tarballs)
// Without it, the versions come from `npm view NAME versions` and each tarball from `npm pack NAME@VERSION` (npm
// checks its integrity against the registry). Prereleases get no folder. It stops when a newer version than this
// one is published (the site's pages would go back in time) or a tarball cannot be read, and never deploys.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { compareVersions, PAGE_FILES, parseVersion } from './addresses.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
const run = (command, args, options = {}) =>
  exec(command, args, { timeout: 180_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, ...options });

/** The version of the package in a tarball. */
const versionIn = async (tarball) => JSON.parse((await run('tar', ['-xzOf', tarball, 'package/package.json'])).stdout);

/** Earlier versions' tarballs: version -> file, from a folder of .tgz files. */
async function tarballsFrom(folder, name) {
  const found = new Map();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.tgz'))) {
    const pkg = await versionIn(join(folder, file));
    if (pkg.name !== name) throw new Error(`${file} is ${pkg.name}, not ${name}`);
    found.set(pkg.version, join(folder, file));
  }
  return found;
}

/** Earlier versions' tarballs from the registry, fetched into `into` with npm (which checks their integrity). */
async function tarballsFromRegistry(name, into, current) {
  let versions = [];
  try {
    const { stdout } = await run('npm', ['view', name, 'versions', '--json']);
    versions = [JSON.parse(stdout || '[]')].flat();
  } catch (error) {
    // Not published yet: the site has this version only.
    if (!/E404|404 Not Found/.test(`${error.stdout}${error.stderr}`)) throw error;
  }
  const found = new Map();
  for (const version of versions.filter((v) => v !== current && !parseVersion(v).prerelease)) {
    const { stdout } = await run('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', into]);
    found.set(version, join(into, JSON.parse(stdout)[0].filename));
  }
  return found;
}

export async function buildPages({ out = join(root, 'dist/pages'), tarballs, log = console.log } = {}) {
  out = resolve(out);
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const site = join(root, 'site');
  const own = join(site, `v${version}`);
  for (const file of PAGE_FILES)
    if (!existsSync(join(own, file))) throw new Error(`site/v${version}/${file} is missing: run npm run build first.`);
  if (parseVersion(version).prerelease) throw new Error(`${version} is a prerelease: the site is deployed for releases only.`);

  const scratch = mkdtempSync(join(tmpdir(), 'cmhw-pages-'));
  try {
    const earlier = tarballs ? await tarballsFrom(resolve(tarballs), name) : await tarballsFromRegistry(name, scratch, version);
    earlier.delete(version);
    for (const v of earlier.keys()) if (parseVersion(v).prerelease) earlier.delete(v);
    const newer = [...earlier.keys()].filter((v) => compareVersions(v, version) > 0);
    if (newer.length)
      throw new Error(
        `${newer.join(', ')} ${newer.length > 1 ? 'are' : 'is'} newer than ${version}: deploying ${version}'s site would take the site back. Deploy from the newest release.`,
      );

    rmSync(out, { recursive: true, force: true });
    cpSync(site, out, { recursive: true });
    // The newest version of each major version, for its evergreen folder: this one for its own major.
    const newest = new Map([[parseVersion(version).major, version]]);
    for (const [v, tarball] of [...earlier].sort(([a], [b]) => compareVersions(a, b))) {
      const unpacked = join(scratch, `v${v}`);
      mkdirSync(unpacked, { recursive: true });
      await run('tar', ['-xzf', tarball, '-C', unpacked]);
      const files = PAGE_FILES.filter((file) => existsSync(join(unpacked, 'package/dist', file)));
      if (!files.includes('cmhw-widgets.js')) {
        log(`  v${v}: no dist/cmhw-widgets.js in its tarball: no folder`);
        continue;
      }
      for (const file of files) cpSync(join(unpacked, 'package/dist', file), join(out, `v${v}`, file));
      log(`  v${v}/: ${files.join(', ')} (from the npm tarball)`);
      const { major } = parseVersion(v);
      if (!newest.has(major) || compareVersions(v, newest.get(major)) > 0) newest.set(major, v);
    }
    for (const [major, v] of newest) {
      if (v === version) continue; // the site's own build wrote it
      rmSync(join(out, `v${major}`), { recursive: true, force: true });
      cpSync(join(out, `v${v}`), join(out, `v${major}`), { recursive: true });
      log(`  v${major}/: ${v}`);
    }
    log(`Pages site for ${version}: ${out} (this version and ${earlier.size} earlier)`);
    return { out, versions: [version, ...earlier.keys()], evergreen: Object.fromEntries(newest) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, tarballs: { type: 'string' } } });
  buildPages(values).catch((error) => {
    console.error(`release:pages: ${error.message}`);
    process.exitCode = 1;
  });
}
