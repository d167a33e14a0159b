// Where a release of the kit can be found, from package.json and the built dist/cmhw-widgets.js: the one place
// that knows these addresses. The release scripts, the school's zip and its HOW-TO use it, and so can anything that
// writes a snippet.
//
//   jsDelivr serves every file of every published npm version at https://cdn.jsdelivr.net/npm/NAME@VERSION/FILE,
//   kept for ever (the pinned address, with an integrity hash), and the newest release of a major version at
//   NAME@MAJOR/FILE (the evergreen address, cached up to 7 days unless purged; no hash, since it changes).
//   jsDelivr serves .html files as text/plain, so the iframe page comes from the kit's site (GitHub Pages, the
//   package's `homepage`), which keeps a folder per version (v0.1.0/) and one per major version (v0/).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

export const CDN_ORIGIN = 'https://cdn.jsdelivr.net';
export const PURGE_ORIGIN = 'https://purge.jsdelivr.net';

/** The single file's path in the package: the path in every jsDelivr address. */
export const KIT_FILE = 'dist/cmhw-widgets.js';

/** The files of a release that a page loads: the single file and the iframe page. Each site folder holds them. */
export const PAGE_FILES = ['cmhw-widgets.js', 'embed.html', 'embed.js', 'embed.css'];

/** The school's download of a version (scripts/release/school-zip.ts), as the build, the site and a release name it. */
export const schoolZipName = ({ name, version }) => `${name}-${version}.zip`;

/** The Subresource Integrity value of some bytes: `sha384-` and the digest in base64. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A semantic version's parts; throws on anything else, since every address is built from it. */
export function parseVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(String(version));
  if (!match) throw new Error(`"${version}" is not a version of the form MAJOR.MINOR.PATCH`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ?? '' };
}

/** Orders two versions as semantic versioning does (a prerelease before its release). */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (const part of ['major', 'minor', 'patch']) if (x[part] !== y[part]) return x[part] - y[part];
  if (x.prerelease === y.prerelease) return 0;
  if (!x.prerelease) return 1;
  if (!y.prerelease) return -1;
  const left = x.prerelease.split('.');
  const right = y.prerelease.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] === undefined) return -1;
    if (right[i] === undefined) return 1;
    if (left[i] === right[i]) continue;
    const [l, r] = [left[i], right[i]].map((id) => (/^\d+$/.test(id) ? Number(id) : id));
    if (typeof l === 'number' && typeof r === 'number') return l - r;
    if (typeof l === 'number') return -1;
    if (typeof r === 'number') return 1;
    return l < r ? -1 : 1;
  }
  return 0;
}

/** `owner` and `name` of the GitHub repository in package.json's `repository`. */
export function githubRepository(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url ?? '');
  if (!match) throw new Error(`package.json: "repository" must name a GitHub repository (found ${JSON.stringify(url)})`);
  return { owner: match[1], name: match[2], url: `https://github.com/${match[1]}/${match[2]}` };
}

/**
 * Every address of this release.
 * @param {{ pkg?: Record<string, any>, kit?: Uint8Array }} [from] package.json and the single file's bytes
 *   (by default the project's package.json and dist/cmhw-widgets.js).
 */
export function releaseAddresses({ pkg, kit } = {}) {
  pkg ??= JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  kit ??= readFileSync(new URL(KIT_FILE, root));
  const { name, version, homepage } = pkg;
  const { major, prerelease } = parseVersion(version);
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(homepage ?? ''))
    throw new Error(
      `package.json: "homepage" must be the kit's site, an https address ending in / (found ${JSON.stringify(homepage)})`,
    );
  const repository = githubRepository(pkg);
  const cdn = (range, file = KIT_FILE) => `${CDN_ORIGIN}/npm/${name}@${range}/${file}`;
  const evergreenFiles = [KIT_FILE, ...PAGE_FILES.filter((file) => `dist/${file}` !== KIT_FILE).map((file) => `dist/${file}`)];
  return {
    name,
    version,
    major,
    /** A prerelease (0.2.0-beta.1) is published under the `next` tag and never reaches the evergreen addresses. */
    prerelease: prerelease !== '',
    distTag: prerelease ? 'next' : 'latest',
    tag: `v${version}`,
    /** `sha384-…` of the single file: the `integrity` attribute of a pinned script tag. */
    integrity: integrityOf(kit),
    /** The same digest in hex, as `sha384sum` prints it. */
    sha384: createHash('sha384').update(kit).digest('hex'),
    jsdelivr: {
      pinned: cdn(version),
      evergreen: cdn(String(major)),
      /** The evergreen addresses a release refreshes at once: each file of a release at NAME@MAJOR. */
      evergreenFiles: evergreenFiles.map((file) => cdn(String(major), file)),
      /** jsDelivr's purge address of each evergreen address (the same path on its purge host). */
      purge: evergreenFiles.map((file) => cdn(String(major), file).replace(CDN_ORIGIN, PURGE_ORIGIN)),
    },
    pages: {
      site: homepage,
      configurator: `${homepage}configurator/`,
      /** This version's folder on the site: cmhw-widgets.js and the iframe page, for ever. */
      folder: `${homepage}v${version}/`,
      /** The folder of the newest release of this major version (v0/), replaced by each release. */
      evergreenFolder: `${homepage}v${major}/`,
      embed: `${homepage}v${version}/embed.html`,
      evergreenEmbed: `${homepage}v${major}/embed.html`,
    },
    repository,
    release: `${repository.url}/releases/tag/v${version}`,
    /** The download for a school's own web space (see scripts/release/school-zip.ts). */
    zip: schoolZipName(pkg),
    /** The WordPress plugin, as a release attaches it (dist/cmhw-widgets-wordpress.zip). */
    wordpressZip: `${name}-wordpress-${version}.zip`,
  };
}
