/**
 * Chinese (pinyin) order for lists such as the glossary, with the initial letter of each entry for an
 * A–Z index. Uses ICU's pinyin collation (Node and browsers ship it); the letter is found by comparing
 * against the first syllable of each letter, so no pinyin table is needed. Pure.
 */
const collator = new Intl.Collator('zh-Hans-u-co-pinyin');

/** The first character (in pinyin order) of each initial letter; I, U and V start no Mandarin syllable. */
const LETTER_STARTS: readonly [string, string][] = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
  ['J', '丌'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
  ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/** The pinyin initial letter of a Chinese word ("仅退款" → "J"); Latin words keep their own. */
export function pinyinInitial(word: string): string {
  const first = word.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  let letter = '#';
  for (const [l, start] of LETTER_STARTS) if (collator.compare(first, start) >= 0) letter = l;
  return letter;
}

/** Sorts by pinyin and groups by initial letter, letters in order. */
export function pinyinGroups<T>(items: readonly T[], key: (item: T) => string): { letter: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => collator.compare(key(a), key(b)));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const letter = pinyinInitial(key(item));
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
