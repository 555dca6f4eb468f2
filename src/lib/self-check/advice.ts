/**
 * What a self-check result says for one stage: 现在就做 (the outcome's own first steps, then what this
 * stage asks for, with its deadline and where in the back end), 为什么 tied to the seller's answers,
 * and 什么会改变这个结论 (the other answers, linked). Worked out at build time from the graph and the
 * data, so every (stage, outcome) page is static and works without JavaScript. Pure.
 */
import adviceData from '../../../content/check/stage-advice.json';
import { stageAdviceSchema, type CheckOutcome, type StageAdvice, type Verdict } from '../../schemas';
import { hrefFor, positionsAlong, type Flow, type NodeRef, type Step } from './flow';
import { allPaths } from './graph';
import type { StageId } from '../shared/stages';
import { factIdsInText } from '../content/facts';

/** The fact every refund-only result cites: the platform may not force a seller to accept refund-only. */
export const REFUND_ONLY_CHANGE = 'measures-no-forced-refund-only';

/** Stage advice by stage id, validated once. */
export const stageAdvice: ReadonlyMap<StageId, StageAdvice> = new Map(
  stageAdviceSchema.array().parse(adviceData).map((a) => [a.stage, a]),
);

/** One result page: an outcome in a stage (undefined for outcomes reached before any stage), and the paths to it. */
export interface ResultPage {
  outcome: string;
  stage: StageId | undefined;
  paths: Step[][];
}

/** Every (stage, outcome) pair a seller can reach, with the answers that reach it. */
export function resultPages(flow: Flow): ResultPage[] {
  const pages = new Map<string, ResultPage>();
  for (const p of allPaths(flow)) {
    const key = `${p.outcome}/${p.stage ?? ''}`;
    const page = pages.get(key) ?? { outcome: p.outcome, stage: p.stage, paths: [] };
    page.paths.push(p.path);
    pages.set(key, page);
  }
  return [...pages.values()];
}

/**
 * 现在就做: at most three actions. Usually the outcome's own steps come first (get the proof), then what
 * this stage asks for (use it before the deadline); when the advice is to settle, settling in this stage
 * is the first thing to do.
 */
export function nowSteps(outcome: CheckOutcome, stage: StageId | undefined, advice = stageAdvice): string[] {
  if (stage && outcome.byStage[stage]) return outcome.byStage[stage];
  const forStage = stage ? (advice.get(stage)?.verdicts[outcome.verdict] ?? []) : [];
  const steps = outcome.verdict === 'settle' ? [...forStage, ...outcome.steps] : [...outcome.steps, ...forStage];
  return steps.slice(0, 3);
}

const defaultStrength: Record<Verdict, string> = {
  apply: '凭证够硬，有依据争取',
  settle: '凭证不足，争下去多半会输',
  'other-channel': '这单的输赢不在售后单里',
  'not-yet': '缺一项关键凭证，结论取决于能不能拿到',
  'too-late': '这一单基本改变不了',
  'no-answer': '自测对这种情况还没有答案',
};

/** How strong the case is, in one honest phrase: the outcome's own word, else the stage's, else the verdict's. */
export function strengthOf(outcome: CheckOutcome, stage: StageId | undefined, advice = stageAdvice): string {
  return outcome.strength ?? (stage && advice.get(stage)?.strength[outcome.verdict]) ?? defaultStrength[outcome.verdict];
}

/** The deadline facts for a result: the stage's first (they decide what to do now), then the outcome's own. */
export function deadlineFactsFor(outcome: CheckOutcome, stage: StageId | undefined, advice = stageAdvice): string[] {
  // A refund without return after receipt: what the 2026 Measures give the seller, with its source.
  const change = outcome.refundOnly ? [REFUND_ONLY_CHANGE] : [];
  return [...new Set([...stageDeadlineFacts(outcome, stage, advice), ...outcome.deadlineFacts, ...change])];
}

/**
 * The time limit that runs now, for the 现在就做 box: the outcome's own for this stage where it has one
 * (an unshipped order's refund limit), else the stage's. One limit, the same in the actions and the rules.
 */
export function stageDeadlineFacts(outcome: CheckOutcome, stage: StageId | undefined, advice = stageAdvice): string[] {
  if (!stage) return [];
  return outcome.deadlineByStage?.[stage] ?? advice.get(stage)?.deadlineFacts ?? [];
}

/**
 * The deadline that opens 现在就做, as an action: the outcome's own for this stage where it has one, else
 * the stage's. Undefined where no limit is known (after a decision, after the entry closed).
 */
export function deadlineLine(outcome: CheckOutcome, stage: StageId | undefined, advice = stageAdvice): string | undefined {
  if (!stage) return undefined;
  return outcome.deadlineLine?.[stage] ?? advice.get(stage)?.deadline;
}

/** What a result page prints that can cite a fact, by section. */
export interface ResultSections {
  /** The deadline, printed in bold at the head of the first action (with `now`). */
  deadline: string | undefined;
  /** 现在就做: only actions, only on a page the self-check reaches (a result nobody reaches has no answers to act on). */
  now: string[];
  /** The stage's time limits, first under 相关的规则 (现在就做 holds actions only). */
  stageRules: string[];
  /** The outcome's other rules (相关的规则), without those already printed with the stage. */
  otherRules: string[];
}

/** The sections of a result page, worked out once: the page renders them and its sources are numbered from them. */
export function resultSections(outcome: CheckOutcome, stage: StageId | undefined, reached: boolean, advice = stageAdvice): ResultSections {
  const now = reached ? nowSteps(outcome, stage, advice) : [];
  const deadline = now.length > 0 ? deadlineLine(outcome, stage, advice) : undefined;
  // A fact appears once in the body: the limit printed at the head of 现在就做 is not repeated under the rules.
  const inDeadline = factIdsInText(deadline ?? '');
  const stageRules = stageDeadlineFacts(outcome, stage, advice).filter((id) => !inDeadline.includes(id));
  return {
    deadline,
    now,
    stageRules,
    otherRules: deadlineFactsFor(outcome, stage, advice).filter((id) => !stageRules.includes(id) && !inDeadline.includes(id)),
  };
}

/** The texts of a result page that cite facts, in the order the page prints them (现在就做, 为什么, then the rules: the stage's first). */
export function resultFactTexts(outcome: CheckOutcome, sections: ResultSections): string[] {
  const claims = (ids: readonly string[]) => ids.map((id) => `{{${id}:claim}}`);
  return [...(sections.deadline ? [sections.deadline] : []), ...sections.now, ...outcome.reasons, ...claims(sections.stageRules), ...claims(sections.otherRules)];
}

/** One line of 为什么 about an answer the seller gave: `key` is `question.option`, as in the address. */
export interface SaidLine {
  key: string;
  text: string;
  /** True when every way to this page passes this answer, so the page can say it without the address. */
  certain: boolean;
}

/**
 * One answer as a line of 为什么, in plain words (review C8: "说到X，你说「…」" read like a form letter).
 * The seller's words turn to the second person (我 → 你). An answer that says who did what stands alone
 * ("你驳回了，买家申请了平台介入……", "买家说是假货。"); any other is named by its question
 * ("纠纷类型：包裹在运输中丢了或坏了。", "发货凭证：都没有。"). A label with a gloss after its colon keeps
 * the head ("买家申请了售后"), or the part after a bare "能：" / "查过了：", so a line never chains two colons;
 * an answer that begins with the question's last words continues it ("取件记录显示包裹已经被取走。").
 */
export function saidText(question: string, label: string): string {
  const colon = label.indexOf('：');
  const words = (colon < 0 ? label : colon >= 4 ? label.slice(0, colon) : label.slice(colon + 1)).replaceAll('我', '你').replace(/[。；，]$/, '');
  if (/^(你|买家(?!的))/.test(words)) return `${words}。`;
  // "取件记录" and "记录显示……" join as "取件记录显示……", not "取件记录：记录显示……".
  const overlap = [3, 2].find((n) => question.length > n && words.startsWith(question.slice(-n)));
  return overlap ? `${question}${words.slice(overlap)}。` : `${question}：${words}。`;
}

/**
 * 为什么, the seller's side: one line per answer that can lead to this page, in plain words (`saidText`).
 * An answer that not every way here passes is not certain (another way gives another answer, or never
 * asks): the page shows its lines only for the answers the address holds (the island picks them), so
 * lines of two different ways never stand side by side (review C8).
 */
export function saidLines(flow: Flow, paths: readonly Step[][]): SaidLine[] {
  const lines = new Map<string, { text: string; ways: number }>();
  for (const path of paths) {
    const counted = new Set<string>();
    for (const step of path) {
      const key = `${step.question}.${step.option}`;
      const q = flow.question(step.question);
      const o = q?.options.find((x) => x.id === step.option);
      if (!q || !o || counted.has(key)) continue;
      counted.add(key);
      const line = lines.get(key) ?? { text: saidText(q.short, o.label), ways: 0 };
      lines.set(key, { ...line, ways: line.ways + 1 });
    }
  }
  return [...lines].map(([key, l]) => ({ key, text: l.text, certain: l.ways === paths.length }));
}

/** One answer that would change the result, and where it leads. */
export interface Flip {
  question: string;
  answer: string;
  href: string;
  /** The outcome or the next question it leads to. */
  to: NodeRef;
}

/**
 * 什么会改变这个结论: on the last question asked, the answers (in this stage) that lead elsewhere, linked
 * to the page they lead to. Links carry no answers, so they are the same with or without JavaScript.
 */
export function flips(flow: Flow, page: ResultPage): Flip[] {
  const out = new Map<string, Flip>();
  for (const path of page.paths) {
    const last = path.at(-1);
    const before = positionsAlong(flow, path).at(-1);
    const q = last && flow.question(last.question);
    if (!q || !before) continue;
    for (const o of flow.optionsFor(q, before.stage)) {
      const to = flow.next(q.id, o.id, before.stage);
      if (!to || (to.at.id === page.outcome && to.stage === page.stage)) continue;
      out.set(`${q.id}.${o.id}`, {
        question: q.short,
        answer: o.label,
        href: hrefFor(flow, to, []),
        to: to.at,
      });
    }
  }
  return [...out.values()];
}
