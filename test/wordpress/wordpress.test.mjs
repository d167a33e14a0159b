// The WordPress plugin in a real WordPress, in each version it is tested in (7.1 from Debian sid and 6.8 from
// Debian 13, unpacked by scripts/ensure-wordpress.sh; a fresh site per version, started here and stopped at the end
// even on failure), driven in Debian's Chromium as an editor would, with WordPress's own Playwright helpers
// (@wordpress/e2e-test-utils-playwright: new post, settings sidebar, canvas, publish): log in, add the blocks and
// the pattern from the inserter, set them up in the sidebar, publish, and look at the published page. Before that,
// without WordPress: PHP syntax, the render's week resolution, the zip, and what the plugin directory checks.
// Run once (Chromium only) by `npm test` after the browser suite (scripts/run-tests.mjs); alone:
// `npm run test:wordpress` after `npm run build` (CMHW_WP_VERSIONS=7.1 or 6.8 runs one version).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { Admin, Editor, PageUtils } from '@wordpress/e2e-test-utils-playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { EDITOR, VERSIONS, startWordPress, versionsToRun } from '../../scripts/wordpress/site.mjs';

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
    assert.match(text('readme.txt'), new RegExp(`^Requires at least: ${VERSIONS.at(-1).replace('.', '\\.')}$`, 'm'));
    for (const [locale, json] of [
      ['cy', 'cmhw-widgets-cy-cmhw-widgets-editor.json'],
      ['pl_PL', 'cmhw-widgets-pl_PL-cmhw-widgets-editor.json'],
      ['ur', 'cmhw-widgets-ur-cmhw-widgets-editor.json'],
    ]) {
      assert.ok(files.has(`cmhw-widgets/languages/cmhw-widgets-${locale}.mo`), `${locale}.mo`);
      const messages = JSON.parse(text(`languages/${json}`)).locale_data.messages;
      assert.equal(messages[''].lang, locale);
      assert.ok(messages['Smallest unit shown']?.[0], `${json} translates the sidebar`);
    }
    assert.match(text('build/index.asset.php'), /'react-jsx-runtime'/, 'the editor script built by @wordpress/scripts');
    assert.ok(files.has('cmhw-widgets/src/index.js'), 'the editor script’s source ships beside its build');
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

// ---- Ready for the plugin directory: what its Plugin Check checks, where it applies to this plugin ----

describe('WordPress plugin: ready for the plugin directory (Plugin Check)', () => {
  const files = () => readZip(readFileSync(ZIP));
  const text = (name) => files().get(`cmhw-widgets/${name}`)?.toString('utf8') ?? assert.fail(`${name} is missing`);
  /** The plugin header's fields (the main file's first comment). */
  const header = () =>
    Object.fromEntries(
      [...text('cmhw-widgets.php').matchAll(/^ \* ([A-Za-z ]+):\s+(.+)$/gm)].map(([, name, value]) => [name, value.trim()]),
    );
  /** readme.txt's header fields, and its short description (the first line after them). */
  const readme = () => {
    const lines = text('readme.txt').split('\n');
    const fields = {};
    let i = 1;
    for (; i < lines.length && lines[i].trim(); i++) {
      const [, name, value] = /^([A-Za-z ]+):\s*(.*)$/.exec(lines[i]) ?? assert.fail(`readme.txt: "${lines[i]}" is no field`);
      fields[name] = value.trim();
    }
    return { title: lines[0], fields, short: lines.slice(i + 1).find((line) => line.trim()) ?? '' };
  };

  it('Stable tag is the Version; Tested up to is the newest version tested, the same in the readme and the header', () => {
    const { fields } = readme();
    assert.equal(fields['Stable tag'], header().Version);
    assert.equal(fields['Stable tag'], version);
    assert.equal(fields['Tested up to'], VERSIONS[0]);
    assert.equal(header()['Tested up to'], VERSIONS[0]);
  });

  it('Requires at least is the oldest version tested, Requires PHP a plain version, the same in the readme and the header', () => {
    const { fields } = readme();
    assert.equal(fields['Requires at least'], VERSIONS.at(-1));
    assert.equal(header()['Requires at least'], VERSIONS.at(-1));
    assert.match(fields['Requires PHP'], /^\d+\.\d+(\.\d+)?$/);
    assert.equal(header()['Requires PHP'], fields['Requires PHP']);
  });

  it('at most five tags, a short description of at most 150 characters, and the licence named in both', () => {
    const { title, fields, short } = readme();
    assert.equal(title, `=== ${header()['Plugin Name']} ===`);
    const tags = fields.Tags.split(',').map((tag) => tag.trim());
    assert.ok(tags.length >= 1 && tags.length <= 5, `${tags.length} tags`);
    assert.ok(short.length > 0 && short.length <= 150, `the short description has ${short.length} characters`);
    assert.doesNotMatch(short, /^[=*#]/, 'the short description is plain text');
    assert.equal(fields.License, header().License);
    assert.equal(fields['License URI'], header()['License URI']);
    assert.match(fields.License, /^(MIT|GPL)/, 'a GPL-compatible licence');
    assert.ok(files().has('cmhw-widgets/LICENSE'));
  });

  it('the text domain is the slug, in the header, every block.json and every translation call', () => {
    assert.equal(header()['Text Domain'], 'cmhw-widgets');
    assert.equal(header()['Domain Path'], '/languages');
    const sources = [...files()].filter(([name]) => /\.(php|json)$/.test(name) || /\/src\/.*\.js$/.test(name));
    for (const [name, bytes] of sources) {
      const source = bytes.toString('utf8');
      if (name.endsWith('block.json')) assert.equal(JSON.parse(source).textdomain, 'cmhw-widgets', name);
      // Every __(), _x(), _n(), esc_html__()… call names the plugin's domain as its last argument.
      for (const [call] of source.matchAll(
        /\b(?:__|_e|_x|_n|_nx|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\((?:[^()]|\([^()]*\))*\)/g,
      ))
        assert.match(call, /,\s*'cmhw-widgets',?\s*\)$/, `${name}: ${call}`);
    }
  });

  it('every block.json is at Block API 3', () => {
    const blocks = [...files().keys()].filter((name) => name.endsWith('/block.json'));
    assert.equal(blocks.length, 4);
    for (const name of blocks) assert.equal(JSON.parse(text(name.slice('cmhw-widgets/'.length))).apiVersion, 3, name);
  });

  it('every output of the PHP is escaped: nothing is echoed, and every value the render prints goes through esc_*()', () => {
    const php = [...files()].filter(([name]) => name.endsWith('.php'));
    for (const [name, bytes] of php) {
      const source = bytes.toString('utf8');
      // Nothing printed directly (Plugin Check's EscapeOutput): the blocks return their HTML to WordPress.
      assert.doesNotMatch(source, /^\s*(echo|print|printf|vprintf|_e|_ex)\b/m, `${name} prints`);
      // Every sprintf() argument that is not a literal or a number is escaped, or is HTML built the same way.
      for (const [call] of source.matchAll(/sprintf\(\s*(['"])(?:(?!\1).)*<(?:(?!\1).)*\1,([\s\S]*?)\);\n/g)) {
        const args = call.slice(call.indexOf(',') + 1);
        for (const arg of args
          .split(/,\s*(?![^(]*\))/)
          .map((a) => a.trim())
          .filter(Boolean)) {
          assert.match(
            arg,
            /^(esc_(html|attr|url)\(|cmhw_widgets_(fallback_paragraph|html_attributes|room_style)\(|get_block_wrapper_attributes\(|\$(level|tag|fallback|items)\b|\$fallback\b|'[^']*'|"[^"]*"|\d+|\)+;?$)/,
            `${name}: unescaped ${arg} in ${call.slice(0, 80)}`,
          );
        }
      }
    }
    // The room's <style> is built from the plugin's own room.json, with its tags stripped so nothing can close it.
    const render = text('includes/render.php');
    const roomStyle =
      /function cmhw_widgets_room_style\([^)]*\) \{([\s\S]*?)\n\}/.exec(render)?.[1] ?? assert.fail('no room style');
    assert.match(roomStyle, /return '<style>' \. wp_strip_all_tags\( \$room\['css'\] \) \. '<\/style>';/);
  });

  it('no request to another site: no remote call in the PHP, no address loaded by the scripts, the kit inside the zip', () => {
    for (const [name, bytes] of files()) {
      if (!/\.(php|js)$/.test(name)) continue;
      const source = bytes.toString('utf8');
      assert.doesNotMatch(
        source,
        /\bwp_(safe_)?remote_(get|post|request|head)\b|\bcurl_init\b|file_get_contents\(\s*['"]https?:/,
        name,
      );
      assert.doesNotMatch(source, /\b(import|importScripts|fetch)\(\s*['"`]https?:\/\//, `${name} loads from another host`);
      assert.doesNotMatch(source, /<script[^>]+src=["']https?:\/\//, `${name} adds a script from another host`);
    }
    assert.match(text('cmhw-widgets.php'), /wp_register_script_module\(\s*'cmhw-widgets',\s*plugins_url\(\s*'cmhw-widgets\.js'/);
    assert.doesNotMatch(text('cmhw-widgets.php'), /script_loader_tag/, 'no script_loader_tag filter');
  });

  it('every text of the editor and the PHP is translated in Welsh, Polish and Urdu, from the .po files kept in the repository', async () => {
    const { checkTranslations } = await import('../../scripts/wordpress/i18n.mjs');
    assert.deepEqual(checkTranslations(), []);
  });
});

// ---- In WordPress, in each version tested ----

/** The three widget blocks: name, inserter title, element. */
const BLOCKS = [
  ['cmhw/countdown', "Children's Mental Health Week countdown", 'cmhw-countdown'],
  ['cmhw/tip-card', "Children's Mental Health Week tips", 'cmhw-tip-card'],
  ['cmhw/banner', "Children's Mental Health Week banner", 'cmhw-banner'],
];

/**
 * A post as the plugin's first release (0.1.0, for WordPress 6.1) saved it: each block with its default edition
 * (2023 then), a tip card with a partner tip and one without (0.1.0 saved no list then: the `deprecated` entry of
 * the tip card), and the banner's own link. It must open valid and keep meaning 2023.
 */
const SAVED_BY_0_1_0 = `<!-- wp:cmhw/countdown {"precision":"day"} -->
<div class="wp-block-cmhw-countdown"><p lang="en-GB"><a href="${OFFICIAL_SITE}">Children's Mental Health Week</a>: 6–12 February 2023</p></div>
<!-- /wp:cmhw/countdown -->

<!-- wp:cmhw/tip-card {"mode":"daily"} -->
<div class="wp-block-cmhw-tip-card"><ul><!-- wp:cmhw/tip {"title":"Walk to school together","text":"Ten minutes side by side."} -->
<li class="wp-block-cmhw-tip"><h3>Walk to school together</h3><p>Ten minutes side by side.</p></li>
<!-- /wp:cmhw/tip --></ul><p lang="en-GB"><a href="${OFFICIAL_SITE}">Children's Mental Health Week</a>: 6–12 February 2023</p></div>
<!-- /wp:cmhw/tip-card -->

<!-- wp:cmhw/tip-card {"interval":45} -->
<div class="wp-block-cmhw-tip-card"><p lang="en-GB"><a href="${OFFICIAL_SITE}">Children's Mental Health Week</a>: 6–12 February 2023</p></div>
<!-- /wp:cmhw/tip-card -->

<!-- wp:cmhw/banner {"href":"https://example.org/our-resources"} -->
<div class="wp-block-cmhw-banner"><p lang="en-GB"><a href="${OFFICIAL_SITE}">Children's Mental Health Week</a>: 6–12 February 2023</p><p lang="en-GB"><a href="https://example.org/our-resources">Free resources for the week</a></p></div>
<!-- /wp:cmhw/banner -->`;

for (const wpVersion of versionsToRun()) {
  describe(`WordPress plugin: in WordPress ${wpVersion}, as an editor`, { concurrency: false }, () => {
    let site;
    let browser;
    let context;
    /** Every request to another host (aborted), over the whole run. */
    const outside = [];
    /** Console warnings of the editor's pages. */
    const warnings = [];

    before(
      async () => {
        site = await startWordPress({ pluginDir: PLUGIN_DIR, version: wpVersion });
        browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
        context = await browser.newContext({
          baseURL: `${site.url}/`,
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

    /** A page that records console errors and warnings, uncaught errors, dialogs (alert) and failed responses. */
    async function newPage(inContext = context) {
      const page = await inContext.newPage();
      const record = { errors: [], dialogs: [], failed: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') record.errors.push(message.text());
        if (message.type() === 'warning') warnings.push(message.text());
      });
      page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
      page.on('dialog', (dialog) => {
        record.dialogs.push(dialog.message());
        return dialog.dismiss();
      });
      page.on('response', (response) => {
        if (response.status() >= 400) record.failed.push(`${response.status()} ${response.url()}`);
      });
      const pageUtils = new PageUtils({ page });
      const editor = new Editor({ page });
      return Object.assign(page, { record, editor, admin: new Admin({ page, pageUtils, editor }) });
    }

    /** No console error, no uncaught error, no dialog, no failed request. */
    function assertClean(page) {
      assert.deepEqual(page.record.errors, [], 'console errors');
      assert.deepEqual(page.record.dialogs, [], 'dialogs (alert)');
      assert.deepEqual(page.record.failed, [], 'failed requests');
    }

    async function logIn(page) {
      await page.goto('wp-login.php');
      await page.fill('#user_login', EDITOR.user);
      await page.fill('#user_pass', EDITOR.password);
      await page.click('#wp-submit');
      await page.waitForURL(/\/wp-admin\//);
    }

    /** The editor's canvas: an iframe from Block API 3 on (always, from WordPress 7.1). */
    const canvas = (page) => page.frame({ name: 'editor-canvas' }) ?? assert.fail('the editor canvas is no iframe');

    const settings = (page) => page.getByRole('region', { name: 'Editor settings' });

    async function searchInserter(page, keyword) {
      const toggle = page.getByRole('region', { name: 'Editor top bar' }).getByRole('button', { name: /block inserter/i });
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      await page.getByRole('searchbox', { name: /Search/ }).fill(keyword);
      return page.getByRole('listbox', { name: 'Blocks' }).getByRole('option');
    }

    async function closeInserter(page) {
      const toggle = page.getByRole('region', { name: 'Editor top bar' }).getByRole('button', { name: /block inserter/i });
      if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    }

    /** Adds a block from the inserter, found by a keyword, and opens the sidebar on its settings. */
    async function insertFromInserter(page, keyword, title) {
      const options = await searchInserter(page, keyword);
      await options.filter({ hasText: title }).first().click();
      await closeInserter(page);
      await page.editor.openDocumentSettingsSidebar();
      await settings(page).getByRole('tab', { name: 'Block' }).click();
    }

    /** Opens a closed sidebar panel by its title. */
    async function openPanel(page, title) {
      const button = settings(page).getByRole('button', { name: title, exact: true });
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    }

    async function publish(page) {
      await page.editor.publishPost();
      return page.evaluate(() => wp.data.select('core/editor').getPermalink());
    }

    /** The element's attributes, its light DOM and its shadow root's text, once the kit has defined it. */
    function describeElement(frame, tag) {
      return frame.evaluate(async (tag) => {
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

    /** Each block of the editor, depth first: name, validity, attributes. */
    const blocksOf = (page) =>
      page.evaluate(() => {
        const out = [];
        const walk = (blocks) =>
          blocks.forEach((block) => {
            out.push({ name: block.name, isValid: block.isValid, attributes: block.attributes, clientId: block.clientId });
            walk(block.innerBlocks);
          });
        walk(wp.data.select('core/block-editor').getBlocks());
        return out;
      });

    let editor;
    let postUrl;

    it(
      'logs in as an editor; the canvas is an iframe; the blocks are at API 3 in their own inserter category',
      { timeout: 90_000 },
      async () => {
        editor = await newPage();
        await logIn(editor);
        await editor.admin.createNewPost({ title: 'Children’s Mental Health Week at our school' });
        await editor.locator('iframe[name="editor-canvas"]').waitFor();
        const blocks = await editor.evaluate(() =>
          wp.blocks
            .getBlockTypes()
            .filter((type) => type.name.startsWith('cmhw/'))
            .map(({ name, category, icon, description, apiVersion }) => ({
              name,
              category,
              apiVersion,
              icon: Boolean(icon?.src),
              description: Boolean(description),
            })),
        );
        for (const [name] of BLOCKS) {
          assert.deepEqual(
            blocks.find((block) => block.name === name),
            { name, category: 'cmhw-widgets', apiVersion: 3, icon: true, description: true },
          );
        }
        assert.ok(canvas(editor), 'the post editor’s canvas is an iframe');
      },
    );

    for (const [keyword, titles] of [
      ['countdown', [BLOCKS[0][1]]],
      ['tips', [BLOCKS[1][1]]],
      ['mental health', BLOCKS.map(([, title]) => title)],
    ]) {
      it(
        `the inserter finds ${titles.length === 1 ? 'the block' : 'all three blocks'} by "${keyword}"`,
        { timeout: 30_000 },
        async () => {
          const options = await searchInserter(editor, keyword);
          // The results follow the search after a moment: wait for each title (a missing one fails on the timeout).
          for (const title of titles) await options.filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
          const found = (await options.allTextContents()).map((text) => text.trim());
          for (const title of titles) assert.ok(found.includes(title), `${title} in ${JSON.stringify(found)}`);
          await closeInserter(editor);
        },
      );
    }

    it(
      'the countdown: the newest week by default, set up in the sidebar, live in the iframe, previewed on a day never saved',
      { timeout: 90_000 },
      async () => {
        await insertFromInserter(editor, 'countdown', BLOCKS[0][1]);
        // A block inserted today follows the newest known week, in the site's language.
        assert.equal(await settings(editor).getByLabel('Edition').inputValue(), 'latest');
        const fresh = await describeElement(canvas(editor), 'cmhw-countdown');
        assert.ok(fresh.defined, 'the kit is defined inside the editor’s iframe');
        assert.equal(fresh.attributes.edition, 'latest');
        assert.equal(fresh.attributes.lang, 'en-US', 'the site’s language (WordPress’s default, en_US)');

        await settings(editor).getByLabel('Smallest unit shown').selectOption('day');
        await settings(editor).getByLabel('Edition').selectOption('2024');
        await openPanel(editor, 'Language');
        await settings(editor).getByLabel('Language', { exact: true }).selectOption('cy');
        // A colour from the theme's palette (Twenty Twenty-Five's first, white), kept as a reference to the palette.
        await settings(editor)
          .getByRole('button', { name: /Accent \(buttons, number boxes\)/ })
          .click();
        await editor.locator('.components-popover .components-circular-option-picker__option').first().click();
        await editor.keyboard.press('Escape');
        // White under the default white text on the accent: WordPress warns.
        await settings(editor).locator('.block-editor-contrast-checker', { hasText: 'hard for people to read' }).waitFor();
        await openPanel(editor, 'Preview');
        await settings(editor).getByRole('button', { name: 'During', exact: true }).click();

        // The live preview follows the sidebar, inside the iframe.
        await canvas(editor).waitForFunction(() => document.querySelector('cmhw-countdown')?.getAttribute('phase') === 'during');
        const live = await describeElement(canvas(editor), 'cmhw-countdown');
        assert.equal(live.attributes.edition, '2024');
        assert.equal(live.attributes.precision, 'day');
        assert.equal(live.attributes.lang, 'cy');
        assert.equal(live.attributes.now, '2024-02-07T12:00');
        assert.equal(live.attributes.phase, 'during', 'the preview shows the week as on its third day');
        assert.match(live.attributes.style, /--cmhw-accent: var\(--wp--preset--color--[a-z0-9-]+\)/);
        assert.match(live.shadow, /Diwrnod 3 o 7/, 'the preview speaks Welsh');
        assert.equal(await editor.evaluate(() => Boolean(customElements.get('cmhw-countdown'))), false, 'not in the outer page');

        const saved = await editor.editor.getEditedPostContent();
        assert.match(saved, /<!-- wp:cmhw\/countdown \{[^}]*"edition":"2024"/);
        assert.doesNotMatch(saved, /now|2024-02-07/, 'the preview day is not saved');
      },
    );

    it('the tip card: daily mode, and the partner’s own tip written as inner content', { timeout: 90_000 }, async () => {
      await editor.evaluate(() => wp.data.dispatch('core/block-editor').clearSelectedBlock());
      await insertFromInserter(editor, 'tips', BLOCKS[1][1]);
      await settings(editor).getByLabel('Show', { exact: true }).selectOption('daily');
      const frame = canvas(editor);
      await frame.locator('.cmhw-tips-editor .block-editor-button-block-appender').click();
      await frame.getByLabel('Tip heading').fill('Walk to school together');
      await frame.getByLabel('Tip text').fill('Ten minutes side by side, without screens, is time to talk.');
      await frame.waitForFunction(() =>
        document.querySelector('cmhw-tip-card')?.shadowRoot?.textContent.includes('Walk to school together'),
      );
      const live = await describeElement(frame, 'cmhw-tip-card');
      assert.equal(live.attributes.mode, 'daily');
      assert.match(
        live.light,
        /<ul><li><h3>Walk to school together<\/h3><p>Ten minutes side by side, without screens, is time to talk\.<\/p><\/li><\/ul>/,
      );
    });

    it(
      'the banner: dismissible, heading level, resources link and show window from the sidebar',
      { timeout: 90_000 },
      async () => {
        await editor.evaluate(() => wp.data.dispatch('core/block-editor').clearSelectedBlock());
        await insertFromInserter(editor, 'mental health', BLOCKS[2][1]);
        await settings(editor).getByLabel('Edition').selectOption('2023');
        await settings(editor).getByLabel('Visitors can dismiss it').check();
        await settings(editor).getByLabel('Heading level').selectOption('3');
        await settings(editor).getByLabel('Resources link').fill('https://example.org/our-resources');
        await settings(editor).getByLabel('Show from this many days before the week').fill('14');
        await settings(editor).getByLabel('…until this many days after it').fill('2');
        const frame = canvas(editor);
        await frame.waitForFunction(() => document.querySelector('cmhw-banner')?.getAttribute('show-window') === '14 2');
        const live = await describeElement(frame, 'cmhw-banner');
        assert.equal(live.attributes.dismissible, '');
        assert.equal(live.attributes['heading-level'], '3');
        assert.equal(live.attributes.href, 'https://example.org/our-resources');
        assert.ok(live.defined);
        await frame
          .locator('.wp-block-cmhw-banner .cmhw-preview-note', {
            hasText: 'Shown from 14 days before the week until 2 days after it',
          })
          .waitFor();
        // Previewed during the week, the banner shows its theme; its close button does not hide it in the editor
        // (a dismissal would be remembered in this browser and leave an empty block).
        await openPanel(editor, 'Preview');
        await settings(editor).getByRole('button', { name: 'During', exact: true }).click();
        const banner = frame.locator('cmhw-banner');
        await banner.getByRole('heading', { level: 3, name: /Let[’']s Connect/ }).waitFor();
        await banner.getByRole('button', { name: 'Hide this banner' }).click();
        assert.ok(await banner.getByRole('heading', { level: 3 }).isVisible(), 'the banner stays in the editor');
        assert.deepEqual(
          await frame.evaluate(() => Object.keys(localStorage).filter((key) => /cmhw/i.test(key))),
          [],
          'nothing is remembered',
        );
        assertClean(editor);
      },
    );

    it(
      'publishes; the published page shows each element as chosen, and loads the kit as one script module',
      { timeout: 90_000 },
      async () => {
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
          {
            edition: '2024',
            precision: 'day',
            lang: 'cy',
            phase: countdown.attributes.phase,
            style: undefined,
            class: undefined,
          },
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
        assert.equal(tips.attributes.edition, 'latest', 'the newest week, as inserted');
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

        // Three blocks, one script module (WordPress's script modules: an id ending in -js-module), requested once.
        const scripts = await page.evaluate(() =>
          [...document.querySelectorAll('script[src*="cmhw-widgets.js"]')].map((s) => `${s.type} ${s.id}`),
        );
        assert.deepEqual(scripts, ['module cmhw-widgets-js-module']);
        assert.equal(kitRequests.length, 1);
        assertClean(page);
      },
    );

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
      await visitor.close();
    });

    it('a page with no block loads no kit file', { timeout: 30_000 }, async () => {
      const page = await newPage();
      const kitRequests = [];
      page.on('request', (request) => {
        if (/cmhw-widgets(\.js|\/build)/.test(request.url())) kitRequests.push(request.url());
      });
      await page.goto(`${site.url}/?p=1`); // WordPress's "Hello world!" post
      await page.waitForLoadState('load');
      assert.equal(await page.locator('script[src*="cmhw-widgets"]').count(), 0);
      assert.deepEqual(kitRequests, []);
      assertClean(page);
    });

    it(
      'the pattern "Children’s Mental Health Week" inserts the banner, the countdown and the tips, valid and working',
      { timeout: 90_000 },
      async () => {
        const page = await newPage();
        await page.admin.createNewPost({ title: 'Our week' });
        await searchInserter(page, 'Children’s Mental Health Week');
        const pattern = page
          .getByRole('listbox', { name: /patterns/i })
          .getByRole('option', { name: 'Children’s Mental Health Week' });
        await pattern
          .or(page.getByRole('option', { name: "Children's Mental Health Week", exact: true }))
          .first()
          .click();
        await closeInserter(page);
        const blocks = await blocksOf(page);
        assert.deepEqual(
          blocks
            .filter((block) => block.name.startsWith('cmhw/'))
            .map(({ name, isValid, attributes }) => [name, isValid, attributes.edition]),
          [
            ['cmhw/banner', true, 'latest'],
            ['cmhw/countdown', true, 'latest'],
            ['cmhw/tip-card', true, 'latest'],
          ],
        );
        assert.ok(
          blocks.every((block) => block.isValid),
          'every block of the pattern is valid',
        );
        for (const [, , tag] of BLOCKS) {
          const live = await describeElement(canvas(page), tag);
          assert.ok(live.defined && live.shadow.trim(), `${tag} works in the editor`);
        }
        const url = await publish(page);
        const view = await newPage();
        await view.goto(url);
        for (const [, , tag] of BLOCKS) assert.ok((await describeElement(view, tag)).defined, `${tag} on the published page`);
        assert.equal(await view.locator('script[src*="cmhw-widgets.js"]').count(), 1);
        assertClean(page);
        assertClean(view);
        await page.close();
      },
    );

    it(
      'inside a contentOnly pattern the school’s own tip stays editable, and the other settings stay locked',
      { timeout: 90_000 },
      async () => {
        const page = await newPage();
        await page.admin.createNewPost({ title: 'A locked layout' });
        await page.evaluate(() => {
          const { createBlock } = wp.blocks;
          wp.data
            .dispatch('core/block-editor')
            .insertBlocks([
              createBlock('core/group', { templateLock: 'contentOnly' }, [
                createBlock('cmhw/banner', { edition: 'latest', href: 'https://example.org/our-resources' }),
                createBlock('cmhw/tip-card', { edition: 'latest' }, [createBlock('cmhw/tip', { title: 'Walk', text: 'Talk.' })]),
              ]),
            ]);
        });
        const modes = await page.evaluate(() => {
          const { getBlocks, getBlockEditingMode } = wp.data.select('core/block-editor');
          const [group] = getBlocks();
          const [banner, card] = group.innerBlocks;
          return [banner, card, card.innerBlocks[0]].map((block) => [block.name, getBlockEditingMode(block.clientId)]);
        });
        // Blocks with content (role "content" attributes) are editable for their content; the rest is locked. The
        // tips inside the card are its content (WordPress 6.8 leaves them fully editable, 7.1 content only).
        assert.deepEqual(modes.slice(0, 2), [
          ['cmhw/banner', 'contentOnly'],
          ['cmhw/tip-card', 'contentOnly'],
        ]);
        assert.ok(['contentOnly', 'default'].includes(modes[2][1]), `the tip is editable (${modes[2][1]})`);
        const heading = canvas(page).getByLabel('Tip heading');
        await heading.click();
        await heading.press('End');
        await page.keyboard.type(' to school together');
        await canvas(page).waitForFunction(() =>
          document.querySelector('cmhw-tip-card')?.shadowRoot?.textContent.includes('Walk to school together'),
        );
        const tip = (await blocksOf(page)).find((block) => block.name === 'cmhw/tip');
        assert.equal(tip.attributes.title, 'Walk to school together');
        assertClean(page);
        await page.close();
      },
    );

    it(
      'a post saved by the plugin’s first release opens valid, and keeps its week (2023, then the default)',
      { timeout: 90_000 },
      async () => {
        const id = (
          await site.phpScript(`require getenv( 'CMHW_SITE' ) . '/wp-load.php';
echo wp_insert_post( array( 'post_title' => 'Saved by 0.1.0', 'post_status' => 'publish', 'post_author' => get_user_by( 'login', ${JSON.stringify(EDITOR.user)} )->ID, 'post_content' => wp_slash( ${JSON.stringify(SAVED_BY_0_1_0).replace(/\$/g, '\\$')} ) ) );`)
        ).trim();
        assert.match(id, /^\d+$/);
        const page = await newPage();
        await page.admin.editPost(Number(id));
        await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().length > 0);
        const blocks = await blocksOf(page);
        assert.deepEqual(
          blocks.map(({ name, isValid }) => [name, isValid]),
          [
            ['cmhw/countdown', true],
            ['cmhw/tip-card', true],
            ['cmhw/tip', true],
            ['cmhw/tip-card', true],
            ['cmhw/banner', true],
          ],
        );
        assert.equal(blocks[3].attributes.interval, 45, 'the card without tips keeps its settings');
        // Saved again, the card without tips gets today's markup (its empty list); nothing else changes.
        const saved = await page.evaluate(() => wp.blocks.serialize(wp.data.select('core/block-editor').getBlocks()));
        assert.equal((saved.match(/<ul>/g) ?? []).length, 2);
        assert.ok(saved.includes(SAVED_BY_0_1_0.split('\n\n')[0]), 'the countdown is saved as it was');
        for (const block of blocks.filter((b) => b.name !== 'cmhw/tip'))
          assert.equal(block.attributes.edition, '2023', block.name);
        const view = await newPage();
        await view.goto(`${site.url}/?p=${id}`);
        const editions = await view.evaluate(() =>
          [...document.querySelectorAll('cmhw-countdown, cmhw-tip-card, cmhw-banner')].map((e) => e.getAttribute('edition')),
        );
        assert.deepEqual(editions, ['2023', '2023', '2023', '2023']);
        assertClean(page);
        assertClean(view);
        await page.close();
      },
    );

    it(`an attribute or a partner tip holding ${PAYLOAD} shows as text and runs nothing`, { timeout: 180_000 }, async () => {
      const page = await newPage();
      await page.admin.createNewPost({ title: 'Tips with markup in them' });
      // Typed where an editor types: a tip's heading and text, and the banner's link.
      await insertFromInserter(page, 'tips', BLOCKS[1][1]);
      const frame = canvas(page);
      await frame.locator('.cmhw-tips-editor .block-editor-button-block-appender').click();
      await frame.getByLabel('Tip heading').fill(PAYLOAD);
      await frame.getByLabel('Tip text').fill(PAYLOAD);
      await page.evaluate(() => wp.data.dispatch('core/block-editor').clearSelectedBlock());
      await insertFromInserter(page, 'mental health', BLOCKS[2][1]);
      await settings(page).getByLabel('Resources link').fill(PAYLOAD);
      // And in every other attribute, as a hand-edited post could hold them.
      await page.evaluate((payload) => {
        const { createBlock } = wp.blocks;
        const every = {
          edition: payload,
          start: payload,
          end: payload,
          lang: payload,
          colors: { accent: payload, text: payload },
        };
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
      // Every element's attributes: no markup anywhere; an unknown edition is left out for the default (2023),
      // beside the banner inserted from the inserter, which follows the newest week.
      const elements = await post.evaluate(() =>
        [...document.querySelectorAll('cmhw-countdown, cmhw-banner')].map((element) => [
          element.localName,
          Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        ]),
      );
      for (const [tag, attributes] of elements)
        for (const [name, value] of Object.entries(attributes))
          assert.ok(!value.includes('<script>'), `${tag} ${name}="${value}"`);
      assert.deepEqual(
        elements.map(([tag, attributes]) => `${tag} ${attributes.edition}`),
        ['cmhw-banner latest', 'cmhw-countdown 2023', 'cmhw-banner 2023'],
      );
      assert.equal(await post.locator('cmhw-banner[href]').count(), 0, 'a link that is not http(s) is left out');
      assert.deepEqual(post.record.dialogs, [], 'nothing ran on the published page');
      assertClean(post);
      await page.close();
    });

    it('with the site in Welsh, the sidebar, the block’s title and the widget read Welsh', { timeout: 90_000 }, async () => {
      // Welsh for the whole site: WordPress's own Welsh (Debian's wordpress-l10n) and the plugin's.
      const setLanguage = (code) =>
        site.phpScript(`require getenv( 'CMHW_SITE' ) . '/wp-load.php';\nupdate_option( 'WPLANG', '${code}' );`);
      await setLanguage('cy');
      try {
        const page = await newPage();
        await page.goto(postUrl);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
        const tips = await describeElement(page, 'cmhw-tip-card');
        assert.equal(tips.attributes.lang, undefined, 'the tip card has no language of its own');
        assert.match(tips.shadow, /Awgrymiadau i rieni a gofalwyr/);
        assertClean(page);

        // The editor, in the site's language (the editor's own language is the site's): a countdown selected.
        const welsh = await newPage();
        await welsh.admin.createNewPost();
        await welsh.evaluate(() => {
          const block = wp.blocks.createBlock('cmhw/countdown', { edition: 'latest' });
          wp.data.dispatch('core/block-editor').insertBlocks([block]);
          wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
          wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        });
        const sidebar = welsh.locator('.interface-complementary-area');
        await sidebar.getByText('Cyfri i lawr Wythnos Iechyd Meddwl Plant').first().waitFor();
        for (const label of ['Yr uned leiaf a ddangosir', 'Rhifyn']) await sidebar.getByLabel(label).waitFor();
        await sidebar.getByText('Lliwiau', { exact: true }).waitFor();
        for (const title of ['Wythnos', 'Iaith', 'Rhagolwg'])
          await sidebar.getByRole('button', { name: title, exact: true }).waitFor();
        assert.equal(await sidebar.getByText('Smallest unit shown').count(), 0, 'no English left in the plugin’s panels');
        const live = await describeElement(canvas(welsh), 'cmhw-countdown');
        assert.equal(live.attributes.lang, 'cy', 'the preview speaks the site’s language');
        assertClean(welsh);
        await welsh.close();
      } finally {
        await setLanguage('');
      }
    });

    it('no console warning from WordPress about the blocks (deprecations, Block API, iframe)', () => {
      // The kit's own warnings about the hostile values above (an element names itself: "<cmhw-banner>: …") are
      // the widgets' designed answer to bad input, not WordPress's.
      const about = warnings.filter(
        (text) => /cmhw|apiVersion|api version|deprecated|iframe/i.test(text) && !/^<cmhw-[a-z-]+>: /.test(text),
      );
      // WordPress 7.1's own, about a style of its global styles (a core handle), not about a block: allowed by name.
      const core = /^global-styles-css-custom-properties-inline-css was added to the iframe incorrectly/;
      assert.deepEqual(
        about.filter((text) => !core.test(text)),
        [],
      );
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
      assert.deepEqual(
        log.split('\n').filter((line) => line.includes('cmhw-widgets')),
        [],
      );
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
      // The countdown (2024) and the banner (2023) keep their dates; the tip card follows the newest week, so it
      // keeps the link and the partner's tip but names no dates (they would go out of date).
      for (const block of await blocks.all()) assert.equal(await block.locator(`a[href="${OFFICIAL_SITE}"]`).count(), 1);
      const text = await content.textContent();
      assert.match(text, /Children[’']s Mental Health Week: 5–11 February 2024/);
      assert.match(text, /Children[’']s Mental Health Week: 6–12 February 2023/);
      assert.match(text, /Walk to school together/);
      assertClean(page);
    });
  });
}
