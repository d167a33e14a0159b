// `npm run release:publish -- dist/release/cmhw-widgets-X.Y.Z.tgz`: publishes the tarball that release:assets packed
// (the bytes the tests passed), under npm's `latest` tag (`next` for a prerelease), with provenance. In the release
// workflow npm authenticates through trusted publishing (OIDC): no token exists anywhere.
//
// It can be run again: when the registry already has this version with the same bytes (the one-time first publish
// by hand, or a re-run of the workflow), it says so and publishes nothing; with other bytes it stops (exit 1).
// After publishing it reads the version back until the registry lists it, with a deadline.
//   --no-provenance   for a registry or a machine that cannot make provenance (the tests' stand-in registry)
// No dependency but npm and tar: the workflow's publishing job installs nothing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parseVersion } from './addresses.mjs';

const exec = promisify(execFile);
/** Every npm call gets a deadline: a registry that does not answer fails the step instead of holding it. */
const npm = (args) => exec('npm', args, { timeout: 180_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 });

/** `sha512-…` of a file, as the registry records a tarball's integrity. */
const integrityOfTarball = (file) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;

/** The registry's integrity for name@version, or undefined when it has no such version (or no such package). */
async function publishedIntegrity(name, version) {
  try {
    const { stdout } = await npm(['view', `${name}@${version}`, 'dist.integrity', '--json']);
    // `npm view` prints nothing for a version the package does not have.
    return stdout.trim() ? JSON.parse(stdout) : undefined;
  } catch (error) {
    if (/E404|404 Not Found/.test(`${error.stdout}${error.stderr}`)) return undefined;
    throw new Error(`npm view ${name}@${version} failed: ${`${error.stderr || error.message}`.trim()}`, { cause: error });
  }
}

export async function publish(tarball, { provenance = true, waitSeconds = 120, log = console.log } = {}) {
  const { stdout } = await exec('tar', ['-xzOf', tarball, 'package/package.json'], { timeout: 60_000 });
  const { name, version } = JSON.parse(stdout);
  const tag = parseVersion(version).prerelease ? 'next' : 'latest';
  const integrity = integrityOfTarball(tarball);

  const already = await publishedIntegrity(name, version);
  if (already === integrity) {
    log(`${name}@${version} is already on npm with these exact bytes (${integrity}): nothing to publish.`);
    return { name, version, published: false };
  }
  if (already)
    throw new Error(
      `${name}@${version} is already on npm with other bytes (${already}, here ${integrity}). A version is never replaced: release a new one.`,
    );

  const args = ['publish', tarball, '--access', 'public', '--tag', tag, ...(provenance ? ['--provenance'] : [])];
  log(`npm ${args.join(' ')}`);
  const result = await npm(args);
  if (result.stdout.trim()) log(result.stdout.trim());

  // The registry may take a moment to list a new version.
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const listed = await publishedIntegrity(name, version);
    if (listed === integrity) break;
    if (listed) throw new Error(`${name}@${version} was published, but the registry lists other bytes (${listed}).`);
    if (Date.now() > deadline)
      throw new Error(`${name}@${version} was published, but the registry did not list it within ${waitSeconds} s.`);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  log(`${name}@${version} is on npm under the "${tag}" tag (${integrity}).`);
  return { name, version, published: true, tag };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { provenance: { type: 'boolean', default: true }, 'no-provenance': { type: 'boolean' } },
  });
  if (positionals.length !== 1) {
    console.error(
      'release:publish: give the tarball to publish (dist/release/cmhw-widgets-X.Y.Z.tgz, from npm run release:assets).',
    );
    process.exitCode = 1;
  } else {
    publish(positionals[0], { provenance: values.provenance && !values['no-provenance'] }).catch((error) => {
      console.error(`release:publish: ${error.message}`);
      process.exitCode = 1;
    });
  }
}
