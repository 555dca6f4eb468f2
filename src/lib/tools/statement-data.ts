/**
 * The 举证说明 templates as the tool receives them. The page's HTML carries only the generic template (what
 * the page shows before and without JavaScript); every template, in the order the 写哪一种 list shows them,
 * and the titles of the evidence they cite are one built file (`STATEMENT_DATA_URL`) the island fetches.
 * As island props they were 4.3 kB of the page's 16 kB gzip HTML, past TCP's first round trip on a slow phone.
 * Pure: the build reads the collections (src/data/collections.ts), the island checks what it downloaded.
 */
import { TOOLS_PATH } from '../shared/paths';
import { GENERIC_TEMPLATE, type StatementTemplate } from './statement';

/** Where the built file is served (src/pages/tools/statement/templates.json.ts). */
export const STATEMENT_DATA_URL = `${TOOLS_PATH}statement/templates.json`;

export interface StatementData {
  /** By title, the generic template last (the list's 不确定 choice). */
  templates: StatementTemplate[];
  /** The title of each evidence item a template cites. */
  evidenceTitles: Record<string, string>;
}

/** Templates in the list's order: by title in Chinese collation, the generic one last. */
export function inListOrder(templates: readonly StatementTemplate[]): StatementTemplate[] {
  const generic = (t: StatementTemplate) => t.id === GENERIC_TEMPLATE;
  return [...templates].sort((a, b) => Number(generic(a)) - Number(generic(b)) || a.title.localeCompare(b.title, 'zh-CN'));
}

/** The titles of the evidence the given templates cite, and no others. */
export function citedEvidenceTitles(templates: readonly StatementTemplate[], evidence: readonly { id: string; title: string }[]): Record<string, string> {
  const cited = new Set(templates.flatMap((t) => t.facts.flatMap((f) => f.evidence)));
  return Object.fromEntries(evidence.filter((e) => cited.has(e.id)).map((e) => [e.id, e.title]));
}

export function buildStatementData(templates: readonly StatementTemplate[], evidence: readonly { id: string; title: string }[]): StatementData {
  return { templates: inListOrder(templates), evidenceTitles: citedEvidenceTitles(templates, evidence) };
}

/** What the page itself carries: the generic template and the titles of the evidence it cites. */
export function pagePart(data: StatementData): { generic: StatementTemplate; genericTitles: Record<string, string> } {
  const generic = data.templates.find((t) => t.id === GENERIC_TEMPLATE);
  if (!generic) throw new Error(`缺少通用模板 ${GENERIC_TEMPLATE}`);
  const evidence = Object.entries(data.evidenceTitles).map(([id, title]) => ({ id, title }));
  return { generic, genericTitles: citedEvidenceTitles([generic], evidence) };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isTemplate(value: unknown): value is StatementTemplate {
  const t = value as Partial<StatementTemplate> | null;
  return (
    typeof t?.id === 'string' &&
    typeof t.title === 'string' &&
    typeof t.opening === 'string' &&
    Array.isArray(t.facts) &&
    t.facts.every((f: Partial<StatementTemplate['facts'][number]> | null) => typeof f?.text === 'string' && isStrings(f.evidence)) &&
    Array.isArray(t.closings) &&
    t.closings.every((c: Partial<StatementTemplate['closings'][number]> | null) => typeof c?.text === 'string' && isStrings(c.stages))
  );
}

/**
 * True for what the built file must hold: templates the composer can read, the generic one among them,
 * and a title for every evidence item they cite. A damaged or stale download is reported, never composed.
 */
export function isStatementData(value: unknown): value is StatementData {
  const d = value as Partial<StatementData> | null;
  const titles = d?.evidenceTitles;
  if (typeof titles !== 'object' || titles === null || !Array.isArray(d?.templates) || !d.templates.every(isTemplate)) return false;
  const templates = d.templates;
  return templates.some((t) => t.id === GENERIC_TEMPLATE) && templates.every((t) => t.facts.every((f) => f.evidence.every((e) => typeof (titles as Record<string, unknown>)[e] === 'string')));
}
