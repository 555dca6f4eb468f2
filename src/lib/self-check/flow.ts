/**
 * The self-check as a graph: questions whose options lead to the next question (`next`) or to an
 * outcome (`outcome`). One answer on the first question names the case stage; from then on the stage
 * rides in every address and decides which options a question offers (an option may list `stages`).
 * So the next node depends only on the current question, the stage and the answer: every (stage,
 * question) is a static page, and the seller's answers are just the path, kept in `?a=` when JS is on.
 * Pure: no Preact, DOM or `astro:*`; the island, the pages and the tests all call these functions.
 */
import type { CheckQuestion } from '../../schemas';
import { ANSWERS_PARAM, outcomePath, questionPath, withAnswers } from './urls';
import { isStageId, type StageId } from '../shared/stage-ids';

export { ANSWERS_PARAM };

/**
 * What the engine needs of an option and a question. The zod-checked content (`CheckQuestion`) fits it,
 * and so does the questions file as the island imports it, with no cast: a stage id that is not one
 * of `STAGE_IDS` is simply never offered and never set.
 */
export interface FlowOption {
  id: string;
  label: string;
  hint?: string | undefined;
  next?: string | undefined;
  outcome?: string | undefined;
  stage?: string | undefined;
  stages?: readonly string[] | undefined;
}
export interface FlowQuestion {
  id: string;
  title: string;
  short: string;
  hint?: string | undefined;
  options: readonly FlowOption[];
}
// The content schema must keep fitting the engine.
const _fits = (q: CheckQuestion): FlowQuestion => q;
void _fits;

export interface FlowData {
  /** All questions, in any order; the start is the one question that no answer leads to. */
  questions: readonly FlowQuestion[];
  /** Ids of every outcome that exists (options name the outcome they lead to). */
  outcomeIds: readonly string[];
  /**
   * True when `questions` is only the part of the graph a page needs (`pageQuestions`): an answer that
   * leads to a question not in it still leads there (that question is a page of its own), and the start
   * is named here rather than guessed from the part.
   */
  partial?: { start: string };
}

export type NodeRef = { kind: 'question'; id: string } | { kind: 'outcome'; id: string };

/** One answer: the question and the option chosen. */
export interface Step {
  question: string;
  option: string;
}

/** Where a seller stands: the node, and the stage once an answer has named it. */
export interface Position {
  at: NodeRef;
  stage: StageId | undefined;
}

export interface Flow {
  start: string;
  question(id: string): FlowQuestion | undefined;
  isOutcome(id: string): boolean;
  /** The options a question offers in a stage (all options that do not list stages, plus those that list it). */
  optionsFor(question: FlowQuestion, stage: StageId | undefined): FlowOption[];
  /** Where an answer leads in a stage, or undefined for an unknown question or an option not offered there. */
  next(questionId: string, optionId: string, stage: StageId | undefined): Position | undefined;
  /** Node reference for an id, or undefined when the id is neither a question nor an outcome. */
  node(id: string): NodeRef | undefined;
  readonly questions: readonly FlowQuestion[];
  readonly outcomeIds: readonly string[];
  /** True when the flow holds only part of the graph (see `FlowData.partial`). */
  readonly partial: boolean;
}

/** The node an option leads to, by name: `next` is a question, `outcome` an outcome. */
export function targetOf(option: FlowOption): NodeRef {
  return option.outcome !== undefined ? { kind: 'outcome', id: option.outcome } : { kind: 'question', id: option.next ?? '' };
}

/** Questions that no answer leads to; a sound flow has exactly one, its start. */
export function roots(questions: readonly FlowQuestion[]): string[] {
  const targets = new Set(questions.flatMap((q) => q.options.map((o) => o.next)));
  return questions.filter((q) => !targets.has(q.id)).map((q) => q.id);
}

export const offered = (o: FlowOption, stage: StageId | undefined) => !o.stages || o.stages.some((s) => s === stage);

export function createFlow(data: FlowData): Flow {
  const first = data.partial?.start ?? roots(data.questions)[0] ?? data.questions[0]?.id;
  if (!first) throw new Error('自测没有任何问题');
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  const outcomes = new Set(data.outcomeIds);
  const node = (id: string): NodeRef | undefined =>
    questions.has(id) ? { kind: 'question', id } : outcomes.has(id) ? { kind: 'outcome', id } : undefined;
  const optionsFor = (q: FlowQuestion, stage: StageId | undefined) => q.options.filter((o) => offered(o, stage));
  return {
    start: first,
    questions: data.questions,
    outcomeIds: data.outcomeIds,
    partial: !!data.partial,
    question: (id) => questions.get(id),
    isOutcome: (id) => outcomes.has(id),
    optionsFor,
    node,
    next(questionId, optionId, stage) {
      const q = questions.get(questionId);
      const option = q && optionsFor(q, stage).find((o) => o.id === optionId);
      if (!option) return undefined;
      const target = targetOf(option);
      const exists = target.kind === 'question' ? questions.has(target.id) || !!data.partial : outcomes.has(target.id);
      return exists ? { at: target, stage: isStageId(option.stage) ? option.stage : stage } : undefined;
    },
  };
}

/** The outcomes a set of questions names (options say which targets are outcomes; nothing is guessed). */
export function namedOutcomes(questions: readonly FlowQuestion[]): string[] {
  return [...new Set(questions.flatMap((q) => q.options.flatMap((o) => (o.outcome === undefined ? [] : [o.outcome]))))];
}

/* ---------- Answers in the URL ---------- */

/** Longer than any real path; stops a forged URL from making us walk forever. */
export const MAX_STEPS = 40;
const BAD_FORMAT = '链接里的回答格式不对，可能被截断或改动过。';
const MISMATCH = '链接里的回答和自测的问题对不上，可能是旧链接或被改动过。';

export function encodeAnswers(path: readonly Step[]): string {
  return path.map((s) => `${s.question}.${s.option}`).join('~');
}

export type WalkResult =
  | ({ ok: true; path: Step[] } & Position)
  | ({ ok: false; message: string; path: Step[] } & Position);

/**
 * Replays answers from the start. Stops at the first answer that does not fit and says why in words a
 * seller understands; `path`, `at` and `stage` then hold the valid part, so the seller can carry on.
 * Never throws.
 */
export function walk(flow: Flow, answers: readonly Step[]): WalkResult {
  const path: Step[] = [];
  let pos: Position = { at: { kind: 'question', id: flow.start }, stage: undefined };
  const fail = (message: string): WalkResult => ({ ok: false, message, path, ...pos });
  if (answers.length > MAX_STEPS) return fail(BAD_FORMAT);
  for (const step of answers) {
    const question = flow.question(step.question);
    // An answer after the outcome, to a question not asked here, or to one the site does not know.
    if (pos.at.kind === 'outcome' || !question || step.question !== pos.at.id) return fail(MISMATCH);
    const next = flow.next(step.question, step.option, pos.stage);
    if (!next) {
      // Never a raw option id: the option's own words when the question has it (not offered at this stage), else a plain sentence.
      const known = question.options.find((o) => o.id === step.option);
      return fail(
        known
          ? `问题「${question.short}」在这一步没有「${known.label}」这个选项。`
          : `问题「${question.short}」里没有链接中的这个回答。`,
      );
    }
    path.push({ question: step.question, option: step.option });
    pos = next;
  }
  return { ok: true, path, ...pos };
}

/** The page a seller is on: a node, and the stage its address names (undefined on /check/ and stage-less results). */
export interface PageNode {
  node: string;
  stage: StageId | undefined;
}

/**
 * Reads the `a` parameter and replays it. `page` is the page the seller is on: a path that leads
 * elsewhere is stale or forged. An empty parameter means the page opened on its own, which is fine.
 */
export function decodeAnswers(flow: Flow, param: string | null | undefined, page?: PageNode): WalkResult {
  const raw = (param ?? '').trim();
  const startPos: Position = { at: { kind: 'question', id: flow.start }, stage: undefined };
  if (raw === '') {
    // Every (stage, node) is a page of its own: opened without answers, it has no "你的回答" to show.
    if (!page) return { ok: true, path: [], ...startPos };
    const at = flow.node(page.node);
    return at
      ? { ok: true, path: [], at, stage: page.stage }
      : { ok: false, message: MISMATCH, path: [], ...startPos };
  }
  if (raw.length > 2000 || !/^[a-z0-9-]+\.[a-z0-9-]+(~[a-z0-9-]+\.[a-z0-9-]+)*$/.test(raw)) {
    return { ok: false, message: BAD_FORMAT, path: [], ...startPos };
  }
  const steps = raw.split('~').map((pair) => {
    // The format check above leaves exactly one dot in each pair.
    const [question, option] = pair.split('.') as [string, string];
    return { question, option };
  });
  const result = walk(flow, steps);
  if (result.ok && page && (result.at.id !== page.node || result.stage !== page.stage)) {
    return { ...result, ok: false, message: MISMATCH };
  }
  return result;
}

/** The address of a node in a stage, carrying the answers that lead to it. */
export function hrefFor(flow: Flow, pos: Position, path: readonly Step[]): string {
  // A step the flow does not know, with no stage to place it in, links back to the start (read for questions only).
  const unknown = !pos.stage && !flow.partial && !flow.question(pos.at.id);
  const base =
    pos.at.kind === 'question'
      ? questionPath(pos.at.id, pos.stage, pos.at.id === flow.start || unknown)
      : outcomePath(pos.at.id, pos.stage);
  return withAnswers(base, encodeAnswers(path));
}

/** The position before each answer of a path: the question asked and the stage it was asked in. */
export function positionsAlong(flow: Flow, path: readonly Step[]): Position[] {
  const out: Position[] = [];
  let stage: StageId | undefined;
  for (const step of path) {
    out.push({ at: { kind: 'question', id: step.question }, stage });
    stage = flow.next(step.question, step.option, stage)?.stage ?? stage;
  }
  return out;
}

/** The answers as lines for the "你的回答" summary, each with the link that changes it. */
export function summary(flow: Flow, path: readonly Step[]): { question: string; answer: string; changeHref: string }[] {
  const positions = positionsAlong(flow, path);
  return path.map((step, i) => {
    const q = flow.question(step.question);
    return {
      question: q?.short ?? step.question,
      answer: q?.options.find((o) => o.id === step.option)?.label ?? step.option,
      // One position per step.
      changeHref: hrefFor(flow, positions[i]!, path.slice(0, i)),
    };
  });
}
