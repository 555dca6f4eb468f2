/**
 * The ids of the case stages, apart from their labels (`stages.ts`): the self-check island only checks ids,
 * and a module shared with the checklist would otherwise carry every label into its bundle.
 */
export const STAGE_IDS = ['applied', 'return-agreed', 'return-arrived', 'intervention', 'decided', 'expired'] as const;

export type StageId = (typeof STAGE_IDS)[number];

const ids: ReadonlySet<unknown> = /* @__PURE__ */ new Set(STAGE_IDS);

export function isStageId(id: unknown): id is StageId {
  return ids.has(id);
}
