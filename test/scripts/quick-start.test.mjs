// The README's first command, `npm start`, as a newcomer runs it: the dev server starts, the bare address leads to the
// demo, and the demo's widgets run in Chromium (node's test runner and playwright-core). The server is stopped with
// everything it started, on every path. Run by `npm test` after the browsers are installed (scripts/run-tests.mjs);
// alone: `npm run test:scripts`.
// The function given to page.waitForFunction() runs in the page, where this is defined.
/* global customElements */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { within } from '../../scripts/steps.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A free TCP port on 127.0.0.1. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

describe('npm start', () => {
  let server;
  let output = '';
  let origin;
  let browser;

  before(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // In a process group of its own, so that stopping it stops Vite too (npm runs it in a shell).
    server = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], { cwd: root, detached: true });
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    // Starting may build the kit first (a fresh clone has no dist/ yet): a minute or two on a busy machine.
    await within(240_000, `npm start: the dev server answering on ${origin}`, async () => {
      for (;;) {
        if (server.exitCode !== null) throw new Error(`npm start exited (${server.exitCode}):\n${output}`);
        try {
          if ((await fetch(`${origin}/demo/`)).ok) return;
        } catch {
          // not yet listening
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      const late = setTimeout(() => process.kill(-server.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    }
  });

  it('sends the bare address to the demo', async () => {
    const response = await fetch(`${origin}/`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/demo/');
  });

  it('shows the demo with its widgets running, and nothing in the console but what the page says', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await within(120_000, 'npm start: the demo page', async () => {
      await page.goto(`${origin}/demo/`);
      await page.waitForFunction(() => customElements.get('cmhw-banner') !== undefined);
    });
    const heading = await page.locator('cmhw-banner').getByRole('heading').first().textContent();
    assert.match(heading, /Let's Connect|Let’s Connect/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
