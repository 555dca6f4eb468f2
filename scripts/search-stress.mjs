// Queries no seller means but anyone can type or paste (review H2: 150 characters of site words froze the
// tab for 15 s, 'a' × 5000 for over 150 s): up to 10,000 characters of any script, with the long runs of
// one word or letter that cost most. The unit test (tests/search/long-input.test.ts) and the benchmark
// (npm run bench, the slowest of the set in Chromium) read the same set.
import fc from 'fast-check';

/** Where a long query's pieces come from: the site's words, letters, every script, and characters that are not text. */
const SITE_WORDS = ['空包', '仅退款', '举证', '介入', '买家', '快递', '退货', '运费险', '申诉', '拒收', '掉包', '平台', '时限', '证据', '差评'];
const STRAY = ['，', '。', '！', ' ', '\n', '\t', '\u0000', '\u0001', '\u0002', '\u200b', '\u200d', '\u202e', '\ufeff', '😀', '👍🏽', '\ud800', '%', '<svg>', '\ue000'];

const fragment = fc.oneof(
  fc.constantFrom(...SITE_WORDS),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...STRAY),
  // Long runs: one word, syllable or letter held down or pasted again and again.
  fc.tuple(fc.constantFrom('a', 'jin ', 'tui', '空', '空包', '仅退款举证', 'ab1'), fc.integer({ min: 20, max: 5000 })).map(([s, n]) => s.repeat(n)),
);

/** One hostile query: fragments joined, at most 10,000 characters. */
export const longQuery = fc.array(fragment, { minLength: 1, maxLength: 400 }).map((parts) => [...parts.join('')].slice(0, 10_000).join(''));

/** The inputs of review H2, as measured there. */
export function reportedInputs() {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const shuffled = (chars, n) => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
  const siteChars = [...'空包仅退款举证介入买家快递'];
  const common = [...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自之着去过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理'];
  return [
    ...[150, 200, 400, 800].map((n) => ({ name: `${n} chars of site words`, query: shuffled(siteChars, n) })),
    ...[300, 1000, 5000].map((n) => ({ name: `a × ${n}`, query: 'a'.repeat(n) })),
    { name: '10,000 common Chinese chars', query: shuffled(common, 10_000) },
  ];
}

/** The same set every time: the reported inputs, then `n` drawn with a fixed seed. */
export const stressQueries = (n = 60, seed = 26) => [
  ...reportedInputs(),
  ...fc.sample(longQuery, { numRuns: n, seed }).map((query, i) => ({ name: `random ${i + 1} (${[...query].length} chars)`, query })),
];
