// Screenshots for review: each widget in each phase, in English, Welsh and Urdu, at 320 and 1024 px wide,
// as PNG files in screenshots/. Uses the built site (npm run build) and Debian's Chromium.
//   npm run screenshots
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { preview } from 'vite';
import { runScript, within } from './steps.mjs';

const WIDGETS = ['countdown', 'banner'];
const PHASES = { before: '2023-02-01T12:00', during: '2023-02-08T12:00', after: '2023-02-20T12:00' };
const LANGUAGES = ['en-GB', 'cy', 'ur'];
const WIDTHS = [320, 1024];

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
await runScript(
  'screenshots',
  async (scope) => {
    const server = await preview({
      configFile: 'vite.config.ts',
      mode: 'site',
      preview: { port: 0, host: '127.0.0.1' },
      logLevel: 'warn',
    });
    scope.defer('the preview server', () => server.close());
    const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    scope.defer('Chromium', () => browser.close());
    mkdirSync('screenshots', { recursive: true });
    let count = 0;
    {
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 600 } });
        for (const widget of WIDGETS) {
          for (const [phase, now] of Object.entries(PHASES)) {
            for (const lang of LANGUAGES) {
              // The iframe page renders one widget from its query string, with nothing around it.
              const name = `${widget}-${phase}-${lang}-${width}`;
              await within(60_000, `screenshots: ${name}`, async () => {
                await page.goto(`${origin}/v${version}/embed.html?${new URLSearchParams({ widget, lang, now })}`);
                await page.waitForSelector(`cmhw-${widget}[phase="${phase}"]`);
                await page.locator('main').screenshot({ path: `screenshots/${name}.png` });
              });
              count++;
            }
          }
        }
        await page.close();
      }
    }
    console.log(`screenshots: ${count} PNG files in screenshots/`);
  },
  { deadlineMs: 30 * 60_000 },
);
