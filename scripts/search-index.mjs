// Runs after `pagefind --site dist` (npm run build). Three jobs, all about the first search's weight:
//  1. Re-chunks Pagefind's word index. Pagefind 1.6 cuts it into chunks of 20,000 word locations
//     (about 27 kB each; PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE changes that, but is unstable), and any query
//     downloads at least one whole chunk. We cut the same sorted words into chunks of CHUNK_UNITS
//     locations, named the way Pagefind does (src/index/mod.rs: chunk_index, chunk_meta with its range
//     guard, get_prefixes), so one word costs a few kB, and keep together what one search word needs
//     (chunkWords). The words, pages and locations are copied unchanged.
//  2. Names each Pagefind page by its index in search-data.json, so results from Pagefind and from
//     the site's vocabulary can be ranked together without loading every fragment. A page Pagefind
//     indexed that the vocabulary does not list (a new kind of page) is added with its title and
//     section, so full-text search still finds it.
//  3. Minifies Pagefind's script (pagefind.js ships with its names unmangled): 13.4 → 11.4 kB gzip, on
//     every first search.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { decodeCbor, encodeCbor } from './cbor.mjs';

/**
 * Word locations per index chunk (Pagefind's own is 20,000). Measured 2026-11-26 on a long sentence query
 * (six words): 800 → 104.9 kB first search, 400 → 103.0 kB, 200 → 104.7 kB (the chunk list in pf_meta
 * doubles); a one-word query costs the same at 400 and 800.
 */
export const CHUNK_UNITS = 400;
const MAGIC = Buffer.from('pagefind_dcd');
/** The Pagefind version whose index format this rewrite knows: the exact version package.json pins. */
export const PAGEFIND_VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devDependencies.pagefind;

export const readPf = (file) => {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${file}: not a Pagefind file`);
  return decodeCbor(raw.subarray(MAGIC.length));
};
const writePf = (file, value) => writeFileSync(file, gzipSync(Buffer.concat([MAGIC, encodeCbor(value)]), { level: 9 }));

/** Pagefind's get_prefixes: the shortest distinguishing prefixes of the last word of one chunk and the first of the next. */
function prefixes(a, b) {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/**
 * How the browser cuts a search word before Pagefind looks it up: Pagefind 1.5+ segments the query with
 * Intl.Segmenter, which splits words its dictionary lacks (举证 → 举|证) where the indexer (jieba) kept them
 * whole. Node ships the same ICU dictionary as Chromium.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
export const browserWords = (word) => [...segmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment);

/** Word locations of a word in Pagefind's index (as Pagefind sizes its chunks, without meta locations). */
const sizeOf = (word) => word[1].reduce((n, page) => n + page[1].length + 1, 0);
/**
 * Locations from which a word the browser splits gets its chunk loaded by its first part (chunkWords). The
 * site's core words have more (2026-12-01: 买家 846, 售后 448, 退货 412, 发货 309, 举证 299, 签收 264); at 50
 * (221 words, most of them pairs the indexer keeps by chance: 家说, 的包) the whole-sentence first search
 * rose from 97.5 to 100.7 kB; at 250 it is 100.0 kB.
 */
export const OFTEN = 250;
/**
 * Nor for a word on nearly every page (买家, on 88 of 102): Pagefind matching it for 买 then ranks pages that
 * say nothing particular about the query (four more tuning-set misses, all with 买家).
 */
export const NEARLY_ALL = 0.8;

/** Strings in the order Pagefind (Rust) compares them: by UTF-8 bytes. */
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Splits the sorted word list the way Pagefind's chunk_index does, with our chunk size. `split` is how
 * the browser cuts a word when it is searched (browserWords).
 */
export function chunkWords(words, units = CHUNK_UNITS, split = browserWords, often = OFTEN, pages = Infinity) {
  // Pagefind looks a word the browser splits (举证 → 举|证) up by its first part (举), and matches it among
  // the longer words in the chunks that part loads. So the longer words of that part up to the whole word
  // (举报…, 举证) stay in one chunk, whose range starts at the part itself (ranges may overlap: Pagefind loads
  // every chunk whose range holds a term): searching 举证 loads the chunk that holds it. Only where those
  // words fit in one chunk: the indexer also keeps pairs no one searches (家一, 的不), and keeping every word
  // of a common character together would make its chunk, loaded by many queries, several times larger; and
  // only for words the site uses OFTEN, whose extra chunk is worth loading.
  const keepNext = new Set();
  /** Index of a part's first longer word → the part, where the range of the chunk starting there must start. */
  const partAt = new Map();
  for (const [j, [w]] of words.entries()) {
    const first = [...w].length >= 2 && sizeOf(words[j]) >= often && words[j][1].length <= pages * NEARLY_ALL ? split(w)[0] : undefined;
    if (!first || first === w || !w.startsWith(first)) continue;
    let k = j;
    let along = 0;
    while (k > 0 && words[k - 1][0].startsWith(first) && words[k - 1][0] !== first) along += sizeOf(words[--k]);
    if (along > units) continue;
    for (let i = k; i < j; i++) keepNext.add(i);
    partAt.set(k, first);
  }
  const chunks = [];
  /** Where each chunk starts in `words`. */
  const starts = [0];
  let chunk = [];
  let size = 0;
  for (const [i, word] of words.entries()) {
    size += sizeOf(word);
    chunk.push(word);
    // Pagefind also matches longer words that start with a search word (介入 → 介入率), but only among the
    // chunks it has loaded: a word of two or more characters stays in one chunk with its longer forms, so
    // a query's results do not change with what was searched before.
    const next = words[i + 1]?.[0];
    const nextExtendsAWord = next !== undefined && chunk.some(([w]) => [...w].length >= 2 && next.startsWith(w));
    if (size >= units && !nextExtendsAWord && !keepNext.has(i)) {
      chunks.push(chunk);
      starts.push(i + 1);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  const meta = chunks.map((c) => ({ from: c[0][0], to: c[c.length - 1][0] }));
  for (let i = 0; i < meta.length - 1; i++) {
    const [to, from] = prefixes(meta[i].to, meta[i + 1].from);
    // As upstream's chunk_meta: only trim 'to' if it won't create an invalid range (to < from).
    if (byteOrder(to, meta[i].from) >= 0) meta[i].to = to;
    meta[i + 1].from = from;
  }
  meta.forEach((m, i) => {
    const part = partAt.get(starts[i]);
    if (part !== undefined && byteOrder(part, m.from) < 0) m.from = part;
  });
  return chunks.map((words, i) => ({ words, from: meta[i].from, to: meta[i].to }));
}

/**
 * Rewrites Pagefind's bundle: the word index in our chunk size, fragments without anchors, and short
 * file names. `docOf` gives each Pagefind page (url, title, section) its index in search-data.json; the
 * page id Pagefind returns then starts with that index (pagefindDoc in src/lib/search/pagefind.ts), so the
 * search UI needs no table from Pagefind's content hashes to pages (1 kB). Chunks are numbered, not
 * hashed (the chunk list in pf_meta, about 300 names, shrinks by 1 kB). Every name carries a hash of
 * the whole index, so a browser never mixes files of two builds.
 */
export function rewriteBundle(bundleDir, docOf, units = CHUNK_UNITS, often = OFTEN) {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
  const languages = Object.values(entry.languages);
  // Page ids carry no language: one language only, or two pages could get one name.
  if (languages.length !== 1) throw new Error(`search-index: ${languages.length} languages, one expected`);
  const [{ hash }] = languages;
  const metaFile = join(bundleDir, `pagefind.${hash}.pf_meta`);
  const meta = readPf(metaFile);
  const [version, pages, indexChunks] = meta;
  // The layout copied here is that of the one Pagefind version package.json pins: another must be checked before it is rewritten.
  if (version !== PAGEFIND_VERSION) throw new Error(`search-index: Pagefind ${version} index format not known (only ${PAGEFIND_VERSION})`);
  const words = indexChunks.flatMap(([, , chunkHash]) => readPf(join(bundleDir, 'index', `${chunkHash}.pf_index`))[0]);
  for (const [, , chunkHash] of indexChunks) rmSync(join(bundleDir, 'index', `${chunkHash}.pf_index`));
  const chunks = chunkWords(words, units, browserWords, often, pages.length);
  const fragments = pages.map(([pageHash]) => {
    const file = join(bundleDir, 'fragment', `${pageHash}.pf_fragment`);
    const raw = gunzipSync(readFileSync(file));
    if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${file}: not a Pagefind fragment`);
    const fragment = JSON.parse(raw.subarray(MAGIC.length).toString('utf8'));
    rmSync(file);
    // Results link to headings from the site's own data (search-data.json), never to Pagefind's
    // sub-results: the anchor list, about a seventh of a fragment, would be downloaded for nothing.
    fragment.anchors = [];
    const doc = docOf({ url: fragment.url, title: fragment.meta?.title ?? fragment.url, section: fragment.filters?.section?.[0] ?? '' });
    return { doc, body: Buffer.concat([MAGIC, Buffer.from(JSON.stringify(fragment))]) };
  });
  const build = createHash('sha256');
  for (const { words: chunk } of chunks) build.update(encodeCbor([chunk]));
  for (const { doc, body } of fragments) build.update(`${doc}`).update(body);
  const tag = build.digest('hex').slice(0, 6);
  meta[2] = chunks.map(({ words: chunk, from, to }, i) => {
    const name = `${tag}${i.toString(36)}`;
    writePf(join(bundleDir, 'index', `${name}.pf_index`), [chunk]);
    return [from, to, name];
  });
  fragments.forEach(({ doc, body }, i) => {
    const id = `${doc}_${tag}`;
    writeFileSync(join(bundleDir, 'fragment', `${id}.pf_fragment`), gzipSync(body, { level: 9 }));
    pages[i][0] = id;
  });
  writePf(metaFile, meta);
  return fragments.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The built site: dist/ beside this script, or the folder given (the benchmark builds copies elsewhere).
  const dist = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const dataFile = join(dist, 'search-data.json');
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  let added = 0;
  const indexed = rewriteBundle(join(dist, 'pagefind'), ({ url, title, section }) => {
    const i = data.docs.findIndex((d) => d.u === url);
    if (i >= 0) return i;
    if (!data.sections.includes(section)) data.sections.push(section);
    added++;
    return data.docs.push({ u: url, t: title, s: data.sections.indexOf(section), f: [] }) - 1;
  });
  writeFileSync(dataFile, JSON.stringify(data));
  const script = join(dist, 'pagefind', 'pagefind.js');
  writeFileSync(script, transformSync(readFileSync(script, 'utf8'), { minify: true, format: 'esm', target: 'es2022' }).code);
  console.log(`search index: ${indexed} pages, ${added} of them added to the search data by title only`);
}
