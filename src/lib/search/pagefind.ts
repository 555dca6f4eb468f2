/**
 * What Pagefind is asked for one query (pagefindTerms), and which page a Pagefind result is (pagefindDoc).
 */
import type { QueryTerms, SearchData } from './data';
import { PAGEFIND_WORDS } from './tuning';

export { PAGEFIND_WORDS };

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

/**
 * The page a Pagefind result is: scripts/search-index.mjs names every Pagefind page `<doc>_<build>`,
 * doc being its index in the search data. Any other id (an index built without that step) is no page.
 */
export function pagefindDoc(id: string, data: SearchData): number | undefined {
  const m = /^(\d+)_[0-9a-f]+$/.exec(id);
  const doc = m ? Number(m[1]) : -1;
  return doc >= 0 && doc < data.docs.length ? doc : undefined;
}
