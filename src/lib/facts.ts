/**
 * How a rule fact is put into words on a page. Pure: no Astro, no DOM, so unit tests cover it and
 * every page words uncertainty the same way.
 */
import type { Confidence, Fact, Source } from '../schemas';

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
  'non-pdd': '其他平台规则（非拼多多）',
  'search-log': '检索记录',
};

/** What is printed inline where a page cites the fact. */
export function factInlineText(fact: Fact): string {
  if (fact.confidence === 'not-found') return '我们未能确认';
  return fact.display ?? fact.claim;
}

/**
 * The caveat printed after the value, or undefined when the fact is solid. Disagreement is named with
 * every value, so the seller sees the spread rather than our pick.
 */
export function factCaveat(fact: Fact): string | undefined {
  const where = fact.checkIn ? `请以${fact.checkIn}为准` : '请以商家后台显示为准';
  if (fact.confidence === 'not-found') {
    return fact.checkIn ? `可在${fact.checkIn}查看` : '请在商家后台核实';
  }
  if (fact.conflicts.length > 0) {
    const others = fact.conflicts.map((c) => c.display);
    // A fact without a value of its own ("没有官方说法") only reports what the sources claim.
    if (fact.value === undefined) return `网上的说法有：${others.join(' / ')}，均无可靠出处，${where}`;
    return `各来源说法不一：${[fact.display ?? '', ...others].join(' / ')}，${where}`;
  }
  if (fact.confidence === 'low') return `仅见于个别网络文章，未经证实，${where}`;
  return undefined;
}

/** Fact ids cited in an MDX body through `<Fact id="…" />`, in order of first use. */
export function factIdsIn(mdxBody: string): string[] {
  const ids = [...mdxBody.matchAll(/<Fact\s+[^>]*?id=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return [...new Set(ids)];
}

/** Look a fact up, failing loudly: a page that cites an unknown id must not build. */
export function requireFact(facts: ReadonlyMap<string, Fact>, id: string, where: string): Fact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`未知的事实 id「${id}」（引用位置：${where}）`);
  return fact;
}

/** True when the fact is anything but well supported: shown with a warning style. */
export const isUncertain = (fact: Fact): boolean =>
  fact.confidence === 'low' || fact.confidence === 'not-found' || fact.conflicts.length > 0;

/** A piece of data text: plain words, or a fact cited as `{{fact-id}}`. */
export type TextPart = { text: string } | { factId: string };

/** Splits data text (FAQ answers) into words and fact citations, so numbers there come from facts too. */
export function splitFactRefs(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{([a-z0-9-]+)\}\}/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ factId: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
