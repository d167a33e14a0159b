// The README's WordPress screenshots, in docs/images/: the editor with the countdown block selected and its
// settings in the sidebar, and the published page with the three blocks (1024 and 320 px wide).
// A fresh local WordPress (site.mjs) and Debian's Chromium; run after `npm run build`:
//   npm run screenshots:wordpress
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { EDITOR, startWordPress } from './site.mjs';

const out = (name) => fileURLToPath(new URL(`../../docs/images/${name}`, import.meta.url));
const site = await startWordPress({ pluginDir: fileURLToPath(new URL('../../dist/wordpress/cmhw-widgets', import.meta.url)) });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London' });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/post-new.php`)}`);
  await page.fill('#user_login', EDITOR.user);
  await page.fill('#user_pass', EDITOR.password);
  await page.click('#wp-submit');
  await page.waitForSelector('.edit-post-layout', { timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Add title' }).fill('Children’s Mental Health Week at our school');
  await page.evaluate(() => {
    const { createBlock } = wp.blocks;
    wp.data.dispatch('core/block-editor').insertBlocks([
      createBlock('cmhw/banner', { edition: '2026', dismissible: true }),
      createBlock('cmhw/countdown', { edition: '2026', precision: 'hour', colors: { accent: 'var:preset|color|secondary' } }),
      createBlock('cmhw/tip-card', { edition: '2026' }, [
        createBlock('cmhw/tip', {
          title: 'Walk to school together',
          text: 'Ten minutes side by side, without screens, is time to talk.',
        }),
        createBlock('cmhw/tip', {
          title: 'Ask about their best moment',
          text: 'At tea time, everyone says the best part of their day.',
        }),
      ]),
    ]);
    const [, countdown] = wp.data.select('core/block-editor').getBlocks();
    wp.data.dispatch('core/block-editor').selectBlock(countdown.clientId);
  });
  const settings = page.locator('.edit-post-header').getByRole('button', { name: 'Settings', exact: true });
  if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
  await page.locator('.edit-post-sidebar__panel-tab', { hasText: 'Block' }).click();
  const preview = page.locator('.interface-complementary-area .components-panel__body-toggle', { hasText: 'Preview' }).first();
  if ((await preview.getAttribute('aria-expanded')) !== 'true') await preview.click();
  await page.getByRole('button', { name: 'Before', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('cmhw-countdown')?.shadowRoot?.textContent);
  await page.locator('cmhw-countdown').scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('wordpress-editor.png') });

  await page.locator('.edit-post-header').getByRole('button', { name: 'Publish', exact: true }).click();
  await page.locator('.editor-post-publish-panel__header-publish-button button').click();
  await page.waitForSelector('.post-publish-panel__postpublish');
  const url = await page.evaluate(() => wp.data.select('core/editor').getPermalink());
  // The published page as a visitor sees it (logged out), on a day before the 2026 week, at each width.
  for (const width of [1024, 320]) {
    const visitor = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'Europe/London' });
    await visitor.route(
      (target) => target.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const view = await visitor.newPage();
    await view.clock.setFixedTime(new Date('2026-01-26T10:00:00Z'));
    await view.goto(url);
    await view.waitForFunction(() => document.querySelector('cmhw-countdown')?.shadowRoot?.textContent);
    await view.locator('.wp-block-post-content').screenshot({ path: out(`wordpress-published-${width}.png`) });
    await visitor.close();
  }
  console.log('screenshots: docs/images/wordpress-editor.png, wordpress-published-1024.png, wordpress-published-320.png');
} finally {
  await browser.close();
  await site.stop();
}
