/** Every internal link and #anchor in dist/ resolves (read from the built files, no browser needed). */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, readPage } from '../support/site-pages';

const pages = builtPages();
const idsOf = new Map<string, Set<string>>();
const ids = (path: string): Set<string> => {
  let set = idsOf.get(path);
  if (!set) {
    set = new Set([...readPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    idsOf.set(path, set);
  }
  return set;
};

function targetExists(path: string): boolean {
  if (path.endsWith('/')) return existsSync(join(distDir, path, 'index.html'));
  return existsSync(join(distDir, path));
}

describe('internal links', () => {
  it.for(pages)('%s has no broken link or anchor', (page) => {
    const html = readPage(page);
    const broken: string[] = [];
    for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
      const href = (m[1] ?? '').replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const resolved = new URL(href, `http://site${page}`);
      const path = decodeURIComponent(resolved.pathname);
      if (!targetExists(path)) {
        broken.push(href);
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && path.endsWith('/') && !ids(path).has(anchor)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });

  it.for(pages)('%s numbers every cited fact and lists it in the page sources', (page) => {
    const html = readPage(page);
    // Source numbers and the marks of uncertain facts (说法不一…): each must open this page's own list, never fall back to /sources/.
    const refs = [...html.matchAll(/class="fact-(?:ref|mark)[^"]*" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(html.includes('[源]'), 'a citation with no number').toBe(false);
    expect(refs.filter((r) => !r.startsWith('#source-'))).toEqual([]);
    for (const r of new Set(refs)) expect(ids(page).has(r.slice(1)), r).toBe(true);
  });
});
