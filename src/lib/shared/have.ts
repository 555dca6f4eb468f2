/**
 * "The evidence the seller has" in an address, one name and one separator for every link the site writes:
 * `have=<evidence id>.<evidence id>` (the checklist's share link, the links that open a tool for a case).
 * A dot needs no escaping in an address, and no id has one (ids are lower-case words and hyphens). Older
 * links keep working: the checklist's share links said `ticks=a.b`, the tools' links `have=a,b`. Pure.
 */

/** The parameter every new link writes. */
export const HAVE_PARAM = 'have';
/** The checklist's share links before 2026-12. Read, never written. */
const OLD_PARAM = 'ticks';

/** Sets `have` to the ids (none: leaves it out). */
export function setHave(params: URLSearchParams, ids: readonly string[]): void {
  if (ids.length > 0) params.set(HAVE_PARAM, ids.join('.'));
}

export interface HaveInAddress {
  /** The ids as written, not yet checked against anything: `have=a..b` gives `['a', '', 'b']`. */
  ids: string[];
  /** How often the address gives the list, under either name: more than once is a tampered link. */
  times: number;
}

/** What an address says the seller has, in the new form or an old one (a comma separates as a dot does). */
export function readHave(params: URLSearchParams): HaveInAddress {
  const lists = [...params.getAll(HAVE_PARAM), ...params.getAll(OLD_PARAM)];
  return { ids: lists[0] ? lists[0].split(/[.,]/) : [], times: lists.length };
}
