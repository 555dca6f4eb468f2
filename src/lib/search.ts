/**
 * Search helpers that do not depend on Pagefind or the DOM: seller vocabulary expansion and merging of
 * several result lists. Pure, unit-tested; `src/scripts/search-ui.ts` calls them.
 */

/** Seller word → the word the site uses ("掉包" → "调包"). Built at build time from the content. */
export type AliasMap = Record<string, string>;

export interface AliasSource {
  term: string;
  aliases: readonly string[];
}

/** One map from every alias (and every term, to itself) to the site's term. Longer aliases win. */
export function buildAliasMap(sources: readonly AliasSource[]): AliasMap {
  const map: AliasMap = {};
  for (const s of sources) {
    for (const alias of s.aliases) {
      const key = normalise(alias);
      if (key && key !== normalise(s.term) && !(key in map)) map[key] = s.term;
    }
  }
  return map;
}

/** Lower-case, full-width to half-width, punctuation to spaces, runs of spaces folded. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[?？!！,，.。、:：;；"'“”‘’()（）【】《》/\\|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that carry no meaning in a seller's question and only dilute the match. */
const FILLERS = ['拼多多', '怎么办', '怎么处理', '怎么', '如何', '什么', '是否', '可以', '吗', '呢', '的', '了', '啊', '呀', '吧'];

/**
 * The queries to run for what the seller typed: the words as typed, the words with seller vocabulary
 * replaced by the site's terms, and the same without filler words. Duplicates removed, order kept.
 */
export function expandQuery(query: string, aliases: AliasMap): string[] {
  const typed = normalise(query);
  if (!typed) return [];
  let replaced = typed;
  const keys = Object.keys(aliases).sort((a, b) => b.length - a.length);
  const hits: string[] = [];
  for (const key of keys) {
    if (replaced.includes(key)) {
      const term = aliases[key] ?? key;
      replaced = replaced.split(key).join(` ${term} `);
      hits.push(term);
    }
  }
  const stripped = (s: string) => {
    let out = s;
    for (const f of FILLERS) out = out.split(f).join(' ');
    return out.replace(/\s+/g, ' ').trim();
  };
  const variants = [typed, normalise(replaced), stripped(normalise(replaced)), ...hits];
  return [...new Set(variants.filter((v) => v.length > 0))];
}

export interface Scored {
  id: string;
}

/**
 * Merges result lists from several queries. Pagefind's scores are not comparable across queries, so
 * the lists keep their order: everything the seller's own words found first, then what each further
 * variant adds.
 */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/** A page the site's own vocabulary points to, whatever a word segmenter makes of the query. */
export interface BestBet {
  phrase: string;
  path: string;
  title: string;
  section: string;
  description: string;
}

/**
 * Pages whose key phrases (titles, glossary terms, seller words in front matter) occur in the query,
 * longest phrase first, at most `limit` pages. Exact substring matching does not depend on how Pagefind
 * or the browser segments Chinese.
 */
export function bestBets(query: string, bets: readonly BestBet[], limit = 2): BestBet[] {
  const q = normalise(query).replace(/\s+/g, '');
  if (q.length < 2) return [];
  // In a long question a short generic word (举证) says little about which page is meant.
  const shortest = q.length > 8 ? 4 : 2;
  const matching = bets
    .filter((b) => {
      const phrase = normalise(b.phrase).replace(/\s+/g, '');
      return phrase.length >= shortest && q.includes(phrase);
    })
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const out: BestBet[] = [];
  for (const b of matching) {
    if (!out.some((o) => o.path === b.path)) out.push(b);
    if (out.length >= limit) break;
  }
  return out;
}
