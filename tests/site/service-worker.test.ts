/**
 * The service worker the build writes (scripts/service-worker.mjs → dist/sw.js, issue 25), read as a file:
 * one same-origin script that loads nothing else, its pre-cache list chosen from dist/ by pattern, and the
 * headers a host sends with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/site-pages';
import { REVALIDATE, headersFor, parseHeadersFile } from '~/integrations/deploy-headers.mjs';

const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
const manifest = JSON.parse(/\[\{"revision"[\s\S]*?\}\]/.exec(sw)?.[0] ?? '[]') as { url: string; revision: string | null }[];
const urls = manifest.map((e) => e.url);

describe('dist/sw.js', () => {
  it('is one script: Workbox bundled in, no importScripts, no module import, no address of another site but a link in Workbox’s own warning', () => {
    expect(sw).not.toMatch(/importScripts\s*\(/);
    expect(sw).not.toMatch(/\bimport\s*[("'{]/);
    expect(sw).not.toContain('__WB_MANIFEST');
    expect([...new Set(sw.match(/https?:\/\/[^\s"'`)]+/g) ?? [])]).toEqual(['https://bit.ly/wb-precache']);
    // Production Workbox: no development logging.
    expect(sw).not.toContain('logger.groupCollapsed');
  });

  it('pre-caches every tool page, the checklist and its catalog, the offline page, and every bundle: all of them built files', () => {
    const pages = builtPages();
    for (const page of pages.filter((p) => /^\/(tools|checklist|cases)\//.test(p))) expect(urls, page).toContain(page);
    for (const page of ['/tools/', '/tools/statement/', '/tools/statement/templates.json', '/tools/collage/', '/tools/countdown/', '/checklist/', '/checklist/catalog.json', '/offline/']) expect(urls).toContain(page);
    for (const url of urls) expect(existsSync(join(distDir, url.endsWith('/') ? `${url}index.html` : url)), url).toBe(true);
    const bundles = readdirSync(join(distDir, '_astro')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `/_astro/${f}`);
    expect(urls.filter((u) => u.startsWith('/_astro/')).sort()).toEqual(bundles.sort());
  });

  it('leaves reading pages and the search index out, and names a revision for every file whose name has no hash', () => {
    for (const url of urls) expect(url, url).toMatch(/^\/(tools|checklist|cases|offline|_astro)\//);
    for (const entry of manifest) expect(entry.revision === null, entry.url).toBe(entry.url.startsWith('/_astro/'));
  });

  it('is revalidated on every visit (a new deploy’s worker is found at once) and gets the site’s CSP', () => {
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    const headers = headersFor(rules, '/sw.js');
    expect(headers['Cache-Control']).toBe(REVALIDATE);
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'self';/);
  });
});
