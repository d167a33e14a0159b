// WebKit for the project's tests and scripts: WebKitGTK's MiniBrowser, driven through WebKitWebDriver (Debian's
// webkit2gtk-driver), which this module starts on a free port and stops. It needs a display (`xvfb-run -a`).
// Used by the test engines (test/support/browsers.mjs) and by `npm run room:heights` (scripts/room/heights.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || 'WebKitWebDriver';
export const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The WebDriver capabilities of a MiniBrowser session (plain WebDriver: WebKitWebDriver has no BiDi). */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
};

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, driver, deadline) {
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`${WEBKIT_DRIVER} exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${WEBKIT_DRIVER} did not answer at ${url} in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts WebKitWebDriver on a free port of 127.0.0.1, with `env` added to this process's (TZ, say), once it answers.
 * Resolves to `{ port, stop }`; `stop()` ends the driver (SIGTERM, then SIGKILL) and resolves once it has exited.
 */
export async function startWebKitDriver({ env = {} } = {}) {
  if (!process.env.DISPLAY) {
    throw new Error('WebKit needs a display: run it under `xvfb-run -a` (as the npm scripts that use WebKit do).');
  }
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Gone once it exits, or once it could not start at all (then no exit follows).
  const exited = new Promise((resolve) => {
    driver.once('exit', resolve);
    driver.once('error', resolve);
  });
  const kill = () => driver.kill();
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (driver.exitCode === null && driver.signalCode === null) {
      driver.kill();
      // A driver that does not end on SIGTERM within 5 s is killed.
      const timer = setTimeout(() => driver.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (error) => reject(new Error(`Could not start ${WEBKIT_DRIVER}: ${error.message}`)));
    });
    await waitForDriver(`http://127.0.0.1:${port}`, driver, Date.now() + 20_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}
