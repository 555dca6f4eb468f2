/**
 * The self-check as a graph: questions whose options point at the next question or at an outcome.
 * The next node depends only on the current node and the answer, so every node is a static page and
 * the seller's answers are just the path taken, kept in the URL as `?a=question.option~question.option`.
 * Pure: no Preact, DOM or `astro:*`; the island, the pages and the tests all call these functions.
 */
import type { CheckQuestion } from '../schemas';

export interface FlowData {
  /** All questions, in any order; the start is the one question that no answer leads to. */
  questions: readonly CheckQuestion[];
  /** Ids of every outcome an option may lead to. */
  outcomeIds: readonly string[];
}

export type NodeRef = { kind: 'question'; id: string } | { kind: 'outcome'; id: string };

/** One answer: the question and the option chosen. */
export interface Step {
  question: string;
  option: string;
}

export interface Flow {
  start: string;
  question(id: string): CheckQuestion | undefined;
  isOutcome(id: string): boolean;
  /** Where an answer leads, or undefined for an unknown question or option. */
  next(questionId: string, optionId: string): NodeRef | undefined;
  /** Node reference for an id, or undefined when the id is neither a question nor an outcome. */
  node(id: string): NodeRef | undefined;
  readonly questions: readonly CheckQuestion[];
  readonly outcomeIds: readonly string[];
}

/** Questions that no answer leads to; a sound flow has exactly one, its start. */
function roots(questions: readonly CheckQuestion[]): string[] {
  const targets = new Set(questions.flatMap((q) => q.options.map((o) => o.next)));
  return questions.filter((q) => !targets.has(q.id)).map((q) => q.id);
}

export function createFlow(data: FlowData): Flow {
  const first = roots(data.questions)[0] ?? data.questions[0]?.id;
  if (!first) throw new Error('自测没有任何问题');
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  const outcomes = new Set(data.outcomeIds);
  const node = (id: string): NodeRef | undefined =>
    questions.has(id) ? { kind: 'question', id } : outcomes.has(id) ? { kind: 'outcome', id } : undefined;
  return {
    start: first,
    questions: data.questions,
    outcomeIds: data.outcomeIds,
    question: (id) => questions.get(id),
    isOutcome: (id) => outcomes.has(id),
    node,
    next(questionId, optionId) {
      const option = questions.get(questionId)?.options.find((o) => o.id === optionId);
      return option ? node(option.next) : undefined;
    },
  };
}

/* ---------- URL codec ---------- */

/** The query parameter that carries the answers. */
export const ANSWERS_PARAM = 'a';
/** Longer than any real path; stops a forged URL from making us walk forever. */
const MAX_STEPS = 40;

export function encodeAnswers(path: readonly Step[]): string {
  return path.map((s) => `${s.question}.${s.option}`).join('~');
}

export type WalkResult =
  | { ok: true; path: Step[]; at: NodeRef }
  | { ok: false; message: string; path: Step[]; at: NodeRef };

/**
 * Replays answers from the start. Stops at the first answer that does not fit and says why in words a
 * seller understands; `path` and `at` then hold the valid part, so the seller can carry on from there.
 * Never throws.
 */
export function walk(flow: Flow, answers: readonly Step[]): WalkResult {
  const path: Step[] = [];
  let at: NodeRef = { kind: 'question', id: flow.start };
  const fail = (message: string): WalkResult => ({ ok: false, message, path, at });
  if (answers.length > MAX_STEPS) return fail('链接里的回答太多，不像是本站生成的链接。');
  for (const step of answers) {
    if (at.kind === 'outcome') return fail('链接在得出结论之后还有多余的回答。');
    const question = flow.question(at.id);
    if (!question) return fail(`自测里没有「${at.id}」这个问题。`);
    if (!flow.question(step.question)) return fail(`链接里有本站不认识的问题「${step.question}」。`);
    if (step.question !== at.id) {
      return fail(`链接里的回答和问题的顺序对不上：这一步应该回答「${question.short}」。`);
    }
    const next = flow.next(step.question, step.option);
    if (!next) return fail(`问题「${question.short}」没有「${step.option}」这个选项。`);
    path.push({ question: step.question, option: step.option });
    at = next;
  }
  return { ok: true, path, at };
}

/**
 * Reads the `a` parameter and replays it. `expected` is the node of the page the seller is on: a path
 * that leads elsewhere is stale or forged. An empty parameter is the start of the self-check.
 */
export function decodeAnswers(flow: Flow, param: string | null | undefined, expected?: string): WalkResult {
  const raw = (param ?? '').trim();
  const start: NodeRef = { kind: 'question', id: flow.start };
  if (raw === '') {
    // Every node is a page of its own: opened without answers, it simply has no "你的回答" to show.
    if (!expected) return { ok: true, path: [], at: start };
    const at = flow.node(expected);
    return at ? { ok: true, path: [], at } : { ok: false, message: `自测里没有「${expected}」这一步。`, path: [], at: start };
  }
  if (raw.length > 2000 || !/^[a-z0-9-]+\.[a-z0-9-]+(~[a-z0-9-]+\.[a-z0-9-]+)*$/.test(raw)) {
    return { ok: false, message: '链接里的回答格式不对，可能被截断或改动过。', path: [], at: start };
  }
  const steps = raw.split('~').map((pair) => {
    const [question = '', option = ''] = pair.split('.');
    return { question, option };
  });
  const result = walk(flow, steps);
  if (result.ok && expected && result.at.id !== expected) {
    return { ok: false, message: '链接里的回答不会走到这一步，可能是旧链接或被改动过。', path: result.path, at: result.at };
  }
  return result;
}

/** The page of the self-check's first question is /check/ itself. */
function questionHref(flow: Flow, id: string, path: readonly Step[]): string {
  const base = id === flow.start ? '/check/' : `/check/${id}/`;
  return path.length > 0 ? `${base}?${ANSWERS_PARAM}=${encodeAnswers(path)}` : base;
}

/** The address of a node (question or outcome), carrying the answers that lead to it. */
export function hrefFor(flow: Flow, at: NodeRef, path: readonly Step[]): string {
  if (at.kind === 'question') return questionHref(flow, at.id, path);
  const base = `/check/result/${at.id}/`;
  return path.length > 0 ? `${base}?${ANSWERS_PARAM}=${encodeAnswers(path)}` : base;
}

/** The answers as lines for the "你的回答" summary, each with the link that changes it. */
export function summary(flow: Flow, path: readonly Step[]): { question: string; answer: string; changeHref: string }[] {
  return path.map((step, i) => {
    const q = flow.question(step.question);
    return {
      question: q?.short ?? step.question,
      answer: q?.options.find((o) => o.id === step.option)?.label ?? step.option,
      changeHref: questionHref(flow, step.question, path.slice(0, i)),
    };
  });
}

/* ---------- Whole-graph checks (used by tests and the build) ---------- */

/** Every path from the start to an outcome. Assumes no cycles (see `graphProblems`). */
export function allPaths(flow: Flow): { path: Step[]; outcome: string }[] {
  const out: { path: Step[]; outcome: string }[] = [];
  const visit = (id: string, path: Step[], depth: number) => {
    if (depth > MAX_STEPS) return;
    const q = flow.question(id);
    if (!q) {
      out.push({ path, outcome: id });
      return;
    }
    for (const o of q.options) visit(o.next, [...path, { question: id, option: o.id }], depth + 1);
  };
  visit(flow.start, [], 0);
  return out;
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
      if (!flow.node(o.next)) problems.push(`问题 ${q.id} 的选项 ${o.id} 指向不存在的节点 ${o.next}`);
    }
  }
  // Cycles and reachability by depth-first search from the start.
  const state = new Map<string, 'open' | 'done'>();
  const reached = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    reached.add(id);
    const q = flow.question(id);
    if (!q) return;
    if (state.get(id) === 'open') {
      problems.push(`有回路：${[...trail, id].join(' → ')}`);
      return;
    }
    if (state.get(id) === 'done') return;
    state.set(id, 'open');
    for (const o of q.options) if (flow.node(o.next)) visit(o.next, [...trail, id]);
    state.set(id, 'done');
  };
  visit(flow.start, []);
  for (const q of flow.questions) if (!reached.has(q.id)) problems.push(`问题 ${q.id} 从起点走不到`);
  for (const o of flow.outcomeIds) if (!reached.has(o)) problems.push(`结论 ${o} 从起点走不到`);
  return problems;
}
