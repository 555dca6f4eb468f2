/**
 * The self-check's one URL scheme. The engine, the island, the pages, `astro.config.mjs` (sitemap) and
 * the tests all build and read self-check addresses here, so they cannot drift apart.
 *
 *   /check/                              the first question (what kind of situation this is)
 *   /check/ask/<question>/               a later question asked before any stage is known
 *   /check/<stage>/<question>/           a later question, in the stage the seller named
 *   /check/result/<outcome>/<stage>/     an outcome for that stage: what to do now differs by stage
 *   /check/result/<outcome>/             the outcome for every stage (and for outcomes that have no stage)
 *
 * The seller's answers ride along as `?a=question.option~question.option` when JavaScript is on.
 * Pure: no DOM, no Astro.
 */
import { isStageId, type StageId } from '../shared/stage-ids';
import { CHECK_PATH } from '../shared/paths';

/** The query parameter that carries the answers. */
export const ANSWERS_PARAM = 'a';

export const CHECK_BASE = CHECK_PATH;

/** What a self-check address stands for. */
export type CheckAddress =
  | { kind: 'start' }
  | { kind: 'question'; id: string; stage: StageId | undefined }
  | { kind: 'outcome'; id: string; stage: StageId | undefined };

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const questionRe = /* @__PURE__ */ new RegExp(`^/check/(${ID})/(${ID})/$`);
const outcomeRe = /* @__PURE__ */ new RegExp(`^/check/result/(${ID})/(?:(${ID})/)?$`);
const askRe = /* @__PURE__ */ new RegExp(`^/check/ask/(${ID})/$`);

/** The path segment of questions asked before the stage is known (no stage id is `ask`). */
export const ASK_SEGMENT = 'ask';

/** The address of the first question, or of a later question in a stage. */
export function questionPath(id: string, stage: StageId | undefined, isStart: boolean): string {
  if (isStart) return CHECK_BASE;
  return stage ? `${CHECK_BASE}${stage}/${id}/` : `${CHECK_BASE}${ASK_SEGMENT}/${id}/`;
}

/** The address of an outcome in a stage, or of the outcome for every stage. */
export function outcomePath(id: string, stage?: StageId): string {
  return stage ? `${CHECK_BASE}result/${id}/${stage}/` : `${CHECK_BASE}result/${id}/`;
}

/** Reads a pathname; undefined when it is not a self-check address (or names an unknown stage). */
export function parseCheckPath(pathname: string): CheckAddress | undefined {
  if (pathname === CHECK_BASE) return { kind: 'start' };
  const o = outcomeRe.exec(pathname);
  if (o) {
    const stage = o[2];
    if (stage !== undefined && !isStageId(stage)) return undefined;
    return { kind: 'outcome', id: o[1]!, stage };
  }
  const ask = askRe.exec(pathname);
  if (ask) return { kind: 'question', id: ask[1]!, stage: undefined };
  const q = questionRe.exec(pathname);
  // `result` is no stage id, so a result address never reads as a question page.
  if (q && isStageId(q[1])) return { kind: 'question', stage: q[1], id: q[2]! };
  return undefined;
}

/** Question pages are steps, not documents: the sitemap leaves them out (start and results stay in). */
export function isCheckStepPath(pathname: string): boolean {
  return parseCheckPath(pathname)?.kind === 'question';
}

/** Adds the answers to an address (nothing when there are none). */
export function withAnswers(path: string, encoded: string): string {
  return encoded === '' ? path : `${path}?${ANSWERS_PARAM}=${encoded}`;
}
