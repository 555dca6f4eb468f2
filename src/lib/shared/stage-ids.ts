/**
 * The ids of the case stages, apart from their labels (`stages.ts`): the self-check island only checks ids,
 * and a module shared with the checklist would otherwise carry every label into its bundle.
 */
import { STAGE_IDS } from '../../schemas/vocabulary';

export { STAGE_IDS };

export type StageId = (typeof STAGE_IDS)[number];

const ids: ReadonlySet<unknown> = /* @__PURE__ */ new Set(STAGE_IDS);

export function isStageId(id: unknown): id is StageId {
  return ids.has(id);
}
