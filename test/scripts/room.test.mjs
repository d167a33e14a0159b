// `npm run room` (scripts/room/room.mjs) starts a file server and Chromium through scripts/steps.mjs: ended by a
// signal while it measures, it closes Chromium and fails; given nothing to measure, it fails and says why. Run by
// `npm test` after the build and the browsers (scripts/run-tests.mjs); alone: `npm run test:scripts`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { signalStatus, within } from '../../scripts/steps.mjs';
import { runNode } from '../support/run-node.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cmhw-room-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The room script with `args`; `onLine(line, child)` sees each line it prints. Resolves with its status and output. */
const room = (args, onLine) => runNode(['scripts/room/room.mjs', ...args], { onLine });

/** The processes started by `pid` (Chromium and its helpers), by `ps`. */
const childrenOf = (pid) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm run room', () => {
  it('stopped by SIGTERM while it measures: closes Chromium, writes no table and exits 143', async () => {
    assert.ok(existsSync(join(root, 'site/configurator/index.html')), 'the site is built (npm run build)');
    const out = join(scratch, 'ROOM.md');
    let started = [];
    const { code, stderr } = await within(
      120_000,
      'the room script stopped by SIGTERM',
      room(['--out', out], (line, child) => {
        // Its cases are listed once Chromium runs and the configurator has been read: stop it there.
        if (/^room: \d+ cases in Chromium/.test(line)) {
          started = childrenOf(child.pid);
          child.kill('SIGTERM');
        }
      }),
    );
    assert.equal(code, signalStatus('SIGTERM'), stderr);
    assert.match(stderr, /room: stopped by SIGTERM/);
    assert.ok(started.length > 0, 'Chromium was running when the signal came');
    assert.deepEqual(started.filter(alive), [], 'what the script started is gone');
    assert.equal(existsSync(out), false, 'no table is written from a run that did not finish');
  });

  it('fails, saying why, when the checkout it is given has nothing built', async () => {
    const empty = mkdtempSync(join(scratch, 'empty-'));
    const { code, stderr } = await within(
      60_000,
      'the room script on an empty folder',
      room(['--root', empty, '--out', join(empty, 'ROOM.md')]),
    );
    assert.equal(code, 1);
    assert.match(stderr, /^room: ENOENT: no such file or directory, open '.*README\.md'/m);
  });
});
