/**
 * The checklist's share link, written and read: `/checklist/?scenario=x&stage=y&have=a.b&label=…` (the
 * type, stage, ticks and, if the seller wants, the case name; older links said `ticks=a.b`, see
 * src/lib/shared/have.ts). Its own module: the checklist loads it only when an address opens a list or the
 * seller shares one, so the page's first load does not carry the reader and its messages. Pure.
 */
import { LABEL_MAX, type DisputeKind } from './case';
import { checklistHref, findType, type ChecklistCatalog, type DisputeType } from './catalog';
import { readHave, setHave } from '../shared/have';
import { isStageId, type StageId } from '../shared/stage-ids';

/** `/checklist/?scenario=x&stage=y&have=a.b&label=…`: the type, stage, ticks and (if wanted) the label. */
export function shareHref(type: { kind: DisputeKind; id: string }, ticked: readonly string[], label: string, stage?: StageId): string {
  const params = new URLSearchParams();
  setHave(params, [...ticked].sort());
  if (label.trim()) params.set('label', label.trim());
  const rest = params.toString();
  return `${checklistHref(type, stage)}${rest ? `&${rest}` : ''}`;
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
  const { ids: ticked, times: haveTimes } = readHave(params);
  if (outcome.length + scenario.length === 0) {
    if (haveTimes > 0 || params.has('label') || params.has('stage')) return { ok: false, message: '清单链接缺少纠纷类型。' };
    return { ok: true, shared: undefined };
  }
  if (outcome.length + scenario.length > 1) return { ok: false, message: '清单链接里有多个纠纷类型，无法确定是哪一个。' };
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
