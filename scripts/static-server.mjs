// The one server for the built site (dist/): `npm start`, the browser tests and the benchmark all use it.
// Directory index at /path/ (a page asked for as /path is redirected there, keeping the query), 404.html
// with status 404, gzip for every text response, correct MIME types, and the headers of dist/_headers
// (written by the build, src/integrations/deploy-headers.mjs), so it sends what a deploy sends. Why not
// `astro preview`: see README "站点服务器" (it leaves responses under 1 KiB uncompressed, which skews the
// size budgets).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HEADERS_FILE, NGINX_FILE, REVALIDATE, headersFor, parseHeadersFile } from '../src/integrations/deploy-headers.mjs';

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
/** The deploy's own config files sit in dist/ beside the pages; they are not pages (nginx.conf hides them too). */
const hidden = new Set([`/${HEADERS_FILE}`, `/${NGINX_FILE}`]);

/** The header rules in dist/_headers; none when the build has not written one. */
function readRules(rootDir) {
  try {
    return parseHeadersFile(readFileSync(join(rootDir, HEADERS_FILE), 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
}

/** A short plain-text answer for a request that names no file (bad address, wrong method). */
function plain(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE, ...headers });
  res.end(text);
}

/**
 * @param {{ root: URL | string, port?: number, host?: string, omitHeaders?: string[] }} options
 * omitHeaders: header names of dist/_headers left out (the bench's Lighthouse runs only, see bench.mjs).
 */
export function startServer({ root, port = 0, host = '127.0.0.1', omitHeaders = [] }) {
  const rootDir = resolvePath(typeof root === 'string' ? root : fileURLToPath(root));
  const omitted = new Set(omitHeaders.map((name) => name.toLowerCase()));
  const rules = readRules(rootDir).map(([pattern, headers]) => /** @type {const} */ ([pattern, headers.filter(([name]) => !omitted.has(name.toLowerCase()))]));
  /** The file under the root for a decoded path, or undefined when the path leads outside it. */
  const inside = (pathname) => {
    const file = resolvePath(rootDir, `.${pathname}`);
    const rel = relative(rootDir, file);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : file;
  };
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        plain(res, 405, '只支持 GET 和 HEAD。', { Allow: 'GET, HEAD' });
        return;
      }
      // The path as sent, never parsed against a base: "//guide/" would otherwise be read as a host.
      const target = req.url ?? '/';
      const cut = target.search(/[?#]/);
      const rawPath = cut < 0 ? target : target.slice(0, cut);
      const search = cut < 0 || target[cut] === '#' ? '' : target.slice(cut).replace(/#.*/, '');
      if (!rawPath.startsWith('/')) {
        plain(res, 400, '地址格式不对。');
        return;
      }
      // Repeated slashes: send the browser to the one address of the page (a backslash counts as a slash,
      // as browsers read it, so the Location can never start with "//" or "/\\" and leave the site).
      if (/[/\\]{2}/.test(rawPath)) {
        res.writeHead(308, { Location: `${rawPath.replace(/[/\\]{2,}/g, '/')}${search}` });
        res.end();
        return;
      }
      let pathname;
      try {
        pathname = decodeURIComponent(rawPath);
      } catch {
        plain(res, 400, '地址里有无法解码的 % 编码。');
        return;
      }
      let file = inside(pathname);
      if (!file || pathname.includes('\0')) {
        plain(res, 400, '地址指向网站目录之外。');
        return;
      }
      let status = 200;
      try {
        if (hidden.has(pathname)) throw new Error('not a page');
        if ((await stat(file)).isDirectory()) {
          if (!pathname.endsWith('/')) {
            // From the path as sent: a decoded "/%2Fguide" would make "//guide/", another host.
            res.writeHead(308, { Location: `${rawPath}/${search}` });
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
      const headers = { 'Content-Type': type, 'Cache-Control': REVALIDATE, ...headersFor(rules, pathname) };
      // An error page is never cached as long as the file it stands in for would be.
      if (status !== 200) headers['Cache-Control'] = REVALIDATE;
      if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(status, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      plain(res, 500, String(error));
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
