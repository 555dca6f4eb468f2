/**
 * Site search without Pagefind or the DOM: the site's vocabulary (built at build time), the key terms of
 * a seller's sentence, and the ranking that joins vocabulary matches with Pagefind's full-text results.
 * Pure and unit-tested; `src/pages/search-data.json.ts` builds the data, `src/client/search-ui.ts`
 * calls the rest.
 *
 * How a query is read: normalised; seller words replaced by the site's terms (content/search-aliases.json,
 * glossary aliases); filler words (particles, question words, the platform's name) cut out; each piece
 * then matched longest-first against the site's own phrases (page titles, headings, short names,
 * searchTerms, glossary terms, FAQ questions). No word segmenter is needed, so the browser and the build
 * agree. A short piece that matches nothing is tried as a one-character typo of a site phrase. Latin
 * letters and bare numbers the site never uses are dropped: `' OR 1=1 --` has no key term and finds nothing.
 *
 * Typos are read by sound first (src/lib/search/pinyin.ts): a character no site phrase covers is swapped for
 * a same-sounding one where that makes a site phrase (举症 → 举证, 进退款 → 仅退款), pinyin typed in
 * letters is matched the same way (仅退kuan), a left-out character is guessed (仅款 → 仅退款). Question
 * words are read before they are cut out (intents: 谁出, 多久, 能不能…) and lift the pages that ask the
 * same; a question lifts FAQ answers a little.
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
  /**
   * For each character that says nothing alone (FUNCTION_CHARS: 到, 为…), the characters of the site's
   * phrases that sound the same (到 → 倒道): such typos are mended without loading the syllable table.
   */
  near?: Record<string, string>;
  /** Question intents (src/lib/search/intents.ts). */
  intents?: Intent[];
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

/**
 * Lower-case, full-width to half-width, punctuation and symbols to spaces, runs of spaces folded.
 * Format characters (zero-width space and joiner, byte-order mark, direction marks: 空\u200b包) go
 * without a trace; control characters (the reader marks pieces with some) and lone surrogates count as spaces.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s\p{Cc}\p{Cs}]+/gu, ' ')
    .trim();
}

/**
 * Words that carry no meaning in a seller's question: particles, pronouns, question words, the
 * platform's name. A word that names a thing (买家, 退款, 多久) is never here. Single characters are
 * only the ones that are almost never part of a word sellers search for.
 */
const FILLER = (
  '拼多多 拼夕夕 多多 pdd 商家 卖家 店家 店主 我们 你们 他们 人家 自己 ' +
  '怎么办 怎么样 怎么 怎样 如何 什么 为什么 为啥 咋办 咋整 咋 啥 哪些 哪里 哪儿 哪个 ' +
  '能不能 能否 只能 还能 能够 可不可以 可以 会不会 是不是 有没有 应该 需要 请问 一下 的话 行不行 有用吗 有事吗 怎么处理 如何处理 ' +
  '吗 呢 啊 呀 吧 嘛 哦 啦 呗 了 的 我 你 他 她'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/**
 * What a question asks, by its question words (src/lib/search/intents.ts, carried in the search data):
 * a page whose own question (title, FAQ question, heading) asks the same ranks higher among the pages
 * that match its key terms. `ask`: a pattern for the seller's query; `answer`: for a page's phrase.
 */
export interface Intent {
  id: string;
  ask: string;
  answer: string;
}


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

/** A record's own entry: JSON objects also answer `constructor`, `__proto__`… from their prototype. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const compact = (text: string) => normalise(text).replace(/\s+/g, '');

/** The search data: every page with its phrases (cut at punctuation), and the seller-word map. */
export function buildSearchData(pages: readonly DocInput[], aliasSources: readonly AliasSource[], sounds?: Sounds, intents?: readonly Intent[]): SearchData {
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
      if (key && key !== term && !Object.hasOwn(aliases, key)) aliases[key] = term;
    }
  }
  const data: SearchData = { sections, docs, aliases };
  if (sounds) {
    const used = new Set([...docs.flatMap((d) => d.f.map((f) => f[0])), ...Object.values(aliases)].join(''));
    const near: Record<string, string> = {};
    for (const c of FUNCTION_CHARS) {
      const alike = [...used].filter((u) => sounds(c, u) === 2).join('');
      if (alike) near[c] = alike;
    }
    data.near = near;
  }
  if (intents) data.intents = [...intents];
  return data;
}

/**
 * How alike two characters sound: 2 the same syllable, 1 nearly, 0 not (soundAlike in src/lib/search/pinyin.ts).
 * Passed in, so the browser loads the syllable table only for a query that needs it.
 */
export type Sounds = (a: string, b: string) => 0 | 1 | 2;
/** Latin letters as pinyin syllables, or undefined (pinyinSyllables in src/lib/search/pinyin.ts). */
export type Spell = (latin: string) => string[] | undefined;
/** Private-use characters that stand for a syllable typed in letters while a query is read. */
const SPELLED = 0xe000;
const NO_SOUNDS: Sounds = () => 0;

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
  /** What the query asks (ids of the data's intents), read before question words are cut out. */
  intents?: string[];
  /** The query is a question (吗, 怎么, 为什么…): a page that answers one question (the FAQ) fits it a little better. */
  question?: true;
  /** Read without `sounds`, and a character no site phrase covers might be a wrong pick by sound: read again with them. */
  soundsWanted?: true;
}

/**
 * The longest query read (characters; the search box takes no more), and the longest piece mended
 * whole: longer pieces are read in slices of this length. The longest tuning query is 31 characters.
 */
export const MAX_QUERY = 200;
export const MAX_PIECE = 32;

/** A one-argument function that computes each answer once. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      v = f(s);
      seen.set(s, v);
    }
    return v as T;
  };
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

/** Each seller word of three or more characters, as a pattern that allows a word or two inside it; built once per data object. */
const gappeds = new WeakMap<SearchData, [string, RegExp][]>();
function gappedOf(data: SearchData, aliasKeys: readonly string[]): [string, RegExp][] {
  let g = gappeds.get(data);
  if (!g) {
    g = aliasKeys.filter((key) => [...key].length >= 3).map((key) => [key, new RegExp([...key].map(escapeRegExp).join('(\\p{Script=Han}{0,2})'), 'u')]);
    gappeds.set(data, g);
  }
  return g;
}

/** Characters that say nothing on their own: a typo guess must keep more than one of these. */
const FUNCTION_CHARS = new Set([...'被是在有和与及或就都也还又把给让对从到向跟为要会能该去来说不没很太这那个些几']);

/**
 * Cuts a piece into site phrases and leftovers, covering as many characters with site phrases as
 * possible, then with as few phrases as possible (退货不寄 → 退货 + 不寄, not 退货不 + 寄).
 */
export function coverPiece(chars: readonly string[], inSite: (s: string) => boolean): { text: string; site: boolean }[] {
  const n = chars.length;
  const best: { covered: number; count: number; from: number; site: boolean }[] = [{ covered: 0, count: 0, from: -1, site: false }];
  for (let j = 1; j <= n; j++) {
    const prev = best[j - 1]!;
    let b = { covered: prev.covered, count: prev.count + 1, from: j - 1, site: false };
    for (let i = Math.max(0, j - 12); i <= j - 2; i++) {
      const start = best[i]!;
      if (!inSite(chars.slice(i, j).join(''))) continue;
      const c = { covered: start.covered + (j - i), count: start.count + 1, from: i, site: true };
      if (c.covered > b.covered || (c.covered === b.covered && c.count < b.count)) b = c;
    }
    best[j] = b;
  }
  const out: { text: string; site: boolean }[] = [];
  for (let j = n; j > 0; ) {
    const b = best[j]!;
    const text = chars.slice(b.from, j).join('');
    const last = out[0];
    // Leftover characters next to each other stay one word (色差, 砖头).
    if (!b.site && last && !last.site) last.text = text + last.text;
    else out.unshift({ text, site: b.site });
    j = b.from;
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The distinct characters of the corpus's phrases; worked out once per corpus. */
let corpusChars: { corpus: string; chars: string[] } | undefined;
function charsOf(corpus: string): string[] {
  if (corpusChars?.corpus !== corpus) corpusChars = { corpus, chars: [...new Set(corpus)].filter((c) => c !== '\u0001' && c !== '\u0002') };
  return corpusChars.chars;
}

/**
 * Guesses for a typo (拼音 input picks a wrong character: 举正 for 举证): the site phrases that differ
 * from `word` in one character. Where the changed character sounds like the typed one (soundAlike in
 * src/lib/search/pinyin.ts), only those count, most frequent first, as near-certain; otherwise the most
 * frequent, those at least a third as frequent as the best, as guesses.
 */
export function typoGuesses(word: string, corpus: string, sounds: Sounds = NO_SOUNDS, guessCertainty = 0.8): { term: string; certainty: number }[] {
  const chars = [...word];
  const found = new Map<string, { n: number; alike: number }>();
  chars.forEach((typed, k) => {
    if (chars.every((c, i) => i === k || FUNCTION_CHARS.has(c))) return;
    const before = escapeRegExp(chars.slice(0, k).join(''));
    const after = escapeRegExp(chars.slice(k + 1).join(''));
    for (const m of corpus.matchAll(new RegExp(`${before}([^\\u0001\\u0002])${after}`, 'gu'))) {
      if (m[0] === word || FILLER.includes(m[0])) continue;
      const alike = sounds(typed, m[1]!);
      const seen = found.get(m[0]);
      found.set(m[0], { n: (seen?.n ?? 0) + 1, alike: Math.max(seen?.alike ?? 0, alike) });
    }
  });
  const ranked = [...found.entries()].sort((a, b) => b[1].alike - a[1].alike || b[1].n - a[1].n);
  const top = ranked[0]?.[1];
  if (top && top.alike > 0) {
    const alike = ranked.filter(([, v]) => v.alike === top.alike).slice(0, 2);
    return alike.map(([term]) => ({ term, certainty: (top.alike === 2 ? 1 : 0.85) / alike.length }));
  }
  // A character left out inside the word (仅款 → 仅退款), as likely as one swapped for another.
  if (chars.every((c) => !FUNCTION_CHARS.has(c))) {
    for (let k = 1; k < chars.length; k++) {
      const pattern = new RegExp(`${escapeRegExp(chars.slice(0, k).join(''))}[^\\u0001\\u0002]${escapeRegExp(chars.slice(k).join(''))}`, 'gu');
      for (const m of corpus.matchAll(pattern)) {
        if (FILLER.includes(m[0])) continue;
        const seen = found.get(m[0]);
        found.set(m[0], { n: (seen?.n ?? 0) + 1, alike: 0 });
      }
    }
  }
  // Two characters with one of them swapped for any other match too much by chance (动静 → 动退): for them, only a left-out one.
  const pool = [...found.entries()].filter(([term]) => chars.length >= 3 || [...term].length > chars.length).sort((a, b) => b[1].n - a[1].n);
  const most = pool[0]?.[1].n ?? 0;
  const guesses = pool.filter(([, v]) => v.n * 3 >= most).slice(0, 3);
  return guesses.map(([term]) => ({ term, certainty: guessCertainty / guesses.length }));
}

/**
 * Mends characters a pinyin IME picked wrongly inside a piece (进退款 → 仅退款, 平台介如 → 平台介入):
 * a character the site's phrases do not cover is swapped for a same-sounding one where that makes a
 * site phrase of it and its neighbours, if the swap covers more of the piece with fewer phrases.
 */
export function mendSounds(
  chars: readonly string[],
  inSite: (s: string) => boolean,
  corpus: string,
  sounds: Sounds,
  isWord: (w: string) => boolean = () => false,
  kept: ReadonlySet<number> = new Set(),
): string[] {
  // Each candidate mend is covered once: a piece's matches often try the same characters again.
  const covered = new Map<string, { covered: number; inSite: boolean[] }>();
  const coverage = (cs: readonly string[]) => {
    const key = cs.join('\u0001');
    let c = covered.get(key);
    if (!c) {
      const marked = coverPiece(cs, inSite).flatMap((g) => [...g.text].map(() => g.site));
      c = { covered: marked.filter(Boolean).length, inSite: marked };
      covered.set(key, c);
    }
    return c;
  };
  // What a typed character may become: the site's characters that sound the same (a spelled syllable would
  // otherwise match every stretch of the corpus, and each match be tried).
  const alike = memo((typed: string) => {
    const all = charsOf(corpus);
    const cs = all.filter((c) => sounds(typed, c) === 2);
    if (cs.length === all.length) return '([^\\u0001\\u0002])';
    return cs.length > 0 ? `([${cs.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}])` : '';
  });
  let out = [...chars];
  let now = coverage(out);
  // A syllable typed in letters stands in as a private-use character; it must be mended as a whole word.
  const spelled = (c: string) => /\p{Co}/u.test(c);
  for (let k = 0; k < out.length; k++) {
    const typed = out[k]!;
    // Only a character outside every site phrase the piece holds, and not part of a word the seller typed.
    if (now.inSite[k] || kept.has(k) || !/[\p{Script=Han}\p{Co}]/u.test(typed)) continue;
    // A character that says nothing alone (到, 为) is mended only into a phrase of three or more (到计时 → 倒计时).
    const shortest = FUNCTION_CHARS.has(typed) ? 3 : 2;
    let best: { chars: string[]; covered: number } | undefined;
    for (let len = Math.min(6, out.length); len >= shortest && !best; len--) {
      for (let i = Math.max(0, k - len + 1); i <= k && i + len <= out.length; i++) {
        const open = out.slice(i, i + len).map((c, at) => i + at === k || spelled(c));
        const groups = out.slice(i, i + len).map((c, at) => (open[at] ? alike(c) : escapeRegExp(c)));
        if (groups.some((g) => g === '')) continue;
        const typedAt = open.flatMap((o, at) => (o ? [i + at] : []));
        for (const m of corpus.matchAll(new RegExp(groups.join(''), 'gu'))) {
          // A real two-character word (一半) becomes only a phrase the site uses on its own, not a piece of one (一般).
          if (len === 2 && isWord(out.slice(i, i + 2).join('')) && !corpus.includes(`\u0001${m[0]}\u0001`)) continue;
          const tried = [...out];
          typedAt.forEach((pos, g) => (tried[pos] = m[g + 1]!));
          const c = coverage(tried).covered;
          if (c > now.covered && (!best || c > best.covered)) best = { chars: tried, covered: c };
        }
      }
    }
    if (best) {
      out = best.chars;
      now = coverage(out);
    }
  }
  return out;
}

/**
 * Whether a mend by shape alone (any character for any other) is worth loading the sounds table for:
 * it makes a phrase of three or more characters, or of two where the character kept says something on
 * its own (品值 → 品质 may be a typo; 传几 → 的几 is chance, since 几 fits beside almost anything).
 */
export function worthSounds(chars: readonly string[], mended: readonly string[], inSite: (s: string) => boolean): boolean {
  let at = 0;
  for (const g of coverPiece(mended, inSite)) {
    const span = [...g.text];
    const typed = chars.slice(at, at + span.length);
    at += span.length;
    if (!g.site || typed.join('') === g.text) continue;
    if (span.length >= 3 || span.some((c, i) => c === typed[i] && !FUNCTION_CHARS.has(c) && !FILLER.includes(c))) return true;
  }
  return false;
}

/**
 * Reads a seller's sentence: seller words replaced by the site's (longest first), filler words cut
 * out, then each piece matched against the site's phrases longest-first; what matches nothing is kept
 * for Pagefind, and a short unmatched piece is tried as a typo of a site phrase.
 */
export function extractTerms(query: string, data: SearchData, segment: Segmenter = (t) => [t], sounds?: Sounds, spell?: Spell): QueryTerms {
  const corpus = corpusOf(data);
  let soundsWanted = false;
  const known: QueryTerms['known'] = [];
  const free: string[] = [];
  const marks: string[] = [];
  const addKnown = (term: string, certainty: number) => {
    const same = known.find((k) => k.term === term);
    if (same) same.certainty = Math.max(same.certainty, certainty);
    else known.push({ term, certainty });
  };
  const inSite = memo((s: string) => corpus.includes(s));
  // Words inside a phrase that only colour it go without cutting it (物流一直不动 → 物流不动, 判我输 → 判输).
  query = [...query].slice(0, MAX_QUERY).join('');
  const asked = compact(query);
  let text = INNER_FILLER.reduce((t, w) => t.split(w).join(''), normalise(query));
  const numbers = [...text.matchAll(NUMBER_WITH_UNIT)].map((m) => m[0]);
  const aliasKeys = Object.keys(data.aliases).sort((a, b) => b.length - a.length);
  const gappedKeys = gappedOf(data, aliasKeys);
  // Latin letters stay only where the site or a seller word uses them (p图, ps).
  const keepLatin = (w: string, at: number, all: string) =>
    own(data.aliases, w) !== undefined || inSite(`\u0001${w}\u0001`) || aliasKeys.some((k) => k.startsWith(w) && all.startsWith(k, at) && !/[a-z0-9]/.test(k.charAt(w.length)));
  // Other latin letters may be pinyin typed without picking the characters (仅退kuan): each syllable
  // stands in as one character that must sound like it (mendSounds); without the table they ask for it.
  const spelled: string[] = [];
  const latin = (w: string) => {
    // Longer runs of letters are no pinyin a seller types for one phrase (and would cost seconds to mend).
    const pinyin = w.length <= MAX_PIECE && /^[a-z]+$/.test(w);
    const syllables = sounds && spell && pinyin ? spell(w) : undefined;
    if (!syllables) {
      if (!sounds && pinyin && w.length >= 2) soundsWanted = true;
      return ' ';
    }
    return syllables.map((s) => String.fromCharCode(SPELLED + spelled.push(s) - 1)).join('');
  };
  text = text
    .replace(NUMBER_WITH_UNIT, ' ')
    .replace(/[a-z0-9]+/g, (w, at: number, all: string) => (keepLatin(w, at, all) ? w : latin(w)))
    // Syllables typed with spaces between them (jin tui kuan) are one word.
    .replace(/(\p{Co}) (?=\p{Co})/gu, '$1');
  const spelledAs = (c: string): string | undefined => spelled[c.charCodeAt(0) - SPELLED];
  const near = data.near ?? {};
  const isWord = (w: string) => {
    const words = segment(w);
    return words.length === 1 && words[0] === w;
  };
  // Characters of a word the segmenter finds inside a longer piece (支持 in 不支持退货) are what the seller
  // meant, not a slip of the input method; a piece that is one word (申述) may still be one.
  const inWords = (chars: readonly string[]): Set<number> => {
    const text = chars.join('');
    const kept = new Set<number>();
    let from = 0;
    for (const w of segment(text)) {
      const at = text.indexOf(w, from);
      if (at < 0) continue;
      from = at + w.length;
      const start = [...text.slice(0, at)].length;
      if ([...w].length >= 2 && w !== text) for (let i = 0; i < [...w].length; i++) kept.add(start + i);
    }
    return kept;
  };
  const heard: Sounds = (a, b) => (own(near, a)?.includes(b) ? 2 : sounds ? sounds(spelledAs(a) ?? a, b) : 0);
  const printed = corpus.slice(0, corpus.indexOf(ALIASES));
  // Seller words → the site's terms; filler cut out.
  const readWords = (t: string) => {
    const take = (key: string, said: string, certainty: number, inside = '') => {
      const term = own(data.aliases, key) ?? key;
      t = t.split(said).join(` ${inside} `);
      marks.push(said);
      addKnown(term, certainty);
      // The seller's own word counts too where the site uses it (自动退款 is also said of a refund after the countdown).
      if (printed.includes(key)) addKnown(key, certainty);
      // So, a little, do the other words for the same thing that the site prints (工单超时 → 工单逾期).
      const siblings = aliasKeys.filter((k) => k !== key && data.aliases[k] === term && [...k].length >= 2 && printed.includes(`\u0001${k}`));
      for (const k of siblings) addKnown(k, (0.45 * certainty) / siblings.length);
    };
    for (const key of aliasKeys) if (t.includes(key)) take(key, key, 1);
    // A seller word of three or more characters with a word or two put inside it (钱被平台扣 → 钱被扣,
    // and 平台 is read on its own).
    for (const [key, gapped] of gappedKeys) {
      const m = gapped.exec(t);
      if (m) take(key, m[0], GAPPED, m.slice(1).join(' '));
    }
    for (const f of FILLER) t = t.split(f).join(' ');
    return t.split(/\s+/).filter(Boolean);
  };
  // A piece longer than any phrase a seller types (a pasted message, a key held down) is read in slices:
  // mending a piece costs more than its length squared.
  const pieces = readWords(text).flatMap((w) => {
    const cs = [...w];
    return Array.from({ length: Math.ceil(cs.length / MAX_PIECE) }, (_, i) => cs.slice(i * MAX_PIECE, (i + 1) * MAX_PIECE).join(''));
  });
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const again = piece.startsWith('\u0000');
    let chars = again ? [...piece.slice(1)] : mendSounds([...piece], inSite, corpus, heard, isWord, inWords([...piece]));
    // Syllables that spelled nothing the site uses are dropped.
    if (chars.some((c) => spelledAs(c))) {
      const rest = chars.map((c) => (spelledAs(c) ? ' ' : c)).join('');
      pieces.splice(p + 1, 0, ...rest.split(' ').filter(Boolean));
      continue;
    }
    // Without the sounds, a piece with a character no site phrase covers asks for them.
    if (!sounds && !soundsWanted) {
      // Only when a same-shaped mend, whatever its sound, could be a typo (worthSounds), or nothing of
      // the piece is a site phrase (举症): a sentence with an everyday word the site never uses does not load it.
      soundsWanted = worthSounds(chars, mendSounds(chars, inSite, corpus, (a) => (FUNCTION_CHARS.has(a) ? 0 : 2), isWord, inWords(chars)), inSite) ||
        (chars.length >= 2 && coverPiece(chars, inSite).every((g) => !g.site));
    }
    // A mended piece is read again: it may now hold a seller word (运废险 → 运费险).
    const mended = chars.join('');
    if (!again && mended !== piece) {
      marks.push(piece);
      pieces.splice(p + 1, 0, ...readWords(mended).map((w) => `\u0000${w}`));
      continue;
    }
    const segments = coverPiece(chars, inSite);
    const covered = segments.reduce((sum, g) => sum + (g.site ? g.text.length : 0), 0);
    // A piece mostly unknown to the site may be a typo of a phrase the site uses (工单愈期 → 工单逾期).
    if (chars.length >= 3 && covered * 3 < chars.length * 2) {
      const guesses = typoGuesses(chars.join(''), corpus, sounds);
      if (guesses.length > 0) {
        for (const g of guesses) addKnown(g.term, g.certainty);
        continue;
      }
    }
    // A lone character beside site phrases may be what is left of a longer one (平介入 → 平台介入, 打包频 → 打包视频).
    if (segments.some((g) => !g.site && [...g.text].length === 1 && !FUNCTION_CHARS.has(g.text) && /\p{Script=Han}/u.test(g.text))) {
      const piece = chars.join('');
      for (const g of typoGuesses(piece, corpus, sounds)) if (g.term.length > piece.length) addKnown(g.term, g.certainty);
    }
    for (const g of segments) {
      if (g.site) addKnown(g.text, 1);
      else if ([...g.text].length >= 2) {
        const guesses = typoGuesses(g.text, corpus, sounds, 0.6);
        if (guesses.length > 0) for (const w of guesses) addKnown(w.term, w.certainty);
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
  // A term that only asks (多久, 多少) says what kind of answer is wanted, not what it is about: the
  // intents carry that, and the topic (申诉 in 申诉要多久) must outweigh it.
  for (const k of known) if (ASKING_ONLY.test(k.term)) k.certainty *= ASKING_WEIGHT;
  const words = [...known.map((k) => k.term), ...free];
  const intents = (data.intents ?? []).filter((i) => new RegExp(i.ask, 'u').test(asked)).map((i) => i.id);
  const out: QueryTerms = { known, free: [...new Set(free)], marks: [...new Set([...words, ...marks])] };
  if (intents.length > 0 && known.length + out.free.length > 0) out.intents = intents;
  if (soundsWanted) out.soundsWanted = true;
  if (QUESTION.test(asked) && known.length + out.free.length > 0) out.question = true;
  return out;
}

/**
 * Words Pagefind may look up for one query. Each word it looks up costs a download of the index chunk
 * that holds it (about 1 kB, 2 to 3 kB for the commonest words); a whole sentence could otherwise need
 * ten of them on the first search.
 */
export const PAGEFIND_WORDS = 4;

/**
 * What Pagefind is asked: the key terms, most specific (longest) first, at most `limit`. With `split`
 * (how Pagefind cuts a term into the words it looks up), a term that would take the query over
 * `maxWords` words is left to the site's own vocabulary, unless it is the first.
 */
export function pagefindTerms(terms: QueryTerms, limit = 4, split?: (t: string) => string[], maxWords = PAGEFIND_WORDS): string[] {
  // An adverb before a longer term (会自动退款 → 自动退款) only costs Pagefind another index chunk.
  const trim = (t: string) => ([...t].length > 3 && '会就都也还又'.includes(t.charAt(0)) ? t.slice(1) : t);
  const candidates = [...new Set([...terms.known.filter((k) => k.certainty >= 0.5).map((k) => trim(k.term)), ...terms.free])].sort(
    (a, b) => b.length - a.length,
  );
  const asked: string[] = [];
  const words = new Set<string>();
  for (const term of candidates) {
    if (asked.length === limit) break;
    const more = split ? split(term).filter((w) => !words.has(w)) : [];
    if (asked.length > 0 && words.size + more.length > maxWords) continue;
    asked.push(term);
    for (const w of more) words.add(w);
  }
  return asked;
}

/** How much a phrase that holds a term with a word or two inside it counts, against one that holds it whole. */
export const GAPPED = 0.6;

/** Words that make a query a question. */
const QUESTION = /吗|呢|怎么|如何|怎样|为什么|为啥|咋|能不能|可不可以|会不会|是不是|有没有|多久|多少|几|谁/;
/** A term made of question words only. */
const ASKING_ONLY = new RegExp(`^(?:${QUESTION.source})+$`, 'u');
/** How much such a term counts against a term that names a thing. */
export const ASKING_WEIGHT = 0.3;
/** Section of the FAQ, whose pages each answer one question. */
export const FAQ_SECTION = '常见问题';
/** How much an FAQ page gains for a query that is a question. */
export const QUESTION_BOOST = 1.15;

/** How much a page that asks what the query asks gains. */
export const INTENT_BOOST = 1.4;

/** Section of the 举证助手 tools (forms, not explanations). */
export const TOOLS = '举证助手';

/**
 * Sections whose pages are steps on a path rather than explanations: a self-check verdict repeats, for
 * one case, what the scenario page explains; a tool fills in a form. They rank below an explanation
 * that matches as well.
 */
export const SECONDARY = new Set(['自测结果', TOOLS]);

/**
 * The page a Pagefind result is: scripts/search-index.mjs names every Pagefind page `<doc>_<build>`,
 * doc being its index in the search data. Any other id (an index built without that step) is no page.
 */
export function pagefindDoc(id: string, data: SearchData): number | undefined {
  const m = /^(\d+)_[0-9a-f]+$/.exec(id);
  const doc = m ? Number(m[1]) : -1;
  return doc >= 0 && doc < data.docs.length ? doc : undefined;
}

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
    // A term of three or more characters also matches with a word or two inside it (申请介入 in 申请平台介入).
    const gapped = [...term].length >= 3 ? new RegExp([...term].map(escapeRegExp).join('.{0,2}'), 'u') : undefined;
    data.docs.forEach((d, doc) => {
      let weight = 0;
      const headings: number[] = [];
      for (const [phrase, w, h] of d.f) {
        const whole = phrase.includes(term);
        if (!whole && !(gapped && gapped.test(phrase))) continue;
        weight = Math.max(weight, phrase === term ? w * 1.5 : whole ? w : w * GAPPED);
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
  pagefindLists.forEach((list, li) => {
    const scale = li === 0 ? 12 : 4;
    list.forEach((id, position) => {
      const doc = pagefindDoc(id, data);
      if (doc === undefined) return;
      const r = entry(doc);
      r.score += (scale * 2) / (position + 2);
      r.pagefindId ??= id;
      if (li === 0) r.matched += 1;
    });
  });
  // A page that asks what the query asks (谁出, 多久, 能不能…) rises among those that match its terms.
  const intents = (data.intents ?? []).filter((i) => terms.intents?.includes(i.id)).map((i) => new RegExp(i.answer, 'u'));
  const asks = (doc: number) => {
    const d = data.docs[doc];
    return d !== undefined && intents.some((answer) => answer.test(d.t) || d.f.some(([phrase, w]) => w >= WEIGHT.heading && answer.test(phrase)));
  };
  return [...byDoc.values()]
    .map((r) => ({
      ...r,
      score:
        r.score *
        (1 + 0.25 * Math.max(0, r.matched - 1)) *
        (SECONDARY.has(data.sections[data.docs[r.doc]?.s ?? -1] ?? '') ? 0.6 : 1) *
        (asks(r.doc) ? INTENT_BOOST : 1) *
        (terms.question && data.sections[data.docs[r.doc]?.s ?? -1] === FAQ_SECTION ? QUESTION_BOOST : 1),
    }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .map(({ doc, score, heading, pagefindId }) => (pagefindId ? { doc, score, heading, pagefindId } : { doc, score, heading }));
}

/**
 * A Pagefind excerpt without the page title it may open with: Pagefind's text starts with the page's
 * heading, then ". ", and the result already shows the title above the excerpt. The excerpt may begin
 * inside the title (卖生鲜水果 → 生鲜水果), so any end of the title counts.
 */
export function excerptAfterTitle(excerpt: string, title: string): string {
  const cut = excerpt.indexOf('. ');
  const head = excerpt.slice(0, cut);
  return cut > 0 && [...head].length >= 2 && title.endsWith(head) ? excerpt.slice(cut + 2) : excerpt;
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
      out += escape(text[i]!);
      i++;
    }
  }
  return out;
}
