/**
 * The deploy headers the build writes (dist/_headers for Cloudflare Pages and Netlify, dist/nginx.conf),
 * checked against what the pages themselves say: every page's <meta> CSP is allowed by the header, the
 * header adds only frame-ancestors, and every file gets exactly one caching rule that suits its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../support/site-pages';
import {
  IMMUTABLE, IMMUTABLE_FOLDERS, REVALIDATE, SECURITY_HEADERS, cspOfPage, headersFor, parseCsp, parseHeadersFile,
} from '~/integrations/deploy-headers.mjs';

const headersText = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);
const nginx = readFileSync(join(distDir, 'nginx.conf'), 'utf8');
const header = headersFor(rules, '/');
const headerCsp = new Map(parseCsp(header['Content-Security-Policy'] ?? ''));
const pages = builtPages();
const isHash = (s: string) => s.startsWith("'sha");

describe('the Content-Security-Policy header', () => {
  it.for(pages)('allows everything the <meta> of %s allows, and no more than the pages together', (path) => {
    const meta = parseCsp(cspOfPage(readPage(path)) ?? '');
    expect(meta.length, 'the page has a CSP <meta>').toBeGreaterThan(0);
    // The same directives, plus frame-ancestors, which a <meta> cannot carry.
    expect([...headerCsp.keys()].sort()).toEqual([...meta.map(([name]) => name), 'frame-ancestors'].sort());
    for (const [name, sources] of meta) {
      const sent = headerCsp.get(name) ?? [];
      // The page's own hashes are all in the header, and nothing but hashes is added or loosened.
      for (const s of sources) expect(sent, `${name} ${s}`).toContain(s);
      expect(sent.filter((s) => !isHash(s)), name).toEqual(sources.filter((s) => !isHash(s)));
    }
  });

  it('carries exactly the union of the pages’ hashes, and frame-ancestors none', () => {
    const union = new Map<string, Set<string>>();
    for (const path of pages) {
      for (const [name, sources] of parseCsp(cspOfPage(readPage(path)) ?? '')) {
        for (const s of sources.filter(isHash)) union.set(name, (union.get(name) ?? new Set()).add(s));
      }
    }
    for (const [name, sources] of headerCsp) {
      expect(new Set(sources.filter(isHash)), name).toEqual(union.get(name) ?? new Set());
    }
    expect(headerCsp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the same in nginx.conf, in every location, with the other security headers', () => {
    const csp = header['Content-Security-Policy']!;
    const cspLines = [...nginx.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]);
    const locations = [...nginx.matchAll(/^\s+location /gm)].length;
    // Two locations only hide the deploy's files; every other one sends the headers.
    expect(cspLines).toHaveLength(locations - 2);
    for (const line of cspLines) expect(line).toBe(csp);
    for (const [name, value] of SECURITY_HEADERS) {
      expect(header[name]).toBe(value);
      expect([...nginx.matchAll(new RegExp(`add_header ${name} "([^"]+)" always;`, 'g'))].map((m) => m[1])).toEqual(cspLines.map(() => value));
    }
  });

  it('fits Cloudflare Pages’ limits (100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of headersText.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

describe('caching', () => {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== '_headers' && e.name !== 'nginx.conf')
    .map((e) => `/${relative(distDir, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();

  it('every file gets one Cache-Control (rules never overlap): a year for hashed names, revalidate for the rest', () => {
    expect(files.length).toBeGreaterThan(pages.length);
    for (const file of files) {
      const cache = headersFor(rules, file)['Cache-Control'];
      const hashed = IMMUTABLE_FOLDERS.some((f) => file.startsWith(f));
      expect(cache, file).toBe(hashed ? IMMUTABLE : REVALIDATE);
    }
  });

  it('pages at their slash address, the unhashed data and Pagefind’s fixed names are revalidated', () => {
    for (const path of [...pages, '/search-data.json', '/checklist/catalog.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(rules, path)['Cache-Control'], path).toBe(REVALIDATE);
    }
    // Names that carry a hash: Astro's bundles and Pagefind's chunks.
    expect(files.some((f) => /^\/_astro\/.+\.[\w-]{8}\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.startsWith('/pagefind/index/')).length).toBeGreaterThan(1);
  });

  it('nginx caches the same folders for a year, and only those', () => {
    const immutable = [...nginx.matchAll(/location \^~ (\S+) \{[^}]*Cache-Control "([^"]+)";/g)].map((m) => [m[1], m[2]]);
    expect(immutable).toEqual(IMMUTABLE_FOLDERS.map((f) => [f, IMMUTABLE]));
    expect(nginx).toMatch(/location \/ \{[^}]*add_header Cache-Control "no-cache";/);
  });
});
