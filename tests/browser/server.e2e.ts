/**
 * The one server for the built site (scripts/static-server.mjs, also `npm start`): gzip, 404.html, trailing
 * slashes, odd and hostile requests, and the deploy headers it reads from dist/_headers.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test as base } from 'vitest';
import { baseUrl } from '../support/harness';
import { startServer } from '../../scripts/static-server.mjs';
import { parseHeadersFile } from '../../src/integrations/deploy-headers.mjs';

const get = (path: string, init: RequestInit = {}) =>
  fetch(new URL(path, baseUrl), { redirect: 'manual', ...init, headers: { 'accept-encoding': 'gzip', ...(init.headers ?? {}) } });

base('pages are served gzipped at their trailing-slash address', async () => {
  for (const path of ['/', '/checklist/', '/scenarios/quality/', '/check/']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-encoding'), path).toBe('gzip');
    expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
  }
});

base('scripts are gzipped too, small ones included (why this server and not astro preview)', async () => {
  const html = await (await get('/checklist/')).text();
  // The islands' code and the search opener's, which the page imports after its first paint.
  const scripts = [...html.matchAll(/(?:component-url="|renderer-url="|src="|import\(")(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const script of scripts) {
    const response = await get(script);
    expect(response.status, script).toBe(200);
    expect(response.headers.get('content-encoding'), script).toBe('gzip');
  }
});

base('an unknown address gets 404.html with status 404', async () => {
  const response = await get('/no-such-page/');
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('找不到这个页面');
});

base('a page typed without its slash is redirected to it, keeping the query', async () => {
  const response = await get('/checklist?scenario=quality');
  expect(response.status).toBe(308);
  expect(response.headers.get('location')).toBe('/checklist/?scenario=quality');
  expect((await get('/no-such-page')).status).toBe(404);
});

/** A request sent exactly as written (fetch would resolve "/..", and read "//guide/" as a host). */
function raw(path: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('odd and hostile requests (reliability report M7, L13)', () => {
  base('a root without a trailing slash does not reach a sibling folder that starts with its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'server-root-'));
    mkdirSync(join(dir, 'site'));
    mkdirSync(join(dir, 'site-private'));
    writeFileSync(join(dir, 'site', '404.html'), 'not found');
    writeFileSync(join(dir, 'site-private', 'secret.txt'), 'SECRET');
    // As scripts/bench.mjs passes it: join(root, 'dist'), no slash at the end.
    const server = (await startServer({ root: join(dir, 'site'), port: 0 })) as { url: string; close: () => Promise<void> };
    try {
      const { hostname, port } = new URL(server.url);
      for (const path of ['/..%2fsite-private/secret.txt', '/../site-private/secret.txt', '/%2e%2e/site-private/secret.txt']) {
        const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          request({ hostname: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path }, (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          }).on('error', reject).end();
        });
        expect(response.status, path).toBe(400);
        expect(response.body, path).not.toContain('SECRET');
      }
    } finally {
      await server.close();
    }
  });

  base('traversal and a broken % escape are the client’s error (400), never 500', async () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e%2f%2e%2e%2fpackage.json', '/%E4%B8', '/%zz/', '/a%00b']) {
      const r = await raw(path);
      expect(r.status, path).toBe(400);
      expect(r.body, path).toMatch(/地址/);
    }
    // On Linux a backslash is part of a file name, not a separator: no such file.
    expect((await raw('/..%5c..%5cpackage.json')).status).toBe(404);
  });

  base('repeated slashes lead to the page itself, not to another host or a 500', async () => {
    expect((await raw('///')).status).toBe(308);
    expect((await raw('///')).headers.location).toBe('/');
    const guide = await raw('//guide/?x=1');
    expect(guide.status).toBe(308);
    expect(guide.headers.location).toBe('/guide/?x=1');
    // A Location starting with "//" or "/\" would leave the site.
    expect((await raw('//\\evil.example/')).headers.location).toBe('/evil.example/');
    // An encoded slash is not a slash: "/%2Fguide" stays a path of this site.
    const encoded = await raw('/%2Fguide');
    expect(encoded.headers.location ?? '').not.toMatch(/^\/\//);
  });

  base('methods other than GET and HEAD get 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const r = await raw('/', method);
      expect(r.status, method).toBe(405);
      expect(r.headers.allow, method).toBe('GET, HEAD');
      expect(r.body, method).not.toContain('<html');
    }
    expect((await raw('/', 'HEAD')).status).toBe(200);
  });
});

describe('the deploy headers (dist/_headers) are sent', () => {
  base('every response carries the security headers, with the pages’ CSP and frame-ancestors', async () => {
    const rules = parseHeadersFile(readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8'));
    const csp = rules.find(([p]) => p === '/*')![1].find(([k]) => k === 'Content-Security-Policy')![1];
    for (const path of ['/', '/checklist/', '/search-data.json', '/no-such-page/']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy'), path).toBe(csp);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    }
  });

  base('hashed files are cached for a year, pages and unhashed files are revalidated, errors never cached long', async () => {
    const html = await (await get('/checklist/')).text();
    const script = /(?:component-url|src)="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
    expect((await get(script)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/checklist/', '/search-data.json', '/checklist/catalog.json', '/tools/statement/templates.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
    const missing = await get('/_astro/no-such-file.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
    // The deploy's config files are not served as pages.
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/nginx.conf')).status).toBe(404);
  });
});
