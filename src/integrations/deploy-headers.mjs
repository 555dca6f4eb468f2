// The response headers a host must send, written by the build next to the pages they protect:
//   dist/_headers     Cloudflare Pages and Netlify read it (and scripts/static-server.mjs, so `npm start`
//                     and the browser tests send exactly what a deploy sends);
//   dist/nginx.conf   a `server` block for nginx, from the same rules.
// Both live inside dist/ on purpose: the CSP carries the hashes of this build's inline scripts and styles,
// so the header file must travel with the HTML it was made from; a copy kept elsewhere would drift.
//
// Two Content-Security-Policies are sent with every page, and the browser enforces both (a script runs only
// if each allows it):
//   the page's own <meta>, written by Astro (astro.config.mjs `security.csp` is its one source) and narrowed
//     here to the hashes of that page's inline scripts and styles: the strict policy;
//   the header, the same directives without any hash, plus what a <meta> cannot say (frame-ancestors).
//     Where the pages allow inline code by hash, the header says 'unsafe-inline' instead, so the <meta>
//     alone decides which inline code runs. The header once carried the union of every page's hashes
//     (about 1.2 kB sent with every response); on a phone those bytes pushed pages past TCP's first window
//     of about 14.6 kB, one more round trip before the first paint (issue 23, docs/decisions/reading-on-a-phone.md).
// The <meta> guards only what comes after it, so the build stops if a page has a script or style before it.
//
// Cache-Control: every path gets it from exactly one rule. Cloudflare Pages joins a header that two
// matching rules set with a comma ("no-cache, …, immutable"), so the revalidate rules list the top-level
// folders and files instead of using /*. Content-hashed files are immutable; the rest are revalidated.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {[name: string, value: string]} Header */
/** @typedef {[pattern: string, headers: Header[]]} Rule */

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = 'nginx.conf';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Folders whose file names carry a hash of their content: Astro's bundles, and Pagefind's word index,
 * fragments and filters (scripts/search-index.mjs names its rewritten chunks by a hash of the whole index).
 * Pagefind's pf_meta is not here: search-index.mjs rewrites it under Pagefind's own name, so a build can
 * change it without renaming it.
 */
export const IMMUTABLE_FOLDERS = ['/_astro/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'];

/**
 * Files with fixed names written after this integration runs (so not listed from dist/): Pagefind's, and
 * the service worker (scripts/service-worker.mjs), which browsers must re-check on every visit so a
 * new deploy's worker is found.
 */
const WRITTEN_LATER = ['/pagefind/pagefind*', '/pagefind/wasm.*', '/sw.js'];

/**
 * Sent with every response. no-referrer: the addresses carry case ids, evidence and case names, and
 * nothing a seller typed leaves the browser. Permissions-Policy turns off what the site never uses;
 * clipboard and Web Share stay allowed (the tools copy text and share a collage). The camera the
 * collage's 拍照 button opens is the phone's own camera app, which this policy does not govern.
 */
/** @type {Header[]} */
export const SECURITY_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/**
 * The CSP <meta> of one built page, or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function cspOfPage(html) {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

/**
 * A policy as [directive, sources[]] in its own order.
 * @param {string} policy
 * @returns {[string, string[]][]}
 */
export function parseCsp(policy) {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name = '', ...sources]) => /** @type {[string, string[]]} */ ([name.toLowerCase(), sources]));
}

const isHash = (/** @type {string} */ source) => /^'sha(256|384|512)-/.test(source);

/**
 * The policy sent as a header: the pages' policy without hashes (they must agree on everything else, as
 * they come from one config; if one does not, the build stops rather than ship a header that is looser or
 * stricter by accident), 'unsafe-inline' where the pages list hashes, so that the <meta> decides alone, and
 * frame-ancestors 'none'.
 * @param {string[]} policies
 * @returns {string}
 */
export function headerCsp(policies) {
  if (policies.length === 0) throw new Error('deploy-headers: no page has a CSP <meta>');
  const shape = (/** @type {string} */ p) => parseCsp(p).map(([name, sources]) => /** @type {[string, string[]]} */ ([name, sources.filter((s) => !isHash(s))]));
  const first = JSON.stringify(shape(policies[0] ?? ''));
  /** Directives some page allows inline code in by hash. */
  const hashed = new Set();
  for (const policy of policies) {
    if (JSON.stringify(shape(policy)) !== first) throw new Error(`deploy-headers: pages disagree on the CSP apart from hashes:\n${policies[0]}\n${policy}`);
    for (const [name, sources] of parseCsp(policy)) if (sources.some(isHash)) hashed.add(name);
  }
  return [...shape(policies[0] ?? '').map(([name, sources]) => [name, ...sources, ...(hashed.has(name) ? ["'unsafe-inline'"] : [])]), ['frame-ancestors', "'none'"]]
    .map((d) => d.join(' '))
    .join('; ');
}

/**
 * Where a page's CSP <meta> starts to guard it: the offset of the first <script>, <style> or stylesheet
 * <link> that comes before the <meta> (code the <meta> does not cover), or -1 when there is none.
 * @param {string} html
 */
export function codeBeforeCsp(html) {
  const at = html.search(/<meta http-equiv="content-security-policy"/i);
  const head = at < 0 ? html : html.slice(0, at);
  return head.search(/<(script|style)\b|<link\b[^>]*\brel="?stylesheet/i);
}

/**
 * The rules, in the order they are written: [pattern, [name, value][]]. `top` lists dist/'s top level
 * (folders without the slash, files), as it is when Astro has finished.
 * @param {string} csp
 * @param {{ folders: string[], files: string[] }} top
 * @returns {Rule[]}
 */
export function headerRules(csp, top) {
  const immutableTop = new Set(IMMUTABLE_FOLDERS.map((f) => f.split('/')[1]));
  const revalidate = [
    '/',
    ...top.folders.filter((d) => !immutableTop.has(d)).map((d) => `/${d}/*`),
    ...top.files.filter((f) => f !== HEADERS_FILE && f !== NGINX_FILE && !WRITTEN_LATER.includes(`/${f}`)).map((f) => `/${f}`),
    ...WRITTEN_LATER,
  ];
  return [
    ['/*', [['Content-Security-Policy', csp], ...SECURITY_HEADERS]],
    ...IMMUTABLE_FOLDERS.map((f) => [`${f}*`, [['Cache-Control', IMMUTABLE]]]),
    ...revalidate.map((p) => [p, [['Cache-Control', REVALIDATE]]]),
  ];
}

/**
 * The _headers file (Cloudflare Pages / Netlify format).
 * @param {Rule[]} rules
 */
export function formatHeadersFile(rules) {
  const head = '# Written by src/integrations/deploy-headers.mjs at build time; do not edit (see docs/deploy.md).\n';
  return head + rules.map(([pattern, headers]) => `${pattern}\n${headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`).join('');
}

/**
 * Reads a _headers file back into rules (comments and blank lines skipped).
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeadersFile(text) {
  /** @type {Rule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else {
      const at = line.indexOf(':');
      const rule = rules.at(-1);
      if (at < 0 || !rule) throw new Error(`_headers: cannot read line "${line}"`);
      rule[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Does a rule's pattern (`*` greedy, as Cloudflare Pages reads it) match this path?
 * @param {string} pattern
 * @param {string} path
 */
export function patternMatches(pattern, path) {
  const re = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/**
 * The headers for a path: every matching rule's, a name set twice joined with ", " (as Cloudflare Pages does).
 * @param {Rule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [pattern, headers] of rules) {
    if (!patternMatches(pattern, path)) continue;
    for (const [name, value] of headers) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

const nginxHeaders = (/** @type {Header[]} */ headers, /** @type {string} */ indent) =>
  headers.map(([k, v]) => `${indent}add_header ${k} "${v.replace(/"/g, '\\"')}"${k === 'Cache-Control' ? '' : ' always'};\n`).join('');

/**
 * An nginx server block with the same headers. nginx drops the server's add_header lines in a location
 * that has its own, so every location repeats the security headers. Cache-Control is sent without
 * `always`, so an error page is never cached as immutable; the 404 page itself says no-cache, so a page
 * published later is not hidden behind a cached "not found".
 * @param {Rule[]} rules
 * @param {{ serverName: string, root: string }} where
 */
export function nginxConf(rules, { serverName, root }) {
  const security = rules.find(([p]) => p === '/*')?.[1] ?? [];
  const location = (/** @type {string} */ match, /** @type {string} */ cache) => `  location ${match} {\n${nginxHeaders([...security, ['Cache-Control', cache]], '    ')}  }\n`;
  return `# Written by src/integrations/deploy-headers.mjs at build time; do not edit (see docs/deploy.md).
# Include it inside http { } (for example from /etc/nginx/conf.d/), set root to where dist/ was copied,
# and add TLS (listen 443 ssl and the certificate) as your host requires.
server {
  listen 80;
  server_name ${serverName};
  root ${root};
  index index.html;
  absolute_redirect off;
  charset utf-8;
  charset_types text/css application/javascript application/json image/svg+xml application/xml;
  gzip on;
  gzip_min_length 20;
  gzip_types text/css application/javascript application/json image/svg+xml application/xml text/plain;
  error_page 404 /404.html;
  if ($request_method !~ ^(GET|HEAD)$) { return 405; }

  location = /${HEADERS_FILE} { return 404; }
  location = /${NGINX_FILE} { return 404; }
  location = /404.html {
${nginxHeaders(security, '    ')}    add_header Cache-Control "${REVALIDATE}" always;
  }
${IMMUTABLE_FOLDERS.map((f) => location(`^~ ${f}`, IMMUTABLE)).join('')}${location('/', REVALIDATE)}}
`;
}

/**
 * The page with its CSP <meta> holding exactly the hashes of the inline scripts and styles the page itself
 * holds. Astro lists every page's hashes on every page (about 0.5 kB gzip of random text on a reading page,
 * which must fit the first round trip), and it misses the styles of components used inside MDX content
 * (Astro adds those to the page after it has written the policy): a page allows only its own code, all of it.
 * @param {string} html
 * @returns {string}
 */
export function narrowPageCsp(html) {
  const csp = cspOfPage(html);
  if (!csp) return html;
  /** @type {Record<string, Set<string>>} */
  const own = { 'script-src': new Set(), 'style-src': new Set() };
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    // Code loaded from a file needs no hash, and data in a script element (JSON) never runs.
    if (m[1] === 'script' && (/\ssrc=/.test(m[2] ?? '') || /\stype="(?!module"|text\/javascript")/.test(m[2] ?? ''))) continue;
    own[`${m[1]}-src`]?.add(`'sha256-${createHash('sha256').update(m[3] ?? '').digest('base64')}'`);
  }
  const narrowed = parseCsp(csp)
    .map(([name, sources]) => {
      const hashes = own[name];
      if (!hashes) return [name, ...sources].join(' ');
      return [name, ...sources.filter((s) => !isHash(s)), ...hashes].join(' ');
    })
    .join(';');
  return html.replace(csp, narrowed);
}

/** @param {string} dir */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Writes dist/_headers and dist/nginx.conf for the built site in `dist` (a path).
 * @param {string} dist
 * @param {{ site: string, root?: string | undefined }} options
 */
export function writeDeployHeaders(dist, { site, root = '/var/www/shouhou-jieru' }) {
  const pages = htmlFiles(dist);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const narrowed = narrowPageCsp(html);
    if (narrowed !== html) writeFileSync(file, narrowed);
  }
  const policies = pages.map((file) => {
    const html = readFileSync(file, 'utf8');
    const csp = cspOfPage(html);
    const name = relative(dist, file).split(sep).join('/');
    if (!csp) throw new Error(`deploy-headers: ${name} has no CSP <meta>`);
    if (codeBeforeCsp(html) >= 0) throw new Error(`deploy-headers: ${name} has a script or style before its CSP <meta>, which does not guard it`);
    return csp;
  });
  const entries = readdirSync(dist, { withFileTypes: true });
  const rules = headerRules(headerCsp(policies), {
    folders: entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
    files: entries.filter((e) => e.isFile()).map((e) => e.name).sort(),
  });
  writeFileSync(join(dist, HEADERS_FILE), formatHeadersFile(rules));
  writeFileSync(join(dist, NGINX_FILE), nginxConf(rules, { serverName: new URL(site).hostname, root }));
  return { pages: pages.length, rules: rules.length };
}

/**
 * The Astro integration: runs when the pages are written (before Pagefind, whose folder it does not list).
 * @returns {import('astro').AstroIntegration}
 */
export default function deployHeaders() {
  let site = 'https://shouhou-jieru.example';
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, rules } = writeDeployHeaders(fileURLToPath(dir), { site, root: process.env.NGINX_ROOT });
        logger.info(`${HEADERS_FILE} and ${NGINX_FILE}: ${rules} rules, CSP from ${pages} pages`);
      },
    },
  };
}
