/**
 * Gates on the words a seller actually reads: the rendered text of the built pages (dist/), not the
 * sources. Pure: they take text blocks (see tests/support/rendered-text.ts for how pages become blocks) and return
 * problems. Fact citations arrive wrapped as ⟦mode|id|mark⟧text⟦/⟧ so the gates know where facts are.
 */
import { numbersOutsideFacts } from './integrity';

export interface TextBlock {
  /** Site path of the page. */
  page: string;
  /** Text of the nearest h2 above the block ('' before the first). */
  section: string;
  /** True for the source list at the foot of a page, where values and caveats belong. */
  sources: boolean;
  /** The block's text, fact citations wrapped. */
  text: string;
}

const FACT = /⟦(value|claim)\|([a-z0-9-]+)\|([^⟧]*)⟧([^⟦]*)⟦\/⟧/g;

/** The text as the reader sees it (fact citations unwrapped). */
export const plainText = (text: string): string => text.replace(FACT, '$4');
/** The text with every fact citation removed: what the page says in its own words. */
export const ownWords = (text: string): string => text.replace(FACT, ' ');

const at = (b: TextBlock) => `${b.page} §${b.section || '开头'}：「${plainText(b.text).trim().slice(0, 60)}」`;

/** "X：X" (a phrase printed twice back to back), or the same clause of eight or more characters twice in one sentence. */
export function repeatedPhrases(blocks: readonly TextBlock[]): string[] {
  const problems: string[] = [];
  for (const b of blocks) {
    const text = plainText(b.text);
    const echo = /([\p{Script=Han}A-Za-z0-9“”]{2,20})[：:]\s*\1/u.exec(text);
    if (echo) problems.push(`紧挨着重复「${echo[1]}」：${at(b)}`);
    // "结果只有两种：平台介入的结果只有两种": a label before a colon that the cited claim right after repeats.
    const restated =
      /(\p{Script=Han}{3,})[：:]\s*⟦[^⟧]*⟧[^⟦。]{0,12}?\1/u.exec(b.text) ??
      /(?<!\p{Script=Han})(\p{Script=Han}{3})\p{Script=Han}*[：:]\s*⟦[^⟧]*⟧\1/u.exec(b.text);
    if (restated && !echo) problems.push(`冒号前后说了两遍「${restated[1]}」：${at(b)}`);
    for (const sentence of text.split(/[。！？；\n]/)) {
      // A piece can only repeat while two of it still fit in the rest of the sentence.
      for (let i = 0; i + 16 <= sentence.length; i++) {
        const piece = sentence.slice(i, i + 8);
        if (/\P{Script=Han}/u.test(piece)) continue;
        if (sentence.includes(piece, i + 8)) {
          problems.push(`一句话里重复「${piece}」：${at(b)}`);
          break;
        }
      }
    }
  }
  return problems;
}

/** A fact's uncertainty mark more than once in a section, or the same caveat sentence twice in a section. */
export function repeatedCaveats(blocks: readonly TextBlock[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, TextBlock>();
  for (const b of blocks) {
    if (b.sources) continue;
    for (const m of b.text.matchAll(FACT)) {
      if (!m[3]) continue;
      const key = `${b.page}§${b.section}§mark§${m[2]}`;
      if (seen.has(key)) problems.push(`同一节里事实 ${m[2]} 的「${m[3]}」出现了两次：${at(b)}`);
      else seen.set(key, b);
    }
    for (const s of ownWords(b.text).split(/[。！？；\n]/)) {
      const sentence = s.trim();
      if (sentence.length < 6 || !/为准|说法不一|未经证实|未能确认|没有找到/.test(sentence)) continue;
      const key = `${b.page}§${b.section}§sentence§${sentence}`;
      if (seen.has(key)) problems.push(`同一节里同一句提醒出现了两次「${sentence}」：${at(b)}`);
      else seen.set(key, b);
    }
  }
  return problems;
}

/** Characters that may follow a bare value and still read as one phrase ("48 小时内", "3 张；"). */
const AFTER_VALUE = /^(?:$|[\s内后前以的之起至左右。，；：、）」”！？.,;:)]|以内|之内)/u;

/** Placeholders that did not render, and a value printed where the sentence needed a whole claim. */
export function brokenPlaceholders(blocks: readonly TextBlock[]): string[] {
  const problems: string[] = [];
  for (const b of blocks) {
    const text = plainText(b.text);
    const left = /\{\{|\}\}|\{value\}|\bundefined\b|\bNaN\b|\[object Object\]/.exec(text);
    if (left) problems.push(`没有渲染的占位符「${left[0]}」：${at(b)}`);
    for (const m of b.text.matchAll(FACT)) {
      if (m[1] !== 'value') continue;
      const after = b.text.slice((m.index ?? 0) + m[0].length).replace(FACT, '$4');
      if (!AFTER_VALUE.test(after)) problems.push(`事实 ${m[2]} 只印了值「${m[4]}」，后面接不上「${after.slice(0, 8)}」：${at(b)}`);
    }
  }
  return problems;
}

/** Rule values (a number with a unit of time, count or share) in the page's own words, outside facts. */
export function valuesOutsideFacts(blocks: readonly TextBlock[]): string[] {
  return blocks
    .filter((b) => !b.sources)
    .flatMap((b) => numbersOutsideFacts(ownWords(b.text)).map((n) => `正文直接写了「${n}」，没有出自事实：${at(b)}`));
}

/** Parentheses inside parentheses. */
export function nestedParentheses(blocks: readonly TextBlock[]): string[] {
  const problems: string[] = [];
  for (const b of blocks) {
    let depth = 0;
    for (const ch of plainText(b.text)) {
      if (ch === '（' || ch === '(') depth++;
      else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
      if (depth >= 2) {
        problems.push(`括号套括号：${at(b)}`);
        break;
      }
    }
  }
  return problems;
}

/** Every gate, by name. */
export const textGates = { repeatedPhrases, repeatedCaveats, brokenPlaceholders, valuesOutsideFacts, nestedParentheses };
