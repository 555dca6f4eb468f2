/**
 * Ranking: joins the site-vocabulary matches of a query's key terms with Pagefind's full-text lists.
 */
import type { QueryTerms, SearchData } from './data';
import { escapeRegExp } from './normalise';
import { pagefindDoc } from './pagefind';
import { EACH_MORE_TERM, EXACT, GAPPED, INTENT_BOOST, LONGEST_COUNTED, PAGEFIND_COMBINED, PAGEFIND_SINGLE, QUESTION_BOOST, SECONDARY_WEIGHT, WEIGHT } from './tuning';

/** Section of the FAQ, whose pages each answer one question. */
export const FAQ_SECTION = '常见问题';
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
  /** The heading (index into the doc's `headings`) the page matched best under, or -1. */
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
      for (const { text: phrase, weight: w, heading: h } of d.phrases) {
        const whole = phrase.includes(term);
        if (!whole && !(gapped && gapped.test(phrase))) continue;
        weight = Math.max(weight, phrase === term ? w * EXACT : whole ? w : w * GAPPED);
        if (h !== undefined) headings.push(h);
      }
      if (weight > 0) hits.push({ doc, weight, headings });
    });
    const idf = Math.log(1 + n / hits.length);
    const length = Math.min([...term].length, LONGEST_COUNTED) / 2;
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
    const scale = li === 0 ? PAGEFIND_COMBINED : PAGEFIND_SINGLE;
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
    return d !== undefined && intents.some((answer) => answer.test(d.title) || d.phrases.some((p) => p.weight >= WEIGHT.heading && answer.test(p.text)));
  };
  return [...byDoc.values()]
    .map((r) => ({
      ...r,
      score:
        r.score *
        (1 + EACH_MORE_TERM * Math.max(0, r.matched - 1)) *
        (SECONDARY.has(data.docs[r.doc]?.section ?? '') ? SECONDARY_WEIGHT : 1) *
        (asks(r.doc) ? INTENT_BOOST : 1) *
        (terms.question && data.docs[r.doc]?.section === FAQ_SECTION ? QUESTION_BOOST : 1),
    }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .map(({ doc, score, heading, pagefindId }) => (pagefindId ? { doc, score, heading, pagefindId } : { doc, score, heading }));
}
