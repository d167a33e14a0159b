// The school's download (dist/cmhw-widgets-VERSION.zip, npm run build:zip) unpacked into a temporary folder and served
// under /school/ as a school's web space serves files: as they are, by their type, a folder answered by its
// index.html. test/release/school-zip.test.ts pastes the HOW-TO's code into a page that loads from there. The folder
// is unpacked on the first request (so a missing zip fails that test only) and removed when the server stops.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { schoolZipName } from '../../scripts/release/addresses.mjs';
import { TYPES } from '../../scripts/site/serve.mjs';
import { unzip } from '../../scripts/wordpress/zip.mjs';

export const SCHOOL_PATH = '/school/';

export function schoolWebSpacePlugin() {
  let folder;
  const unpack = () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const zip = new URL(`../../dist/${schoolZipName(pkg)}`, import.meta.url);
    if (!existsSync(zip)) return undefined;
    const into = mkdtempSync(join(tmpdir(), 'cmhw-school-'));
    for (const [name, data] of unzip(readFileSync(zip))) {
      const file = normalize(join(into, name));
      if (!file.startsWith(into)) throw new Error(`the zip names a file outside its folder: ${name}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
    return into;
  };
  return {
    name: 'cmhw-school-web-space',
    serve(context) {
      if (!context.path.startsWith(SCHOOL_PATH)) return undefined;
      folder ??= unpack();
      if (!folder) return { body: 'Not found: run `npm run build` (it writes the zip)', type: 'text/plain', status: 404 };
      let file = normalize(join(folder, decodeURIComponent(context.path.slice(SCHOOL_PATH.length))));
      if (!file.startsWith(folder)) return { body: 'Forbidden', type: 'text/plain', status: 403 };
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return { body: 'Not found', type: 'text/plain', status: 404 };
      return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
    },
    serverStop() {
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
