/**
 * Every knob of the site search in one place: how much a phrase says by where a page uses it, how much
 * a guess counts, what lifts a page, and how much of a query is read. Changing one is a tuning decision:
 * measure it on tests/search-tuning.tsv (npm run bench -- --search-only), never on the evaluation set.
 */

/** How much a phrase says about a page, by where the page uses it. */
export const WEIGHT = {
  /** The page title (an FAQ question is its page's title). */
  title: 10,
  /** Short names and seller words the page declares: navTitle, searchTerms, glossary terms. */
  keyword: 8,
  /** A heading on the page (the result then links to that heading), or a seller question it answers. */
  heading: 5,
} as const;

/** How much a phrase that holds a term with a word or two inside it counts, against one that holds it whole. */
export const GAPPED = 0.6;
/** How much a phrase that is the whole term counts, against one that holds it. */
export const EXACT = 1.5;
/** A term counts for its length in characters up to this, halved. */
export const LONGEST_COUNTED = 5;
/** How much a page gains for each key term it matches beyond the first. */
export const EACH_MORE_TERM = 0.25;
/** How much a self-check verdict or a tool (SECONDARY in rank.ts) counts against an explanation that matches as well. */
export const SECONDARY_WEIGHT = 0.6;
/** What Pagefind's first place is worth: the combined query's list, then each single term's list. */
export const PAGEFIND_COMBINED = 12;
export const PAGEFIND_SINGLE = 4;
/** How much a term made of question words only (多久, 多少) counts against a term that names a thing. */
export const ASKING_WEIGHT = 0.3;
/** How much an FAQ page gains for a query that is a question. */
export const QUESTION_BOOST = 1.15;
/** How much a page that asks what the query asks gains. */
export const INTENT_BOOST = 1.4;

/** How sure a typo guess by shape is: a whole piece, and a leftover beside site phrases. */
export const SHAPE_GUESS = 0.8;
export const LEFTOVER_GUESS = 0.6;
/** How much the other seller words for the same thing count, shared among them (工单超时 → 工单逾期). */
export const SIBLING_WEIGHT = 0.45;

/**
 * The longest query read (characters; the search box takes no more), and the longest piece mended
 * whole: longer pieces are read in slices of this length. The longest tuning query is 31 characters.
 */
export const MAX_QUERY = 200;
export const MAX_PIECE = 32;
/** The longest site phrase a piece is covered with, in characters; the longest window mended by sound. */
export const LONGEST_PHRASE = 12;
export const LONGEST_MEND = 6;

/**
 * Words Pagefind may look up for one query. Each word it looks up costs a download of the index chunk
 * that holds it (about 1 kB, 2 to 3 kB for the commonest words); a whole sentence could otherwise need
 * ten of them on the first search.
 */
export const PAGEFIND_WORDS = 4;
