/** axe-core (WCAG 2.0–2.2 A and AA rules) on a page in its current state: the violations, one line each. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axe = require('axe-core') as { getRules: (tags: string[]) => { ruleId: string; tags: string[] }[] };
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose result depends on the colours alone. A page in the dark theme has the same markup
 * and layout as in the light one, which runs every rule: its dark run needs only these.
 */
export const COLOUR_RULES: readonly string[] = axe
  .getRules(['cat.color'])
  .filter((rule) => rule.tags.some((tag) => WCAG_TAGS.includes(tag)))
  .map((rule) => rule.ruleId);

/** The violations of every WCAG A/AA rule, or only of `rules` (ids of axe rules). */
export async function violations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's CSP does not block the injected checker.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly });
  }, rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_TAGS });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
