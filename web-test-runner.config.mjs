// Tests run in headless Chromium from Debian (CHROME_PATH, or /usr/bin/chromium); nothing downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.mjs';
import { packageCommandsPlugin } from './test/support/package-commands.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `setTimeZone` lets a test run in a given IANA time zone (CDP Emulation.setTimezoneOverride), so one file
 * can check the same instants from London, Los Angeles and Auckland.
 */
const timeZonePlugin = {
  name: 'cmhw-time-zone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-time-zone') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateTimezone(payload.timeZone || undefined);
    return true;
  },
};

/**
 * `cmhw-emulate-media` sets CSS media features such as `forced-colors: active` (Windows High Contrast), through CDP:
 * Puppeteer's own emulateMediaFeatures (and so the runner's built-in emulateMedia) accepts only a few names.
 */
const mediaSessions = new Map();
const mediaPlugin = {
  name: 'cmhw-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'cmhw-emulate-media') return undefined;
    // One CDP session per test page: an override set through a session is only cleared through that session.
    if (!mediaSessions.has(session.id)) {
      mediaSessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
    }
    await mediaSessions.get(session.id).send('Emulation.setEmulatedMedia', { features: payload.features });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time: with several, all but one page are background tabs, which report
  // visibilityState "hidden" and have their timers throttled; the shared clock rightly sleeps there.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // target auto: modern Chromium gets JavaScript files byte for byte (built files' integrity hashes are checked).
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    timeZonePlugin,
    mediaPlugin,
    packageCommandsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
