/**
 * Where a seller's after-sales case stands now. The stage decides which deadline applies and what advice
 * fits (no "avoid intervention" once intervention is under way), so the self-check, its result pages and
 * the checklist all read the stage from here: one list, one set of ids, used in URLs (`stage=` on the
 * checklist, the stage segment of self-check addresses).
 */
export { STAGE_IDS, isStageId, type StageId } from './stage-ids';
import type { StageId } from './stage-ids';

export interface Stage {
  id: StageId;
  /** How a seller would say it, for option labels and "因为你说……". */
  label: string;
  /** True while the platform has the case: the evidence window and the single submission apply. */
  inIntervention: boolean;
  /** True when nothing in the after-sales flow can change the result any more. */
  closed: boolean;
}

export const STAGES: readonly Stage[] = [
  { id: 'applied', label: '买家刚申请售后，等我处理', inIntervention: false, closed: false },
  { id: 'return-agreed', label: '我已同意退货，在等买家寄回', inIntervention: false, closed: false },
  { id: 'return-arrived', label: '退货已寄到，我还没验收', inIntervention: false, closed: false },
  { id: 'intervention', label: '平台已介入，让我举证', inIntervention: true, closed: false },
  { id: 'decided', label: '平台已经判定', inIntervention: false, closed: true },
  { id: 'expired', label: '处理时限已经过了', inIntervention: false, closed: true },
];

// Built on first use: most pages never ask for a stage by id.
let byId: Map<StageId, Stage> | undefined;

/** The stage for an id from a URL or saved data; undefined for anything that is not a known stage. */
export function stageById(id: string | null | undefined): Stage | undefined {
  byId ??= new Map(STAGES.map((s) => [s.id, s]));
  return id ? byId.get(id as StageId) : undefined;
}
