/**
 * The evidence checklist: which items a dispute type needs, how far the seller is, how strong the case
 * is for the stage it is in, the plain-text export and the share link. Saved cases are in
 * `case-store.ts`. Pure: the island renders what these return, the page builds the catalogue once at
 * build time, and unit tests cover every branch.
 */
import type { CheckOutcome, EvidenceItem, Fact } from '../schemas';
import { LABEL_MAX, type DisputeKind } from './case-store';
import { factCaveat, factInlineText } from './facts';
import { stageById, type Stage, type StageId } from './stages';

/* ---------- Catalogue (built once at build time) ---------- */

/** A dispute type the checklist can be opened for: a self-check outcome or a scenario page, with its items. */
export interface DisputeType {
  kind: DisputeKind;
  id: string;
  title: string;
  required: string[];
  helpful: string[];
}

/** When an item can still be made: anytime, only before the parcel leaves, only when the return is opened. */
export type Obtainable = EvidenceItem['obtainable'];

/** What the island shows for one evidence item. */
export interface ChecklistItem {
  id: string;
  title: string;
  what: string;
  why: string;
  how: string[];
  good: string;
  mistakes: string[];
  /** Upload limits in words, with their uncertainty ("举证入口：3 张（各来源说法不一…）"). */
  limits: string[];
  obtainable: Obtainable;
}

export interface ChecklistCatalog {
  items: Record<string, ChecklistItem>;
  types: DisputeType[];
}

export interface CatalogInput {
  evidence: readonly EvidenceItem[];
  outcomes: readonly CheckOutcome[];
  scenarios: readonly { id: string; title: string; required: string[]; helpful: string[] }[];
  facts: ReadonlyMap<string, Fact>;
}

function limitText(fact: Fact): string {
  const caveat = factCaveat(fact);
  return `${fact.appliesTo}：${factInlineText(fact)}${caveat ? `（${caveat}）` : ''}`;
}

export function buildCatalog(input: CatalogInput): ChecklistCatalog {
  const items: Record<string, ChecklistItem> = {};
  for (const e of input.evidence) {
    items[e.id] = {
      id: e.id,
      title: e.title,
      what: e.what,
      why: e.why,
      how: e.how,
      good: e.good,
      mistakes: e.mistakes,
      limits: e.limitFacts.flatMap((id) => {
        const fact = input.facts.get(id);
        return fact ? [limitText(fact)] : [];
      }),
      obtainable: e.obtainable,
    };
  }
  const types: DisputeType[] = [
    ...input.scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, title: s.title, required: s.required, helpful: s.helpful })),
    ...input.outcomes
      .filter((o) => o.evidence.required.length + o.evidence.helpful.length > 0)
      .map((o) => ({ kind: 'outcome' as const, id: o.id, title: o.title, required: o.evidence.required, helpful: o.evidence.helpful })),
  ];
  return { items, types };
}

export function findType(catalog: ChecklistCatalog, kind: DisputeKind, id: string): DisputeType | undefined {
  return catalog.types.find((s) => s.kind === kind && s.id === id);
}

/** Just what one dispute type needs: for a checklist embedded in that type's own page. */
export function catalogFor(catalog: ChecklistCatalog, kind: DisputeKind, id: string): ChecklistCatalog {
  const type = findType(catalog, kind, id);
  if (!type) throw new Error(`清单里没有「${kind}:${id}」`);
  const items = Object.fromEntries([...type.required, ...type.helpful].map((i) => [i, catalog.items[i]!]));
  return { items, types: [type] };
}

/* ---------- Progress and strength ---------- */

export interface Progress {
  done: number;
  total: number;
  requiredDone: number;
  requiredTotal: number;
  /** Required items not ticked yet, in list order. */
  missingRequired: string[];
}

export function progress(type: DisputeType, ticked: ReadonlySet<string>): Progress {
  const all = [...type.required, ...type.helpful];
  const missingRequired = type.required.filter((id) => !ticked.has(id));
  return {
    done: all.filter((id) => ticked.has(id)).length,
    total: all.length,
    requiredDone: type.required.length - missingRequired.length,
    requiredTotal: type.required.length,
    missingRequired,
  };
}

export type Strength = 'ready' | 'partial' | 'weak';

/** How strong the case looks, from the required items only: helpful items never make up for them. */
export function strength(p: Progress): Strength {
  if (p.missingRequired.length === 0) return 'ready';
  return p.requiredDone * 2 >= p.requiredTotal ? 'partial' : 'weak';
}

export function progressLine(p: Progress): string {
  const missing = p.missingRequired.length;
  return `已准备 ${p.done} / ${p.total}，${missing === 0 ? '必备项已全部备齐' : `必备项还差 ${missing} 项`}`;
}

/**
 * Whether an item can still be made at a stage. Every stage comes after the parcel left, so a packing
 * video that was not recorded cannot be made any more; a return can be filmed until the case is with
 * the platform or closed. Without a stage only what needs the parcel is lost.
 */
export function stillObtainable(obtainable: Obtainable, stage: Stage | undefined): boolean {
  if (obtainable === 'before-shipping') return false;
  if (obtainable === 'at-return-unpacking') return !stage || (!stage.inIntervention && !stage.closed);
  return true;
}

export type Assessment =
  /** The seller is still working through the list: progress only. */
  | { kind: 'progress'; unmarked: number; line: string }
  | { kind: 'verdict'; strength: Strength; headline: string; lines: string[] }
  /** Decided or expired: the list cannot change this order's result. */
  | { kind: 'closed'; headline: string };

export interface AssessInput {
  type: DisputeType;
  items: Record<string, Pick<ChecklistItem, 'title' | 'obtainable'>>;
  ticked: ReadonlySet<string>;
  lacking: ReadonlySet<string>;
  stage: Stage | undefined;
  /** The seller asked for the verdict before marking every required item. */
  asked: boolean;
}

const titles = (ids: string[], items: AssessInput['items']) => ids.map((id) => `“${items[id]?.title ?? id}”`).join('、');

/**
 * How strong the case is, judged fairly: no verdict while required items are still unmarked (unless
 * the seller asks); in intervention the advice is always to submit what there is before the deadline,
 * and an item that can no longer be made never holds the seller back.
 */
export function assess(input: AssessInput): Assessment {
  const { type, items, ticked, lacking, stage } = input;
  if (stage?.closed) {
    return {
      kind: 'closed',
      headline:
        stage.id === 'decided'
          ? '平台已经判定：这份清单改变不了这笔订单的结果。后台如果还有补充材料的入口，就按它整理；否则留作下一笔订单的准备。'
          : '处理时限已经过了：这份清单改变不了这笔订单的结果，留作下一笔订单的准备。',
    };
  }
  const p = progress(type, ticked);
  const unmarked = type.required.filter((id) => !ticked.has(id) && !lacking.has(id));
  if (unmarked.length > 0 && !input.asked) {
    const line = stage?.inIntervention
      ? `还有 ${unmarked.length} 项必备凭证没标“有”或“没有”。不用等全部标完：举证截止前一定要提交。`
      : `还有 ${unmarked.length} 项必备凭证没标“有”或“没有”。逐项标完，这里会判断证据够不够。`;
    return { kind: 'progress', unmarked: unmarked.length, line };
  }
  const s = strength(p);
  const missing = p.missingRequired;
  const canGet = missing.filter((id) => stillObtainable(items[id]?.obtainable ?? 'anytime', stage));
  const lost = missing.filter((id) => !canGet.includes(id));
  const lines: string[] = [];
  if (stage?.inIntervention) {
    const word = { ready: '证据较强：必备凭证都有。', partial: `证据一般：必备凭证缺 ${missing.length} 项。`, weak: `证据较弱：必备凭证缺 ${missing.length} 项，判给你的可能不大。` }[s];
    lines.push('现在就提交：在举证截止前把你已有的凭证交上去，最有力的放在前面，不超过上传张数上限。举证只有一次。');
    if (canGet.length > 0) lines.push(`截止前还能拿到的，可以一起交：${titles(canGet, items)}。拿不到就别等。`);
    if (lost.length > 0) lines.push(`已经拿不到的：${titles(lost, items)}。这不妨碍现在提交。`);
    if (s === 'weak') lines.push('如果判断赢面小，举证页上也可以选择同意退款，免得拖到判定。');
    return { kind: 'verdict', strength: s, headline: word, lines };
  }
  if (s === 'ready') return { kind: 'verdict', strength: s, headline: '必备凭证已齐：可以去举证了，提交前再核对一遍平台要求的类型。', lines };
  if (canGet.length > 0) lines.push(`还能补的，先补：${titles(canGet, items)}。举证机会只有一次。`);
  if (lost.length > 0) lines.push(`已经拿不到的：${titles(lost, items)}。用其他凭证把事情说清楚。`);
  const headline =
    s === 'partial'
      ? `还不够：必备凭证缺 ${missing.length} 项。`
      : `证据薄弱：必备凭证缺 ${missing.length} 项，走到介入很可能输，考虑和买家协商。`;
  return { kind: 'verdict', strength: s, headline, lines };
}

/* ---------- Plain-text export ---------- */

/** The checklist as text to paste into the PDD evidence form or a chat. */
export function toPlainText(catalog: ChecklistCatalog, type: DisputeType, ticked: ReadonlySet<string>, label: string, stage?: Stage): string {
  const p = progress(type, ticked);
  const line = (id: string) => `${ticked.has(id) ? '[x]' : '[ ]'} ${catalog.items[id]?.title ?? id}`;
  return [
    `证据清单：${type.title}`,
    ...(label ? [`案件：${label}`] : []),
    ...(stage ? [`阶段：${stage.label}`] : []),
    progressLine(p),
    '',
    '必备：',
    ...type.required.map(line),
    ...(type.helpful.length > 0 ? ['', '有帮助：', ...type.helpful.map(line)] : []),
    '',
    '（售后介入指南，与拼多多无关联；时限以商家后台为准）',
  ].join('\n');
}

/* ---------- Addresses ---------- */

/** `/checklist/?outcome=x&stage=y`: what result pages link to. */
export function checklistHref(type: { kind: DisputeKind; id: string }, stage?: StageId): string {
  const params = new URLSearchParams({ [type.kind]: type.id });
  if (stage) params.set('stage', stage);
  return `/checklist/?${params.toString()}`;
}

export interface SharedChecklist {
  type: DisputeType;
  ticked: string[];
  label: string;
  stage: StageId | undefined;
}

export type ShareResult =
  | { ok: true; shared: SharedChecklist | undefined; notice?: string }
  | { ok: false; message: string };

/** `/checklist/?scenario=x&stage=y&ticks=a.b&label=…`: the type, stage, ticks and (if wanted) the label. */
export function shareHref(type: { kind: DisputeKind; id: string }, ticked: readonly string[], label: string, stage?: StageId): string {
  const params = new URLSearchParams({ [type.kind]: type.id });
  if (stage) params.set('stage', stage);
  if (ticked.length > 0) params.set('ticks', [...ticked].sort().join('.'));
  if (label.trim()) params.set('label', label.trim());
  return `/checklist/?${params.toString()}`;
}

/** Something in the label that looks like personal data: a long number (order, phone) or an @. */
export const labelLooksPersonal = (label: string): boolean => /\d{5,}|@/.test(label);

/**
 * Reads a checklist address. No parameters: the seller picks a dispute type. Anything that does not
 * fit the catalogue is rejected with a message, never half-applied; an unknown stage is dropped with
 * a notice (the list itself is still right).
 */
export function parseShareParams(search: string, catalog: ChecklistCatalog): ShareResult {
  const params = new URLSearchParams(search);
  const outcome = params.getAll('outcome');
  const scenario = params.getAll('scenario');
  if (outcome.length + scenario.length === 0) {
    if (params.has('ticks') || params.has('label') || params.has('stage')) return { ok: false, message: '清单链接缺少纠纷类型。' };
    return { ok: true, shared: undefined };
  }
  if (outcome.length + scenario.length > 1) return { ok: false, message: '清单链接里有多个纠纷类型，无法确定是哪一个。' };
  if (params.getAll('ticks').length > 1 || params.getAll('label').length > 1 || params.getAll('stage').length > 1) {
    return { ok: false, message: '清单链接里的勾选项、阶段或案件名称重复出现，可能被改动过。' };
  }
  const kind: DisputeKind = outcome.length === 1 ? 'outcome' : 'scenario';
  const id = (kind === 'outcome' ? outcome[0] : scenario[0]) ?? '';
  const type = findType(catalog, kind, id);
  if (!type) return { ok: false, message: `清单链接里的纠纷类型「${id.slice(0, 40)}」不存在，可能是旧链接或被改动过。` };
  const ticksParam = params.get('ticks') ?? '';
  const ticked = ticksParam === '' ? [] : ticksParam.split('.');
  const allowed = new Set([...type.required, ...type.helpful]);
  const wrong = ticked.filter((t) => !allowed.has(t));
  if (wrong.length > 0 || ticked.length > allowed.size) {
    return { ok: false, message: '清单链接里的勾选项和这个纠纷类型对不上，可能是旧链接或被改动过。' };
  }
  const label = (params.get('label') ?? '').trim();
  if (label.length > LABEL_MAX) return { ok: false, message: '清单链接里的案件名称太长。' };
  const stageParam = params.get('stage');
  const stage = stageById(stageParam);
  const notice =
    stageParam !== null && !stage
      ? `清单链接里的阶段「${stageParam.slice(0, 40)}」不认识，可能是旧链接或被改动过。清单照常显示；请在下面选择你现在的阶段。`
      : undefined;
  return { ok: true, shared: { type, ticked: [...new Set(ticked)], label, stage: stage?.id }, ...(notice ? { notice } : {}) };
}
