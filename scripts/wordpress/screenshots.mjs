// The README's WordPress screenshots, in docs/images/: the editor (WordPress 7.1, Twenty Twenty-Five) with the
// countdown block selected and its settings in the sidebar, and the published page made from the pattern
// "Children's Mental Health Week" (1024 and 320 px wide).
// A fresh local WordPress (site.mjs; CMHW_WP_VERSION picks another version) and Debian's Chromium, driven with
// WordPress's Playwright helpers; run after `npm run build`:
//   npm run screenshots:wordpress
import { fileURLToPath } from 'node:url';
import { Admin, Editor, PageUtils } from '@wordpress/e2e-test-utils-playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';
import { EDITOR, VERSIONS, startWordPress } from './site.mjs';

const out = (name) => fileURLToPath(new URL(`../../docs/images/${name}`, import.meta.url));
const site = await startWordPress({
  pluginDir: fileURLToPath(new URL('../../dist/wordpress/cmhw-widgets', import.meta.url)),
  version: process.env.CMHW_WP_VERSION || VERSIONS[0],
});
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
const localOnly = (context) =>
  context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
try {
  const context = await browser.newContext({
    baseURL: `${site.url}/`,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/London',
  });
  await localOnly(context);
  const page = await context.newPage();
  const editor = new Editor({ page });
  const admin = new Admin({ page, pageUtils: new PageUtils({ page }), editor });
  await page.goto('wp-login.php');
  await page.fill('#user_login', EDITOR.user);
  await page.fill('#user_pass', EDITOR.password);
  await page.click('#wp-submit');
  await page.waitForURL(/\/wp-admin\//);
  await admin.createNewPost({ title: 'Children’s Mental Health Week at our school' });

  // The pattern, with two tips of the school's own in the card, as a school would write them.
  await page.evaluate(async () => {
    const pattern = (await wp.data.resolveSelect('core').getBlockPatterns()).find(
      (p) => p.name === 'cmhw-widgets/childrens-mental-health-week',
    );
    const blocks = wp.blocks.parse(pattern.content);
    const { createBlock } = wp.blocks;
    const find = (list, name) =>
      list.reduce((found, block) => found || (block.name === name ? block : find(block.innerBlocks, name)), null);
    find(blocks, 'cmhw/tip-card').innerBlocks = [
      createBlock('cmhw/tip', {
        title: 'Walk to school together',
        text: 'Ten minutes side by side, without screens, is time to talk.',
      }),
      createBlock('cmhw/tip', {
        title: 'Ask about their best moment',
        text: 'At tea time, everyone says the best part of their day.',
      }),
    ];
    wp.data.dispatch('core/block-editor').insertBlocks(blocks);
    wp.data
      .dispatch('core/block-editor')
      .selectBlock(find(wp.data.select('core/block-editor').getBlocks(), 'cmhw/countdown').clientId);
  });
  await editor.openDocumentSettingsSidebar();
  const settings = page.getByRole('region', { name: 'Editor settings' });
  await settings.getByRole('tab', { name: 'Block' }).click();
  await settings.getByLabel('Smallest unit shown').selectOption('hour');
  // Previewed on a day before the week (the sidebar's "Preview on a day"; never saved).
  await settings.getByRole('button', { name: 'Before', exact: true }).click();
  const canvas = page.frame({ name: 'editor-canvas' });
  await canvas.waitForFunction(() => document.querySelector('cmhw-countdown')?.getAttribute('phase') === 'before');
  await editor.canvas.locator('.wp-block-cmhw-countdown').scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('wordpress-editor.png') });

  await editor.publishPost();
  const url = await page.evaluate(() => wp.data.select('core/editor').getPermalink());
  // The published page as a visitor sees it (logged out), on a day before the 2026 week, at each width.
  for (const width of [1024, 320]) {
    const visitor = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'Europe/London' });
    await localOnly(visitor);
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
