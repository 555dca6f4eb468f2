/** The built site's pages, read from dist/ (shared by browser tests, link checks and the benchmark). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML file in dist/ as a site path ("/guide/x/", "/404.html"); Pagefind's own files excluded. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** The HTML of a built page by site path. */
export function readPage(path: string): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join(distDir, file), 'utf8');
}

/** Paths listed in the sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
}

/**
 * Pages built from one template with data: the route pattern of each. Every other page (home, guide
 * chapters, scenarios, lists, tools) is written by hand and always checked in full.
 */
export const TEMPLATES: { name: string; pattern: RegExp }[] = [
  { name: '自测结果（分阶段）', pattern: /^\/check\/result\/[^/]+\/[^/]+\/$/ },
  { name: '自测结果', pattern: /^\/check\/result\/[^/]+\/$/ },
  { name: '自测问题', pattern: /^\/check\/[^/]+\/[^/]+\/$/ },
  { name: '常见问题', pattern: /^\/faq\/[^/]+\/$/ },
];

/** `npm run test:full` sets this: the browser checks then visit every page, not a sample. */
export const FULL_SWEEP = process.env.FULL_SWEEP === '1';

export const templateOf = (path: string): string | undefined => TEMPLATES.find((t) => t.pattern.test(path))?.name;

/**
 * The pages a browser check visits: every hand-written page, and of each template its first page in
 * path order, its largest and its smallest HTML (the most and the least markup the template makes), so
 * a sample stays the same from run to run. With FULL_SWEEP, every page. Checks that only read the HTML
 * run on every page anyway (tests/site/).
 */
export function samplePages(pages: string[] = builtPages()): string[] {
  if (FULL_SWEEP) return pages;
  const byTemplate = new Map<string, string[]>();
  const out: string[] = [];
  for (const p of pages) {
    const t = templateOf(p);
    if (t === undefined) out.push(p);
    else byTemplate.set(t, [...(byTemplate.get(t) ?? []), p]);
  }
  for (const group of byTemplate.values()) {
    const bySize = [...group].sort((a, b) => readPage(a).length - readPage(b).length);
    out.push(...new Set([group[0]!, bySize[0]!, bySize[bySize.length - 1]!]));
  }
  return out.sort();
}

/** One page of each kind (a template, or a section of hand-written pages): for checks as slow as a dark-mode axe run. */
export function onePerKind(pages: string[] = builtPages()): string[] {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const kind = templateOf(p) ?? (p.split('/').length > 3 ? p.split('/')[1]! : p);
    if (!seen.has(kind)) seen.set(kind, p);
  }
  return FULL_SWEEP ? pages : [...seen.values()].sort();
}
