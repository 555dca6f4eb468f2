/**
 * Text as the search compares it, and the words that say nothing: normalising (used on the site's
 * phrases at build time and on the seller's query in the browser, so both agree), filler and function
 * words, question words, and the platform's word segmenter. Pure.
 */

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

/** Normalised, without spaces. */
export const compact = (text: string) => normalise(text).replace(/\s+/g, '');

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words that carry no meaning in a seller's question: particles, pronouns, question words, the
 * platform's name. A word that names a thing (买家, 退款, 多久) is never here. Single characters are
 * only the ones that are almost never part of a word sellers search for.
 */
export const FILLER = (
  '拼多多 拼夕夕 多多 pdd 商家 卖家 店家 店主 我们 你们 他们 人家 自己 ' +
  '怎么办 怎么样 怎么 怎样 如何 什么 为什么 为啥 咋办 咋整 咋 啥 哪些 哪里 哪儿 哪个 ' +
  '能不能 能否 只能 还能 能够 可不可以 可以 会不会 是不是 有没有 应该 需要 请问 一下 的话 行不行 有用吗 有事吗 怎么处理 如何处理 ' +
  '吗 呢 啊 呀 吧 嘛 哦 啦 呗 了 的 我 你 他 她'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Words that colour a phrase from inside it; dropped before seller words are looked up, without cutting the phrase. */
export const INNER_FILLER = ['一直', '总是', '我'];

/** Characters that say nothing on their own: a typo guess must keep more than one of these. */
export const FUNCTION_CHARS = new Set([...'被是在有和与及或就都也还又把给让对从到向跟为要会能该去来说不没很太这那个些几']);

/** A number is kept only with its unit (48小时, 7天); other latin text and numbers the site does not use are dropped. */
export const NUMBER_WITH_UNIT = /\d+(小时|天|日|张|次|个|元|块|分钟)/g;

/** Words that make a query a question. */
export const QUESTION = /吗|呢|怎么|如何|怎样|为什么|为啥|咋|能不能|可不可以|会不会|是不是|有没有|多久|多少|几|谁/;
/** A term made of question words only. */
export const ASKING_ONLY = new RegExp(`^(?:${QUESTION.source})+$`, 'u');

/** Cuts an unknown piece of a query into words: Intl.Segmenter in the browser (see wordsOf), identity in tests. */
export type Segmenter = (text: string) => string[];

/** Words by the platform's segmenter, where it has a Chinese dictionary (browsers do; Node's ICU does not). */
export function wordsOf(text: string): string[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return [text];
  return [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
