/**
 * The seller's saved checklist cases in the browser, read. Each case is its own localStorage record
 * (`shouhou-jieru:case:<id>`), so two tabs never overwrite each other's cases; writes (`write.ts`) read
 * the record as it is in storage now and apply just the seller's change to it. A record that cannot be
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
  setAsideKind,
  SET_ASIDE_PREFIX,
  type KeyValue,
} from '../../shared/storage';
import { LABEL_MAX, labelOrAuto, type DisputeKind } from '../case';
import { CHECKLIST_PATH } from '../../shared/paths';

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
export const caseHref = (id: string): string => `${CHECKLIST_PATH}?case=${encodeURIComponent(id)}`;

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
