/**
 * FAQ helpers without Astro or DOM: the address of each answer and its plain-text summary (for the
 * page description and search data). Numbers in answers stay facts: the summary prints them the same
 * way the page does.
 */
import type { Fact } from '../../schemas';
import { FAQ_PATH } from '../shared/paths';
import { factTextPlain } from './facts';
import { FAQ_TOPICS } from './faq-topics';

/** Every FAQ answer has a page of its own: sellers arrive from search engines with exactly that question. */
export const faqPath = (id: string): string => `${FAQ_PATH}${id}/`;

/**
 * Where a link to a site path should go: content names a question as `/faq/#<id>` (content/changes.json),
 * and the index lists questions without their answers, so such a link goes to the question's own page.
 * Any other path is returned as it is.
 */
export function faqLink(href: string): string {
  const m = /^\/faq\/#([a-z0-9-]+)$/.exec(href);
  return m ? faqPath(m[1]!) : href;
}

/** The answer as plain text, facts printed as on the page, cut at a sentence end near `max` characters. */
export function faqSummary(answer: string, facts: ReadonlyMap<string, Fact>, max = 90): string {
  const text = factTextPlain(answer, facts).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('，'));
  return end > max / 2 ? `${cut.slice(0, end)}……` : `${cut}……`;
}

/** FAQ entries in the order of content/faq.json (grouped by topic there, the most asked first in each). */
export function inFileOrder<T extends { id: string }>(entries: readonly T[], fileOrder: readonly { id: string }[]): T[] {
  const at = new Map(fileOrder.map((e, i) => [e.id, i]));
  return [...entries].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

/** The index's groups: each topic in FAQ_TOPICS order with its entries in the order given; empty topics left out. */
export function byTopic<T extends { topic: string }>(entries: readonly T[]): { id: string; label: string; entries: T[] }[] {
  return FAQ_TOPICS.map((t) => ({ ...t, entries: entries.filter((e) => e.topic === t.id) })).filter((g) => g.entries.length > 0);
}

/**
 * Related questions for one answer: others on its topic, nearest in the list first (neighbours in the file
 * are closest in subject), at most `max`.
 */
export function relatedByTopic<T extends { id: string; topic: string }>(entry: T, all: readonly T[], max = 4): T[] {
  const at = all.findIndex((e) => e.id === entry.id);
  return all
    .map((e, i) => ({ e, d: Math.abs(i - at) }))
    .filter(({ e }) => e.topic === entry.topic && e.id !== entry.id)
    .sort((a, b) => a.d - b.d)
    .slice(0, max)
    .map(({ e }) => e);
}
