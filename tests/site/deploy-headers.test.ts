/**
 * The deploy headers the build writes (dist/_headers for Cloudflare Pages and Netlify, dist/nginx.conf),
 * checked against what the pages themselves say: the header is every page's <meta> CSP without its hashes
 * (the browser enforces both, so the <meta> alone decides which inline code runs), plus frame-ancestors; every
 * <meta> comes before any code it guards; and every file gets exactly one caching rule that suits its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../support/site-pages';
import {
  IMMUTABLE, IMMUTABLE_FOLDERS, REVALIDATE, SECURITY_HEADERS, codeBeforeCsp, cspOfPage, headersFor, parseCsp, parseHeadersFile,
} from '~/integrations/deploy-headers.mjs';

const headersText = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);
const nginx = readFileSync(join(distDir, 'nginx.conf'), 'utf8');
const header = headersFor(rules, '/');
const headerCsp = new Map(parseCsp(header['Content-Security-Policy'] ?? ''));
const pages = builtPages();
const isHash = (s: string) => s.startsWith("'sha");

describe('the Content-Security-Policy header', () => {
  it.for(pages)('is the <meta> of %s without its hashes, leaving inline code to the <meta>, which guards the whole page', (path) => {
    const html = readPage(path);
    const meta = parseCsp(cspOfPage(html) ?? '');
    expect(meta.length, 'the page has a CSP <meta>').toBeGreaterThan(0);
    // The same directives, plus frame-ancestors, which a <meta> cannot carry.
    expect([...headerCsp.keys()].sort()).toEqual([...meta.map(([name]) => name), 'frame-ancestors'].sort());
    for (const [name, sources] of meta) {
      const sent = headerCsp.get(name) ?? [];
      // Nothing is loosened but inline code, and only where the pages allow some by hash (the <meta> lists them).
      expect(sent.filter((s) => s !== "'unsafe-inline'"), name).toEqual(sources.filter((s) => !isHash(s)));
      if (sources.some(isHash)) expect(sent, name).toContain("'unsafe-inline'");
    }
    // A <meta> guards only what the browser reads after it.
    expect(codeBeforeCsp(html), 'a script or style before the CSP <meta>').toBe(-1);
  });

  it('carries no hash, allows inline code only where a page lists hashes, and frame-ancestors none', () => {
    const hashed = new Set<string>();
    for (const path of pages) {
      for (const [name, sources] of parseCsp(cspOfPage(readPage(path)) ?? '')) if (sources.some(isHash)) hashed.add(name);
    }
    expect([...hashed].sort()).toEqual(['script-src', 'style-src']);
    for (const [name, sources] of headerCsp) {
      expect(sources.filter(isHash), name).toEqual([]);
      expect(sources.includes("'unsafe-inline'"), name).toBe(hashed.has(name));
    }
    expect(headerCsp.get('frame-ancestors')).toEqual(["'none'"]);
    // Sent with every response: its size counts against the first round trip of every page (issue 23).
    expect(header['Content-Security-Policy']!.length).toBeLessThanOrEqual(300);
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
    for (const path of [...pages, '/search-data.json', '/checklist/catalog.json', '/tools/statement/templates.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
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
