/**
 * The evidence checklist: which items a case needs, how far the seller is, the plain-text export, the
 * saved cases in localStorage and the share link. Pure: the island renders what these return, the page
 * builds the catalogue once at build time, and unit tests cover every branch.
 */
import type { CheckOutcome, EvidenceItem, Fact } from '../schemas';
import { factShort } from './facts';

/* ---------- Catalogue (built once at build time) ---------- */

export type SourceKind = 'outcome' | 'scenario';

/** A case type the checklist can be opened for: a self-check outcome or a scenario page. */
export interface ChecklistSource {
  kind: SourceKind;
  id: string;
  title: string;
  required: string[];
  helpful: string[];
}

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
}

export interface ChecklistCatalog {
  items: Record<string, ChecklistItem>;
  sources: ChecklistSource[];
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
    };
  }
  const sources: ChecklistSource[] = [
    ...input.scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, title: s.title, required: s.required, helpful: s.helpful })),
    ...input.outcomes
      .filter((o) => o.evidence.required.length + o.evidence.helpful.length > 0)
      .map((o) => ({ kind: 'outcome' as const, id: o.id, title: o.title, required: o.evidence.required, helpful: o.evidence.helpful })),
  ];
  return { items, sources };
}

export function findSource(catalog: ChecklistCatalog, kind: SourceKind, id: string): ChecklistSource | undefined {
  return catalog.sources.find((s) => s.kind === kind && s.id === id);
}

/** Just what one case type needs: for a checklist embedded in that type's own page. */
export function catalogFor(catalog: ChecklistCatalog, kind: SourceKind, id: string): ChecklistCatalog {
  const source = findSource(catalog, kind, id);
  if (!source) throw new Error(`清单里没有「${kind}:${id}」`);
  const items = Object.fromEntries([...source.required, ...source.helpful].map((i) => [i, catalog.items[i]!]));
  return { items, sources: [source] };
}

/** The most recently changed saved case of a type, to continue where the seller left off. */
export function latestCaseFor(store: SavedStore, kind: SourceKind, id: string): SavedCase | undefined {
  return store.cases.find((c) => c.source.kind === kind && c.source.id === id);
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

export function progress(source: ChecklistSource, ticked: ReadonlySet<string>): Progress {
  const all = [...source.required, ...source.helpful];
  const missingRequired = source.required.filter((id) => !ticked.has(id));
  return {
    done: all.filter((id) => ticked.has(id)).length,
    total: all.length,
    requiredDone: source.required.length - missingRequired.length,
    requiredTotal: source.required.length,
    missingRequired,
  };
}

export type Strength = 'ready' | 'partial' | 'weak';

/** How strong the case looks, from the required items only: helpful items never make up for them. */
export function strength(p: Progress): Strength {
  if (p.missingRequired.length === 0) return 'ready';
  return p.requiredDone * 2 >= p.requiredTotal ? 'partial' : 'weak';
}

export const strengthLabel: Record<Strength, string> = {
  ready: '必备凭证已齐：可以去举证了，提交前再核对一遍平台要求的类型。',
  partial: '还不够：必备凭证缺了一部分，举证机会只有一次，先补齐再交。',
  weak: '证据薄弱：大部分必备凭证还没有，应诉很可能输，考虑协商。',
};

export function progressLine(p: Progress): string {
  const missing = p.missingRequired.length;
  return `已准备 ${p.done} / ${p.total}，${missing === 0 ? '必备项已全部备齐' : `必备项还差 ${missing} 项`}`;
}

/* ---------- Plain-text export ---------- */

/** The checklist as text to paste into the PDD evidence form or a chat. */
export function toPlainText(catalog: ChecklistCatalog, source: ChecklistSource, ticked: ReadonlySet<string>, label: string): string {
  const p = progress(source, ticked);
  const line = (id: string) => `${ticked.has(id) ? '[x]' : '[ ]'} ${catalog.items[id]?.title ?? id}`;
  return [
    `证据清单：${source.title}`,
    ...(label ? [`案件：${label}`] : []),
    progressLine(p),
    '',
    '必备：',
    ...source.required.map(line),
    ...(source.helpful.length > 0 ? ['', '有帮助：', ...source.helpful.map(line)] : []),
    '',
    '（售后介入指南，与拼多多无关联；时限以商家后台为准）',
  ].join('\n');
}

/* ---------- Saved cases (localStorage) ---------- */

export const STORAGE_KEY = 'shouhou-jieru:checklists';
export const STORAGE_VERSION = 1;
/** Where unreadable saved data is copied before anything new is written: nothing is silently lost. */
export const corruptKey = (stamp: number) => `${STORAGE_KEY}:unreadable:${stamp}`;

export interface SavedCase {
  /** Stable id of the case (not shown). */
  id: string;
  /** The seller's own name for it, e.g. the last digits of the order number. */
  label: string;
  source: { kind: SourceKind; id: string };
  /** Ticked item ids, including ones a newer catalogue no longer has (kept, not shown). */
  ticked: string[];
  updatedAt: string;
}

export interface SavedStore {
  version: typeof STORAGE_VERSION;
  cases: SavedCase[];
}

export const emptyStore = (): SavedStore => ({ version: STORAGE_VERSION, cases: [] });

export type LoadResult =
  | { ok: true; store: SavedStore; notices: string[] }
  | { ok: false; message: string; raw: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v);

function readCase(v: unknown): SavedCase | undefined {
  if (!isObject(v) || !isId(v.id) || typeof v.label !== 'string' || !isObject(v.source)) return undefined;
  const { kind, id } = v.source;
  if ((kind !== 'outcome' && kind !== 'scenario') || !isId(id)) return undefined;
  if (!Array.isArray(v.ticked) || !v.ticked.every(isId)) return undefined;
  return {
    id: v.id,
    label: v.label.slice(0, 60),
    source: { kind, id },
    ticked: [...new Set(v.ticked)],
    updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : '',
  };
}

/**
 * Reads what localStorage holds. Unreadable or unknown-version data is reported with its raw text, so
 * the caller can set it aside; cases whose type or items the current catalogue lacks are kept and
 * explained in `notices`.
 */
export function loadStore(raw: string | null, catalog: ChecklistCatalog): LoadResult {
  if (raw === null || raw === '') return { ok: true, store: emptyStore(), notices: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, message: '浏览器里保存的清单数据已损坏，无法读取。', raw };
  }
  if (!isObject(data) || typeof data.version !== 'number') {
    return { ok: false, message: '浏览器里保存的清单数据格式不对，无法读取。', raw };
  }
  if (data.version !== STORAGE_VERSION) {
    return { ok: false, message: `浏览器里保存的清单来自另一个版本（第 ${data.version} 版），无法直接读取。`, raw };
  }
  if (!Array.isArray(data.cases)) return { ok: false, message: '浏览器里保存的清单数据格式不对，无法读取。', raw };
  const cases = data.cases.map(readCase);
  if (cases.some((c) => c === undefined)) {
    return { ok: false, message: '浏览器里保存的清单有部分内容无法读取。', raw };
  }
  const notices: string[] = [];
  const valid = cases as SavedCase[];
  for (const c of valid) {
    const source = findSource(catalog, c.source.kind, c.source.id);
    if (!source) {
      notices.push(`案件「${c.label}」的纠纷类型在新版清单中已不存在；它的勾选仍然保存着。`);
      continue;
    }
    const unknown = c.ticked.filter((id) => !catalog.items[id]);
    if (unknown.length > 0) notices.push(`案件「${c.label}」有 ${unknown.length} 个已勾选的项目在新版清单中已不存在；记录仍然保留。`);
  }
  return { ok: true, store: { version: STORAGE_VERSION, cases: valid }, notices };
}

export function saveStore(store: SavedStore): string {
  return JSON.stringify(store);
}

/** Adds or replaces a case, newest first. */
export function upsertCase(store: SavedStore, c: SavedCase): SavedStore {
  return { ...store, cases: [c, ...store.cases.filter((x) => x.id !== c.id)] };
}

export function removeCase(store: SavedStore, id: string): SavedStore {
  return { ...store, cases: store.cases.filter((x) => x.id !== id) };
}

/** Ticks or unticks one item; unknown ids already saved are left alone. */
export function toggle(c: SavedCase, itemId: string, on: boolean, now: Date): SavedCase {
  const ticked = on ? [...new Set([...c.ticked, itemId])] : c.ticked.filter((id) => id !== itemId);
  return { ...c, ticked, updatedAt: now.toISOString() };
}

/** A label the seller has not used yet: 案件 1, 案件 2, … */
export function nextLabel(store: SavedStore): string {
  const used = new Set(store.cases.map((c) => c.label));
  let n = store.cases.length + 1;
  while (used.has(`案件 ${n}`)) n++;
  return `案件 ${n}`;
}

/* ---------- Share link ---------- */

export interface SharedChecklist {
  source: ChecklistSource;
  ticked: string[];
  label: string;
}

export type ShareResult = { ok: true; shared: SharedChecklist } | { ok: false; message: string };

/** `/checklist/?scenario=x&ticks=a.b&label=…` — only the case type, the ticks and (if any) the label. */
export function shareHref(source: { kind: SourceKind; id: string }, ticked: readonly string[], label: string): string {
  const params = new URLSearchParams({ [source.kind]: source.id });
  if (ticked.length > 0) params.set('ticks', [...ticked].sort().join('.'));
  if (label.trim()) params.set('label', label.trim());
  return `/checklist/?${params.toString()}`;
}

/** Something in the label that looks like personal data: a long number (order, phone) or an @. */
export const labelLooksPersonal = (label: string): boolean => /\d{5,}|@/.test(label);

/**
 * Reads a checklist address. No parameters: the seller picks a case type. Anything that does not fit
 * the catalogue is rejected with a message, never half-applied.
 */
export function parseShareParams(search: string, catalog: ChecklistCatalog): ShareResult | { ok: true; shared: undefined } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ok: false, message: '清单链接无法读取。' };
  }
  const outcome = params.getAll('outcome');
  const scenario = params.getAll('scenario');
  if (outcome.length + scenario.length === 0) {
    if (params.has('ticks') || params.has('label')) return { ok: false, message: '清单链接缺少纠纷类型。' };
    return { ok: true, shared: undefined };
  }
  if (outcome.length + scenario.length > 1) return { ok: false, message: '清单链接里有多个纠纷类型，无法确定是哪一个。' };
  if (params.getAll('ticks').length > 1 || params.getAll('label').length > 1) {
    return { ok: false, message: '清单链接里的勾选项或案件名称重复出现，可能被改动过。' };
  }
  const kind: SourceKind = outcome.length === 1 ? 'outcome' : 'scenario';
  const id = (kind === 'outcome' ? outcome[0] : scenario[0]) ?? '';
  const source = findSource(catalog, kind, id);
  if (!source) return { ok: false, message: `清单链接里的纠纷类型「${id.slice(0, 40)}」不存在，可能是旧链接或被改动过。` };
  const ticksParam = params.get('ticks') ?? '';
  const ticked = ticksParam === '' ? [] : ticksParam.split('.');
  const allowed = new Set([...source.required, ...source.helpful]);
  const wrong = ticked.filter((t) => !allowed.has(t));
  if (wrong.length > 0 || ticked.length > allowed.size) {
    return { ok: false, message: '清单链接里的勾选项和这个纠纷类型对不上，可能是旧链接或被改动过。' };
  }
  const label = (params.get('label') ?? '').trim();
  if (label.length > 60) return { ok: false, message: '清单链接里的案件名称太长。' };
  return { ok: true, shared: { source, ticked: [...new Set(ticked)], label } };
}
