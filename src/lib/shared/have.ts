/**
 * "The evidence the seller has" in an address, one name and one separator for every link the site writes:
 * `have=<evidence id>,<evidence id>` (the checklist's share link, the links that open a tool for a case).
 * Share links written before 2026-12 said `ticks=<id>.<id>`; they read the same. Pure.
 */

/** The parameter every new link writes. */
export const HAVE_PARAM = 'have';
const HAVE_SEPARATOR = ',';
/** The checklist's share links before 2026-12: `ticks=a.b`. Read, never written. */
const OLD_PARAM = 'ticks';
const OLD_SEPARATOR = '.';

/** Sets `have` to the ids (none: leaves it out). */
export function setHave(params: URLSearchParams, ids: readonly string[]): void {
  if (ids.length > 0) params.set(HAVE_PARAM, ids.join(HAVE_SEPARATOR));
}

/** A query string whose `have` list reads `a,b`, not `a%2Cb`; a comma in any other value reads back the same either way. */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/g, HAVE_SEPARATOR);
}

export interface HaveInAddress {
  /** The ids as written, not yet checked against anything: `have=a,,b` gives `['a', '', 'b']`. */
  ids: string[];
  /** How often the address gives the list, under either name: more than once is a tampered link. */
  times: number;
}

/** What an address says the seller has, in the new form or the old. */
export function readHave(params: URLSearchParams): HaveInAddress {
  const have = params.getAll(HAVE_PARAM);
  const old = params.getAll(OLD_PARAM);
  const [value, separator] = have.length > 0 ? [have[0], HAVE_SEPARATOR] : [old[0], OLD_SEPARATOR];
  return { ids: value ? value.split(separator) : [], times: have.length + old.length };
}
