// The built site (npm run build:site) as the site's tests load it: from a sub-folder of the server, as a school
// would upload it (`/uploads/our school/cmhw/`, with a space), every HTML page with a recorder of errors,
// warnings and layout shifts (test/fixtures/record-site-page.js) added first in its head. And the commands
// `site-pages`: every page of the site (scripts/site/plugin.mjs); `site-visit` { url, width, height }: that page
// opened as a visitor opens it, on its own (see test/site/site.test.ts): { opened: true, recorded }, what its recorder
// recorded once the page settled, or { opened: false } where the engine cannot open a page of its own (WebKit,
// through WebDriver).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES } from '../../scripts/site/plugin.mjs';

export const SITE_FOLDER = '/uploads/our%20school/cmhw/';
const site = fileURLToPath(new URL('../../site/', import.meta.url));
const RECORDER = '<script src="/test/fixtures/record-site-page.js"></script>';

export function siteServerPlugin() {
  return {
    name: 'cmhw-site-server',
    serve(context) {
      const path = decodeURIComponent(context.path);
      const folder = decodeURIComponent(SITE_FOLDER);
      if (!path.startsWith(folder)) return undefined;
      let file = `${site}${path.slice(folder.length)}`;
      if (existsSync(file) && statSync(file).isDirectory()) file = `${file.replace(/\/?$/, '/')}index.html`;
      if (!existsSync(file)) return { body: 'Not found', type: 'text/plain', status: 404 };
      if (extname(file) === '.html') {
        return { body: readFileSync(file, 'utf8').replace(/<head>/, `<head>${RECORDER}`), type: 'html' };
      }
      return { body: readFileSync(file), type: extname(file).slice(1) };
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'site-pages') {
        return { built: existsSync(`${site}index.html`), folder: SITE_FOLDER, pages: PAGES.map((page) => page.path) };
      }
      if (command !== 'site-visit') return undefined;
      if (typeof session.browser.visit !== 'function') return { opened: false };
      const { url, width, height } = payload;
      const recorded = await session.browser.visit(session.id, {
        url,
        width,
        height,
        // What the recorder recorded (its data only), once the page has settled.
        expression: `window.whenSettled().then(() => JSON.parse(JSON.stringify(window.recorded)))`,
        timeout: 25_000,
      });
      return { opened: true, recorded };
    },
  };
}
