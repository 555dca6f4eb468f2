/**
 * Rule changes that matter to sellers, newest first: the 规则变化 page lists them and every page named in
 * `pages` shows a "规则有变化" note linking back. What changed is told by facts (dated, sourced, with
 * their confidence); the list (content/changes.json, checked by `ruleChangeSchema`) only dates them and
 * says which pages were rewritten and which are not yet. Pure.
 */
import changeData from '../../../content/changes.json';
import { ruleChangeSchema, type RuleChange } from '../../schemas';

export type { RuleChange };

export const RULE_CHANGES: readonly RuleChange[] = ruleChangeSchema.array().parse(changeData);

/** Normalises a site path for comparison: no anchor, trailing slash. */
function pathOnly(href: string): string {
  const p = href.split('#')[0] ?? '';
  return p.endsWith('/') ? p : `${p}/`;
}

/** The changes that rewrote the page at `pathname`, newest first. */
export function changesFor(pathname: string): RuleChange[] {
  const here = pathOnly(pathname);
  return RULE_CHANGES.filter((c) => c.pages.some((p) => pathOnly(p) === here));
}

/** "2025-04" → "2025 年 4 月". */
export function monthLabel(date: string): string {
  const [y, m] = date.split('-');
  return `${y} 年 ${Number(m)} 月`;
}
