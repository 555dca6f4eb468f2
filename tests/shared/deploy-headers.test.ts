/**
 * The deploy-header writer (src/integrations/deploy-headers.mjs) on small inputs: how the pages' policies
 * are merged, how rules match, and the file read back. The real build's files are checked against every
 * page in tests/site/deploy-headers.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE, REVALIDATE, cspOfPage, formatHeadersFile, headerRules, headersFor, nginxConf, parseHeadersFile, patternMatches, headerCsp,
  codeBeforeCsp, writeDeployHeaders,
} from '~/integrations/deploy-headers.mjs';

const a = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-S1='";
const b = "default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-S1=' 'sha256-S2='";

describe('the policy sent as a header', () => {
  it('is the pages’ policy without hashes, unsafe-inline where they list hashes (their <meta> decides), and frame-ancestors none', () => {
    expect(headerCsp([a, b, a])).toBe("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    // A directive no page lists a hash in stays as strict as the pages say.
    expect(headerCsp(["default-src 'self'; script-src 'self' 'sha256-A='; style-src 'self'"])).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; frame-ancestors 'none'",
    );
    // One page with hashes in a directive is enough for the header to leave it to the <meta>s.
    expect(headerCsp(["script-src 'self'", "script-src 'self' 'sha256-A='"])).toBe("script-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });

  it('carries no hash, so its size does not grow with the pages', () => {
    const many = Array.from({ length: 50 }, (_, i) => `default-src 'self'; script-src 'self' 'sha256-${i}='`);
    expect(headerCsp(many)).toBe(headerCsp([many[0]!]));
  });

  it('reads directives apart whatever the spacing', () => {
    expect(headerCsp(["default-src  'self' ;; script-src\t'self'  'sha256-A='"])).toBe("default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });

  it('refuses pages that differ in anything but hashes, and a site with no policy', () => {
    // Only a whole source that starts with 'sha…- is a hash.
    expect(() => headerCsp(["img-src x'sha256-1'", "img-src x'sha256-2'"])).toThrow(/disagree/);
    expect(() => headerCsp([a, a.replace("default-src 'self'", "default-src *")])).toThrow(/disagree/);
    expect(() => headerCsp([a, `${a}; img-src data:`])).toThrow(/disagree/);
    expect(() => headerCsp([])).toThrow(/no page/);
  });
});

describe('code before the <meta>, which it does not guard', () => {
  const meta = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
  it('is found: a script, a style or a stylesheet link', () => {
    expect(codeBeforeCsp(`<head><meta charset="utf-8">${meta}<script>x()</script><style>a{}</style></head>`)).toBe(-1);
    expect(codeBeforeCsp(`<head><script>x()</script>${meta}`)).toBe(6);
    expect(codeBeforeCsp(`<head><style>a{}</style>${meta}`)).toBe(6);
    expect(codeBeforeCsp(`<head><link rel="stylesheet" href="/a.css">${meta}`)).toBe(6);
    expect(codeBeforeCsp(`<head><link rel="icon" href="/favicon.svg">${meta}`)).toBe(-1);
  });
});

describe('rules', () => {
  // Made inside each test, so a mutation run sees the code run by that test.
  const makeRules = () => headerRules("default-src 'self'", { folders: ['_astro', 'guide', 'pagefind'], files: ['index.html', '_headers', 'nginx.conf'] });

  it('match with a greedy *, literally otherwise', () => {
    expect(patternMatches('/_astro/*', '/_astro/a.b.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro')).toBe(false);
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/guide/')).toBe(false);
    expect(patternMatches('/pagefind/wasm.*', '/pagefind/wasmXunknown')).toBe(false);
    expect(patternMatches('/a+b', '/aab')).toBe(false);
  });

  it('give each path one Cache-Control and every path the security headers', () => {
    const rules = makeRules();
    expect(headersFor(rules, '/_astro/x.js')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/pagefind/fragment/1_ab.pf_fragment')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/pagefind/pagefind.zh-cn_1.pf_meta')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/guide/x/')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/')['Cache-Control']).toBe(REVALIDATE);
    // The deploy's own files get no rule of their own (the servers do not serve them).
    expect(headersFor(rules, '/nginx.conf')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/_headers')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/index.html')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/guide/x/')['Content-Security-Policy']).toBe("default-src 'self'");
    expect(headersFor(rules, '/guide/x/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('join a header two rules set, as Cloudflare Pages does', () => {
    expect(headersFor([['/*', [['X', '1']]], ['/a', [['X', '2']]]], '/a')).toEqual({ X: '1, 2' });
  });

  it('survive being written and read back', () => {
    const rules = makeRules();
    const text = formatHeadersFile(rules);
    expect(text).toMatch(/^# Written by/);
    expect(parseHeadersFile(text)).toEqual(rules);
    expect(() => parseHeadersFile('  X: 1\n')).toThrow(/cannot read/);
    expect(() => parseHeadersFile('/a\n  no colon here\n')).toThrow('cannot read line "  no colon here"');
    // Indented comments, trailing spaces after a pattern and spaces around a value are not part of them.
    expect(parseHeadersFile('/a  \n  # note\n  X:  1 \n\n')).toEqual([['/a', [['X', '1']]]]);
  });

  it('become an nginx server block with the headers in every location and no cache for errors', () => {
    const rules = makeRules();
    const conf = nginxConf(rules, { serverName: 'example.org', root: '/srv/site' });
    expect(conf).toContain('server_name example.org;');
    expect(conf).toContain('root /srv/site;');
    expect(conf).toContain(`location ^~ /_astro/ {\n    add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(conf).toContain(`    add_header Cache-Control "${IMMUTABLE}";\n  }`);
    expect(conf).toContain('  location = /_headers { return 404; }');
    expect(conf).toContain('  location / {\n');
    // A quote in a value is escaped for nginx; the security headers come from the /* rule wherever it is.
    const quoted = nginxConf([['/x', [['Cache-Control', 'x']]], ['/*', [['X-Test', 'a "b"']]]], { serverName: 's', root: '/r' });
    expect(quoted).toContain('    add_header X-Test "a \\"b\\"" always;\n    add_header Cache-Control "no-cache";\n  }');
    expect(nginxConf([], { serverName: 's', root: '/r' })).not.toContain('X-Test');
    // The not-found page says no-cache even on a 404 (always), so a page published later is not hidden.
    expect(conf).toMatch(/location = \/404\.html \{[^}]*add_header Cache-Control "no-cache" always;/);
  });
});

describe('writing the files for a built site', () => {
  const page = (csp: string, script = '') =>
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${csp}">${script && `<script>${script}</script>`}</head></html>`;
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  // Astro lists every page's hashes on every page; each page keeps only the hashes of its own inline code.
  const everyHash = `default-src 'self'; script-src 'self' ${sha('home()')} ${sha('guide()')}`;
  const site = () => {
    const dist = mkdtempSync(join(tmpdir(), 'deploy-headers-'));
    mkdirSync(join(dist, 'guide', 'a'), { recursive: true });
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'index.html'), page(everyHash, 'home()'));
    writeFileSync(join(dist, 'guide', 'a', 'index.html'), page(everyHash, 'guide()'));
    writeFileSync(join(dist, 'search-data.json'), '{}');
    return dist;
  };

  it('reads every page’s <meta>, writes _headers and nginx.conf, and says how much it did', () => {
    const dist = site();
    expect(writeDeployHeaders(dist, { site: 'https://shop.example.cn/' })).toEqual({ pages: 2, rules: 12 });
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(headersFor(rules, '/guide/a/')).toMatchObject({ 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'", 'Cache-Control': REVALIDATE });
    expect(cspOfPage(readFileSync(join(dist, 'index.html'), 'utf8'))).toBe(`default-src 'self';script-src 'self' ${sha('home()')}`);
    expect(cspOfPage(readFileSync(join(dist, 'guide', 'a', 'index.html'), 'utf8'))).toBe(`default-src 'self';script-src 'self' ${sha('guide()')}`);
    expect(headersFor(rules, '/search-data.json')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/_astro/x.js')['Cache-Control']).toBe(IMMUTABLE);
    // The service worker is written after Astro (scripts/service-worker.mjs) and must be re-checked on every visit.
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe(REVALIDATE);
    const conf = readFileSync(join(dist, 'nginx.conf'), 'utf8');
    expect(conf).toContain('server_name shop.example.cn;');
    expect(conf).toContain('root /var/www/shouhou-jieru;');
    writeDeployHeaders(dist, { site: 'https://x.example', root: '/srv/x' });
    expect(readFileSync(join(dist, 'nginx.conf'), 'utf8')).toContain('root /srv/x;');
  });

  it('gives a page the hash of inline code Astro left out of its policy (a component\'s style inside MDX), none for JSON data', () => {
    const dist = mkdtempSync(join(tmpdir(), 'deploy-headers-'));
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' ${sha('a{}')}"><style>a{}</style><style>.court-case{}</style></head><body><script type="application/json">{"x":1}</script><script>go()</script></body></html>`;
    writeFileSync(join(dist, 'index.html'), html);
    writeDeployHeaders(dist, { site: 'https://shop.example.cn/' });
    expect(cspOfPage(readFileSync(join(dist, 'index.html'), 'utf8'))).toBe(`default-src 'self';script-src 'self' ${sha('go()')};style-src 'self' ${sha('a{}')} ${sha('.court-case{}')}`);
  });

  it('gives a service worker left from an earlier build one rule, not two', () => {
    const dist = site();
    writeFileSync(join(dist, 'sw.js'), '');
    expect(writeDeployHeaders(dist, { site: 'https://shop.example.cn/' })).toEqual({ pages: 2, rules: 12 });
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe(REVALIDATE);
  });

  it('stops the build when a page has no CSP <meta>, naming it', () => {
    const dist = site();
    writeFileSync(join(dist, 'guide', 'a', 'index.html'), '<html></html>');
    expect(() => writeDeployHeaders(dist, { site: 'https://x.example' })).toThrow('guide/a/index.html has no CSP <meta>');
  });

  it('stops the build when a page has a script before its CSP <meta>, naming it', () => {
    const dist = site();
    writeFileSync(join(dist, 'guide', 'a', 'index.html'), page(everyHash, 'guide()').replace('<head>', '<head><script>early()</script>'));
    expect(() => writeDeployHeaders(dist, { site: 'https://x.example' })).toThrow('guide/a/index.html has a script or style before its CSP <meta>');
  });

  it('finds the <meta> whatever the case of its name', () => {
    expect(cspOfPage('<META HTTP-EQUIV="Content-Security-Policy" CONTENT="default-src \'self\'">')).toBe("default-src 'self'");
    expect(cspOfPage('<meta name="x" content="y">')).toBeUndefined();
  });
});
