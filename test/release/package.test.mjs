// The package as npm publishes it: publint and Are the Types Wrong clean, then the packed tarball (`npm pack`)
// installed into a fresh folder, as a developer or a jsDelivr visitor gets it, and used from a Vite app (built, then
// opened in Chromium) and from a plain HTML page; the single file at the path every jsDelivr address names, with
// the bytes the snippets' integrity hash is of. The fresh folder installs from the npm cache (--prefer-offline):
// `npm ci` has just put every package it needs there. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { CDN_ORIGIN, integrityOf, releaseAddresses } from '../../scripts/release/addresses.mjs';
import { customElements, definitionModule, publicSpecifier, readJson } from '../../scripts/package-paths.mjs';
import { serveFolder } from '../../scripts/site/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** A command with a deadline: killed (and failing) if it outlasts `minutes`. */
const run = (command, args, options = {}, minutes = 5) =>
  exec(command, args, { timeout: minutes * 60_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, ...options });

const pkg = readJson('package.json');

describe('the package, linted', () => {
  it('publint finds nothing, strict', { timeout: 120_000 }, async () => {
    const { messages } = await publint({ pkgDir: root, pack: 'npm', strict: true });
    assert.deepEqual(
      messages.map((message) => formatMessage(message, pkg)),
      [],
    );
  });

  it(
    'Are the Types Wrong finds nothing (attw --pack --profile esm-only), with every element module checked',
    { timeout: 300_000 },
    async () => {
      // The wildcard exports (./elements/*.js, ./define/*.js) are not found on their own: each element's pair is named.
      const manifest = readJson('custom-elements.json');
      const entrypoints = customElements(manifest).flatMap(({ declaration, module }) =>
        [module.path, definitionModule(manifest, declaration.tagName)?.path]
          .map((path) => path && publicSpecifier(path))
          .filter(Boolean)
          .map((specifier) => `.${specifier.slice(pkg.name.length)}`),
      );
      assert.ok(entrypoints.length >= 6, `${entrypoints.length} element modules`);
      const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
      const result = await run(
        process.execPath,
        [attw, '--pack', '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--include-entrypoints', ...entrypoints],
        { cwd: root },
      ).catch((error) => error);
      assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
      for (const entrypoint of entrypoints) assert.ok(result.stdout.includes(`"${pkg.name}${entrypoint.slice(1)}"`), entrypoint);
    },
  );
});

describe('the packed tarball, installed into a fresh folder', { timeout: 600_000 }, () => {
  const addresses = releaseAddresses();
  let folder;
  let tarball;
  let browser;
  let server;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cmhw-consumer-'));
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: root });
    const [report] = JSON.parse(stdout);
    tarball = { file: join(folder, report.filename), files: report.files.map((file) => file.path) };
    const app = join(folder, 'app');
    await run('mkdir', ['-p', join(app, 'src')]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'school-app', private: true, type: 'module' }, null, 2));
    // The Vite this project uses, so that the npm cache already holds it.
    const vite = readJson('node_modules/vite/package.json').version;
    await run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball.file, `vite@${vite}`],
      { cwd: app },
      10,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Opens a page, and returns what its first countdown shows once it has rendered, its <output>, and its errors. */
  async function countdownIn(url) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    try {
      await page.goto(url, { timeout: 30_000 });
      await page.waitForFunction(
        () => document.querySelector('cmhw-countdown')?.shadowRoot?.querySelector('[part="container"]'),
        null,
        {
          timeout: 30_000,
        },
      );
      const shown = await page.evaluate(() =>
        document.querySelector('cmhw-countdown').shadowRoot.textContent.replace(/\s+/g, ' '),
      );
      const output = await page.evaluate(() => document.querySelector('output')?.value);
      return { shown, output, errors };
    } finally {
      await page.close();
    }
  }

  it('holds the single file at the path of the jsDelivr addresses, the bytes of the integrity hash', () => {
    const path = new URL(addresses.jsdelivr.pinned).pathname.replace(`/npm/${pkg.name}@${pkg.version}/`, '');
    assert.equal(addresses.jsdelivr.pinned, `${CDN_ORIGIN}/npm/${pkg.name}@${pkg.version}/${path}`);
    assert.ok(tarball.files.includes(path), `${path} in the tarball`);
    const installed = readFileSync(join(folder, 'app/node_modules', pkg.name, path));
    assert.equal(integrityOf(installed), addresses.integrity);
    for (const file of ['embed.html', 'embed.js', 'embed.css']) assert.ok(tarball.files.includes(`dist/${file}`), file);
  });

  it('installs this version, with its dependencies', () => {
    const installedJson = (name) => JSON.parse(readFileSync(join(folder, 'app/node_modules', name, 'package.json'), 'utf8'));
    assert.equal(installedJson(pkg.name).version, pkg.version);
    for (const dependency of Object.keys(pkg.dependencies)) assert.equal(installedJson(dependency).name, dependency);
  });

  it('a Vite app imports it (the package entry, an element class and its define module), builds, and shows the widget', async () => {
    const app = join(folder, 'app');
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>School</title></head>\n' +
        '<body><cmhw-countdown edition="2026"></cmhw-countdown><output id="class"></output>\n' +
        '<script type="module" src="/src/main.js"></script></body></html>\n',
    );
    writeFileSync(
      join(app, 'src/main.js'),
      `import '${pkg.name}';\nimport { CmhwCountdown } from '${pkg.name}/elements/countdown.js';\nimport '${pkg.name}/define/countdown.js';\n` +
        `document.querySelector('#class').value = customElements.get('cmhw-countdown') === CmhwCountdown ? 'same class' : 'another class';\n`,
    );
    await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: app });
    const built = readFileSync(join(app, 'dist/index.html'), 'utf8');
    const script = /<script type="module" crossorigin src="\/([^"]+)"/.exec(built)?.[1];
    assert.ok(script, built);
    // Lit is bundled from the package's dependency: nothing is left to resolve in the browser.
    assert.doesNotMatch(readFileSync(join(app, 'dist', script), 'utf8'), /from\s*["'](lit|@lit\/)/);
    server = await serveFolder(join(app, 'dist'));
    const { shown, output, errors } = await countdownIn(server.url);
    await server.close();
    server = undefined;
    assert.match(shown, /2026/);
    assert.equal(output, 'same class', 'the tag is registered with the class the element module exports');
    assert.deepEqual(errors, []);
  });

  it('a plain HTML page loads node_modules/cmhw-widgets/dist/cmhw-widgets.js and shows the widget', async () => {
    const app = join(folder, 'app');
    const path = new URL(addresses.jsdelivr.pinned).pathname.replace(`/npm/${pkg.name}@${pkg.version}/`, '');
    writeFileSync(
      join(app, 'plain.html'),
      '<!doctype html>\n<html lang="cy"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Ysgol</title></head>\n' +
        '<body><cmhw-countdown edition="2026"></cmhw-countdown>\n' +
        `<script type="module" src="./node_modules/${pkg.name}/${path}" integrity="${addresses.integrity}" crossorigin="anonymous"></script></body></html>\n`,
    );
    server = await serveFolder(app);
    const { shown, errors } = await countdownIn(`${server.url}plain.html`);
    await server.close();
    server = undefined;
    assert.match(shown, /2026/);
    // The page's language: Welsh.
    assert.match(shown, /Chwefror/);
    assert.deepEqual(errors, []);
  });
});
