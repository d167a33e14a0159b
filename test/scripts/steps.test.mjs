// The rules every script that starts a server or a browser follows (scripts/steps.mjs), and the site's browser step
// itself (node's test runner): a server closes while a client still holds a connection to it; a step that fails,
// runs past its deadline or is ended by a signal exits non-zero, naming the step, after closing what it opened; a
// step run by `npm test` is ended with everything it started when it runs past its deadline. And the site's browser
// step finishes while a connection to its server is held open (it once waited for ever for such a connection).
// Run by `npm test` after the build and the browsers (scripts/run-tests.mjs); alone: `npm run test:scripts`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serveFolder } from '../../scripts/site/serve.mjs';
import { runCommand, signalStatus, within } from '../../scripts/steps.mjs';
import { runNode as node } from '../support/run-node.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(root, 'test/fixtures/steps/script.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'cmhw-steps-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A connection to `url` that stays open and idle: a keep-alive request answered, its socket kept. */
function holdConnection(url) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ agent, socket: req.socket }));
    });
    req.on('error', reject);
    req.on('socket', (socket) => socket.on('error', () => {}));
    req.end();
  });
}

describe('the site server', () => {
  it('closes while a client holds an idle keep-alive connection and another has sent half a request', async () => {
    const folder = join(scratch, 'served');
    cpSync(join(root, 'test/fixtures/steps'), folder, { recursive: true });
    const server = await serveFolder(folder);
    const held = await holdConnection(new URL('script.mjs', server.url));
    assert.equal(held.socket.destroyed, false, 'the connection is still open before the server closes');
    const { port } = new URL(server.url);
    const half = connect(Number(port), '127.0.0.1');
    // The server ends this connection itself when it closes: a reset here is the expected outcome.
    half.on('error', () => {});
    await new Promise((resolve) => half.once('connect', resolve));
    half.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const halfClosed = new Promise((resolve) => half.once('close', resolve));
    try {
      await within(5_000, 'closing the server with connections held', server.close());
      await within(5_000, 'the half request being ended', halfClosed);
    } finally {
      // Were the server still waiting for them, this lets it (and the test) end.
      held.agent.destroy();
      half.destroy();
    }
  });
});

describe('a step run through runScript', () => {
  it('exits 0 when it is done, after closing what it opened', async () => {
    const { code, stdout } = await node([FIXTURE, 'done']);
    assert.equal(code, 0);
    assert.match(stdout, /closed: the site server/);
  });

  it('exits 1 when it fails, saying why, after closing what it opened', async () => {
    const { code, stdout, stderr } = await node([FIXTURE, 'throw']);
    assert.equal(code, 1);
    assert.match(stderr, /fixture: the step failed on purpose/);
    assert.match(stdout, /closed: the site server/);
  });

  it('exits 1 past a step deadline, naming the step and its page', async () => {
    const { code, stdout, stderr } = await node([FIXTURE, 'hang']);
    assert.equal(code, 1);
    assert.match(stderr, /fixture: the page countdown\/: no answer within 0\.3 s/);
    assert.match(stdout, /closed: the site server/);
  });

  it("exits 1 past the script's own deadline", async () => {
    const { code, stdout, stderr } = await node([FIXTURE, 'forever'], { env: { FIXTURE_DEADLINE_MS: '500' } });
    assert.equal(code, 1);
    assert.match(stderr, /fixture: not finished within 0\.5 s/);
    assert.match(stdout, /closed: the site server/);
  });

  for (const signal of ['SIGTERM', 'SIGINT']) {
    it(`exits ${signalStatus(signal)} when ${signal} ends it, after closing what it opened`, async () => {
      const { code, stdout, stderr } = await node([FIXTURE, 'forever'], {
        onLine: (line, child) => line.startsWith('listening:') && child.kill(signal),
      });
      assert.equal(code, signalStatus(signal));
      assert.match(stderr, new RegExp(`fixture: stopped by ${signal}`));
      assert.match(stdout, /closed: the site server/);
    });
  }
});

describe('a step of npm test (runCommand)', () => {
  it("gives the step's own exit status", async () => {
    assert.equal(await runCommand('node', ['-e', 'process.exit(3)'], { deadlineMs: 30_000 }), 3);
    assert.equal(await runCommand('node', ['-e', ''], { deadlineMs: 30_000 }), 0);
  });

  it('fails a step that a signal ended, even one that its own signal ended', async () => {
    const status = await runCommand('node', ['-e', "process.kill(process.pid, 'SIGKILL')"], { deadlineMs: 30_000 });
    assert.equal(status, signalStatus('SIGKILL'));
  });

  it('ends a step past its deadline with everything it started, and fails it', async () => {
    const pids = join(scratch, 'pids');
    // A shell that starts a child of its own and waits: both must be gone once the deadline has passed.
    const status = await runCommand('sh', ['-c', `sleep 600 & echo $$ $! > ${pids}; wait`], { deadlineMs: 1_000 });
    assert.equal(status, 1);
    const alive = (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const [shell, sleeper] = readFileSync(pids, 'utf8').trim().split(' ').map(Number);
    // SIGTERM reaches the whole group at the deadline; each process has then up to its own exit to go.
    await within(15_000, 'the step and its child ending', async () => {
      while (alive(shell) || alive(sleeper)) await new Promise((resolve) => setTimeout(resolve, 50));
    });
  });
});

describe("the site's browser step (scripts/site/finish.mjs)", () => {
  const site = join(root, 'site');

  /** A script that runs the step on `copy` through runScript, as `npm run site:finish` does, with `onServer`. */
  function runnerFor(copy, onServer) {
    const runner = join(scratch, `finish-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(
      runner,
      `import { Agent, request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { finishSite } from ${JSON.stringify(join(root, 'scripts/site/finish.mjs'))};
import { runScript } from ${JSON.stringify(join(root, 'scripts/steps.mjs'))};
const agent = new Agent({ keepAlive: true });
const hold = (url) =>
  new Promise((resolve) => request(url, { agent }, (response) => { response.resume(); response.on('end', resolve); }).end());
await runScript('site:finish', (scope) =>
  finishSite(scope, { site: pathToFileURL(${JSON.stringify(`${copy}/`)}), onServer: ${onServer} }),
);`,
    );
    return runner;
  }

  /** A copy of the built site: the tests must not change the one the other tests read. */
  function siteCopy(name) {
    assert.ok(existsSync(join(site, 'index.html')), 'the site is built (npm run build)');
    assert.ok(
      existsSync(process.env.CHROME_PATH || '/usr/bin/chromium'),
      "Debian's Chromium is installed (scripts/ensure-browser.sh)",
    );
    const copy = join(scratch, name);
    cpSync(site, copy, { recursive: true });
    rmSync(join(copy, 'social.png'), { force: true });
    return copy;
  }
  it('finishes while a client holds a connection to its server, and writes every table and the preview image', async (t) => {
    assert.ok(existsSync(join(site, 'index.html')), 'the site is built (npm run build)');
    assert.ok(
      existsSync(process.env.CHROME_PATH || '/usr/bin/chromium'),
      "Debian's Chromium is installed (scripts/ensure-browser.sh)",
    );
    const copy = siteCopy('site-held');
    // A client that keeps its connection open and never lets it go.
    const runner = runnerFor(copy, 'hold');
    const { code, stdout, stderr } = await within(180_000, 'the site step with a connection held', node([runner]));
    t.diagnostic(stdout.trim().split('\n').slice(-2).join(' / '));
    assert.equal(code, 0, stderr);
    assert.ok(existsSync(join(copy, 'social.png')), 'the preview image is written');
    for (const page of ['countdown', 'tip-card', 'banner']) {
      const html = readFileSync(join(copy, page, 'index.html'), 'utf8');
      assert.match(html, /<!-- cmhw:heard --><div class="table-scroll heard"[\s\S]*?<\/table><\/div><!-- \/cmhw:heard -->/, page);
    }
  });

  it('fails when SIGTERM ends it in the middle (Chromium is closed, and the step does not carry on to a success)', async () => {
    const copy = siteCopy('site-stopped');
    // Stopped once its server listens, with Chromium running: as a hung step ended by hand would be.
    const runner = runnerFor(copy, "() => process.kill(process.pid, 'SIGTERM')");
    const { code, stderr } = await within(180_000, 'the site step stopped by SIGTERM', node([runner]));
    assert.equal(code, signalStatus('SIGTERM'), stderr);
    assert.match(stderr, /site:finish: stopped by SIGTERM/);
  });
});
