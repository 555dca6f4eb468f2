/**
 * The words content and code share: the ids of the case stages, of the FAQ topics and of the fields a
 * 举证说明 template may fill. The schemas (src/schemas/index.ts) validate content against them; the logic in src/lib builds on
 * them (`shared/stage-ids.ts`, `tools/statement.ts`). A leaf with no imports, so the dependency goes one
 * way: lib → schemas, never back (tests/shared/layers.test.ts). Pure.
 */

/** The stages of an after-sales case, in the order a case goes through them. Labels: src/lib/shared/stages.ts. */
export const STAGE_IDS = ['applied', 'return-agreed', 'return-arrived', 'intervention', 'decided', 'expired'] as const;

/** The fields a seller may fill in a 举证说明, in the order the form shows them; templates say `{orderNo}`. Labels: src/lib/tools/statement.ts. */
export const STATEMENT_FIELD_IDS = [
  'orderNo', 'productName', 'buyerClaim', 'applyDate', 'shipDate', 'courier', 'trackingNo', 'shipWeight', 'courierWeight', 'signedDate',
  'returnTrackingNo', 'returnArrivalDate', 'returnWeight', 'damageDetail', 'chatDate', 'reviewDate', 'decisionTitle', 'decisionDate',
  'decisionReason', 'sellerView',
] as const;

export type StatementFieldId = (typeof STATEMENT_FIELD_IDS)[number];

/** The topics the FAQ index is grouped under (at most eight), in the order it lists them. Labels: src/lib/content/faq-topics.ts. */
export const FAQ_TOPIC_IDS = ['deadlines', 'evidence', 'intervention', 'after-decision', 'freight', 'refunds', 'other-requests', 'buyers'] as const;

export type FaqTopicId = (typeof FAQ_TOPIC_IDS)[number];

/** `{fieldId}` in template text. */
export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Placeholders a text refers to, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(([, id]) => id as string);
}
