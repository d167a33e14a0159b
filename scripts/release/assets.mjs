// `npm run release:assets -- --tag vX.Y.Z`: everything a release publishes, from the build (`npm run build` first),
// in dist/release/ (or `--out DIR`):
//   cmhw-widgets-X.Y.Z.tgz     the npm package, packed once: the release workflow publishes exactly these bytes
//   notes.md                   the release notes: CHANGELOG.md's section for the version, then the addresses
//   assets/                    what the GitHub Release attaches:
//     cmhw-widgets.js            the single file
//     cmhw-widgets.js.sha384     its SHA-384, as sha384sum writes it
//     cmhw-widgets-X.Y.Z.zip     the school's download (npm run build:zip)
//     cmhw-widgets-wordpress-X.Y.Z.zip  the WordPress plugin (dist/cmhw-widgets-wordpress.zip)
// `--changelog FILE` reads the notes from another file (the tests do). Stops (exit 1) when the tag is not the
// version, CHANGELOG.md has no dated section for it, or a file is missing.
// Under GitHub Actions (GITHUB_OUTPUT set) it also writes the step's outputs: version, tag, tarball, dist-tag,
// prerelease, integrity.
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KIT_FILE, releaseAddresses } from './addresses.mjs';
import { releaseNotes } from './notes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a release page says after the CHANGELOG's entries: the ways in, with this release's addresses. */
export function addressNotes(addresses) {
  const { name, version, major, integrity, jsdelivr, pages, zip, wordpressZip } = addresses;
  return `### Use it

Pinned to this version, checked by its integrity hash (the browser refuses the file if a byte changes):

\`\`\`html
<script type="module" src="${jsdelivr.pinned}" integrity="${integrity}" crossorigin="anonymous"></script>
\`\`\`

${
  addresses.prerelease
    ? `A prerelease: npm's \`next\` tag, not \`latest\`, and not the evergreen address.`
    : `Evergreen, following every ${major}.x release (no integrity hash, since the file changes with each one): \`${jsdelivr.evergreen}\``
}

- The iframe page, for platforms that strip scripts: ${pages.embed}
- npm: \`npm install ${name}@${version}\`
- The "Get the code" configurator: ${pages.configurator}

### Files

- \`cmhw-widgets.js\`: the single file, and \`cmhw-widgets.js.sha384\`, its SHA-384 (\`sha384sum -c cmhw-widgets.js.sha384\`)
- \`${zip}\`: for a school's own web space, with the iframe page and a one-page HOW-TO
- \`${wordpressZip}\`: the WordPress plugin (Plugins → Add New → Upload Plugin)
`;
}

export function releaseAssets({ tag, out = join(root, 'dist/release'), changelog } = {}) {
  out = resolve(out);
  const addresses = releaseAddresses();
  const notes = `${releaseNotes({ tag, version: addresses.version, changelogFile: changelog }).trimEnd()}\n\n${addressNotes(addresses)}`;
  const inputs = {
    [KIT_FILE]: 'cmhw-widgets.js',
    [`dist/${addresses.zip}`]: addresses.zip,
    'dist/cmhw-widgets-wordpress.zip': addresses.wordpressZip,
  };
  for (const file of Object.keys(inputs))
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build first.`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  for (const [from, to] of Object.entries(inputs)) copyFileSync(join(root, from), join(out, 'assets', to));
  writeFileSync(join(out, 'assets/cmhw-widgets.js.sha384'), `${addresses.sha384}  cmhw-widgets.js\n`);
  writeFileSync(join(out, 'notes.md'), notes);
  // The package as npm publishes it, packed once (no scripts: the build is the one just tested).
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: root, encoding: 'utf8' }),
  );
  const tarball = join(out, basename(packed.filename));
  if (!packed.files.some((file) => file.path === KIT_FILE)) throw new Error(`the packed package has no ${KIT_FILE}`);

  const outputs = {
    version: addresses.version,
    tag: addresses.tag,
    tarball: basename(tarball),
    'dist-tag': addresses.distTag,
    prerelease: String(addresses.prerelease),
    integrity: addresses.integrity,
  };
  if (process.env.GITHUB_OUTPUT)
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      Object.entries(outputs)
        .map(([key, value]) => `${key}=${value}\n`)
        .join(''),
    );
  return { ...outputs, tarballPath: tarball, out, notes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { tag: { type: 'string' }, out: { type: 'string' }, changelog: { type: 'string' } } });
  try {
    const result = releaseAssets(values);
    console.log(`Release ${result.version} (npm tag ${result['dist-tag']}): ${result.out}`);
    console.log(`  ${result.tarball}, notes.md, assets/`);
  } catch (error) {
    console.error(`release:assets: ${error.message}`);
    process.exitCode = 1;
  }
}
