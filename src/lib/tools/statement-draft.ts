/**
 * The saved 举证说明 draft, one record per case (`shouhou-jieru:statement:<case id>`, `…:draft` without a
 * case), with the cases' guarantees: every write reads the record as stored now and applies just this
 * page's changes to it, so two tabs never overwrite each other's fields; a text the seller edited by
 * hand and changed in another tab since this page read it is never overwritten without asking
 * (`conflict`); unreadable data is kept aside before anything is written where it was.
 * Drafts of the old code (`pdd-guide:statement:<case id>`) are read where they are and moved on the first
 * write; `migrateOldDrafts` moves the rest. Pure: storage and the composer are passed in.
 */
import { isStageId, type StageId } from '../shared/stage-ids';
import {
  isRecordId, recordKey, safeGet, safeKeys, safeRemove, safeSet, setAside, SET_ASIDE_PREFIX, type KeyValue, type StorageFailure,
} from '../shared/storage';

/** Where the code before the one storage module kept drafts. */
export const OLD_DRAFT_PREFIX = 'pdd-guide:statement:';
const NO_CASE = 'draft';
export const draftKey = (caseId: string | undefined): string => recordKey('statement', caseId ?? NO_CASE);
export const oldDraftKey = (caseId: string | undefined): string => `${OLD_DRAFT_PREFIX}${caseId ?? NO_CASE}`;
/** Where copies of this case's drafts were kept aside. */
export const draftSetAsidePrefix = (caseId: string | undefined): string => `${SET_ASIDE_PREFIX}statement:${caseId ?? NO_CASE}:`;

export interface SavedStatement {
  v: 1;
  type: string;
  stage?: StageId | undefined;
  fields: Record<string, string>;
  have: string[];
  /** The text as the seller left it (edited or not). */
  text: string;
  /** True once the seller edited the text by hand: field changes no longer rewrite it. */
  edited: boolean;
  updatedAt: string;
}

export type LoadResult = { kind: 'empty' } | { kind: 'ok'; draft: SavedStatement } | { kind: 'unreadable'; raw: string };

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Reads a saved draft. Anything not exactly our shape is `unreadable` and kept by the caller as is. */
export function parseSavedStatement(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    // Not JSON: data stays undefined, which the shape check below reports as unreadable.
  }
  const d = data as Partial<SavedStatement> | null | undefined;
  if (
    d?.v !== 1 || typeof d.type !== 'string' || !isStringRecord(d.fields) ||
    !Array.isArray(d.have) || !d.have.every((x) => typeof x === 'string') || typeof d.text !== 'string' || typeof d.edited !== 'boolean'
  ) {
    return { kind: 'unreadable', raw };
  }
  return {
    kind: 'ok',
    draft: { v: 1, type: d.type, stage: d.stage, fields: d.fields, have: d.have, text: d.text, edited: d.edited, updatedAt: String(d.updatedAt ?? '') },
  };
}

/** The draft of a case as stored now; `old`: it is still where the old code kept it. */
export function readDraft(kv: Pick<KeyValue, 'getItem'>, caseId: string | undefined): LoadResult & { old: boolean } {
  const raw = safeGet(kv, draftKey(caseId));
  if (raw !== null) return { ...parseSavedStatement(raw), old: false };
  return { ...parseSavedStatement(safeGet(kv, oldDraftKey(caseId))), old: true };
}

/** A saved draft as this page can show it: a template, stage or evidence it does not know is left out. */
export function usableDraft(d: SavedStatement, known: { types: readonly string[]; evidence: ReadonlyMap<string, unknown> }, fallbackType: string): SavedStatement {
  return {
    ...d,
    type: known.types.includes(d.type) ? d.type : fallbackType,
    stage: isStageId(d.stage) ? d.stage : undefined,
    // A Map, not `in`: a draft's `have: ['constructor', '__proto__']` names nothing.
    have: d.have.filter((id) => known.evidence.has(id)),
  };
}

export const emptyDraft = (type: string, stage?: StageId): SavedStatement => ({ v: 1, type, stage, fields: {}, have: [], text: '', edited: false, updatedAt: '' });

/** One change the seller makes; applied to the draft as it is in storage at the time of writing. */
export type DraftChange =
  | { type: 'field'; id: string; value: string }
  | { type: 'have'; id: string; on: boolean }
  | { type: 'template'; id: string }
  | { type: 'stage'; stage: StageId | undefined }
  /** A hand edit; `seen`: the stored text the page showed when the seller started from it. */
  | { type: 'text'; text: string; seen: string }
  /** Back to the text generated from the fields (after the seller confirmed). */
  | { type: 'regenerate'; seen: string };

/** The text the fields give for a draft (the template, stage, fields and evidence). */
export type Compose = (d: SavedStatement) => string;

export function applyDraftChange(d: SavedStatement, change: DraftChange, compose: Compose, now: Date): SavedStatement {
  let next: SavedStatement;
  switch (change.type) {
    case 'field':
      next = { ...d, fields: { ...d.fields, [change.id]: change.value } };
      break;
    case 'have':
      next = { ...d, have: change.on ? (d.have.includes(change.id) ? d.have : [...d.have, change.id]) : d.have.filter((id) => id !== change.id) };
      break;
    case 'template':
      next = { ...d, type: change.id };
      break;
    case 'stage':
      next = { ...d, stage: change.stage };
      break;
    case 'text':
      next = { ...d, text: change.text, edited: change.text !== compose(d) };
      break;
    case 'regenerate':
      next = { ...d, edited: false };
      break;
  }
  return { ...next, text: next.edited ? next.text : compose(next), updatedAt: now.toISOString() };
}

/** The draft as this page shows it: what is stored, with the changes storage has not taken yet. */
export const withChanges = (d: SavedStatement, changes: readonly DraftChange[], compose: Compose, now: Date): SavedStatement =>
  changes.reduce((x, c) => applyDraftChange(x, c, compose, now), d);

/**
 * True when writing these changes would overwrite a hand-edited text that changed since this page read
 * it (another tab, or this one before a reload): the seller must choose.
 */
export function overwritesOtherText(stored: SavedStatement, changes: readonly DraftChange[]): boolean {
  return stored.edited && changes.some((c) => (c.type === 'text' || c.type === 'regenerate') && c.seen !== stored.text);
}

/** The changes without the ones to the text: the seller chose to keep the other tab's text. */
export const withoutTextChanges = (changes: readonly DraftChange[]): DraftChange[] => changes.filter((c) => c.type !== 'text' && c.type !== 'regenerate');

export type DraftWrite =
  /** `keptAside`: an unreadable record that was there is now also under this key. */
  | { ok: true; saved: SavedStatement; keptAside?: string }
  /** Another tab hand-edited the text since this page read it: nothing written; `stored` is theirs. */
  | { ok: false; reason: 'conflict'; stored: SavedStatement; unsaved: SavedStatement }
  /** Storage refused (full or blocked): nothing written, nothing overwritten. */
  | { ok: false; reason: StorageFailure; unsaved: SavedStatement };

export interface DraftWriteOptions {
  compose: Compose;
  now: Date;
  /** The seller chose to overwrite the other tab's text. */
  overwrite?: boolean;
  /** The evidence there is: ids a stored draft names that are none (`constructor`) are not written back. */
  evidence?: ReadonlyMap<string, unknown>;
}

/**
 * Saves this page's changes to a case's draft, merged with the draft as stored now. `start` is the base
 * when nothing is stored (a new draft: the type and stage from the address).
 */
export function writeDraft(kv: KeyValue, caseId: string | undefined, start: SavedStatement, changes: readonly DraftChange[], options: DraftWriteOptions): DraftWrite {
  const { compose, now } = options;
  const read = readDraft(kv, caseId);
  let base = read.kind === 'ok' ? read.draft : start;
  let keptAside: string | undefined;
  if (read.kind === 'unreadable') {
    const aside = setAside(kv, 'statement', caseId ?? NO_CASE, read.raw, now.getTime());
    if ('failed' in aside) return { ok: false, reason: aside.failed, unsaved: withChanges(base, changes, compose, now) };
    keptAside = aside.key;
  }
  if (read.kind === 'ok' && !options.overwrite && overwritesOtherText(base, changes)) {
    return { ok: false, reason: 'conflict', stored: base, unsaved: withChanges(base, changes, compose, now) };
  }
  const { evidence } = options;
  if (evidence) base = { ...base, have: base.have.filter((id) => evidence.has(id)) };
  base = withChanges(base, changes, compose, now);
  const failed = safeSet(kv, draftKey(caseId), JSON.stringify(base));
  if (failed) return { ok: false, reason: failed, unsaved: base };
  // The old record is in the new one now (or kept aside): it can go.
  if (read.old && read.kind !== 'empty') safeRemove(kv, oldDraftKey(caseId));
  return { ok: true, saved: base, ...(keptAside ? { keptAside } : {}) };
}

/**
 * Moves every draft the old code left (`pdd-guide:statement:*`) into this namespace: a draft whose case
 * has no new record yet becomes that record; its unreadable backups and any draft a new record already
 * exists for are kept aside. An old key is removed only after its data was written; never writes over
 * a new record. Returns how many old keys are left (storage refused).
 */
/** How the old code named its backup of an unreadable draft: `<key>:unreadable:<ISO time>`. */
const BACKUP = ':unreadable:';

export function migrateOldDrafts(kv: KeyValue, stamp: number): number {
  let left = 0;
  for (const key of safeKeys(kv)) {
    if (!key.startsWith(OLD_DRAFT_PREFIX)) continue;
    const raw = safeGet(kv, key);
    if (raw === null) continue;
    const rest = key.slice(OLD_DRAFT_PREFIX.length);
    const at = rest.indexOf(BACKUP);
    const id = at === -1 ? rest : rest.slice(0, at);
    const caseId = id === NO_CASE ? undefined : id;
    // A draft moves to its new key when that is free and its case id is one the tools still accept.
    const moved =
      at === -1 && (caseId === undefined || isRecordId(caseId)) && safeGet(kv, draftKey(caseId)) === null
        ? !safeSet(kv, draftKey(caseId), raw)
        : !('failed' in setAside(kv, 'statement', id, raw, at === -1 ? stamp : rest.slice(at + BACKUP.length)));
    if (moved) safeRemove(kv, key);
    else left++;
  }
  return left;
}

/** Copies of this case's drafts kept aside (unreadable, or an old draft a newer one replaced), oldest first. */
export function keptAsideDrafts(kv: KeyValue, caseId: string | undefined): { key: string; raw: string }[] {
  const prefix = draftSetAsidePrefix(caseId);
  return safeKeys(kv)
    .filter((k) => k.startsWith(prefix))
    .sort()
    .flatMap((key) => {
      const raw = safeGet(kv, key);
      return raw === null ? [] : [{ key, raw }];
    });
}

/** What the address asks for (type, stage, evidence) that the draft does not have yet, as the seller's changes. */
export function addressChanges(d: SavedStatement, ctx: { type?: string | undefined; stage?: StageId | undefined; have: readonly string[] }): DraftChange[] {
  const out: DraftChange[] = [];
  if (ctx.type && ctx.type !== d.type) out.push({ type: 'template', id: ctx.type });
  if (ctx.stage && ctx.stage !== d.stage) out.push({ type: 'stage', stage: ctx.stage });
  for (const id of ctx.have) if (!d.have.includes(id)) out.push({ type: 'have', id, on: true });
  return out;
}
