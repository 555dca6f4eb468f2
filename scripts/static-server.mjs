// The one server for the built site (dist/): `npm start`, the browser tests and the benchmark all use it.
// Directory index at /path/ (a page asked for as /path is redirected there, keeping the query), 404.html
// with status 404, gzip for every text response, correct MIME types. Why not `astro preview`: see
// README "站点服务器" (it leaves responses under 1 KiB uncompressed, which skews the size budgets).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** @param {{ root: URL | string, port?: number, host?: string }} options */
export function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const rootDir = typeof root === 'string' ? root : fileURLToPath(root);
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(rootDir, pathname));
      if (!file.startsWith(normalize(rootDir))) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      let status = 200;
      try {
        if ((await stat(file)).isDirectory()) {
          if (!pathname.endsWith('/')) {
            const { search } = new URL(req.url ?? '/', 'http://x');
            res.writeHead(308, { Location: `${encodeURI(pathname)}/${search}` });
            res.end();
            return;
          }
          file = join(file, 'index.html');
        }
        await stat(file);
      } catch {
        file = join(rootDir, '404.html');
        status = 404;
      }
      let body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(status, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}
