// The generated-file check that keeps every published snippet's address, version and integrity hash equal to the
// build (`npm run snippets -- --check --built`, which `npm test` runs once it has built), so that a release cannot
// ship a stale hash: on a scratch copy of what it reads, it passes as committed, and fails, naming what to run,
// when the built file or package.json's version moves without the snippets. Before a build (`npm run lint`), it
// checks everything but the hash. Run by `npm test` after the build; alone: `npm run test:release`.
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(root, 'scripts/room/snippets.mjs');
const FILES = ['package.json', 'README.md', 'docs/embedding.md', 'wordpress/includes/room.json', 'dist/cmhw-widgets.js'];
const scratch = mkdtempSync(join(tmpdir(), 'cmhw-snippets-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** `node scripts/room/snippets.mjs …args --root <scratch>`: its exit code and output. */
const check = (...args) =>
  new Promise((resolve) => {
    execFile('node', [SCRIPT, ...args, '--root', scratch], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('the snippets check (npm run snippets -- --check)', () => {
  beforeEach(() => {
    for (const file of FILES) {
      mkdirSync(join(scratch, file, '..'), { recursive: true });
      cpSync(join(root, file), join(scratch, file));
    }
  });

  it("passes on the committed snippets and this build: jsDelivr's address of package.json's version, with the built file's hash", async () => {
    const result = await check('--check', '--built');
    assert.equal(result.code, 0, result.stderr);
    const readme = readFileSync(join(scratch, 'README.md'), 'utf8');
    const { version } = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8'));
    assert.match(
      readme,
      new RegExp(
        `src="https://cdn\\.jsdelivr\\.net/npm/cmhw-widgets@${version.replaceAll('.', '\\.')}/dist/cmhw-widgets\\.js" integrity="sha384-`,
      ),
    );
  });

  it('fails when the built file changed and the snippets still carry the old hash', async () => {
    appendFileSync(join(scratch, 'dist/cmhw-widgets.js'), '\n// one more line\n');
    const result = await check('--check', '--built');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /README\.md, docs\/embedding\.md stale .*run `npm run build && npm run snippets`/);
    // Written again, they carry the new hash and pass.
    assert.equal((await check()).code, 0);
    assert.equal((await check('--check', '--built')).code, 0);
  });

  it('fails when package.json has a new version and the snippets still name the old one, even before a build', async () => {
    const pkg = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ ...pkg, version: '0.99.0' }));
    rmSync(join(scratch, 'dist'), { recursive: true });
    const result = await check('--check');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /README\.md, docs\/embedding\.md stale .*version 0\.99\.0/);
  });

  it('before a build, checks everything but the hash; with --built, or to write, it needs the build', async () => {
    rmSync(join(scratch, 'dist'), { recursive: true });
    assert.equal((await check('--check')).code, 0);
    const strict = await check('--check', '--built');
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /dist\/cmhw-widgets\.js is missing: run `npm run build` first/);
    assert.equal((await check()).code, 1);
  });
});
