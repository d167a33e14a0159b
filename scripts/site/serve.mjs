// Serves a folder as plain files on 127.0.0.1 (a free port), as a school's web space would: no rewriting, folders
// answered by their index.html, and, with `under`, the whole site in a sub-folder of the server. Used by the site's
// build (scripts/site/finish.mjs) and by `npm run lighthouse`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** The content type of each kind of file a site holds, as a web host sends them. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves to `{ url, close }`: `url` is the site's root, e.g. http://127.0.0.1:40123/some/folder/. */
export function serveFolder(folder, { under = '/' } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (!path.startsWith(under)) return response.writeHead(404).end('Not found');
    let file = normalize(join(folder, path.slice(under.length)));
    if (!file.startsWith(normalize(folder))) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      // A folder without its trailing slash is redirected, as Apache and nginx do, so that relative links work.
      if (!path.endsWith('/')) return response.writeHead(301, { Location: `${path}/` }).end();
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${under}`,
        // A browser keeps idle keep-alive connections open, and server.close() waits for every connection: end them
        // first, or closing waits for as long as the browser lives.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    }),
  );
}
