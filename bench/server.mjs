// The benchmark's local web server, on 127.0.0.1 only: the built kit (dist/), the bundles and the harness (bench/),
// and a generated page per candidate and instance count. No other address is ever used.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { ROOT } from './bundle.mjs';
import { CANDIDATES } from './candidates.mjs';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/** A plain school page: a heading, the instances, and text below them (which would move if they grew). */
export function pageFor(candidate, count, week, options = {}) {
  const config = JSON.stringify({ bundle: candidate.bundle, tags: candidate.tags });
  const instances = Array.from({ length: count }, () => candidate.markup(week, options)).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${candidate.id} × ${count}</title>
<style>
  body { margin: 8px; font: 16px/1.4 sans-serif; }
  ${candidate.style ? candidate.style(options) : ''}
</style>
</head>
<body>
<h1>Our school</h1>
${instances}
<p id="below">The page goes on below the widgets.</p>
<script type="application/json" id="bench-config">${config}</script>
<script type="module" src="/bench/page/harness.js"></script>
</body>
</html>`;
}

/** Starts the server; resolves to its origin and a close function. Pages: /page/<id>/<count>[/seconds].html */
export async function startServer(week) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    // ?bundle=/bench/out/bundles/<name>.js loads another build of the candidate (bench/profile.mjs: the readable kit).
    const otherBundle = url.searchParams.get('bundle');
    const page = path.match(/^\/page\/([\w-]+)\/(\d+)(\/seconds)?\.html$/);
    try {
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      if (page) {
        let candidate = CANDIDATES.find((c) => c.id === page[1] && c.bundle);
        if (!candidate) throw new Error('no such candidate');
        if (otherBundle) {
          if (!/^\/bench\/out\/bundles\/[\w-]+\.js$/.test(otherBundle)) throw new Error('not a bundle');
          candidate = { ...candidate, bundle: otherBundle };
        }
        const html = pageFor(candidate, Number(page[2]), week, { seconds: Boolean(page[3]) });
        response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(html);
        return;
      }
      const file = normalize(path).replace(/^\/+/, '');
      if (!/^(dist|bench\/out\/bundles|bench\/page)\//.test(file)) throw new Error('not served');
      const body = await readFile(`${ROOT}${file}`);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    // The browser's idle keep-alive connections would keep close() waiting: end them too.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
