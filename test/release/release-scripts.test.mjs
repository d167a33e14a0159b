// The npm scripts the release workflow calls (.github/workflows/release.yml), run here as it runs them, on this
// build (`npm run build` first), with local stand-ins for what only a real release reaches: a CHANGELOG with a
// dated section, a registry on 127.0.0.1 for `npm publish`, locally packed tarballs for the published versions, and
// a server on 127.0.0.1 for jsDelivr's hosts. No request leaves the machine. Every server closes on every path.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PAGE_FILES, releaseAddresses } from '../../scripts/release/addresses.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { version } = pkg;
const addresses = releaseAddresses();

/** `npm run <script> -- ...args`, as the workflow runs it: resolves to its exit code and output, never throws. */
async function npmRun(script, args = [], env = {}) {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '--silent', script, '--', ...args], {
      cwd: root,
      // No check for a newer npm: nothing here asks the registry but the stand-ins.
      env: { ...process.env, npm_config_update_notifier: 'false', ...env },
      timeout: 300_000,
      killSignal: 'SIGKILL',
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) };
  }
}

/** A server on 127.0.0.1 for one test: `handle(request, body)` answers; closed by `close()` on every path. */
async function localServer(handle) {
  const requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: request.method, url: request.url, body });
      const { status = 200, type = 'application/json', data = '' } = handle(request, body) ?? { status: 404 };
      response
        .writeHead(status, { 'content-type': type })
        .end(typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'cmhw-release-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A Keep a Changelog file in which this version has been released on a date. */
const changelog = join(scratch, 'CHANGELOG.md');
writeFileSync(
  changelog,
  `# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Something still to come.\n\n## [${version}] - 2027-01-15\n\n### Added\n\n- The widgets.\n\n## [0.0.1] - 2026-01-01\n\n- An older one.\n\n[${version}]: https://example.org/compare\n`,
);

describe('npm run release:notes', () => {
  it("prints CHANGELOG.md's section for the version of the tag", async () => {
    const { code, stdout } = await npmRun('release:notes', ['--tag', `v${version}`, '--changelog', changelog]);
    assert.equal(code, 0);
    assert.equal(stdout, '### Added\n\n- The widgets.\n');
  });

  it('stops when the tag is not the version in package.json', async () => {
    const { code, stderr } = await npmRun('release:notes', ['--tag', 'v9.9.9', '--changelog', changelog]);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`v9\\.9\\.9 is not v${version.replaceAll('.', '\\.')}`));
  });

  it('stops when the version has no section, or one with no date (not released yet)', async () => {
    const undated = join(scratch, 'undated.md');
    writeFileSync(undated, `# Changelog\n\n## [Unreleased]\n\n- A.\n\n## [${version}] - not yet published\n\n- B.\n`);
    const missing = join(scratch, 'missing.md');
    writeFileSync(missing, '# Changelog\n\n## [Unreleased]\n\n- A.\n');
    const [noDate, noSection] = await Promise.all([
      npmRun('release:notes', ['--changelog', undated]),
      npmRun('release:notes', ['--changelog', missing]),
    ]);
    assert.equal(noDate.code, 1);
    assert.match(noDate.stderr, /has no release date/);
    assert.equal(noSection.code, 1);
    assert.match(noSection.stderr, /has no section for/);
  });
});

describe('npm run release:assets', () => {
  const out = join(scratch, 'release');
  const outputs = join(scratch, 'github-output');
  let result;
  before(async () => {
    result = await npmRun('release:assets', ['--tag', `v${version}`, '--changelog', changelog, '--out', out], {
      GITHUB_OUTPUT: outputs,
    });
  });

  it("writes the tarball, the notes and the GitHub Release's files, from this build", () => {
    assert.equal(result.code, 0, result.stderr);
    const asset = (name) => readFileSync(join(out, 'assets', name));
    assert.ok(asset('cmhw-widgets.js').equals(readFileSync(join(root, 'dist/cmhw-widgets.js'))));
    assert.equal(asset('cmhw-widgets.js.sha384').toString(), `${addresses.sha384}  cmhw-widgets.js\n`);
    assert.equal(addresses.sha384, createHash('sha384').update(asset('cmhw-widgets.js')).digest('hex'));
    assert.ok(asset(addresses.zip).equals(readFileSync(join(root, 'dist', addresses.zip))));
    assert.ok(asset(addresses.wordpressZip).equals(readFileSync(join(root, 'dist/cmhw-widgets-wordpress.zip'))));
    assert.ok(readFileSync(join(out, `cmhw-widgets-${version}.tgz`)).length > 10_000);
  });

  it("notes: the CHANGELOG's section, then the pinned address with its integrity hash, the evergreen one and the files", () => {
    const notes = readFileSync(join(out, 'notes.md'), 'utf8');
    assert.ok(notes.startsWith('### Added\n\n- The widgets.\n'));
    assert.ok(
      notes.includes(
        `src="https://cdn.jsdelivr.net/npm/cmhw-widgets@${version}/dist/cmhw-widgets.js" integrity="${addresses.integrity}"`,
      ),
    );
    assert.ok(notes.includes('`https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js`'));
    assert.ok(notes.includes(`https://cmhw-widgets.github.io/cmhw-widgets/v${version}/embed.html`));
    for (const file of ['cmhw-widgets.js', 'cmhw-widgets.js.sha384', addresses.zip, addresses.wordpressZip])
      assert.ok(notes.includes(`\`${file}\``), file);
    assert.doesNotMatch(notes, /Something still to come|An older one/);
  });

  it("gives the workflow's later jobs the version, the tarball's name and npm's tag", () => {
    assert.deepEqual(readFileSync(outputs, 'utf8').trim().split('\n'), [
      `version=${version}`,
      `tag=v${version}`,
      `tarball=cmhw-widgets-${version}.tgz`,
      'dist-tag=latest',
      'prerelease=false',
      `integrity=${addresses.integrity}`,
    ]);
  });

  it('stops on a tag that is not the version', async () => {
    const { code, stderr } = await npmRun('release:assets', [
      '--tag',
      'v0.0.0',
      '--changelog',
      changelog,
      '--out',
      join(scratch, 'no'),
    ]);
    assert.equal(code, 1);
    assert.match(stderr, /is not v/);
  });

  describe('npm run release:publish, to a registry standing in on 127.0.0.1', () => {
    let registry;
    let published;
    let env;
    before(async () => {
      published = undefined;
      registry = await localServer((request, body) => {
        const name = decodeURIComponent(request.url.slice(1).split('?')[0]);
        if (name !== pkg.name) return { status: 404, data: { error: 'Not found' } };
        if (request.method === 'PUT') {
          published = JSON.parse(body.toString('utf8'));
          return { data: { ok: true } };
        }
        if (!published) return { status: 404, data: { error: 'Not found' } };
        const manifest = published.versions[version];
        return {
          data: {
            name: pkg.name,
            'dist-tags': published['dist-tags'],
            versions: { [version]: { ...manifest, dist: { ...manifest.dist, tarball: `${registry.origin}/t.tgz` } } },
          },
        };
      });
      // A user configuration of its own: this registry, and a token for it (the workflow has none: OIDC).
      const npmrc = join(scratch, 'npmrc');
      writeFileSync(npmrc, `registry=${registry.origin}/\n//127.0.0.1:${new URL(registry.origin).port}/:_authToken=stand-in\n`);
      env = {
        npm_config_userconfig: npmrc,
        npm_config_registry: `${registry.origin}/`,
        npm_config_cache: join(scratch, 'npm-cache'),
      };
    });
    after(() => registry.close());

    it('publishes the exact tarball under the latest tag, then finds it listed', async () => {
      const tarball = join(out, `cmhw-widgets-${version}.tgz`);
      const { code, stdout, stderr } = await npmRun('release:publish', [tarball, '--no-provenance'], env);
      assert.equal(code, 0, stderr);
      assert.match(
        stdout,
        new RegExp(`npm publish .*cmhw-widgets-${version.replaceAll('.', '\\.')}\\.tgz --access public --tag latest`),
      );
      assert.deepEqual(published['dist-tags'], { latest: version });
      const [attachment] = Object.values(published._attachments);
      assert.ok(Buffer.from(attachment.data, 'base64').equals(readFileSync(tarball)), 'the bytes of the tarball');
      assert.equal(published.access, 'public');
    });

    it('publishes nothing when the registry has the version with the same bytes (the first publish by hand, a re-run)', async () => {
      const puts = registry.requests.filter((request) => request.method === 'PUT').length;
      const { code, stdout } = await npmRun(
        'release:publish',
        [join(out, `cmhw-widgets-${version}.tgz`), '--no-provenance'],
        env,
      );
      assert.equal(code, 0);
      assert.match(stdout, /already on npm with these exact bytes/);
      assert.equal(registry.requests.filter((request) => request.method === 'PUT').length, puts);
    });

    it('stops when the registry has the version with other bytes', async () => {
      published.versions[version].dist.integrity = 'sha512-other';
      const { code, stderr } = await npmRun(
        'release:publish',
        [join(out, `cmhw-widgets-${version}.tgz`), '--no-provenance'],
        env,
      );
      assert.equal(code, 1);
      assert.match(stderr, /already on npm with other bytes/);
    });
  });
});

describe('npm run release:pages, with locally packed tarballs standing in for the published versions', () => {
  const tarballs = join(scratch, 'tarballs');
  const pages = join(scratch, 'pages');

  /** Packs a stand-in of an earlier version: its files say which version they are. */
  async function packStandIn(standInVersion, { withKit = true } = {}) {
    const folder = join(scratch, `stand-in-${standInVersion}`);
    mkdirSync(join(folder, 'dist'), { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: pkg.name, version: standInVersion, files: ['dist'] }));
    if (withKit) for (const file of PAGE_FILES) writeFileSync(join(folder, 'dist', file), `/* ${file} of ${standInVersion} */\n`);
    else writeFileSync(join(folder, 'dist', 'README.txt'), 'a placeholder\n');
    await exec('npm', ['pack', '--ignore-scripts', '--pack-destination', tarballs], { cwd: folder, timeout: 120_000 });
  }

  before(async () => {
    mkdirSync(tarballs, { recursive: true });
    await packStandIn('0.0.1');
    await packStandIn('0.0.2');
    await packStandIn('0.0.3-beta.1');
    await packStandIn('0.0.0', { withKit: false });
  });

  it("is the built site, this version's folders, and a folder for every earlier release from its tarball", async () => {
    const { code, stdout, stderr } = await npmRun('release:pages', ['--tarballs', tarballs, '--out', pages]);
    assert.equal(code, 0, stderr);
    const file = (path) => readFileSync(join(pages, path));
    assert.ok(file('index.html').equals(readFileSync(join(root, 'site/index.html'))));
    assert.ok(file('configurator/index.html').length > 0);
    for (const name of PAGE_FILES) {
      assert.ok(file(`v${version}/${name}`).equals(readFileSync(join(root, 'dist', name))), `v${version}/${name}`);
      // The evergreen folder of major version 0 holds the newest 0.x: this one.
      assert.ok(file(`v0/${name}`).equals(readFileSync(join(root, 'dist', name))), `v0/${name}`);
      assert.equal(file(`v0.0.1/${name}`).toString(), `/* ${name} of 0.0.1 */\n`);
      assert.equal(file(`v0.0.2/${name}`).toString(), `/* ${name} of 0.0.2 */\n`);
    }
    assert.ok(file(`v${version}/${addresses.zip}`).length > 0, "this version's school download");
    // A prerelease gets no folder, nor does a version without the kit's file (a placeholder).
    assert.throws(() => file('v0.0.3-beta.1/cmhw-widgets.js'), /ENOENT/);
    assert.throws(() => file('v0.0.0/cmhw-widgets.js'), /ENOENT/);
    assert.match(stdout, /v0\.0\.0: no dist\/cmhw-widgets\.js/);
  });

  it('stops when a newer version than this one is published (the site would go back)', async () => {
    await packStandIn('99.0.0');
    const { code, stderr } = await npmRun('release:pages', ['--tarballs', tarballs, '--out', join(scratch, 'pages-newer')]);
    assert.equal(code, 1);
    assert.match(stderr, /99\.0\.0 is newer than/);
    rmSync(join(tarballs, `${pkg.name}-99.0.0.tgz`));
  });
});

describe('npm run release:purge', () => {
  it('--dry-run prints the exact addresses it checks and purges', async () => {
    const { code, stdout } = await npmRun('release:purge', ['--dry-run']);
    assert.equal(code, 0);
    assert.deepEqual(stdout.trim().split('\n'), [
      `check  https://cdn.jsdelivr.net/npm/cmhw-widgets@${version}/dist/cmhw-widgets.js  ${addresses.integrity}`,
      'purge  https://purge.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js',
      'purge  https://purge.jsdelivr.net/npm/cmhw-widgets@0/dist/embed.html',
      'purge  https://purge.jsdelivr.net/npm/cmhw-widgets@0/dist/embed.js',
      'purge  https://purge.jsdelivr.net/npm/cmhw-widgets@0/dist/embed.css',
      `check  https://cdn.jsdelivr.net/npm/cmhw-widgets@0/dist/cmhw-widgets.js  ${addresses.integrity}`,
    ]);
  });

  /** jsDelivr on 127.0.0.1: the pinned file, once fetched from npm; the evergreen one, stale until purged enough. */
  const standIn = ({ pinnedAfter = 1, freshAfterPurges = 2, pinnedBytes } = {}) => {
    const kit = readFileSync(join(root, 'dist/cmhw-widgets.js'));
    let pinnedAsks = 0;
    let purges = 0;
    let throttledOnce = false;
    return (request) => {
      const path = request.url;
      if (path === `/cdn/npm/cmhw-widgets@${version}/dist/cmhw-widgets.js`) {
        pinnedAsks += 1;
        return pinnedAsks <= pinnedAfter
          ? { status: 404, data: 'Not found' }
          : { type: 'text/javascript', data: pinnedBytes ?? kit };
      }
      if (path === '/cdn/npm/cmhw-widgets@0/dist/cmhw-widgets.js')
        return {
          type: 'text/javascript',
          data: purges >= freshAfterPurges * PAGE_FILES.length ? kit : Buffer.from('/* the previous release */'),
        };
      if (path.startsWith('/purge/npm/cmhw-widgets@0/dist/')) {
        const key = path.slice('/purge'.length);
        if (!throttledOnce) {
          throttledOnce = true;
          return { data: { id: 'a', status: 'finished', paths: { [key]: { throttled: true } } } };
        }
        purges += 1;
        return {
          data: { id: 'b', status: 'finished', paths: { [key]: { throttled: false, providers: { CF: true, FY: true } } } },
        };
      }
      return { status: 404, data: 'Not found' };
    };
  };
  /** Runs release:purge against the stand-in (with a deadline of `deadline` seconds); the server closes on every path. */
  async function purgeAgainst(options, deadline = 60) {
    const server = await localServer(standIn(options));
    try {
      const hosts = ['--cdn-origin', `${server.origin}/cdn`, '--purge-origin', `${server.origin}/purge`];
      const result = await npmRun('release:purge', [...hosts, '--retry-seconds', '0.05', '--deadline-seconds', String(deadline)]);
      return {
        ...result,
        purged: server.requests.filter((request) => request.url.startsWith('/purge/')).map((request) => request.url),
      };
    } finally {
      await server.close();
    }
  }

  it('waits for the pinned file, purges every evergreen address (again when throttled or stale), then finds this release there', async () => {
    const { code, stdout, stderr, purged } = await purgeAgainst({});
    assert.equal(code, 0, stderr);
    assert.match(stdout, /ok {5}http:\/\/127\.0\.0\.1:\d+\/cdn\/npm\/cmhw-widgets@0\/dist\/cmhw-widgets\.js serves/);
    for (const file of PAGE_FILES) assert.ok(purged.includes(`/purge/npm/cmhw-widgets@0/dist/${file}`), file);
    // Twice over (the stand-in is stale after one round), and once more for the throttled answer.
    assert.equal(purged.length, 2 * PAGE_FILES.length + 1);
  });

  it('stops at once when the pinned address serves other bytes than the build', async () => {
    const { code, stderr, purged } = await purgeAgainst({ pinnedAfter: 0, pinnedBytes: Buffer.from('/* tampered */') });
    assert.equal(code, 1);
    assert.match(stderr, /serves other bytes/);
    assert.deepEqual(purged, []);
  });

  it('fails at its deadline when the evergreen address never serves this release', async () => {
    const { code, stderr } = await purgeAgainst({ freshAfterPurges: Infinity }, 2);
    assert.equal(code, 1);
    assert.match(stderr, /cmhw-widgets@0\/dist\/cmhw-widgets\.js: still sha384-.* after 2 s/);
  });
});
