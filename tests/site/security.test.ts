/** The built pages' security properties, read from dist/ (browser checks of CSP live in pages.test.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/site-pages';

const pages = builtPages();

describe('every built page', () => {
  it.for(pages)('%s has a strict CSP, no inline handlers, and safe external links', (path) => {
    const html = readPage(path);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp, 'CSP meta').not.toBe('');
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k = '', ...v]) => [k, v]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives.get('style-src') ?? []).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Every inline script and style is allowed by its hash: one the CSP does not list is blocked, and the
    // page loses its styles or code (a component's CSS reaching the page by another way than Astro's hashing).
    for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      if (m[1] === 'script' && /\ssrc=/.test(m[2] ?? '')) continue;
      if (m[1] === 'script' && /type="application\/(?:ld\+)?json"/.test(m[2] ?? '')) continue;
      const hash = `'sha256-${createHash('sha256').update(m[3] ?? '').digest('base64')}'`;
      expect(directives.get(m[1] === 'script' ? 'script-src' : 'style-src') ?? [], `${m[1]} ${(m[3] ?? '').slice(0, 60)}`).toContain(hash);
    }
    // No inline event handlers (they would need 'unsafe-inline').
    expect(html.match(/<[^>]+\son[a-z]+=/gi) ?? []).toEqual([]);
    // Every link that leaves the site opens without giving the other page access to this one.
    for (const m of html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)) {
      expect(m[0], m[0]).toMatch(/rel="[^"]*noopener[^"]*"/);
    }
    // Nothing is loaded from another origin (a canonical link is an address, not a request).
    const loads = [...html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="canonical"/.test(tag) && /\s(?:src|href)="(?:https?:)?\/\//.test(tag));
    expect(loads).toEqual([]);
  });
});
