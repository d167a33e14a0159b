// The WordPress plugin in a real WordPress (Debian 12's 6.1, a fresh site per run, started here and stopped at the
// end even on failure), driven in Debian's Chromium as an editor would: log in, add the blocks from the inserter,
// set them up in the sidebar, publish, and look at the published page. Run once (Chromium only) by `npm test`
// after the browser suite (scripts/run-tests.mjs); alone: `npm run test:wordpress` after `npm run build`.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { EDITOR, startWordPress } from '../../scripts/wordpress/site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN_DIR = join(root, 'dist/wordpress/cmhw-widgets');
const ZIP = join(root, 'dist/cmhw-widgets-wordpress.zip');
const PAYLOAD = '"><script>alert(1)</script>';
const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// ---- php -l over every PHP file of the plugin (the source, and the built copy the zip holds) ----

function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
}

describe('WordPress plugin: PHP syntax (php -l)', () => {
  for (const file of [...phpFiles(join(root, 'wordpress')), ...phpFiles(PLUGIN_DIR)]) {
    it(relative(root, file), async () => {
      const { stdout } = await promisify(execFile)('php', ['-l', file]);
      assert.match(stdout, /No syntax errors detected/);
    });
  }
});

// ---- The render's week and dates, in PHP alone (the element's rules: see src/core/attributes.ts) ----

describe('WordPress plugin: the week the render resolves, and its fallback dates', () => {
  /** Runs cmhw_widgets_week() on each case in the built plugin, and formats the dates as the fallback does. */
  async function weeks(cases) {
    const code = `define( 'ABSPATH', '/' ); define( 'DAY_IN_SECONDS', 86400 );
require ${JSON.stringify(join(PLUGIN_DIR, 'includes/render.php'))};
$out = array();
foreach ( json_decode( $argv[1], true ) as $attributes ) {
  $week = cmhw_widgets_week( $attributes );
  $out[] = array( $week['edition'], $week['start'], $week['end'], cmhw_widgets_format_range( $week['start'], $week['end'] ), $week['custom'] );
}
echo json_encode( $out );`;
    const { stdout } = await promisify(execFile)('php', ['-r', code, JSON.stringify(cases)]);
    return JSON.parse(stdout);
  }

  it('resolves editions and own dates as the element does, and writes the dates in British English', async () => {
    const table = [
      [{}, ['2023', '2023-02-06', '2023-02-12', '6–12 February 2023', []]],
      [{ edition: '2026' }, ['2026', '2026-02-09', '2026-02-15', '9–15 February 2026', []]],
      [{ edition: '1999' }, ['2023', '2023-02-06', '2023-02-12', '6–12 February 2023', []]],
      // `latest`: the newest edition in editions.json, passed on as `latest` for the element to resolve the same way.
      [{ edition: 'latest' }, ['latest', '2026-02-09', '2026-02-15', '9–15 February 2026', []]],
      [
        { edition: 'latest', start: '2027-02-08' },
        ['latest', '2027-02-08', '2027-02-14', '8–14 February 2027', { start: '2027-02-08' }],
      ],
      // A start alone keeps the edition's length; an end alone too.
      [{ start: '2026-02-27' }, ['2023', '2026-02-27', '2026-03-05', '27 February – 5 March 2026', { start: '2026-02-27' }]],
      [{ end: '2026-01-04' }, ['2023', '2025-12-29', '2026-01-04', '29 December 2025 – 4 January 2026', { end: '2026-01-04' }]],
      [
        { start: '2025-03-03', end: '2025-03-03' },
        ['2023', '2025-03-03', '2025-03-03', '3 March 2025', { start: '2025-03-03', end: '2025-03-03' }],
      ],
      // An end before the start, a date that does not exist, or a payload: the edition's dates, nothing passed on.
      [{ start: '2026-02-15', end: '2026-02-09' }, ['2023', '2023-02-06', '2023-02-12', '6–12 February 2023', []]],
      [{ start: '2026-02-30' }, ['2023', '2023-02-06', '2023-02-12', '6–12 February 2023', []]],
      [{ start: PAYLOAD, end: PAYLOAD, edition: PAYLOAD }, ['2023', '2023-02-06', '2023-02-12', '6–12 February 2023', []]],
    ];
    const results = await weeks(table.map(([attributes]) => attributes));
    table.forEach(([attributes, expected], i) => assert.deepEqual(results[i], expected, JSON.stringify(attributes)));
  });

  it("with latest, the fallback names no dates (the page keeps it while the newest week moves on); the school's own dates stay", async () => {
    const code = `define( 'ABSPATH', '/' ); define( 'DAY_IN_SECONDS', 86400 );
function esc_html( $s ) { return htmlspecialchars( $s, ENT_QUOTES ); } function esc_url( $s ) { return $s; }
require ${JSON.stringify(join(PLUGIN_DIR, 'includes/render.php'))};
foreach ( json_decode( $argv[1], true ) as $attributes ) { echo cmhw_widgets_fallback_paragraph( cmhw_widgets_week( $attributes ) ), "\\n"; }`;
    const cases = [{ edition: 'latest' }, { edition: 'latest', start: '2027-02-08' }, { edition: '2026' }];
    const { stdout } = await promisify(execFile)('php', ['-r', code, JSON.stringify(cases)]);
    const [latest, own, pinned] = stdout.trim().split('\n');
    assert.match(latest, /^<p lang="en-GB"><a href="[^"]+">Children&#039;s Mental Health Week<\/a><\/p>$/);
    assert.doesNotMatch(latest, /\d{4}|February/);
    assert.match(own, /8–14 February 2027/);
    assert.match(pinned, /9–15 February 2026/);
  });
});

// ---- The installable zip ----

/** The zip's files, read from its central directory (name -> bytes). */
function readZip(buffer) {
  const files = new Map();
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const packed = buffer.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(packed) : packed);
    at += 46 + nameLength + extra;
  }
  return files;
}

describe('WordPress plugin: the zip', () => {
  it('holds one cmhw-widgets/ folder with the kit, the blocks and the version from package.json', () => {
    const files = readZip(readFileSync(ZIP));
    for (const name of files.keys()) assert.ok(name.startsWith('cmhw-widgets/'), name);
    const text = (name) => files.get(`cmhw-widgets/${name}`)?.toString('utf8') ?? assert.fail(`${name} is missing`);
    assert.match(text('cmhw-widgets.php'), new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(text('cmhw-widgets.php'), /^ \* License:\s+MIT$/m);
    assert.match(text('readme.txt'), new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(text('readme.txt'), /^Requires at least: 6\.1$/m);
    for (const block of ['countdown', 'tip-card', 'banner'])
      assert.equal(JSON.parse(text(`blocks/${block}/block.json`)).version, version);
    assert.ok(
      files.get('cmhw-widgets/cmhw-widgets.js').equals(readFileSync(join(root, 'dist/cmhw-widgets.js'))),
      'the kit is the built one',
    );
    assert.deepEqual(
      JSON.parse(text('editions.json')).map((edition) => edition.year),
      [2023, 2024, 2025, 2026],
    );
  });
});

// ---- In WordPress ----

describe('WordPress plugin: in WordPress 6.1, as an editor', { concurrency: false }, () => {
  let site;
  let browser;
  let context;
  /** Every request to another host (aborted), over the whole run. */
  const outside = [];
  const pages = [];

  before(
    async () => {
      site = await startWordPress({ pluginDir: PLUGIN_DIR });
      browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
      context = await browser.newContext({
        viewport: { width: 1280, height: 1000 },
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      context.setDefaultTimeout(30_000);
      await guard(context);
    },
    { timeout: 120_000 },
  );

  /** Nothing may leave 127.0.0.1: any other host is refused, and recorded. */
  async function guard(target) {
    await target.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
  }

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  /** A page that records console errors, uncaught errors, dialogs (alert) and failed responses. */
  async function newPage(inContext = context) {
    const page = await inContext.newPage();
    const record = { errors: [], dialogs: [], failed: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(message.text());
    });
    page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
    page.on('dialog', (dialog) => {
      record.dialogs.push(dialog.message());
      return dialog.dismiss();
    });
    page.on('response', (response) => {
      if (response.status() >= 400) record.failed.push(`${response.status()} ${response.url()}`);
    });
    pages.push(page);
    return Object.assign(page, { record });
  }

  /**
   * No console error, no uncaught error, no dialog. One console error is WordPress 6.1's own, not the plugin's:
   * with a block theme, the post editor asks for the post's template, which the Editor role may not read (403).
   */
  function assertClean(page) {
    const core403 = page.record.failed.filter((line) => /^403 .*rest_route=%2Fwp%2Fv2%2Ftemplates%2F/.test(line));
    const errors = page.record.errors.filter(
      (text) => !(core403.length > 0 && /status of 403/.test(text)) || page.record.failed.length > core403.length,
    );
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(page.record.dialogs, [], 'dialogs (alert)');
  }

  async function logIn(page, then) {
    await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}${then}`)}`);
    await page.fill('#user_login', EDITOR.user);
    await page.fill('#user_pass', EDITOR.password);
    await page.click('#wp-submit');
  }

  async function openNewPost(page, title) {
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForSelector('.edit-post-layout');
    await page.getByRole('textbox', { name: 'Add title' }).fill(title);
  }

  async function searchInserter(page, keyword) {
    const toggle = page.getByRole('button', { name: 'Toggle block inserter' });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await page.getByPlaceholder('Search').fill(keyword);
    return page.locator('.block-editor-inserter__block-list [role="option"], .block-editor-block-types-list [role="option"]');
  }

  /** Adds a block from the inserter, found by a keyword, and opens the sidebar on its settings. */
  async function insertFromInserter(page, keyword, title) {
    const options = await searchInserter(page, keyword);
    await options.filter({ hasText: title }).first().click();
    const toggle = page.getByRole('button', { name: 'Toggle block inserter' });
    if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    const settings = page.locator('.edit-post-header').getByRole('button', { name: 'Settings', exact: true });
    if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
    await page.locator('.edit-post-sidebar__panel-tab', { hasText: 'Block' }).click();
  }

  /** Opens a closed sidebar panel by its title. */
  async function openPanel(page, title) {
    const button = page.locator('.interface-complementary-area .components-panel__body-toggle', { hasText: title }).first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  async function publish(page) {
    await page.locator('.edit-post-header').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.editor-post-publish-panel__header-publish-button button').click();
    await page.waitForSelector('.post-publish-panel__postpublish', { timeout: 30_000 });
    return page.evaluate(() => wp.data.select('core/editor').getPermalink());
  }

  /** The element's attributes, its light DOM and its shadow root's text, once the kit has defined it. */
  function describeElement(page, tag) {
    return page.evaluate(async (tag) => {
      const element = document.querySelector(tag);
      if (!element) return null;
      const defined = await Promise.race([
        customElements.whenDefined(tag).then(() => true),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]);
      if (defined && element.updateComplete) await element.updateComplete;
      const attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
      return {
        attributes,
        light: element.innerHTML,
        lightText: element.textContent,
        shadow: element.shadowRoot?.textContent ?? null,
        defined,
      };
    }, tag);
  }

  let editor;
  let postUrl;

  it(
    'logs in as an editor and opens a new post with the blocks in their own inserter category',
    { timeout: 90_000 },
    async () => {
      editor = await newPage();
      await logIn(editor, '/wp-admin/post-new.php');
      await editor.waitForSelector('.edit-post-layout', { timeout: 45_000 });
      await editor.getByRole('textbox', { name: 'Add title' }).fill('Children’s Mental Health Week at our school');
      const blocks = await editor.evaluate(() =>
        wp.blocks
          .getBlockTypes()
          .filter((type) => type.name.startsWith('cmhw/'))
          .map(({ name, category, icon, description }) => ({
            name,
            category,
            icon: Boolean(icon?.src),
            description: Boolean(description),
          })),
      );
      for (const name of ['cmhw/countdown', 'cmhw/tip-card', 'cmhw/banner']) {
        assert.deepEqual(
          blocks.find((block) => block.name === name),
          { name, category: 'cmhw-widgets', icon: true, description: true },
        );
      }
    },
  );

  for (const [keyword, titles] of [
    ['countdown', ["Children's Mental Health Week countdown"]],
    ['tips', ["Children's Mental Health Week tips"]],
    [
      'mental health',
      ["Children's Mental Health Week countdown", "Children's Mental Health Week tips", "Children's Mental Health Week banner"],
    ],
  ]) {
    it(
      `the inserter finds ${titles.length === 1 ? 'the block' : 'all three blocks'} by "${keyword}"`,
      { timeout: 30_000 },
      async () => {
        const options = await searchInserter(editor, keyword);
        await options.first().waitFor();
        const found = (await options.allTextContents()).map((text) => text.trim());
        for (const title of titles) assert.ok(found.includes(title), `${title} in ${JSON.stringify(found)}`);
      },
    );
  }

  it(
    'the countdown: set up in the sidebar, live in the canvas, previewed on a day that is never saved',
    { timeout: 90_000 },
    async () => {
      await insertFromInserter(editor, 'countdown', "Children's Mental Health Week countdown");
      await editor.getByLabel('Smallest unit shown').selectOption('day');
      await editor.getByLabel('Edition').selectOption('2024');
      await openPanel(editor, 'Language');
      await editor.getByLabel('Language', { exact: true }).selectOption('cy');
      // A colour from the theme's palette (Twenty Twenty-Three's first), kept as a reference to the palette.
      await editor.getByRole('button', { name: /Accent \(buttons, number boxes\)/ }).click();
      await editor.locator('.components-popover .components-circular-option-picker__option').first().click();
      await editor.keyboard.press('Escape');
      // Twenty Twenty-Three's first colour is white, under the default white text on the accent: WordPress warns.
      await editor
        .locator('.interface-complementary-area .block-editor-contrast-checker', { hasText: 'hard for people to read' })
        .waitFor();
      await openPanel(editor, 'Preview');
      await editor.getByRole('button', { name: 'During', exact: true }).click();

      const canvas = await describeElement(editor, 'cmhw-countdown');
      assert.ok(canvas.defined, 'the kit is loaded into the editor');
      assert.equal(canvas.attributes.edition, '2024');
      assert.equal(canvas.attributes.precision, 'day');
      assert.equal(canvas.attributes.lang, 'cy');
      assert.equal(canvas.attributes.now, '2024-02-07T12:00');
      assert.equal(canvas.attributes.phase, 'during', 'the preview shows the week as on its third day');
      assert.match(canvas.attributes.style, /--cmhw-accent: var\(--wp--preset--color--[a-z0-9-]+\)/);

      const saved = await editor.evaluate(() => wp.data.select('core/editor').getEditedPostContent());
      assert.match(saved, /<!-- wp:cmhw\/countdown \{[^}]*"edition":"2024"/);
      assert.doesNotMatch(saved, /now|2024-02-07/, 'the preview day is not saved');
    },
  );

  it('the tip card: daily mode, and the partner’s own tip written as inner content', { timeout: 90_000 }, async () => {
    await insertFromInserter(editor, 'tips', "Children's Mental Health Week tips");
    await editor.getByLabel('Show', { exact: true }).selectOption('daily');
    await editor.locator('.cmhw-tips-editor .block-editor-button-block-appender').click();
    await editor.getByLabel('Tip heading').fill('Walk to school together');
    await editor.getByLabel('Tip text').fill('Ten minutes side by side, without screens, is time to talk.');
    await editor.waitForFunction(() => document.querySelector('cmhw-tip-card h3')?.textContent === 'Walk to school together');
    const canvas = await describeElement(editor, 'cmhw-tip-card');
    assert.equal(canvas.attributes.mode, 'daily');
    await editor.waitForFunction(() =>
      document.querySelector('cmhw-tip-card').shadowRoot?.textContent.includes('Walk to school together'),
    );
    assert.match(
      canvas.light,
      /<ul><li><h3>Walk to school together<\/h3><p>Ten minutes side by side, without screens, is time to talk\.<\/p><\/li><\/ul>/,
    );
  });

  it('the banner: dismissible, heading level, resources link and show window from the sidebar', { timeout: 90_000 }, async () => {
    // Select the tip card (not its tip) so the banner goes after it, at the root.
    await editor.evaluate(() => {
      const { getBlocks } = wp.data.select('core/block-editor');
      wp.data.dispatch('core/block-editor').selectBlock(getBlocks().at(-1).clientId);
    });
    await insertFromInserter(editor, 'mental health', "Children's Mental Health Week banner");
    await editor.getByLabel('Visitors can dismiss it').check();
    await editor.getByLabel('Heading level').selectOption('3');
    await editor.getByLabel('Resources link').fill('https://example.org/our-resources');
    await editor.getByLabel('Show from this many days before the week').fill('14');
    await editor.getByLabel('…until this many days after it').fill('2');
    const canvas = await describeElement(editor, 'cmhw-banner');
    assert.equal(canvas.attributes.dismissible, '');
    assert.equal(canvas.attributes['heading-level'], '3');
    assert.equal(canvas.attributes.href, 'https://example.org/our-resources');
    assert.equal(canvas.attributes['show-window'], '14 2');
    assert.ok(canvas.defined);
    await editor
      .locator('.wp-block-cmhw-banner .cmhw-preview-note', {
        hasText: 'Shown from 14 days before the week until 2 days after it',
      })
      .waitFor();
    // Previewed during the week, the banner shows its theme; its close button does not hide it in the editor
    // (a dismissal would be remembered in this browser and leave an empty block).
    await openPanel(editor, 'Preview');
    await editor.getByRole('button', { name: 'During', exact: true }).click();
    const banner = editor.locator('cmhw-banner');
    await banner
      .getByRole('heading', { level: 3, name: 'Let’s Connect' })
      .or(banner.getByRole('heading', { level: 3, name: "Let's Connect" }))
      .waitFor();
    await banner.getByRole('button', { name: 'Hide this banner' }).click();
    assert.ok(await banner.getByRole('heading', { level: 3 }).isVisible(), 'the banner stays in the editor');
    assert.deepEqual(
      await editor.evaluate(() => Object.keys(localStorage).filter((key) => /cmhw/i.test(key))),
      [],
      'nothing is remembered',
    );
    assertClean(editor);
  });

  it('publishes, and the published page shows each element as chosen, with its fallback', { timeout: 90_000 }, async () => {
    postUrl = await publish(editor);
    const page = await newPage();
    const kitRequests = [];
    page.on('request', (request) => {
      if (request.url().includes('cmhw-widgets.js')) kitRequests.push(request.url());
    });
    await page.goto(postUrl);
    const countdown = await describeElement(page, 'cmhw-countdown');
    assert.deepEqual(
      { ...countdown.attributes, style: undefined, class: undefined },
      { edition: '2024', precision: 'day', lang: 'cy', phase: countdown.attributes.phase, style: undefined, class: undefined },
      'no `now` on the published page',
    );
    assert.match(countdown.attributes.style, /^--cmhw-accent: var\(--wp--preset--color--[a-z0-9-]+\)$/);
    // The room reserved for it (the kit's room rules, room.json): its class, in a wrapper whose width it follows.
    assert.match(countdown.attributes.class, /^cmhw-room-\d+$/);
    const room = await page.evaluate(() => {
      const element = document.querySelector('cmhw-countdown');
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      return {
        wrapper: element.parentElement.classList.contains('cmhw-room'),
        rules: rules.filter((rule) => rule.includes(`.${element.className}`) && rule.includes('min-block-size')).length,
      };
    });
    assert.ok(room.wrapper, 'the block wrapper is the room container');
    assert.ok(room.rules > 1, 'rules reserve its room, by width');
    assert.ok(countdown.defined);
    assert.match(countdown.shadow, /2024/);
    assert.match(countdown.lightText, /Children[’']s Mental Health Week: 5–11 February 2024/);

    const tips = await describeElement(page, 'cmhw-tip-card');
    assert.equal(tips.attributes.mode, 'daily');
    assert.ok(tips.defined);
    assert.match(tips.shadow, /Walk to school together/, 'the card shows the partner’s tip');
    assert.match(
      tips.light,
      /^<ul><li><h3>Walk to school together<\/h3><p>Ten minutes side by side, without screens, is time to talk\.<\/p><\/li><\/ul>/,
    );

    const banner = await describeElement(page, 'cmhw-banner');
    assert.ok(banner.defined);
    assert.deepEqual(banner.attributes, {
      edition: '2023',
      dismissible: '',
      'heading-level': '3',
      href: 'https://example.org/our-resources',
      'show-window': '14 2',
      phase: 'after',
      // Its room (see the countdown above).
      class: banner.attributes.class,
    });
    assert.match(banner.attributes.class, /^cmhw-room-\d+$/);
    assert.match(banner.light, /<h3 lang="en-GB">Children[’']s Mental Health Week 2023: Let[’']s Connect<\/h3>/);

    // Three blocks, one module, requested once.
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script[src*="cmhw-widgets.js"]')].map((s) => s.type),
    );
    assert.deepEqual(scripts, ['module']);
    assert.equal(kitRequests.length, 1);
    assertClean(page);
  });

  it('the published page passes axe (WCAG 2.2 A and AA) in the widgets', { timeout: 90_000 }, async () => {
    // A visitor (logged out), during the 2023 week so that every widget is shown (the banner's show window
    // included). A context of its own: a clock is set for a whole context.
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 1000 }, timezoneId: 'Europe/London' });
    await guard(visitor);
    const page = await newPage(visitor);
    await page.clock.setFixedTime(new Date('2023-02-08T12:00:00Z'));
    await page.goto(postUrl);
    await page.locator('cmhw-banner').getByRole('heading', { level: 3 }).waitFor(); // the banner is shown
    await describeElement(page, 'cmhw-countdown'); // the kit has run
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(
        { include: [['.wp-block-cmhw-countdown'], ['.wp-block-cmhw-tip-card'], ['.wp-block-cmhw-banner']] },
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
  });

  it('a page with no block loads no kit file', { timeout: 30_000 }, async () => {
    const page = await newPage();
    const kitRequests = [];
    page.on('request', (request) => {
      if (/cmhw-widgets(\.js|\/editor)/.test(request.url())) kitRequests.push(request.url());
    });
    await page.goto(`${site.url}/?p=1`); // WordPress's "Hello world!" post
    await page.waitForLoadState('load');
    assert.equal(await page.locator('script[src*="cmhw-widgets"]').count(), 0);
    assert.deepEqual(kitRequests, []);
    assertClean(page);
  });

  it(`an attribute or a partner tip holding ${PAYLOAD} shows as text and runs nothing`, { timeout: 180_000 }, async () => {
    const page = await newPage();
    await openNewPost(page, 'Tips with markup in them');
    // Typed where an editor types: a tip's heading and text, and the banner's link.
    await insertFromInserter(page, 'tips', "Children's Mental Health Week tips");
    await page.locator('.cmhw-tips-editor .block-editor-button-block-appender').click();
    await page.getByLabel('Tip heading').fill(PAYLOAD);
    await page.getByLabel('Tip text').fill(PAYLOAD);
    await page.evaluate(() => wp.data.dispatch('core/block-editor').clearSelectedBlock());
    await insertFromInserter(page, 'mental health', "Children's Mental Health Week banner");
    await page.getByLabel('Resources link').fill(PAYLOAD);
    // And in every other attribute, as a hand-edited post could hold them.
    await page.evaluate((payload) => {
      const { createBlock } = wp.blocks;
      const every = { edition: payload, start: payload, end: payload, lang: payload, colors: { accent: payload, text: payload } };
      wp.data
        .dispatch('core/block-editor')
        .insertBlocks([
          createBlock('cmhw/countdown', { ...every, precision: payload }),
          createBlock('cmhw/banner', { ...every, href: payload, showWindow: payload, headingLevel: payload }),
        ]);
    }, PAYLOAD);
    const url = await publish(page);
    assert.deepEqual(page.record.dialogs, [], 'nothing ran in the editor');

    const post = await newPage();
    await post.goto(url);
    await post.waitForLoadState('load');
    const tips = await describeElement(post, 'cmhw-tip-card');
    assert.equal(await post.locator('cmhw-tip-card li h3').textContent(), PAYLOAD, 'the tip heading is its text');
    assert.equal(await post.locator('cmhw-tip-card li p').textContent(), PAYLOAD, 'the tip text is its text');
    assert.ok(tips.defined && tips.shadow.includes(PAYLOAD), 'the tip card shows the tip as text');
    const injected = await post.evaluate(() =>
      [...document.querySelectorAll('script')]
        .filter((s) => s.textContent.includes('alert(1)'))
        .map((s) => s.outerHTML.slice(0, 200)),
    );
    assert.deepEqual(injected, [], 'no script element holds the payload');
    for (const tag of ['cmhw-countdown', 'cmhw-banner']) {
      const { attributes } = await describeElement(post, tag);
      for (const [name, value] of Object.entries(attributes)) assert.ok(!value.includes('<script>'), `${tag} ${name}="${value}"`);
      assert.equal(attributes.edition, '2023', `${tag}: an unknown edition is left out for the default`);
    }
    assert.equal(await post.locator('cmhw-banner[href]').count(), 0, 'a link that is not http(s) is left out');
    assert.deepEqual(post.record.dialogs, [], 'nothing ran on the published page');
    assertClean(post);
  });

  it('no request left 127.0.0.1 during the run', () => {
    assert.deepEqual(outside, []);
  });

  it('PHP logged no notice, warning or error from the plugin', () => {
    let log = '';
    try {
      log = readFileSync(site.debugLog, 'utf8');
    } catch {
      // no log: nothing was logged
    }
    // WordPress 6.1 itself logs PHP 8.2 deprecations (dynamic properties); only the plugin's lines count here.
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes('cmhw-widgets')),
      [],
    );
  });

  it('with no language chosen, a widget speaks the site’s language (WordPress’s <html lang>)', { timeout: 60_000 }, async () => {
    // Welsh for the whole site (Debian's WordPress ships its Welsh translation); the tip card has no lang of its own.
    const setLanguage = (code) =>
      site.phpScript(`require getenv( 'CMHW_SITE' ) . '/wp-load.php';\nupdate_option( 'WPLANG', '${code}' );`);
    await setLanguage('cy');
    try {
      const page = await newPage();
      await page.goto(postUrl);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
      const tips = await describeElement(page, 'cmhw-tip-card');
      assert.equal(tips.attributes.lang, undefined);
      assert.match(tips.shadow, /Awgrymiadau i rieni a gofalwyr/);
      assertClean(page);
    } finally {
      await setLanguage('');
    }
  });

  it('deactivating the plugin leaves the dates and the link in the post', { timeout: 30_000 }, async () => {
    await site.phpScript(`
require getenv( 'CMHW_SITE' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'cmhw-widgets/cmhw-widgets.php' );
`);
    const page = await newPage();
    await page.goto(postUrl);
    const content = page.locator('.wp-block-post-content');
    assert.equal(await page.locator('cmhw-countdown, cmhw-tip-card, cmhw-banner, script[src*="cmhw-widgets"]').count(), 0);
    const blocks = content.locator('.wp-block-cmhw-countdown, .wp-block-cmhw-tip-card, .wp-block-cmhw-banner');
    assert.equal(await blocks.count(), 3);
    for (const block of await blocks.all()) {
      // WordPress's typography filter curls the apostrophe of text saved in a post.
      assert.match(await block.textContent(), /Children[’']s Mental Health Week: \d+–\d+ February 202\d/);
      assert.equal(await block.locator(`a[href="${OFFICIAL_SITE}"]`).count(), 1);
    }
    assert.match(await content.textContent(), /5–11 February 2024/);
    assert.match(await content.textContent(), /Walk to school together/);
    assertClean(page);
  });
});
