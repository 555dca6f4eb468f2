/**
 * The site's phrases as one string for substring look-ups (what inSite, mendSounds and typoGuesses
 * search), and what is worked out from it once per search data. Separators: \u0001 between phrases,
 * \u0001\u0002 where the seller words start (normalise turns both into spaces in a query, so a query
 * never holds them).
 */
import { own, type SearchData } from './data';
import { escapeRegExp } from './normalise';

/** Where the seller words start in the corpus: before it, only phrases printed on pages. */
export const ALIASES = '\u0001\u0002';
/** One character of a phrase, in a pattern over the corpus. */
export const ANY_CHAR = '[^\\u0001\\u0002]';

/** Computed once per data object (the browser keeps one). */
function once<T>(build: (data: SearchData) => T): (data: SearchData) => T {
  const seen = new WeakMap<SearchData, T>();
  return (data) => {
    let v = seen.get(data);
    if (v === undefined) {
      v = build(data);
      seen.set(data, v);
    }
    return v;
  };
}

/** All phrases of the site in one string: printed phrases, then seller words and what they stand for. */
export const corpusOf = once(
  (data) => `\u0001${data.docs.flatMap((d) => d.phrases.map((p) => p.text)).join('\u0001')}${ALIASES}${Object.entries(data.aliases).flat().join('\u0001')}\u0001`,
);

/** The seller words, longest first. */
export const aliasKeysOf = once((data) => Object.keys(data.aliases).sort((a, b) => b.length - a.length));

/** Each seller word of three or more characters, as a pattern that allows a word or two inside it (钱被平台扣 → 钱被扣). */
export const gappedOf = once((data) =>
  aliasKeysOf(data)
    .filter((key) => [...key].length >= 3)
    .map((key): [string, RegExp] => [key, new RegExp([...key].map(escapeRegExp).join('(\\p{Script=Han}{0,2})'), 'u')]),
);

/** The seller word's site term, or the word itself. */
export const termOf = (data: SearchData, key: string) => own(data.aliases, key) ?? key;

/** The distinct characters of the corpus (its separators too: no character sounds like them); worked out once per corpus. */
let corpusChars: { corpus: string; chars: string[] } | undefined;
export function charsOf(corpus: string): string[] {
  if (corpusChars?.corpus !== corpus) corpusChars = { corpus, chars: [...new Set(corpus)] };
  return corpusChars.chars;
}

/** A one-argument function that computes each answer once. */
export function memo<T>(f: (s: string) => T): (s: string) => T {
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
