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
  /**
   * True when the whole block is one link (a card, a list of related pages, breadcrumbs): a pointer to
   * where something is said, not a sentence of this page.
   */
  pointer?: boolean;
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
    // Not across a line break: "附凭证：" over a list of "凭证 1：…" lines is a heading, not an echo.
    const echo = /([\p{Script=Han}A-Za-z0-9“”]{2,20})[：:][^\S\n]*\1/u.exec(text);
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

/* ---------- Gates across the reading pages ---------- */

/** The pages a seller reads through (home, guide, scenarios, FAQ, glossary, rule changes), by site path. */
export const isReadingPage = (page: string): boolean =>
  /^\/(?:guide\/|scenarios\/|faq\/|glossary\/$|changes\/$|$)/.test(page);

/** A block's sentences as the reader sees them, whitespace collapsed. */
const sentencesOf = (text: string, ends: RegExp): string[] =>
  plainText(text)
    .split(ends)
    .map((s) => s.replace(/\s+/g, ' ').trim());

/** Quoted words (a button's name, an answer, a title) count as one word: their colons are not the sentence's. */
const unquoted = (sentence: string): string => sentence.replace(/「[^」]*」|“[^”]*”|《[^》]*》|"[^"]*"/g, '「」');

/** A colon that introduces something: full-width, or ASCII not inside a time such as 10:30. */
const COLON = /：|(?<!\d):|:(?!\d)/g;

/**
 * Two colons in one sentence ("其他原因的拒收：买家拒收后运费由谁承担：没有找到"): a label, then a fact row
 * pasted after it, which reads as a table, not a sentence. The page's own source list is left alone.
 */
export function colonChains(blocks: readonly TextBlock[]): string[] {
  const problems: string[] = [];
  for (const b of blocks) {
    if (b.sources) continue;
    for (const sentence of sentencesOf(b.text, /[。！？；\n]/)) {
      if (unquoted(sentence).split(COLON).length > 2) problems.push(`一句话里接连两个冒号「${sentence.slice(0, 60)}」：${b.page}`);
    }
  }
  return problems;
}

/** The longest a sentence may be and still repeat across many pages (shorter ones are labels, not caveats). */
export const REPEAT_MIN_CHARS = 20;
/** How many reading pages may print the same long sentence. */
export const REPEAT_MAX_PAGES = 5;

/**
 * A sentence of REPEAT_MIN_CHARS characters or more on more than REPEAT_MAX_PAGES pages: a caveat or a path
 * pasted everywhere instead of written once on its page and linked. Source lists and pointer blocks
 * (cards, related links, breadcrumbs) are not sentences of the page.
 */
export function repeatedSentences(blocks: readonly TextBlock[], minChars = REPEAT_MIN_CHARS, maxPages = REPEAT_MAX_PAGES): string[] {
  const pages = new Map<string, Set<string>>();
  for (const b of blocks) {
    if (b.sources || b.pointer) continue;
    for (const sentence of sentencesOf(b.text, /[。！？\n]/)) {
      if ([...sentence].length < minChars) continue;
      pages.set(sentence, (pages.get(sentence) ?? new Set()).add(b.page));
    }
  }
  return [...pages]
    .filter(([, on]) => on.size > maxPages)
    .map(([sentence, on]) => `「${sentence.slice(0, 60)}」印在 ${on.size} 个页面上：${[...on].slice(0, 8).join(' ')}`);
}

/** The gates that read the reading pages together (pass them only those pages' blocks). */
export const readingGates = { colonChains, repeatedSentences };
