/** What the worker stores on the first visit (src/lib/offline/precache.ts), by pattern over dist/. */
import { describe, expect, it } from 'vitest';
import { precacheUrl, selectPrecache, HASHED_FILE } from '~/lib/offline/precache';

const dist = [
  'index.html',
  '404.html',
  'guide/what-is-intervention/index.html',
  'scenarios/empty-parcel/index.html',
  'check/index.html',
  'search/index.html',
  'tools/index.html',
  'tools/statement/index.html',
  'tools/statement/templates.json',
  'tools/collage/index.html',
  'checklist/index.html',
  'checklist/catalog.json',
  'cases/index.html',
  'cases/data.json',
  'offline/index.html',
  '_astro/Checklist.CzIYAFyQ.js',
  '_astro/search-ui.CXBoe-FN.js',
  '_astro/nested/x.js',
  'pagefind/pagefind.js',
  'pagefind/index/zh-cn_1.pf_index',
  'search-data.json',
  'sw.js',
  '_headers',
  'nginx.conf',
  'toolsx/index.html',
  'tools/readme.txt',
];

describe('the pre-cache', () => {
  const chosen = selectPrecache(dist);

  it('has the tools, the checklist and its catalog, the ledger once built, the offline page and every bundle', () => {
    expect(chosen).toEqual([
      '_astro/Checklist.CzIYAFyQ.js',
      '_astro/search-ui.CXBoe-FN.js',
      'cases/data.json',
      'cases/index.html',
      'checklist/catalog.json',
      'checklist/index.html',
      'offline/index.html',
      'tools/collage/index.html',
      'tools/index.html',
      'tools/statement/index.html',
      'tools/statement/templates.json',
    ]);
  });

  it('leaves reading pages, search and Pagefind, the worker itself and the deploy files to be stored as used', () => {
    for (const f of ['index.html', 'guide/what-is-intervention/index.html', 'search/index.html', 'pagefind/pagefind.js', 'sw.js', '_headers', 'toolsx/index.html']) {
      expect(chosen, f).not.toContain(f);
    }
  });

  it('without the ledger built, just has no ledger', () => {
    expect(selectPrecache(dist.filter((f) => !f.startsWith('cases/')))).toEqual(chosen.filter((f) => !f.startsWith('cases/')));
  });
});

describe('a stored file’s address', () => {
  it('is a page’s slash address, as links name it; other files keep their name', () => {
    expect(precacheUrl('tools/statement/index.html')).toBe('/tools/statement/');
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('checklist/catalog.json')).toBe('/checklist/catalog.json');
    expect(precacheUrl('_astro/a.B1.js')).toBe('/_astro/a.B1.js');
  });

  it('needs no revision for Astro’s bundles only', () => {
    expect(HASHED_FILE.test('_astro/a.B1.js')).toBe(true);
    expect(HASHED_FILE.test('/_astro/a.B1.js')).toBe(true);
    expect(HASHED_FILE.test('tools/index.html')).toBe(false);
    expect(HASHED_FILE.test('x/_astro/a.js')).toBe(false);
  });
});
