/**
 * How a rule fact is put into words on a page. Pure: no Astro, no DOM, so unit tests cover it and every
 * page (MDX, FAQ, self-check outcomes, glossary, evidence) words facts the same way.
 *
 * The contract, in one place:
 * - In prose a fact appears once: either its short value (`<Fact id="…" />`, `{{id}}`) or its whole claim
 *   (`<Fact id="…" claim />`, `{{id:claim}}`), whose `{value}` slot is filled with the value.
 * - Its uncertainty is one short mark (说法不一 / 未经证实 / 未能确认) that links to the detail. The detail
 *   (other values, where in the back end to check, the sources) is written once per page, in the source
 *   list at the foot (`PageSources`), never inline.
 * - A citation that cannot render (unknown id, a value asked of a fact that has none, a stray brace)
 *   is a build error, not a blank.
 */
import type { Confidence, Fact, Source } from '../../schemas';

export const confidenceLabel: Record<Confidence, string> = {
  high: '可信度高',
  medium: '可信度中',
  low: '可信度低',
  'not-found': '未能确认',
};

export const sourceKindLabel: Record<Source['kind'], string> = {
  law: '法律法规',
  'pdd-api': '拼多多开放平台接口文档',
  'rule-quote': '转引的规则原文',
  'merchant-site': '商家服务网站',
  seo: '网络文章',
  news: '新闻报道',
  forum: '商家论坛',
  'non-pdd': '其他平台规则，非拼多多',
  'search-log': '检索记录',
};

/** The one short mark a fact carries in prose, or undefined when it is solid. */
export type FactMark = '说法不一' | '未经证实' | '未能确认';

export function factMark(fact: Fact): FactMark | undefined {
  if (fact.confidence === 'not-found') return '未能确认';
  if (fact.conflicts.length > 0) return '说法不一';
  if (fact.confidence === 'low') return '未经证实';
  return undefined;
}

/** Words that already say nothing reliable was found: such a value or claim needs no badge of its own. */
const SAYS_NOT_FOUND = /没有找到|没有官方说法|没有见到|没能确认|未能确认/;

/**
 * The badge printed beside a fact in prose. A disputed value says what the other figures are
 * ("也有说 36、48 小时"); a value or claim whose own words say it was not found ("没有官方说法") gets no
 * second badge, only its source number. The source list keeps the plain mark (`factMark`).
 */
export function inlineMark(fact: Fact, claim: boolean): string | undefined {
  const mark = factMark(fact);
  if (!mark) return undefined;
  const words = claim ? fact.claim : (fact.display ?? '');
  if (SAYS_NOT_FOUND.test(words)) return undefined;
  if (mark === '说法不一' && fact.otherFigures) return `也有说${/^\d/.test(fact.otherFigures) ? ' ' : ''}${fact.otherFigures}`;
  return mark;
}

/** True when the fact is anything but well supported: shown with a warning style. */
export const isUncertain = (fact: Fact): boolean => factMark(fact) !== undefined;

/** The slot in a claim where the value goes: "商家有 {value} 处理". */
export const VALUE_SLOT = '{value}';

/**
 * The short value printed inline. A fact we could not confirm prints "未能确认" (its mark is its value).
 * A fact without a short value cannot be cited as a value: that is an authoring error.
 */
export function factValue(fact: Fact): string {
  if (fact.display) return fact.display;
  if (fact.confidence === 'not-found') return '未能确认';
  throw new Error(`事实「${fact.id}」没有简短的值（display），只能整句引用：<Fact id="${fact.id}" claim /> 或 {{${fact.id}:claim}}`);
}

/** Whether `factValue` can render this fact. */
export const hasValue = (fact: Fact): boolean => !!fact.display || fact.confidence === 'not-found';

/** The claim split around its value slot, so pages can set the value in bold. */
export type ClaimPart = { text: string } | { value: string };

export function claimParts(fact: Fact): ClaimPart[] {
  const pieces = fact.claim.split(VALUE_SLOT);
  if (pieces.length > 1 && !fact.display) throw new Error(`事实「${fact.id}」的说法里有 {value}，却没有 display`);
  return pieces.flatMap((text, i) => [
    // Past the first piece there is a slot, so display is set (checked above).
    ...(i > 0 ? [{ value: fact.display! }] : []),
    ...(text ? [{ text }] : []),
  ]);
}

/** The claim as plain text, value filled in. */
export function claimText(fact: Fact): string {
  return claimParts(fact)
    .map((p) => ('text' in p ? p.text : p.value))
    .join('');
}

/** A fact as short plain text (value, or the claim when it has no value), for places without links. */
export function factInlineText(fact: Fact): string {
  return hasValue(fact) ? factValue(fact) : claimText(fact);
}

/**
 * The short plain text with the badge prose would give it, for plain-text places (checklist limits,
 * timeline): "3 张，未经证实", "24 小时，也有说 36、48 小时"; "没有官方说法" stays without a second badge.
 */
export function factShort(fact: Fact): string {
  const text = factInlineText(fact);
  const mark = inlineMark(fact, !hasValue(fact));
  return mark && !text.includes(mark) ? `${text}，${mark}` : text;
}

/**
 * The detail behind the mark, written once per page in the source list: the other values sources give
 * and where in the back end to check. Plain sentences, no parentheses, so it can sit anywhere.
 */
export function factCaveat(fact: Fact): string | undefined {
  const mark = factMark(fact);
  if (!mark) return undefined;
  const check = fact.checkIn ? `在哪里核实：${fact.checkIn}。` : '以商家后台显示为准。';
  // The claim of a fact not found already says so; the detail only adds where to look.
  if (fact.confidence === 'not-found') return check;
  if (fact.conflicts.length > 0) {
    const others = fact.conflicts.map((c) => c.display).join('；');
    const ours = fact.display && fact.value !== undefined ? `本站采用 ${fact.display}，` : '';
    return `${ours}其他说法：${others}。${check}`;
  }
  return `只见于个别网络文章。${check}`;
}

/** Look a fact up, failing loudly: a page that cites an unknown id must not build. */
export function requireFact(facts: ReadonlyMap<string, Fact>, id: string, where: string): Fact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`未知的事实 id「${id}」（引用位置：${where}）`);
  return fact;
}

/* ---------- Citations in MDX and in data text ---------- */

/** Fact ids cited in an MDX body through `<Fact id="…" />`, in order of first use. */
export function factIdsIn(mdxBody: string): string[] {
  const ids = [...mdxBody.matchAll(/<Fact\s[^>]*?id=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...new Set(ids)];
}

/** A piece of data text: plain words, or a fact cited as `{{fact-id}}` (value) or `{{fact-id:claim}}`. */
export type TextPart = { text: string } | { factId: string; claim: boolean };

const REF = /\{\{([a-z0-9-]+)(:claim)?\}\}/g;

/** Splits data text (FAQ answers, outcomes, glossary, evidence) into words and fact citations. */
export function splitFactRefs(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ factId: m[1]!, claim: !!m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Fact ids cited in any text, MDX or data, in order of first use. */
export function factIdsInText(...texts: readonly string[]): string[] {
  const ids = texts.flatMap((t) => [
    ...[...t.matchAll(/<Fact\s[^>]*?id=["']([^"']+)["']|\{\{([a-z0-9-]+)(?::claim)?\}\}/g)].map((m) => m[1] ?? m[2]!),
  ]);
  return [...new Set(ids)];
}

/**
 * Why a piece of data text would not render: an unknown id, a value asked of a fact without one, or a
 * brace left over (a mistyped placeholder). Empty when it renders.
 */
export function factTextProblems(text: string, facts: ReadonlyMap<string, Fact>): string[] {
  const problems: string[] = [];
  for (const p of splitFactRefs(text)) {
    if ('text' in p) {
      if (/[{}]/.test(p.text)) problems.push(`无法识别的占位符：「${p.text.trim().slice(0, 30)}」`);
      continue;
    }
    const fact = facts.get(p.factId);
    if (!fact) problems.push(`不存在的事实 ${p.factId}`);
    else if (!p.claim && !hasValue(fact)) problems.push(`事实 ${p.factId} 没有简短的值，请写 {{${p.factId}:claim}}`);
  }
  return problems;
}

/** Data text as plain words (for islands and meta descriptions): values and claims filled in, no marks. */
export function factTextPlain(text: string, facts: ReadonlyMap<string, Fact>): string {
  return splitFactRefs(text)
    .map((p) => {
      if ('text' in p) return p.text;
      const fact = requireFact(facts, p.factId, text.slice(0, 20));
      return p.claim ? claimText(fact) : factValue(fact);
    })
    .join('');
}
