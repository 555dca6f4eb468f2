/**
 * The seller's saved checklist cases in the browser. Each case is its own localStorage record
 * (`shouhou-jieru:case:<id>`), so two tabs never overwrite each other's cases; every write reads the
 * record as it is in storage now and applies just the seller's change to it. A record that cannot be
 * read is set aside: it is listed with its text, never overwritten and never deleted by a bulk action.
 * Pure: the storage is passed in (`KeyValue`), so unit and property tests run against a Map.
 */
import { isStageId, type StageId } from '../../shared/stage-ids';
import {
  concerns,
  isRecordId,
  NAMESPACE,
  recordKey,
  recordPrefix,
  safeGet,
  safeKeys,
  safeRemove,
  safeSet,
  setAside,
  setAsideKind,
  SET_ASIDE_PREFIX,
  type KeyValue,
  type StorageFailure,
} from '../../shared/storage';
import { LABEL_MAX, labelOrAuto, type DisputeKind } from '../case';

export const CASE_PREFIX = recordPrefix('case');
/** Version 1 kept every case in one record under this key; it is migrated to one record per case. */
export const LEGACY_KEY = `${NAMESPACE}checklists`;
/** Where version 1 copied unreadable data. */
export const LEGACY_BACKUP_PREFIX = `${LEGACY_KEY}:unreadable:`;
export const CASE_VERSION = 2;

export interface SavedCase {
  /** Stable id of the case (not shown). */
  id: string;
  /** The seller's own name for it, e.g. the last digits of the order number. */
  label: string;
  /** The dispute type the list is for. */
  type: { kind: DisputeKind; id: string };
  /** Where the case stands; decides how the strength is judged. Absent: the seller has not said. */
  stage?: StageId;
  /** Items the seller has (ticked), including ones a newer catalogue no longer has (kept, not shown). */
  ticked: string[];
  /** Items the seller marked as "I don't have this". */
  lacking: string[];
  /** ISO time of the last change; '' for a case not saved yet. */
  updatedAt: string;
}

/** Why a record could not be read (the words for the seller are in `case-import.ts`). */
export type Unreadable =
  | 'corrupt'
  | 'not-a-case'
  | 'other-version'
  | 'bad-id'
  | 'bad-label'
  | 'bad-type'
  | 'bad-ticks'
  | 'bad-marks'
  | 'misplaced'
  | 'old-corrupt'
  | 'old-format'
  /** Kept apart by an earlier version or by migration. */
  | 'kept-apart'
  /** A copy kept before a rewrite that cut the name or dropped marks the catalogue no longer has. */
  | 'kept-before-rewrite';

/** A record that could not be read: shown with its text so the seller can copy it or re-import it. */
export interface SetAside {
  key: string;
  raw: string;
  reason: Unreadable;
}

export interface Snapshot {
  /** Readable cases, most recently changed first. */
  cases: SavedCase[];
  setAside: SetAside[];
}

export const caseKey = (id: string): string => recordKey('case', id);

/** The one address of a saved case on the checklist page. */
export const caseHref = (id: string): string => `/checklist/?case=${encodeURIComponent(id)}`;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Ids of cases, dispute types and items: the one record-id rule (`shared/storage.ts`). */
export const isId = isRecordId;

/** Reads one case object (version 1 or 2 shape); why not, when it does not fit. */
export function readCaseObject(v: unknown): SavedCase | Unreadable {
  if (!isObject(v)) return 'not-a-case';
  if (!isId(v.id)) return 'bad-id';
  if (typeof v.label !== 'string') return 'bad-label';
  const type = isObject(v.type) ? v.type : v.source; // version 1 called it `source`
  if (!isObject(type) || (type.kind !== 'outcome' && type.kind !== 'scenario') || !isId(type.id)) return 'bad-type';
  if (!Array.isArray(v.ticked) || !v.ticked.every(isId)) return 'bad-ticks';
  const lacking = v.lacking ?? [];
  if (!Array.isArray(lacking) || !lacking.every(isId)) return 'bad-marks';
  const ticked = [...new Set(v.ticked)];
  return {
    id: v.id,
    label: v.label.slice(0, LABEL_MAX),
    type: { kind: type.kind, id: type.id },
    // A stage this version does not know (renamed, forged) is dropped: the seller picks it again.
    ...(isStageId(v.stage) ? { stage: v.stage } : {}),
    ticked,
    lacking: [...new Set(lacking)].filter((i) => !ticked.includes(i)),
    updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : '',
  };
}

/** Parses one stored case record; a reason when it cannot be read. */
export function parseCaseRecord(raw: string): SavedCase | Unreadable {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'corrupt';
  }
  if (!isObject(data)) return 'not-a-case';
  if (data.v !== CASE_VERSION) return typeof data.v === 'number' ? 'other-version' : 'not-a-case';
  return readCaseObject(data);
}

export const serializeCase = (c: SavedCase): string => JSON.stringify({ v: CASE_VERSION, ...c });

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Newest first; ties by id so the order is the same in every tab. */
export function byNewest(a: SavedCase, b: SavedCase): number {
  return byText(b.updatedAt, a.updatedAt) || byText(a.id, b.id);
}

/**
 * Everything stored now in records of this version: readable cases and the records set aside. Never
 * writes. A version-1 record not migrated yet is read by `case-read.ts`.
 */
export function readAll(kv: KeyValue): Snapshot {
  const cases = new Map<string, SavedCase>();
  const setAside: SetAside[] = [];
  const keys = safeKeys(kv).sort();
  for (const key of keys) {
    const raw = safeGet(kv, key);
    if (raw === null) continue;
    if (key.startsWith(CASE_PREFIX)) {
      const read = parseCaseRecord(raw);
      if (typeof read === 'string' || caseKey(read.id) !== key) setAside.push({ key, raw, reason: typeof read === 'string' ? read : 'misplaced' });
      else cases.set(read.id, read);
    } else if (setAsideKind(key) === 'case' || key.startsWith(LEGACY_BACKUP_PREFIX)) {
      setAside.push({ key, raw, reason: key.startsWith(`${SET_ASIDE_PREFIX}case:`) ? 'kept-before-rewrite' : 'kept-apart' });
    }
  }
  return { cases: [...cases.values()].sort(byNewest), setAside };
}

/** One change a seller makes to a case; applied to the record as it is in storage at the time of writing. */
export type CaseChange =
  | { type: 'tick'; item: string; on: boolean }
  | { type: 'lack'; item: string; on: boolean }
  | { type: 'rename'; label: string }
  | { type: 'stage'; stage: StageId | undefined }
  | { type: 'reset' };

/** `item` on or off in `list`; when on, it leaves `other` (an item is either "have" or "don't have"). */
function mark(list: string[], other: string[], item: string, on: boolean): [string[], string[]] {
  if (!on) return [list.filter((i) => i !== item), other];
  return [list.includes(item) ? list : [...list, item], other.filter((i) => i !== item)];
}

export function applyChange(c: SavedCase, change: CaseChange, now: Date): SavedCase {
  const stamp = now.toISOString();
  switch (change.type) {
    case 'tick': {
      const [ticked, lacking] = mark(c.ticked, c.lacking, change.item, change.on);
      return { ...c, ticked, lacking, updatedAt: stamp };
    }
    case 'lack': {
      const [lacking, ticked] = mark(c.lacking, c.ticked, change.item, change.on);
      return { ...c, ticked, lacking, updatedAt: stamp };
    }
    case 'rename':
      // Never a blank name (nothing to tap in 我的案件): the page asks `labelOrAuto` for one first.
      return { ...c, label: change.label.trim() === '' ? c.label : change.label.slice(0, LABEL_MAX), updatedAt: stamp };
    case 'stage': {
      const { stage: _old, ...rest } = c;
      return { ...rest, ...(change.stage ? { stage: change.stage } : {}), updatedAt: stamp };
    }
    case 'reset':
      return { ...c, ticked: [], lacking: [], updatedAt: stamp };
  }
}

/** What a write kept aside because rewriting the record would have lost it (L3): never silently dropped. */
export interface KeptAside {
  /** Where the record, as it was, now also is. */
  key: string;
  /** The stored name was longer than LABEL_MAX and is cut. */
  labelCut: boolean;
  /** Marked items this catalogue does not have, no longer in the record. */
  unknown: string[];
}

export type WriteResult =
  | { ok: true; saved: SavedCase; keptAside?: KeptAside }
  /** Storage refused the write (full, or blocked by the browser): `unsaved` is what the page shows but storage lacks. */
  | { ok: false; reason: StorageFailure; unsaved: SavedCase }
  /** The case was deleted in another tab: nothing written. */
  | { ok: false; reason: 'deleted' }
  /** The stored record became unreadable: it is set aside and not overwritten. */
  | { ok: false; reason: 'unreadable' };

/** What rewriting a stored record would lose: a name over the limit, marks the catalogue does not know. */
function rewriteLoss(raw: string, read: SavedCase, known: ((item: string) => boolean) | undefined): Omit<KeptAside, 'key'> {
  const label = (JSON.parse(raw) as { label: string }).label;
  return { labelCut: label.length > LABEL_MAX, unknown: known ? [...read.ticked, ...read.lacking].filter((i) => !known(i)) : [] };
}

export interface WriteOptions {
  /** Where else a saved case may still be (a version-1 record not migrated yet). */
  findElsewhere?: ((id: string) => SavedCase | undefined) | undefined;
  /** Items the catalogue has; marks of other items are dropped on write, after keeping the record aside. */
  known?: ((item: string) => boolean) | undefined;
}

/**
 * Saves changes to one case, merged with its record as stored now. `draft` is the case as the page
 * knows it; when nothing is stored and the case was never saved, the draft is the base (first save).
 */
export function writeChanges(kv: KeyValue, draft: SavedCase, changes: readonly CaseChange[], now: Date, options: WriteOptions = {}): WriteResult {
  const raw = safeGet(kv, caseKey(draft.id));
  let base = draft;
  let keptAside: KeptAside | undefined;
  if (raw !== null) {
    const read = parseCaseRecord(raw);
    if (typeof read === 'string') return { ok: false, reason: 'unreadable' };
    base = read;
    const loss = rewriteLoss(raw, read, options.known);
    if (loss.labelCut || loss.unknown.length > 0) {
      const aside = setAside(kv, 'case', read.id, raw, now.getTime());
      if ('failed' in aside) return { ok: false, reason: aside.failed, unsaved: changes.reduce((c, change) => applyChange(c, change, now), base) };
      keptAside = { key: aside.key, ...loss };
      const drop = new Set(loss.unknown);
      base = { ...read, ticked: read.ticked.filter((i) => !drop.has(i)), lacking: read.lacking.filter((i) => !drop.has(i)) };
    }
  } else if (draft.updatedAt !== '') {
    const elsewhere = options.findElsewhere?.(draft.id);
    if (!elsewhere) return { ok: false, reason: 'deleted' };
    base = elsewhere;
  }
  const next = changes.reduce((c, change) => applyChange(c, change, now), base);
  const failed = safeSet(kv, caseKey(next.id), serializeCase(next));
  if (failed) return { ok: false, reason: failed, unsaved: next };
  return { ok: true, saved: next, ...(keptAside ? { keptAside } : {}) };
}

/** Removes one readable case; set-aside records are never touched. False when it was not stored. */
export function deleteCase(kv: KeyValue, id: string): boolean {
  const raw = safeGet(kv, caseKey(id));
  if (raw === null || typeof parseCaseRecord(raw) === 'string') return false;
  return safeRemove(kv, caseKey(id));
}

/** The most recently changed case of a dispute type, to continue where the seller left off. */
export function latestCaseFor(cases: readonly SavedCase[], kind: DisputeKind, id: string): SavedCase | undefined {
  return [...cases].sort(byNewest).find((c) => c.type.kind === kind && c.type.id === id);
}

/** A new case id: the time and a random part, in the shape saved records accept. */
export const newCaseId = (): string => `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A new, not yet saved case; it is saved with the first change. */
export function initialCase(
  type: { kind: DisputeKind; id: string },
  cases: readonly SavedCase[],
  id: string,
  options: { stage?: StageId; ticked?: readonly string[]; label?: string } = {},
): SavedCase {
  return {
    id,
    label: labelOrAuto(options.label ?? '', cases),
    type: { kind: type.kind, id: type.id },
    ...(options.stage ? { stage: options.stage } : {}),
    ticked: [...new Set(options.ticked ?? [])],
    lacking: [],
    updatedAt: '',
  };
}

/** True for a storage event that concerns saved cases (key null: storage was cleared). */
export const concernsCases = (key: string | null): boolean => concerns('case', key, [LEGACY_KEY]);
