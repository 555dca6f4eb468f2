/**
 * The evidence checklist's catalogue: which items a dispute type needs, how far the seller is, and the
 * checklist's addresses (`checklistHref`, what an address opens). The share link is in `share-link.ts`, the
 * strength verdict in `verdict.ts`, the text export in `export.ts`, saved cases in `cases/store.ts`. Pure: the island renders what these return, the page builds the catalogue once at
 * build time, and unit tests cover every branch.
 */
import type { CheckOutcome, EvidenceItem, Fact } from '../../schemas';
import type { DisputeKind } from './case';
import { factShort } from '../content/facts';
import type { StageId } from '../shared/stage-ids';
import { CHECKLIST_PATH } from '../shared/paths';

/* ---------- Catalogue (built once at build time) ---------- */

/** A dispute type the checklist can be opened for: a self-check outcome or a scenario page, with its items. */
export interface DisputeType {
  kind: DisputeKind;
  id: string;
  title: string;
  /** The dispute scenario the list belongs to (the tools pick their statement template by it). */
  scenario?: string;
  required: string[];
  helpful: string[];
}

/** When an item can still be made: anytime, only before the parcel leaves, only when the return is opened. */
export type Obtainable = EvidenceItem['obtainable'];

/** What the island shows for one evidence item. */
export interface ChecklistItem {
  id: string;
  title: string;
  what: string;
  why: string;
  how: string[];
  good: string;
  mistakes: string[];
  /** Upload limits in words, with their uncertainty mark ("售后“商家举证”入口：3 张，说法不一"). */
  limits: string[];
  obtainable: Obtainable;
}

/** Where the built catalogue is served (src/pages/checklist/catalog.json.ts). */
export const CATALOG_URL = `${CHECKLIST_PATH}catalog.json`;

/** True for what the catalogue file must hold; a damaged or stale file is reported, not rendered. */
export function isCatalog(value: unknown): value is ChecklistCatalog {
  const c = value as Partial<ChecklistCatalog> | null;
  return typeof c?.items === 'object' && Array.isArray(c.types) && c.types.every((t: DisputeType | null) => Array.isArray(t?.required) && Array.isArray(t.helpful) && [...t.required, ...t.helpful].every((id) => id in c.items!));
}

export interface ChecklistCatalog {
  items: Record<string, ChecklistItem>;
  types: DisputeType[];
}

export interface CatalogInput {
  evidence: readonly EvidenceItem[];
  outcomes: readonly CheckOutcome[];
  scenarios: readonly { id: string; title: string; required: string[]; helpful: string[] }[];
  facts: ReadonlyMap<string, Fact>;
}

function limitText(fact: Fact): string {
  return `${fact.appliesTo}：${factShort(fact)}`;
}

export function buildCatalog(input: CatalogInput): ChecklistCatalog {
  const items: Record<string, ChecklistItem> = {};
  for (const e of input.evidence) {
    items[e.id] = {
      id: e.id,
      title: e.title,
      what: e.what,
      why: e.why,
      how: e.how,
      good: e.good,
      mistakes: e.mistakes,
      limits: e.limitFacts.flatMap((id) => {
        const fact = input.facts.get(id);
        return fact ? [limitText(fact)] : [];
      }),
      obtainable: e.obtainable,
    };
  }
  const types: DisputeType[] = [
    ...input.scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, title: s.title, scenario: s.id, required: s.required, helpful: s.helpful })),
    ...input.outcomes
      .filter((o) => o.evidence.required.length + o.evidence.helpful.length > 0)
      .map((o) => ({
        kind: 'outcome' as const,
        id: o.id,
        title: o.title,
        ...(o.scenario ? { scenario: o.scenario } : {}),
        required: o.evidence.required,
        helpful: o.evidence.helpful,
      })),
  ];
  return { items, types };
}

export function findType(catalog: ChecklistCatalog, kind: DisputeKind, id: string): DisputeType | undefined {
  return catalog.types.find((s) => s.kind === kind && s.id === id);
}

/** Just what one dispute type needs: for a checklist embedded in that type's own page. */
export function catalogFor(catalog: ChecklistCatalog, kind: DisputeKind, id: string): ChecklistCatalog {
  const type = findType(catalog, kind, id);
  if (!type) throw new Error(`清单里没有「${kind}:${id}」`);
  const items = Object.fromEntries([...type.required, ...type.helpful].map((i) => [i, catalog.items[i]!]));
  return { items, types: [type] };
}

/* ---------- Progress and strength ---------- */

export interface Progress {
  done: number;
  total: number;
  requiredDone: number;
  requiredTotal: number;
  /** Required items not ticked yet, in list order. */
  missingRequired: string[];
}

export function progress(type: DisputeType, ticked: ReadonlySet<string>): Progress {
  const all = [...type.required, ...type.helpful];
  const missingRequired = type.required.filter((id) => !ticked.has(id));
  return {
    done: all.filter((id) => ticked.has(id)).length,
    total: all.length,
    requiredDone: type.required.length - missingRequired.length,
    requiredTotal: type.required.length,
    missingRequired,
  };
}

/* ---------- Addresses ---------- */

/** `/checklist/?outcome=x&stage=y`: what result pages link to. */
export function checklistHref(type: { kind: DisputeKind; id: string }, stage?: StageId): string {
  const params = new URLSearchParams({ [type.kind]: type.id });
  if (stage) params.set('stage', stage);
  return `${CHECKLIST_PATH}?${params.toString()}`;
}

/** What a checklist address opens: a saved case (`?case=`), or whether it names a case to open at all. */
export function checklistAddress(search: string): { caseId: string | null; opensCase: boolean } {
  const params = new URLSearchParams(search);
  return { caseId: params.get('case'), opensCase: ['case', 'outcome', 'scenario'].some((p) => params.has(p)) };
}
