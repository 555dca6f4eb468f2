/**
 * scripts/search-index.mjs: the re-chunking rules on hand-made word lists, and against the real Pagefind binary (node_modules, the pinned version): a tiny
 * site in a temporary folder is indexed, then rewritten into small chunks. For every word, the chunks
 * Pagefind's lookup selects (pagefind_web request_indexes: strict range, else loose) hold it, and match
 * the same words with the same pages as before the rewrite; the word the browser splits (举证 → 举|证) is
 * in the chunk its first part loads; no chunk range is inverted.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../scripts/cbor.mjs';
import { browserWords, chunkWords, PAGEFIND_VERSION, readPf, rewriteBundle } from '../../scripts/search-index.mjs';

type Entry = [string, unknown[], unknown[]];
type Chunk = [string, string, string];
const PAGES = [
  ['空包', '买家说收到空包，平台介入后要求举证。举证要在时限内上传打包视频，时限一过就判买家胜。'],
  ['举报', '举报恶意买家。举报时间和时长都有规定，介入率太高会影响店铺。'],
  ['仅退款', '买家申请仅退款，商家可以拒绝并举证。介入以后，时间很紧，时限只有四十八小时。apple apricot banana'],
];

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** Pagefind's request_indexes for one term: chunks whose range holds it, else those a prefix of it may fall in. */
function lookup(chunks: readonly Chunk[], term: string): string[] {
  const strict = chunks.filter(([from, to]) => byteOrder(term, from) >= 0 && byteOrder(term, to) <= 0);
  if (strict.length > 0) return strict.map((c) => c[2]);
  const take = (s: string, n: number) => [...s].slice(0, n).join('');
  const n = [...term].length;
  return chunks
    .filter(([from, to]) => {
      const f = Math.min(n, [...from].length);
      const t = Math.min(n, [...to].length);
      return byteOrder(take(term, f), take(from, f)) >= 0 && byteOrder(take(term, t), take(to, t)) <= 0;
    })
    .map((c) => c[2]);
}

let dir: string;
const read = (bundle: string) => {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const [{ hash }] = Object.values(entry.languages) as [{ hash: string }];
  const meta = readPf(join(bundle, `pagefind.${hash}.pf_meta`)) as [string, [string][], Chunk[]];
  const words = new Map<string, Entry[]>(meta[2].map(([, , h]) => [h, (readPf(join(bundle, 'index', `${h}.pf_index`)) as [Entry[]])[0]]));
  /** What Pagefind finds for a term: the words of the chunks it loads that start with it, with their pages. */
  const search = (term: string) =>
    lookup(meta[2], term)
      .flatMap((h) => words.get(h) ?? [])
      .filter(([w]) => w.startsWith(term))
      .sort((a, b) => byteOrder(a[0], b[0]));
  const holder = (word: string) => [...words].filter(([, ws]) => ws.some(([w]) => w === word)).map(([h]) => h);
  return { meta, words, search, holder, version: meta[0] };
};
let before: ReturnType<typeof read>;
let after: ReturnType<typeof read>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  PAGES.forEach(([title, text], i) => {
    mkdirSync(join(dir, `p${i}`));
    writeFileSync(join(dir, `p${i}`, 'index.html'), `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`);
  });
  execFileSync(process.execPath, [join(process.cwd(), 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dir], { stdio: 'ignore' });
  cpSync(join(dir, 'pagefind'), join(dir, 'before'), { recursive: true });
  before = read(join(dir, 'before'));
  rewriteBundle(join(dir, 'pagefind'), ({ url }: { url: string }) => Number(/p(\d+)/.exec(url)?.[1]), 6, 1);
  after = read(join(dir, 'pagefind'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the rewritten index, on the real Pagefind output', () => {
  it('is the pinned Pagefind version, cut into many chunks', () => {
    expect(before.version).toBe(PAGEFIND_VERSION);
    expect(after.meta[2].length).toBeGreaterThan(5);
    expect([...before.words.values()].flat().map((e) => e[0])).toContain('举证');
  });

  it('has no inverted chunk range', () => {
    for (const [from, to] of after.meta[2]) expect(byteOrder(from, to), `${from}..${to}`).toBeLessThanOrEqual(0);
  });

  it('for every word, the chunks Pagefind loads hold it and, for two or more characters, find what the original index found', () => {
    const all = [...before.words.values()].flat().map((e) => e[0]);
    for (const w of all) {
      expect(lookup(after.meta[2], w).some((h) => after.holder(w).includes(h)), w).toBe(true);
      // A single character's longer words (时 → 时长, 时限) may sit in other chunks: keeping them all with it
      // would make the chunks of common characters large (chunkWords).
      if ([...w].length >= 2) expect(after.search(w), w).toEqual(before.search(w));
      else expect(after.search(w).map((e) => e[0]), w).toContain(w);
    }
  });

  it('a word the browser splits is in the chunk its first part loads (举证 → 举|证)', () => {
    expect(browserWords('举证')).toEqual(['举', '证']);
    const split = [...before.words.values()].flat().map((e) => e[0]).filter((w) => browserWords(w).length > 1 && w.startsWith(browserWords(w)[0]!));
    expect(split).toContain('举证');
    // Where the longer words of the first part before it fit in one chunk (chunkWords): here 举报 and 举证.
    for (const w of ['举报', '举证']) expect(lookup(after.meta[2], browserWords(w)[0]!).some((h) => after.holder(w).includes(h)), w).toBe(true);
    expect(lookup(after.meta[2], '举')).toHaveLength(2);
  });
});

describe('Pagefind index re-chunking', () => {
  it('re-encodes CBOR byte for byte', () => {
    const value = [['词', [[0, [-25, 3, 300, 70000], []]], []], 'x', [], -1, 65536];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes)).equals(bytes)).toBe(true);
  });
  it('cuts sorted words by location count and names chunk edges like Pagefind 1.6 (its own test case, with the range guard)', () => {
    const word = (w: string, pages: [number, number[]][]) => [w, pages.map(([p, locs]) => [p, locs, []]), []];
    const chunks = chunkWords(
      [
        word('apple', [[1, [20, 40, 60]], [5, [3, 6, 9]]]),
        word('apricot', [[5, [45, 3432, 6003]]]),
        word('banana', [[5, [100, 500, 900, 566]]]),
        word('peach', [[5, [383, 2, 678]]]),
      ],
      8,
    );
    expect(chunks.map((c) => [c.from, c.to, c.words.map((w) => w[0])])).toEqual([
      // Trimming 'to' to 'app' would put it before 'from' (upstream's guard, pagefind src/index/mod.rs chunk_meta).
      ['apple', 'apple', ['apple']],
      ['apr', 'b', ['apricot', 'banana']],
      ['p', 'peach', ['peach']],
    ]);
  });
  it('keeps a word of two or more characters in one chunk with the longer words that start with it', () => {
    const word = (w: string) => [w, [[0, [1, 2, 3, 4], []]], []];
    const cut = (...ws: string[]) => chunkWords(ws.map(word), 5).map((c) => c.words.map((w) => w[0]).join(' '));
    // Each word alone fills a chunk; 介入's longer forms, and theirs, stay with it; 介 is one character.
    expect(cut('介', '介入', '介入前', '介入前后', '介入率', '从', '从来')).toEqual(['介', '介入 介入前 介入前后 介入率', '从', '从来']);
    expect(cut('ab', 'abc', 'b')).toEqual(['ab abc', 'b']);
  });
  it('keeps a word the browser splits (举证 → 举|证) with the longer words of its first part, in a chunk whose range starts at that part', () => {
    const word = (w: string, n = 4) => [w, [[0, Array.from({ length: n }, (_, i) => i), []]], []];
    const split = (w: string) => (w === '举证' ? ['举', '证'] : [w]);
    const chunks = (ws: ReturnType<typeof word>[], often = 1) => chunkWords(ws, 5, split, often).map((c) => `${c.from}..${c.to}: ${c.words.map((w) => w[0]).join(' ')}`);
    expect(chunks([word('丰'), word('举'), word('举报'), word('举证'), word('时')])).toEqual(['丰..丰: 丰', '举..举: 举', '举..举证: 举报 举证', '时..时: 时']);
    // A word used less often than `often`, or whose part's longer words before it would not fit one chunk, is cut as before.
    expect(chunks([word('丰'), word('举'), word('举报'), word('举证'), word('时')], 6)).toEqual(['丰..丰: 丰', '举..举: 举', '举报..举报: 举报', '举证..举证: 举证', '时..时: 时']);
    expect(chunks([word('丰'), word('举'), word('举报', 5), word('举证'), word('时')])).toEqual(['丰..丰: 丰', '举..举: 举', '举报..举报: 举报', '举证..举证: 举证', '时..时: 时']);
    // Nor a word on nearly every page (NEARLY_ALL): here on the one page of one.
    expect(chunkWords([word('丰'), word('举'), word('举报'), word('举证'), word('时')], 5, split, 1, 1).map((c) => c.words.map((w) => w[0]).join(' '))).toEqual(['丰', '举', '举报', '举证', '时']);
  });
});
