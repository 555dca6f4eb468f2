/**
 * Site search without Pagefind or the DOM: the site's vocabulary (built at build time), the key terms of
 * a seller's sentence, and the ranking that joins vocabulary matches with Pagefind's full-text results.
 * Pure and unit-tested; `src/pages/search-data.json.ts` builds the data, `src/scripts/search-ui.ts`
 * calls the rest.
 *
 * How a query is read: normalised; seller words replaced by the site's terms (content/search-aliases.json,
 * glossary aliases); filler words (particles, question words, the platform's name) cut out; each piece
 * then matched longest-first against the site's own phrases (page titles, headings, short names,
 * searchTerms, glossary terms, FAQ questions). No word segmenter is needed, so the browser and the build
 * agree. A short piece that matches nothing is tried as a one-character typo of a site phrase. Latin
 * letters and bare numbers the site never uses are dropped: `' OR 1=1 --` has no key term and finds nothing.
 */

/** One page (or glossary entry) the search can return. */
export interface SearchDoc {
  /** Site path, may carry #anchor (glossary entries). */
  u: string;
  /** Title as shown in results. */
  t: string;
  /** Index into SearchData.sections. */
  s: number;
  /** [anchor, text] of the headings a result can link to. */
  h?: [string, string][];
  /** The page's vocabulary: [normalised phrase, weight] or [phrase, weight, heading number in `h`]. */
  f: ([string, number] | [string, number, number])[];
}

export interface SearchData {
  sections: string[];
  docs: SearchDoc[];
  /** Seller word → the phrase the site uses for it ("掉包" → "调包"). */
  aliases: Record<string, string>;
  /** Pagefind fragment hash → doc index; added after Pagefind runs (scripts/search-index.mjs). */
  pf?: Record<string, number>;
}

/** How much a phrase says about a page, by where the page uses it. */
export const WEIGHT = {
  /** The page title (an FAQ question is its page's title). */
  title: 10,
  /** Short names and seller words the page declares: navTitle, searchTerms, glossary terms. */
  keyword: 8,
  /** A heading on the page (the result then links to that heading), or a seller question it answers. */
  heading: 5,
} as const;

/** Lower-case, full-width to half-width, punctuation and symbols to spaces, runs of spaces folded. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * Words that carry no meaning in a seller's question: particles, pronouns, question words, the
 * platform's name. A word that names a thing (买家, 退款, 多久) is never here. Single characters are
 * only the ones that are almost never part of a word sellers search for.
 */
const FILLER = (
  '拼多多 多多 pdd 商家 卖家 店家 店主 我们 你们 他们 人家 自己 ' +
  '怎么办 怎么样 怎么 怎样 如何 什么 为什么 为啥 咋办 咋整 咋 啥 哪些 哪里 哪儿 哪个 ' +
  '能不能 能否 只能 还能 能够 可不可以 可以 会不会 是不是 有没有 应该 需要 请问 一下 的话 行不行 有用吗 有事吗 怎么处理 如何处理 ' +
  '吗 呢 啊 呀 吧 嘛 哦 啦 呗 了 的 我 你 他 她'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Words that colour a phrase from inside it; dropped before seller words are looked up, without cutting the phrase. */
const INNER_FILLER = ['一直', '总是', '我'];

/** A number is kept only with its unit (48小时, 7天); other latin text and numbers the site does not use are dropped. */
const NUMBER_WITH_UNIT = /\d+(小时|天|日|张|次|个|元|块|分钟)/g;

export interface DocInput {
  u: string;
  t: string;
  section: string;
  fields: Field[];
}
/** One place a page uses a phrase. */
export interface Field {
  text: string;
  weight: number;
  /** Heading slug, when the text is a heading. */
  anchor?: string;
}
export interface AliasSource {
  term: string;
  aliases: readonly string[];
}

const compact = (text: string) => normalise(text).replace(/ /g, '');

/** The search data: every page with its phrases (cut at punctuation), and the seller-word map. */
export function buildSearchData(pages: readonly DocInput[], aliasSources: readonly AliasSource[]): SearchData {
  const sections: string[] = [];
  const docs = pages.map((p) => {
    if (!sections.includes(p.section)) sections.push(p.section);
    const headings: [string, string][] = [];
    const fields: SearchDoc['f'] = [];
    for (const f of p.fields) {
      let heading = -1;
      if (f.anchor) heading = headings.push([f.anchor, f.text]) - 1;
      for (const part of normalise(f.text).split(' ')) {
        if ([...part].length < 2) continue;
        const same = fields.find((x) => x[0] === part);
        if (same && same[1] >= f.weight) continue;
        if (same) fields.splice(fields.indexOf(same), 1);
        fields.push(heading >= 0 ? [part, f.weight, heading] : [part, f.weight]);
      }
    }
    const doc: SearchDoc = { u: p.u, t: p.t, s: sections.indexOf(p.section), f: fields };
    if (headings.length > 0) doc.h = headings;
    return doc;
  });
  const aliases: Record<string, string> = {};
  for (const s of aliasSources) {
    const term = compact(s.term);
    for (const alias of s.aliases) {
      const key = compact(alias);
      if (key && key !== term && !(key in aliases)) aliases[key] = term;
    }
  }
  return { sections, docs, aliases };
}

/** Cuts an unknown piece of a query into words: Intl.Segmenter in the browser (see wordsOf), identity in tests. */
export type Segmenter = (text: string) => string[];

/** Words by the platform's segmenter, where it has a Chinese dictionary (browsers do; Node's ICU does not). */
export function wordsOf(text: string): string[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return [text];
  return [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The key terms of a query. */
export interface QueryTerms {
  /** Pieces of the site's own phrases found in the query (seller words already replaced), with how sure we are (1, or less for a guessed typo). */
  known: { term: string; certainty: number }[];
  /** Other meaningful words of the query, for Pagefind's full text. */
  free: string[];
  /** What to mark in excerpts: the key terms, and the seller's own words for them. */
  marks: string[];
}

/** Where the seller words start in the corpus: before it, only phrases printed on pages. */
const ALIASES = '\u0001\u0002';

/** All phrases of the site in one string, for substring look-ups; built once per data object. */
const corpora = new WeakMap<SearchData, string>();
function corpusOf(data: SearchData): string {
  let c = corpora.get(data);
  if (c === undefined) {
    c = `\u0001${data.docs.flatMap((d) => d.f.map((f) => f[0])).join('\u0001')}${ALIASES}${Object.entries(data.aliases).flat().join('\u0001')}\u0001`;
    corpora.set(data, c);
  }
  return c;
}

/** Characters that say nothing on their own: a typo guess must keep more than one of these. */
const FUNCTION_CHARS = new Set([...'被是在有和与及或就都也还又把给让对从到向跟为要会能该去来说不没很太这那个些几']);

/**
 * Cuts a piece into site phrases and leftovers, covering as many characters with site phrases as
 * possible, then with as few phrases as possible (退货不寄 → 退货 + 不寄, not 退货不 + 寄).
 */
export function coverPiece(chars: readonly string[], inSite: (s: string) => boolean): { text: string; site: boolean }[] {
  const n = chars.length;
  // best[j]: the best cover of the first j characters (characters in site phrases, site phrases used) and
  // where its last part starts; a last part that adds no covered characters is a leftover.
  const best = [{ covered: 0, phrases: 0, from: 0 }];
  for (let j = 1; j <= n; j++) {
    const prev = best[j - 1]!;
    let b = { covered: prev.covered, phrases: prev.phrases, from: j - 1 };
    for (let i = Math.max(0, j - 12); i <= j - 2; i++) {
      if (!inSite(chars.slice(i, j).join(''))) continue;
      const start = best[i]!;
      const c = { covered: start.covered + (j - i), phrases: start.phrases + 1, from: i };
      if (c.covered > b.covered || (c.covered === b.covered && c.phrases < b.phrases)) b = c;
    }
    best.push(b);
  }
  const out: { text: string; site: boolean }[] = [];
  for (let j = n; j > 0; ) {
    const b = best[j]!;
    const site = b.covered > best[b.from]!.covered;
    const text = chars.slice(b.from, j).join('');
    const last = out[0];
    // Leftover characters next to each other stay one word (色差, 砖头).
    if (!site && last && !last.site) last.text = text + last.text;
    else out.unshift({ text, site });
    j = b.from;
  }
  return out;
}

/**
 * A guess for a typo (拼音 input picks a wrong character: 举正 for 举证): the site phrases that differ
 * from `word` in one character, most frequent first, those at least a third as frequent as the best.
 */
function typoGuesses(word: string, corpus: string): string[] {
  const chars = [...word];
  const found = new Map<string, number>();
  chars.forEach((_, k) => {
    if (chars.every((c, i) => i === k || FUNCTION_CHARS.has(c))) return;
    // No escaping: `normalise` turned every punctuation mark and symbol, so every regex syntax character, into a space.
    // The word itself is never in the corpus (coverPiece would have covered it), so every match is another phrase.
    const pattern = `${chars.slice(0, k).join('')}[^\\u0001\\u0002]${chars.slice(k + 1).join('')}`;
    for (const m of corpus.matchAll(new RegExp(pattern, 'gu'))) {
      if (!FILLER.includes(m[0])) found.set(m[0], (found.get(m[0]) ?? 0) + 1);
    }
  });
  const ranked = [...found.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, n]) => n * 3 >= best).slice(0, 3).map(([w]) => w);
}

/**
 * Reads a seller's sentence: seller words replaced by the site's (longest first), filler words cut
 * out, then each piece matched against the site's phrases longest-first; what matches nothing is kept
 * for Pagefind, and a short unmatched piece is tried as a typo of a site phrase.
 */
export function extractTerms(query: string, data: SearchData, segment: Segmenter = (t) => [t]): QueryTerms {
  const corpus = corpusOf(data);
  const known: QueryTerms['known'] = [];
  const free: string[] = [];
  const marks: string[] = [];
  const addKnown = (term: string, certainty: number) => {
    const same = known.find((k) => k.term === term);
    if (same) same.certainty = Math.max(same.certainty, certainty);
    else known.push({ term, certainty });
  };
  const inSite = (s: string) => corpus.includes(s);
  // Words inside a phrase that only colour it go without cutting it (物流一直不动 → 物流不动, 判我输 → 判输).
  let text = INNER_FILLER.reduce((t, w) => t.split(w).join(''), normalise(query));
  const numbers = [...text.matchAll(NUMBER_WITH_UNIT)].map((m) => m[0]);
  const aliasKeys = Object.keys(data.aliases).sort((a, b) => b.length - a.length);
  // Latin letters stay only where the site or a seller word uses them (p图, ps).
  const keepLatin = (w: string, at: number, all: string) =>
    w in data.aliases || inSite(`\u0001${w}\u0001`) || aliasKeys.some((k) => k.startsWith(w) && all.startsWith(k, at) && !/[a-z0-9]/.test(k.charAt(w.length)));
  text = text.replace(NUMBER_WITH_UNIT, ' ').replace(/[a-z0-9]+/g, (w, at: number, all: string) => (keepLatin(w, at, all) ? w : ' '));
  // Seller words → the site's terms.
  for (const key of aliasKeys) {
    if (!text.includes(key)) continue;
    const term = data.aliases[key] ?? key;
    text = text.split(key).join(' ');
    marks.push(key);
    addKnown(term, 1);
    // The seller's own word counts too where the site uses it (自动退款 is also said of a refund after the countdown).
    if (corpus.slice(0, corpus.indexOf(ALIASES)).includes(key)) addKnown(key, 1);
  }
  for (const f of FILLER) text = text.split(f).join(' ');
  // Pieces of one character (and the empty ones between spaces) cover nothing and guess nothing.
  for (const piece of text.split(' ')) {
    const chars = [...piece];
    const segments = coverPiece(chars, inSite);
    const covered = segments.reduce((sum, g) => sum + (g.site ? g.text.length : 0), 0);
    // A piece mostly unknown to the site may be a typo of a phrase the site uses (工单愈期 → 工单逾期).
    if (chars.length >= 3 && covered * 3 < chars.length * 2) {
      const guesses = typoGuesses(piece, corpus);
      if (guesses.length > 0) {
        for (const g of guesses) addKnown(g, 0.8 / guesses.length);
        continue;
      }
    }
    for (const g of segments) {
      if (g.site) addKnown(g.text, 1);
      else {
        const guesses = typoGuesses(g.text, corpus);
        if (guesses.length > 0) for (const w of guesses) addKnown(w, 0.6 / guesses.length);
        else {
          // Words the site's phrases do not know go to Pagefind one by one (图片最多几张 → 图片, 最多).
          // Where the segmenter finds no word, the first two content characters are the likeliest one
          // (吊牌被摘 → 吊牌); single characters would only cost downloads.
          const words = segment(g.text).filter((w) => [...w].length >= 2 && !FILLER.includes(w));
          if (words.length > 0) free.push(...words);
          else {
            const cs = [...g.text];
            const at = cs.findIndex((c, k) => k + 1 < cs.length && !FUNCTION_CHARS.has(c) && !FUNCTION_CHARS.has(cs[k + 1]!));
            if (at >= 0) free.push(cs.slice(at, at + 2).join(''));
          }
        }
      }
    }
  }
  free.push(...numbers);
  const words = [...known.map((k) => k.term), ...free];
  return { known, free: [...new Set(free)], marks: [...new Set([...words, ...marks])] };
}

/** What Pagefind is asked: the key terms, most specific (longest) first, at most `limit`. */
export function pagefindTerms(terms: QueryTerms, limit = 4): string[] {
  return [...terms.known.filter((k) => k.certainty >= 0.5).map((k) => k.term), ...terms.free]
    .sort((a, b) => b.length - a.length)
    .slice(0, limit);
}

/** Section of the 举证助手 tools (forms, not explanations). */
export const TOOLS = '举证助手';

/**
 * Sections whose pages are steps on a path rather than explanations: a self-check verdict repeats, for
 * one case, what the scenario page explains; a tool fills in a form. They rank below an explanation
 * that matches as well.
 */
export const SECONDARY = new Set(['自测结果', TOOLS]);

/** One ranked page. */
export interface Ranked {
  doc: number;
  score: number;
  /** The heading (index into the doc's `h`) the page matched best under, or -1. */
  heading: number;
  /** Matched through Pagefind's full text (so its fragment has an excerpt). */
  pagefindId?: string;
}

/**
 * Joins the site-vocabulary matches with Pagefind's lists. A key term found in a page's title,
 * keywords or headings scores that place's weight times the term's rarity across pages, more for a
 * longer term and most when the phrase is the whole term; Pagefind's lists add by rank, the combined
 * query most. Pages matching several key terms rise above pages matching one.
 */
export function rank(terms: QueryTerms, data: SearchData, pagefindLists: readonly (readonly string[])[] = []): Ranked[] {
  const n = data.docs.length;
  const byDoc = new Map<number, Ranked & { headings: Map<number, number>; matched: number }>();
  const entry = (doc: number) => {
    let r = byDoc.get(doc);
    if (!r) {
      r = { doc, score: 0, heading: -1, headings: new Map(), matched: 0 };
      byDoc.set(doc, r);
    }
    return r;
  };
  for (const { term, certainty } of terms.known) {
    const hits: { doc: number; weight: number; headings: number[] }[] = [];
    data.docs.forEach((d, doc) => {
      let weight = 0;
      const headings: number[] = [];
      for (const [phrase, w, h] of d.f) {
        if (!phrase.includes(term)) continue;
        weight = Math.max(weight, phrase === term ? w * 1.5 : w);
        if (h !== undefined) headings.push(h);
      }
      if (weight > 0) hits.push({ doc, weight, headings });
    });
    const idf = Math.log(1 + n / hits.length);
    const length = Math.min([...term].length, 5) / 2;
    for (const { doc, weight, headings } of hits) {
      const r = entry(doc);
      const gain = weight * idf * length * certainty;
      r.score += gain;
      r.matched += 1;
      // The heading that holds most of the query's terms is where the result links.
      for (const h of headings) r.headings.set(h, (r.headings.get(h) ?? 0) + idf * length * certainty);
    }
  }
  for (const r of byDoc.values()) {
    let best = 0;
    for (const [h, gain] of r.headings) {
      if (gain > best) {
        best = gain;
        r.heading = h;
      }
    }
  }
  const secondary = (doc: number) => {
    const d = data.docs[doc];
    return d !== undefined && SECONDARY.has(data.sections[d.s]!);
  };
  pagefindLists.forEach((list, li) => {
    const scale = li === 0 ? 12 : 4;
    list.forEach((id, position) => {
      const doc = data.pf?.[id];
      if (doc === undefined) return;
      const r = entry(doc);
      r.score += (scale * 2) / (position + 2);
      r.pagefindId ??= id;
      if (li === 0) r.matched += 1;
    });
  });
  return [...byDoc.values()]
    .map((r) => ({ ...r, score: r.score * (1 + 0.25 * Math.max(0, r.matched - 1)) * (secondary(r.doc) ? 0.6 : 1) }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .map(({ doc, score, heading, pagefindId }) => (pagefindId ? { doc, score, heading, pagefindId } : { doc, score, heading }));
}

/** Safe HTML for a plain text with the key terms marked; single characters are never marked. */
export function highlight(text: string, terms: readonly string[]): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const marks = [...new Set(terms.filter((t) => [...t].length >= 2))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const m = marks.find((t) => lower.startsWith(t, i));
    if (m) {
      out += `<mark>${escape(text.slice(i, i + m.length))}</mark>`;
      i += m.length;
    } else {
      out += escape(text.charAt(i));
      i++;
    }
  }
  return out;
}
