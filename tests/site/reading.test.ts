/**
 * Reading on a phone (issue 23, docs/decisions/reading-on-a-phone.md), checked in the built HTML of every
 * page, no browser:
 * - every reading page (home, guide, scenarios, FAQ pages, glossary, /changes/) arrives in the first round
 *   trip: its HTML is at most 14 kB gzipped, and with the response headers at most TCP's first window
 *   (10 segments of 1,460 B; one byte over costs a round trip, about 140 ms of LCP in `npm run bench`);
 * - every guide chapter and scenario opens with its answer right under the title, and what may stand
 *   between the answer and the body (the one-line change note, the review date, the contents) is one line
 *   each or folded; the source list is folded. Where that puts things on a phone is measured in
 *   tests/browser/reading.e2e.ts.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HEADERS_FILE, headersFor, parseHeadersFile } from '~/integrations/deploy-headers.mjs';
import { builtPages, distDir, readPage } from '../support/site-pages';

const FIRST_ROUND_TRIP = 14 * 1024;
const FIRST_WINDOW = 10 * 1460;
const READING = /^\/(|guide\/|guide\/[^/]+\/|scenarios\/|scenarios\/[^/]+\/|faq\/|faq\/[^/]+\/|glossary\/|changes\/)$/;
const pages = builtPages();
const reading = pages.filter((p) => READING.test(p));
const docPages = pages.filter((p) => /^\/(guide|scenarios)\/[^/]+\/$/.test(p));

const gzipped = (path: string) => gzipSync(readPage(path)).length;
const rules = parseHeadersFile(readFileSync(`${distDir}${HEADERS_FILE}`, 'utf8'));
/** The response's status line and headers as scripts/static-server.mjs sends them: dist/_headers and its own. */
function headerBytes(path: string, bodyLength: number): number {
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    ...headersFor(rules, path),
    'Content-Encoding': 'gzip',
    'Content-Length': String(bodyLength),
    Date: new Date(0).toUTCString(),
    Connection: 'keep-alive',
    'Keep-Alive': 'timeout=5',
  };
  return Buffer.byteLength(`HTTP/1.1 200 OK\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`);
}

describe('reading pages arrive in one round trip', () => {
  it('finds the reading pages', () => {
    expect(reading.length).toBeGreaterThanOrEqual(60);
    expect(reading).toEqual(expect.arrayContaining(['/', '/guide/how-to-respond/', '/scenarios/empty-parcel/', '/faq/', '/faq/unfair/', '/glossary/', '/changes/']));
  });
  // No exceptions: the FAQ index lists questions, not answers, so it stays far under however many are added.
  it.for(reading)('%s: HTML ≤ 14 kB gzip, and with its headers within the first window', (path) => {
    const body = gzipped(path);
    expect(body).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    expect(body + headerBytes(path, body), `${body} B of HTML + ${headerBytes(path, body)} B of headers`).toBeLessThanOrEqual(FIRST_WINDOW);
  });
});

describe('nothing runs before the first paint', () => {
  // src/integrations/late-search-opener.mjs: the one script of every page loads after load and a frame.
  it.for(pages)('%s loads the search opener after its first paint', (path) => {
    const html = readPage(path);
    expect(html).not.toMatch(/<script type="module" src="\/_astro\/Base\.astro/);
    expect(html).toMatch(/<script type="module">addEventListener\("load",\(\)=>requestAnimationFrame\(\(\)=>setTimeout\(\(\)=>import\("\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"\)\)\)\)<\/script>/);
  });
});

describe('guide chapters and scenarios answer first', () => {
  it.for(docPages)('%s', (path) => {
    const article = parse(readPage(path)).querySelector('article.doc');
    expect(article, 'article').not.toBeNull();
    const kids = article!.childNodes.filter((n) => n.nodeType === 1).map((n) => n as unknown as ReturnType<typeof parse>);
    const tag = (el: (typeof kids)[number]) => `${el.tagName.toLowerCase()}${el.classList ? [...el.classList.values()].map((c) => `.${c}`).join('') : ''}`;
    expect(tag(kids[0]!)).toBe('h1');
    expect(tag(kids[1]!)).toBe('p.answer');
    expect(kids[1]!.textContent.trim().length).toBeGreaterThan(10);
    // Between the answer and the body: only the change note, the review date and the folded contents.
    const between = kids.slice(2, kids.findIndex((k, i) => i > 1 && !/^(p\.change-note|p\.doc-meta\.muted|nav\.toc)$/.test(tag(k))));
    for (const k of between) if (tag(k) === 'nav.toc') expect(k.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(between.length).toBeLessThanOrEqual(3);
    const sources = article!.querySelector('.page-sources details');
    if (article!.querySelector('.page-sources')) expect(sources?.hasAttribute('open')).toBe(false);
  });
});

describe('the change note', () => {
  // Changes of one month (2025-04 and 2025-04-23) are one link: "2025 年 4 月、2025 年 4 月" read as a stutter.
  it.for(docPages)('%s names each month once', (path) => {
    const note = parse(readPage(path)).querySelector('.change-note');
    const months = (note?.querySelectorAll('time') ?? []).map((t) => t.text);
    expect(months).toEqual([...new Set(months)]);
  });
});
