// Serves the built site (dist/) with `astro preview`: the one server for `npm start`, the browser tests
// and the benchmark. It gzips text responses, answers unknown addresses with 404.html and status 404,
// and follows the site's `trailingSlash: 'always'`: pages live at /path/, and /path (a page typed
// without its slash) is redirected there instead of getting a bare 404.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);

/** `/path` → `/path/` when dist/path/index.html exists; otherwise undefined. */
function withSlash(/** @type {string} */ rawUrl) {
  const url = new URL(rawUrl, 'http://x');
  const path = url.pathname;
  if (path.endsWith('/') || /\.[^/]+$/.test(path)) return undefined;
  let file;
  try {
    file = new URL(`.${decodeURIComponent(path)}/index.html`, dist);
  } catch {
    return undefined;
  }
  return file.href.startsWith(dist.href) && existsSync(file) ? `${path}/${url.search}` : undefined;
}

/**
 * @param {{ root?: URL | string, port?: number, host?: string }} options `root` is accepted for older
 *   callers that passed dist/; the site served is always the project's dist/ as configured.
 */
export async function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({ root: projectRoot, server: { port, host }, logLevel: 'warn' });
  const http = /** @type {import('node:http').Server} */ (server.server);
  const handlers = http.listeners('request');
  http.removeAllListeners('request');
  http.on('request', (req, res) => {
    const target = (req.method === 'GET' || req.method === 'HEAD') && withSlash(req.url ?? '/');
    if (target) {
      res.writeHead(308, { Location: target }).end();
      return;
    }
    for (const handler of handlers) handler.call(http, req, res);
  });
  return {
    url: `http://${host}:${server.port}`,
    close: () => server.stop(),
  };
}
