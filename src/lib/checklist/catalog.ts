/**
 * The evidence checklist's catalogue: which items a dispute type needs, how far the seller is, and the
 * checklist's addresses (`checklistHref`, share links read by `parseShareParams`). The strength verdict
 * is in `verdict.ts`, the text export in `export.ts`, saved cases in `cases/store.ts`. Pure: the island renders what these return, the page builds the catalogue once at
 * build time, and unit tests cover every branch.
 */
import type { CheckOutcome, EvidenceItem, Fact } from '../../schemas';
import { LABEL_MAX, type DisputeKind } from './case';
import { factShort } from '../content/facts';
import { isStageId, type StageId } from '../shared/stage-ids';
import { readHave } from '../shared/have';

/* ---------- Catalogue (built once at build time) ---------- */

/** A dispute type the checklist can be opened for: a self-check outcome or a scenario page, with its items. */
export interface DisputeType {
  kind: DisputeKind;
  id: string;
  title: string;
  /** The dispute scenario the list belongs to (the tools pick their statement template by it). */
  scenario?: string;
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
  /** Upload limits in words, with their uncertainty mark ("售后“商家举证”入口：3 张，说法不一"). */
  limits: string[];
  obtainable: Obtainable;
}

/** Where the built catalogue is served (src/pages/checklist/catalog.json.ts). */
export const CATALOG_URL = '/checklist/catalog.json';

/** True for what the catalogue file must hold; a damaged or stale file is reported, not rendered. */
export function isCatalog(value: unknown): value is ChecklistCatalog {
  const c = value as Partial<ChecklistCatalog> | null;
  return typeof c?.items === 'object' && Array.isArray(c.types) && c.types.every((t: DisputeType | null) => Array.isArray(t?.required) && Array.isArray(t.helpful) && [...t.required, ...t.helpful].every((id) => id in c.items!));
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
  return `${fact.appliesTo}：${factShort(fact)}`;
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
    ...input.scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, title: s.title, scenario: s.id, required: s.required, helpful: s.helpful })),
    ...input.outcomes
      .filter((o) => o.evidence.required.length + o.evidence.helpful.length > 0)
      .map((o) => ({
        kind: 'outcome' as const,
        id: o.id,
        title: o.title,
        ...(o.scenario ? { scenario: o.scenario } : {}),
        required: o.evidence.required,
        helpful: o.evidence.helpful,
      })),
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
    if (readHave(params).times > 0 || params.has('label') || params.has('stage')) return { ok: false, message: '清单链接缺少纠纷类型。' };
    return { ok: true, shared: undefined };
  }
  if (outcome.length + scenario.length > 1) return { ok: false, message: '清单链接里有多个纠纷类型，无法确定是哪一个。' };
  const { ids: ticked, times: haveTimes } = readHave(params);
  if (haveTimes > 1 || params.getAll('label').length > 1 || params.getAll('stage').length > 1) {
    return { ok: false, message: '清单链接里的勾选项、阶段或案件名称重复出现，可能被改动过。' };
  }
  const kind: DisputeKind = outcome.length === 1 ? 'outcome' : 'scenario';
  // Exactly one of the two lists has one entry here.
  const id = [...outcome, ...scenario][0]!;
  const type = findType(catalog, kind, id);
  if (!type) return { ok: false, message: `清单链接里的纠纷类型「${id.slice(0, 40)}」不存在，可能是旧链接或被改动过。` };
  const allowed = new Set([...type.required, ...type.helpful]);
  const wrong = ticked.filter((t) => !allowed.has(t));
  if (wrong.length > 0 || ticked.length > allowed.size) {
    return { ok: false, message: '清单链接里的勾选项和这个纠纷类型对不上，可能是旧链接或被改动过。' };
  }
  const label = (params.get('label') ?? '').trim();
  if (label.length > LABEL_MAX) return { ok: false, message: '清单链接里的案件名称太长。' };
  const stageParam = params.get('stage');
  const stage = isStageId(stageParam) ? stageParam : undefined;
  const notice =
    stageParam !== null && !stage
      ? `清单链接里的阶段「${stageParam.slice(0, 40)}」不认识，可能是旧链接或被改动过。清单照常显示；请在下面选择你现在的阶段。`
      : undefined;
  return { ok: true, shared: { type, ticked: [...new Set(ticked)], label, stage }, ...(notice ? { notice } : {}) };
}

/** What a checklist address opens: a saved case (`?case=`), or whether it names a case to open at all. */
export function checklistAddress(search: string): { caseId: string | null; opensCase: boolean } {
  const params = new URLSearchParams(search);
  return { caseId: params.get('case'), opensCase: ['case', 'outcome', 'scenario'].some((p) => params.has(p)) };
}
