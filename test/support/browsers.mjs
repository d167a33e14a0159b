// The three engines the suite runs in, all from Debian's packages (nothing downloads a browser of its own):
//   Chromium     /usr/bin/chromium (or CHROME_PATH), driven by puppeteer-core over the DevTools protocol
//   Firefox ESR  /usr/bin/firefox-esr (or FIREFOX_PATH), driven by puppeteer-core over WebDriver BiDi
//   WebKit       WebKitGTK's MiniBrowser, driven through WebKitWebDriver, which the launcher below starts and
//                stops itself (scripts/webkit-driver.mjs); it needs a display (`xvfb-run -a` in the npm scripts)
import * as puppeteerCore from 'puppeteer-core';
import { ChromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from '../../scripts/webkit-driver.mjs';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const defaultContext = ({ browser }) => browser.defaultBrowserContext();
const newPage = ({ context }) => context.newPage();

/** A puppeteer-driven engine, named for the report ("Chromium", "Firefox"). */
class PuppeteerEngine extends ChromeLauncher {
  constructor(name, launchOptions) {
    // puppeteer-core is passed as the launcher's "custom puppeteer": it launches the given executable and nothing else.
    super(launchOptions, defaultContext, newPage, puppeteerCore, undefined);
    this.name = name;
    /** The engine's version once it has started (for the report). */
    this.version = undefined;
    /** Both protocols can set a page's time zone (CDP Emulation.setTimezoneOverride, BiDi emulation.setTimezoneOverride). */
    this.switchesTimeZone = true;
  }

  async launchBrowser(options) {
    const browser = await super.launchBrowser(options);
    this.version = (await browser.version()).replace(/^\D*\//, '');
    return browser;
  }

  async setTimeZone(sessionId, timeZone) {
    await this.getPage(sessionId).emulateTimezone(timeZone || undefined);
    return true;
  }

  /**
   * Opens `url` as a visitor does: a page of its own (not in a frame), in a new browser context (nothing cached,
   * nothing stored), with a viewport of `width` × `height`. Answers what `expression`, awaited in the page once it
   * has loaded, gives. The context is closed on every path; past `timeout` ms the visit fails.
   */
  async visit(sessionId, { url, width, height, expression, timeout }) {
    const context = await this.getPage(sessionId).browser().createBrowserContext();
    let timer;
    try {
      const visiting = (async () => {
        const page = await context.newPage();
        await page.setViewport({ width, height });
        await page.goto(url, { waitUntil: 'load', timeout });
        return page.evaluate(expression);
      })();
      const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${url}: the visit took over ${timeout} ms`)), timeout);
      });
      return await Promise.race([visiting, deadline]);
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }

  /** CSS media features such as `forced-colors: active`; an empty list resets them. Answers whether it could. */
  async emulateMedia(sessionId, features) {
    const page = this.getPage(sessionId);
    if (this.launchOptions.browser === 'chrome') {
      // Through CDP: puppeteer's own emulateMediaFeatures accepts only a few names. One CDP session per page,
      // since an override set through a session is only cleared through that session.
      this.mediaSessions ??= new Map();
      if (!this.mediaSessions.has(sessionId)) this.mediaSessions.set(sessionId, await page.createCDPSession());
      await this.mediaSessions.get(sessionId).send('Emulation.setEmulatedMedia', { features });
      return true;
    }
    try {
      await page.emulateMediaFeatures(features.length > 0 ? features : undefined);
      return true;
    } catch {
      return false;
    }
  }
}

export function chromium() {
  return new PuppeteerEngine('Chromium', {
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

export function firefox() {
  return new PuppeteerEngine('Firefox', {
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // No update checks, telemetry or other calls home: the machine reaches no such host.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // Keep timers of the (only) test page at full speed.
      'dom.min_background_timeout_value': 0,
    },
  });
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver. The launcher starts its own driver on a free port when the
 * first test file needs it and stops it at the end. WebDriver cannot change a page's time zone, so a launcher
 * can be given one: the driver and the browser it starts then run with that TZ.
 */
class WebKitEngine extends WebdriverLauncher {
  #driver;
  #ready;

  constructor({ timeZone } = {}) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set when the driver starts
      logLevel: 'error',
      capabilities: WEBKIT_CAPABILITIES,
    });
    /** The zone the driver and its browser run in (TZ); undefined: the machine's. */
    this.timeZone = timeZone;
    this.switchesTimeZone = false;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = this.timeZone ? `WebKit (TZ=${this.timeZone})` : 'WebKit';
  }

  async startSession(id, url) {
    this.#ready ??= this.#startDriver();
    await this.#ready;
    await super.startSession(id, url);
    this.version ??= this.driver?.capabilities?.browserVersion;
  }

  /** Only to the zone it was started in (undefined: back to that zone, where it already is). */
  async setTimeZone(_sessionId, timeZone) {
    return !timeZone || timeZone === this.timeZone;
  }

  /** WebDriver has no way to emulate CSS media features. */
  async emulateMedia() {
    return false;
  }

  async stop() {
    await super.stop();
    await this.#driver?.stop();
    this.#driver = undefined;
    this.#ready = undefined;
  }

  async #startDriver() {
    this.#driver = await startWebKitDriver({ env: this.timeZone ? { TZ: this.timeZone } : {} });
    this.options.port = this.#driver.port;
  }
}

export function webkit(options) {
  return new WebKitEngine(options);
}
