// The school's download as built by `npm run build` (dist/cmhw-widgets-VERSION.zip, scripts/release/school-zip.ts):
// it holds exactly what its HOW-TO.html names, the files are this build's, the hash file checks out with sha384sum,
// and the site offers the zip from the configurator page. (Its code working from a school's web space is a browser
// test: test/release/school-zip.test.ts.) Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PAGE_FILES, releaseAddresses } from '../../scripts/release/addresses.mjs';
import { unzip } from '../../scripts/wordpress/zip.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

describe("the school's download", () => {
  const addresses = releaseAddresses();
  let files;
  let howTo;
  let unpacked;

  before(() => {
    files = unzip(readFileSync(join(root, 'dist', addresses.zip)));
    howTo = files.get('HOW-TO.html')?.toString('utf8') ?? assert.fail('HOW-TO.html is missing');
    unpacked = mkdtempSync(join(tmpdir(), 'cmhw-zip-'));
    for (const [name, data] of files) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), data);
    }
  });
  after(() => rmSync(unpacked, { recursive: true, force: true }));

  it('is named after the version, and holds exactly the files its HOW-TO lists', () => {
    assert.equal(addresses.zip, `cmhw-widgets-${addresses.version}.zip`);
    const listed = [...howTo.matchAll(/<code class="file">([^<]+)<\/code>/g)].map(([, name]) => name);
    const folders = new Set([...files.keys()].filter((name) => name.includes('/')).map((name) => `${name.split('/')[0]}/`));
    assert.deepEqual([...listed].sort(), [...files.keys(), ...folders].sort());
  });

  it("holds this build's single file and iframe page in the folder to upload, and the licence", () => {
    for (const file of PAGE_FILES) {
      assert.ok(files.get(`cmhw-widgets/${file}`)?.equals(readFileSync(join(root, 'dist', file))), `cmhw-widgets/${file}`);
    }
    assert.ok(files.get('LICENSE').equals(readFileSync(join(root, 'LICENSE'))));
  });

  it('every file the code in its HOW-TO loads from the uploaded folder is in that folder', () => {
    const loaded = [...howTo.matchAll(/<mark>[^<]+<\/mark>([\w/.-]+)/g)].map(([, path]) => path);
    assert.ok(loaded.includes('cmhw-widgets/cmhw-widgets.js'), 'the code loads the single file');
    assert.ok(loaded.includes('cmhw-widgets/embed.html'), 'the frame loads the iframe page');
    for (const path of loaded) assert.ok(files.has(path), path);
  });

  it("its code carries this build's integrity hash, and its hash file checks out with sha384sum", async () => {
    // (In the page the code is HTML-escaped text.)
    assert.ok(howTo.includes(`integrity=&quot;${addresses.integrity}&quot;`), 'the integrity hash of dist/cmhw-widgets.js');
    const { stdout } = await run('sha384sum', ['-c', 'cmhw-widgets.js.sha384'], { cwd: join(unpacked, 'cmhw-widgets') });
    assert.equal(stdout.trim(), 'cmhw-widgets.js: OK');
    assert.ok(howTo.includes(addresses.sha384));
  });

  it("points a school without web space to the kit's site, and to this version's release page for the WordPress plugin", () => {
    assert.ok(howTo.includes(`href="${addresses.pages.configurator}"`));
    assert.ok(howTo.includes(`href="${addresses.release}"`));
    assert.ok(howTo.includes(addresses.wordpressZip));
  });

  it("is in the built site's version folder, and the configurator page links to it without JavaScript", () => {
    assert.ok(
      readFileSync(join(root, 'site', `v${addresses.version}`, addresses.zip)).equals(
        readFileSync(join(root, 'dist', addresses.zip)),
      ),
    );
    const page = readFileSync(join(root, 'site/configurator/index.html'), 'utf8');
    assert.match(
      page,
      new RegExp(
        `<a href="\\.\\./v${addresses.version.replaceAll('.', '\\.')}/${addresses.zip.replaceAll('.', '\\.')}" download>`,
      ),
    );
  });
});
