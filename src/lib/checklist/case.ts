/**
 * What a case is, apart from where it is kept: the kind of dispute type it is for and its name. The
 * catalogue (share links), the store (saved records) and the name input all use these.
 */

/** A dispute type is a self-check outcome or a scenario page. */
export type DisputeKind = 'outcome' | 'scenario';

/** The one limit on a case name: the input, saved records and share links all use it. */
export const LABEL_MAX = 60;

/** A label the seller has not used yet: 案件 1, 案件 2, … */
export function nextLabel(cases: readonly { label: string }[]): string {
  const used = new Set(cases.map((c) => c.label));
  let n = cases.length + 1;
  while (used.has(`案件 ${n}`)) n++;
  return `案件 ${n}`;
}

/** True for the automatic name (案件 N), which the share dialog does not call "your name". */
export const isAutoLabel = (label: string): boolean => /^案件 \d+$/.test(label);

/**
 * The name a case is saved under: the seller's, cut to LABEL_MAX, or the automatic name when it is
 * blank (a blank name leaves nothing to tap in 我的案件).
 */
export function labelOrAuto(label: string, others: readonly { label: string }[]): string {
  return label.trim() === '' ? nextLabel(others) : label.slice(0, LABEL_MAX);
}
