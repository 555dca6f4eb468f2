/**
 * Cross-references between content files that a per-file schema cannot see: fact ids cited in pages,
 * evidence ids in scenarios and outcomes, the self-check graph, glossary links. The build calls it and
 * stops on any problem (see `src/data/collections.ts`); unit tests call it on the raw files. Pure.
 */
import type { CheckOutcome, CheckQuestion, EvidenceItem, Fact, FaqEntry, GlossaryTerm } from '../../schemas';
import { factIdsIn, factTextProblems, hasValue, splitFactRefs } from './facts';
import { createFlow } from '../self-check/flow';
import { graphProblems } from '../self-check/graph';

export interface PageSource {
  collection: 'guide' | 'scenarios';
  id: string;
  body: string;
  data: {
    evidenceRequired?: string[];
    evidenceHelpful?: string[];
    outcomes?: string[];
    checkType?: string | undefined;
  };
}

export interface ContentBundle {
  facts: readonly Fact[];
  evidence: readonly EvidenceItem[];
  glossary: readonly GlossaryTerm[];
  faq: readonly FaqEntry[];
  questions: readonly CheckQuestion[];
  outcomes: readonly CheckOutcome[];
  pages: readonly PageSource[];
}

/** The channels an outcome may send a seller to: anchors of the alternatives chapter. */
export const CHANNELS = ['settle', 'review-report', 'report-buyer', 'courier-claim', 'police'] as const;

/** The question whose options name the dispute type (scenario pages start the self-check there). */
export const TYPE_QUESTION = 'type';

/** Glossary ids linked from an MDX body through `<Term id="…">`. */
export function termIdsIn(mdxBody: string): string[] {
  return [...new Set([...mdxBody.matchAll(/<Term\s[^>]*?id=["']([^"']+)["']/g)].map((m) => m[1]!))];
}

/**
 * Numbers written straight into prose instead of cited from the facts data: a digit (or a Chinese
 * numeral for hours and working days) next to a unit of time, count or share. `七天无理由` is the name
 * of a legal concept, not a number claim.
 */
export function numbersOutsideFacts(mdxBody: string): string[] {
  const prose = mdxBody
    .replace(/<Fact\b[^>]*\/>/g, '')
    // Calendar dates ("2021 年 2 月 4 日", "11月26日") are not rule values; a year alone ("2021 年") has no unit.
    .replace(/\d{1,2}\s*月\s*\d{1,2}\s*日/g, '')
    .replace(/^import .*/gm, '')
    .replace(/\{[^{}]*\}/g, '');
  const patterns = [
    /[0-9０-９]+(?:\.[0-9]+)?\s*(?:小时|个工作日|天(?!无理由)|日|张|%|％|倍)/g,
    /[一二两三四五六七八九十]+\s*(?:小时|个工作日)/g,
    /[一二两三四五六七八九十]+天(?!无理由)/g,
  ];
  return patterns.flatMap((p) => [...prose.matchAll(p)].map((m) => m[0]));
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function integrityProblems(c: ContentBundle): string[] {
  const problems: string[] = [];
  const factIds = new Set(c.facts.map((f) => f.id));
  const evidenceIds = new Set(c.evidence.map((e) => e.id));
  const termIds = new Set(c.glossary.map((g) => g.id));
  const outcomeIds = new Set(c.outcomes.map((o) => o.id));
  const scenarioIds = new Set(c.pages.filter((p) => p.collection === 'scenarios').map((p) => p.id));
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  for (const [name, ids] of Object.entries({
    facts: c.facts.map((f) => f.id),
    evidence: c.evidence.map((e) => e.id),
    glossary: c.glossary.map((g) => g.id),
    faq: c.faq.map((f) => f.id),
    outcomes: c.outcomes.map((o) => o.id),
  })) {
    for (const d of duplicates(ids)) problems.push(`${name} 中 id 重复：${d}`);
  }

  for (const f of c.facts) {
    if (f.claim.includes('{value}') && !f.display) problems.push(`事实 ${f.id} 的说法里有 {value}，却没有 display`);
  }
  for (const e of c.evidence) for (const f of e.limitFacts) need(factIds.has(f), `证据 ${e.id} 引用了不存在的事实 ${f}`);

  for (const p of c.pages) {
    const where = `${p.collection}/${p.id}`;
    for (const f of factIdsIn(p.body)) need(factIds.has(f), `${where} 引用了不存在的事实 ${f}`);
    for (const m of p.body.matchAll(/<Fact\s([^>]*?)\/>/g)) {
      const attrs = m[1]!;
      const fact = c.facts.find((f) => attrs.includes(`"${f.id}"`));
      if (fact && !/\bclaim\b/.test(attrs) && !hasValue(fact)) problems.push(`${where}：事实 ${fact.id} 没有简短的值，请写 <Fact id="${fact.id}" claim />`);
    }
    for (const t of termIdsIn(p.body)) need(termIds.has(t), `${where} 链接了不存在的术语 ${t}`);
    for (const n of numbersOutsideFacts(p.body)) problems.push(`${where} 的正文直接写了数字「${n}」，请改用 <Fact id="…" />`);
    for (const e of [...(p.data.evidenceRequired ?? []), ...(p.data.evidenceHelpful ?? [])]) {
      need(evidenceIds.has(e), `${where} 引用了不存在的证据 ${e}`);
    }
    for (const o of p.data.outcomes ?? []) need(outcomeIds.has(o), `${where} 引用了不存在的自测结论 ${o}`);
    if (p.data.checkType) {
      const type = c.questions.find((q) => q.id === TYPE_QUESTION);
      need(!!type?.options.some((o) => o.id === p.data.checkType), `${where} 的 checkType ${p.data.checkType} 不是纠纷类型问题的选项`);
    }
  }

  for (const o of c.outcomes) {
    for (const f of [...o.deadlineFacts, ...Object.values(o.deadlineByStage ?? {}).flat()]) need(factIds.has(f), `结论 ${o.id} 引用了不存在的事实 ${f}`);
    for (const e of [...o.evidence.required, ...o.evidence.helpful]) need(evidenceIds.has(e), `结论 ${o.id} 引用了不存在的证据 ${e}`);
    if (o.scenario) need(scenarioIds.has(o.scenario), `结论 ${o.id} 指向不存在的场景 ${o.scenario}`);
    for (const ch of o.channels) need((CHANNELS as readonly string[]).includes(ch), `结论 ${o.id} 的渠道 ${ch} 未定义`);
    need(o.evidence.required.length + o.evidence.helpful.length > 0 || o.verdict === 'too-late' || o.verdict === 'no-answer', `结论 ${o.id} 没有任何证据项`);
  }

  // Data text renders facts through `{{id}}` / `{{id:claim}}`: each must render, and its own words
  // must not carry a rule value of their own.
  const factMap = new Map(c.facts.map((f) => [f.id, f]));
  const dataText = (where: string, text: string) => {
    for (const p of factTextProblems(text, factMap)) problems.push(`${where}：${p}`);
    const words = splitFactRefs(text).flatMap((p) => ('text' in p ? [p.text] : [])).join(' ');
    for (const n of numbersOutsideFacts(words)) problems.push(`${where} 直接写了数字「${n}」，请改用 {{事实 id}}`);
  };
  for (const f of c.faq) {
    for (const id of f.facts) need(factIds.has(id), `常见问题 ${f.id} 引用了不存在的事实 ${id}`);
    dataText(`常见问题 ${f.id} 的回答`, f.answer);
  }
  for (const g of c.glossary) dataText(`术语 ${g.id} 的解释`, g.definition);
  for (const e of c.evidence) {
    for (const [i, t] of [e.what, e.why, e.good, ...e.how, ...e.mistakes].entries()) dataText(`证据 ${e.id} 的第 ${i + 1} 段文字`, t);
  }
  for (const o of c.outcomes) {
    const texts = [o.summary, ...o.reasons, ...o.steps, ...Object.values(o.byStage).flat(), o.strength].filter((t) => t !== undefined);
    for (const [i, t] of texts.entries()) dataText(`结论 ${o.id} 的第 ${i + 1} 段文字`, t);
  }

  if (c.questions.length > 0) {
    problems.push(...graphProblems(createFlow({ questions: c.questions, outcomeIds: c.outcomes.map((o) => o.id) })));
  } else {
    problems.push('自测没有任何问题');
  }
  return problems;
}
