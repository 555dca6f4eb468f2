/**
 * The search data: built at build time by src/pages/search-data.json.ts as `SearchWire` (short keys keep
 * search-data.json small), read by the browser through `decodeSearchData` into `SearchData`, whose names say
 * what each field is. The short keys live only in this file and in scripts/search-index.mjs, which adds
 * pages to the built file.
 */
import { FUNCTION_CHARS, normalise, compact } from './normalise';
import type { Intent } from './intents';

/* ---------- The wire format: search-data.json ---------- */

/** One page (or glossary entry) as search-data.json holds it. */
export interface WireDoc {
  /** path: site path, may carry #anchor (glossary entries). */
  u: string;
  /** title, as shown in results. */
  t: string;
  /** section: index into `SearchWire.sections`. */
  s: number;
  /** headings: [anchor, text] of the headings a result can link to. */
  h?: [string, string][];
  /** phrases: [normalised phrase, weight] or [phrase, weight, heading number in `h`]. */
  f: ([string, number] | [string, number, number])[];
}

export interface SearchWire {
  sections: string[];
  docs: WireDoc[];
  aliases: Record<string, string>;
  near?: Record<string, string>;
  intents?: Intent[];
}

/* ---------- What the search reads ---------- */

/** A phrase of a page's vocabulary (normalised, cut at punctuation) and how much a match in it counts. */
export interface Phrase {
  text: string;
  weight: number;
  /** The heading (index into `headings`) the phrase is, or belongs to. */
  heading?: number;
}

/** One page (or glossary entry) the search can return. */
export interface SearchDoc {
  /** Site path, may carry #anchor (glossary entries). */
  path: string;
  /** Title as shown in results. */
  title: string;
  /** The section's label (指南, 常见问题…). */
  section: string;
  /** [anchor, text] of the headings a result can link to. */
  headings: [string, string][];
  phrases: Phrase[];
}

export interface SearchData {
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

/** The search data under its names, from search-data.json. */
export function decodeSearchData(wire: SearchWire): SearchData {
  return {
    ...wire,
    docs: wire.docs.map((d) => ({
      path: d.u,
      title: d.t,
      section: wire.sections[d.s] ?? '',
      headings: d.h ?? [],
      phrases: d.f.map(([text, weight, heading]) => (heading === undefined ? { text, weight } : { text, weight, heading })),
    })),
  };
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
 * How alike two characters sound: 2 the same syllable, 1 nearly, 0 not (soundAlike in src/lib/search/sounds.ts).
 * Passed in, so the browser loads the syllable table only for a query that needs it.
 */
export type Sounds = (a: string, b: string) => 0 | 1 | 2;
/** Latin letters as pinyin syllables, or undefined (pinyinSyllables in src/lib/search/sounds.ts). */
export type Spell = (latin: string) => string[] | undefined;

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

/** The search data to write into search-data.json: every page with its phrases (cut at punctuation), and the seller-word map. */
export function buildSearchData(pages: readonly DocInput[], aliasSources: readonly AliasSource[], sounds?: Sounds, intents?: readonly Intent[]): SearchWire {
  const sections: string[] = [];
  const docs = pages.map((p) => {
    if (!sections.includes(p.section)) sections.push(p.section);
    const headings: [string, string][] = [];
    const fields: WireDoc['f'] = [];
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
    const doc: WireDoc = { u: p.u, t: p.t, s: sections.indexOf(p.section), f: fields };
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
  const data: SearchWire = { sections, docs, aliases };
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
