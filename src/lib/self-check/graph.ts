/**
 * The self-check graph as a whole: which part of it a page needs (the island gets only that), how an
 * article embeds it, and the checks that every path ends at an outcome with no dead end or cycle. Used
 * at build time and by the tests; the engine that walks one seller's answers is `flow.ts`. Pure.
 */
import type { StageId } from '../shared/stage-ids';
import { type Flow, type FlowQuestion, type Position, type Step, createFlow, namedOutcomes, targetOf, MAX_STEPS, roots, offered } from './flow';

/**
 * The questions one page needs, so no page carries the whole tree: every question on a way to this node
 * (to replay and show the seller's answers) and every question reachable from it in its stage. Without a
 * stage, answers that name a stage are followed only with `acrossStages` (question pages and an embedded
 * self-check, so the seller moves on without a page load and Back keeps the choice); otherwise they lead
 * to pages of their own. Used at build time; the island gets the result.
 */
export function pageQuestions(flow: Flow, node: string, stage: StageId | undefined, acrossStages = false): FlowQuestion[] {
  const parents = new Map<string, Set<string>>();
  for (const q of flow.questions) {
    for (const o of q.options) {
      const t = targetOf(o).id;
      parents.set(t, (parents.get(t) ?? new Set()).add(q.id));
    }
  }
  const keep = new Set<string>();
  const up = [node];
  while (up.length > 0) {
    for (const p of parents.get(up.pop()!) ?? []) if (!keep.has(p)) up.push((keep.add(p), p));
  }
  const seen = new Set<string>();
  const down = (id: string, at: StageId | undefined, depth: number) => {
    const q = flow.question(id);
    if (!q || depth > MAX_STEPS || seen.has(`${at}/${id}`)) return;
    seen.add(`${at}/${id}`);
    keep.add(id);
    for (const o of flow.optionsFor(q, at)) {
      if (o.next === undefined || (o.stage !== undefined && !at && !acrossStages)) continue;
      const to = flow.next(id, o.id, at);
      if (to) down(o.next, to.stage, depth + 1);
    }
  };
  down(node, stage, 0);
  return flow.questions.filter((q) => keep.has(q.id));
}

/** The part of the graph as JSON that is safe inside a <script type="application/json"> element. */
export function graphJson(questions: readonly FlowQuestion[]): string {
  return JSON.stringify(questions).replace(/</g, '\\u003c');
}

/** The shortest list of answers from the start to a question asked before any stage is named ([] for the start). */
export function leadTo(flow: Flow, node: string): Step[] {
  const queue: { id: string; path: Step[] }[] = [{ id: flow.start, path: [] }];
  const seen = new Set([flow.start]);
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (item.id === node) return item.path;
    for (const o of flow.question(item.id)?.options ?? []) {
      if (o.next === undefined || o.stage !== undefined || o.stages || seen.has(o.next)) continue;
      seen.add(o.next);
      queue.push({ id: o.next, path: [...item.path, { question: item.id, option: o.id }] });
    }
  }
  return [];
}

/** What an article passes to an embedded self-check that starts at `node`: the graph it runs through in place. */
export function embeddedSelfCheck(questions: readonly FlowQuestion[], node: string) {
  const flow = createFlow({ questions, outcomeIds: namedOutcomes(questions) });
  return { graph: JSON.stringify(pageQuestions(flow, node, undefined, true)), start: flow.start, lead: leadTo(flow, node), node };
}

/* ---------- Whole-graph checks (used by tests and the build) ---------- */

export interface FullPath {
  path: Step[];
  outcome: string;
  stage: StageId | undefined;
}

/** Every path from the start to an outcome, with the stage it ends in. Assumes no cycles (see `graphProblems`). */
export function allPaths(flow: Flow): FullPath[] {
  const out: FullPath[] = [];
  const visit = (id: string, stage: StageId | undefined, path: Step[]) => {
    const q = flow.question(id);
    if (!q || path.length > MAX_STEPS) return;
    for (const o of flow.optionsFor(q, stage)) {
      const to = flow.next(id, o.id, stage);
      if (!to) continue;
      const next = [...path, { question: id, option: o.id }];
      if (to.at.kind === 'outcome') out.push({ path: next, outcome: to.at.id, stage: to.stage });
      else visit(to.at.id, to.stage, next);
    }
  };
  visit(flow.start, undefined, []);
  return out;
}

/** Every question page: a question and the stage it is asked in (the start has none). */
export function questionPages(flow: Flow): Position[] {
  const seen = new Map<string, Position>();
  const visit = (id: string, stage: StageId | undefined, depth: number) => {
    const key = `${stage}/${id}`;
    const q = flow.question(id);
    if (!q || seen.has(key) || depth > MAX_STEPS) return;
    seen.set(key, { at: { kind: 'question', id }, stage });
    for (const o of flow.optionsFor(q, stage)) {
      const to = flow.next(id, o.id, stage);
      // An outcome is no question: visiting it returns at once.
      if (to) visit(to.at.id, to.stage, depth + 1);
    }
  };
  visit(flow.start, undefined, 0);
  return [...seen.values()];
}

/** Problems with the graph itself, in words; empty when it is sound. */
export function graphProblems(flow: Flow): string[] {
  const problems: string[] = [];
  const starts = roots(flow.questions);
  if (starts.length !== 1) problems.push(`自测应当只有一个起点（没有答案指向的问题），现在是：${starts.join('、') || '没有'}`);
  const ids = new Set<string>();
  for (const q of flow.questions) {
    if (ids.has(q.id)) problems.push(`问题 id 重复：${q.id}`);
    ids.add(q.id);
    if (flow.isOutcome(q.id)) problems.push(`问题和结论同名：${q.id}`);
    const optionIds = new Set<string>();
    for (const o of q.options) {
      if (optionIds.has(o.id)) problems.push(`问题 ${q.id} 的选项 id 重复：${o.id}`);
      optionIds.add(o.id);
      if ((o.next === undefined) === (o.outcome === undefined)) {
        problems.push(`问题 ${q.id} 的选项 ${o.id} 应当恰好指向一个问题或一个结论`);
        continue;
      }
      const t = targetOf(o);
      const exists = t.kind === 'question' ? !!flow.question(t.id) : flow.isOutcome(t.id);
      if (!exists) problems.push(`问题 ${q.id} 的选项 ${o.id} 指向不存在的${t.kind === 'question' ? '问题' : '结论'} ${t.id}`);
    }
  }
  // Walk (question, stage) states from the start: cycles, dead ends, what is reachable and what is offered.
  const state = new Map<string, 'open' | 'done'>();
  const reached = new Set<string>();
  const used = new Set<string>();
  const visit = (id: string, stage: StageId | undefined, trail: string[]) => {
    reached.add(id);
    const q = flow.question(id);
    if (!q) return;
    const key = `${stage}/${id}`;
    if (state.get(key) === 'open') {
      problems.push(`有回路：${[...trail, id].join(' → ')}`);
      return;
    }
    if (state.get(key) === 'done') return;
    state.set(key, 'open');
    const options = flow.optionsFor(q, stage);
    if (options.length < 2) {
      problems.push(`问题 ${id} 在阶段 ${stage ?? '（未定）'} 只有 ${options.length} 个选项，走不下去或不用问`);
    }
    for (const o of options) {
      used.add(`${id}.${o.id}`);
      if (o.stage && stage) problems.push(`问题 ${id} 的选项 ${o.id} 再次设定阶段（已经是 ${stage}）`);
      const to = flow.next(id, o.id, stage);
      if (to) visit(to.at.id, to.stage, [...trail, id]);
    }
    state.set(key, 'done');
  };
  visit(flow.start, undefined, []);
  for (const q of flow.questions) {
    if (!reached.has(q.id)) {
      problems.push(`问题 ${q.id} 从起点走不到`);
      continue;
    }
    for (const o of q.options) if (!used.has(`${q.id}.${o.id}`)) problems.push(`问题 ${q.id} 的选项 ${o.id} 在任何阶段都不会出现`);
  }
  for (const o of flow.outcomeIds) if (!reached.has(o)) problems.push(`结论 ${o} 从起点走不到`);
  return problems;
}
