/** Site-wide constants and small helpers for page addresses. Pure. */
import { CASES_PATH, CHANGES_PATH, CHECK_PATH, CHECKLIST_PATH, FAQ_PATH, GLOSSARY_PATH, GUIDE_PATH, SCENARIOS_PATH, SEARCH_PATH, SOURCES_PATH, TOOLS_PATH } from './paths';

export const SITE_NAME = '售后介入指南';
/** When the site-wide pages (home, lists, glossary, sources) were last compared with the facts. */
export const SITE_REVIEWED = '2026-12-01';

/** Sections of the site, used by breadcrumbs, search filters and the menu. */
export const sections = {
  guide: { path: GUIDE_PATH, label: '指南' },
  scenarios: { path: SCENARIOS_PATH, label: '纠纷场景' },
  check: { path: CHECK_PATH, label: '自测' },
  checklist: { path: CHECKLIST_PATH, label: '证据清单' },
  cases: { path: CASES_PATH, label: '售后台账' },
  tools: { path: TOOLS_PATH, label: '举证助手' },
  changes: { path: CHANGES_PATH, label: '规则变化' },
  glossary: { path: GLOSSARY_PATH, label: '术语' },
  faq: { path: FAQ_PATH, label: '常见问题' },
  sources: { path: SOURCES_PATH, label: '规则与来源' },
  search: { path: SEARCH_PATH, label: '搜索' },
} as const;

export type SectionKey = keyof typeof sections;

/** What a self-check result page is called where pages are grouped (search results, the checklist); it has no menu entry of its own. */
export const RESULT_LABEL = '自测结果';

export interface Crumb {
  href: string;
  label: string;
}

/** Formats a YYYY-MM-DD date as 2026年11月26日. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface Ordered {
  id: string;
  data: { order: number; title: string; navTitle?: string | undefined };
}

/** Entries in reading order; ties by id so the order never depends on file-system order. */
export function inReadingOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The entries before and after `id` in reading order, for previous / next links. */
export function neighbours<T extends Ordered>(entries: readonly T[], id: string): { prev?: T; next?: T } {
  const ordered = inReadingOrder(entries);
  const i = ordered.findIndex((e) => e.id === id);
  if (i < 0) return {};
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
