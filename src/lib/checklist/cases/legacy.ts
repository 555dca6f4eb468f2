/**
 * Reading saved cases beyond this version's own records: `readSavedCase`, which other tools use to read
 * one case by id (read-only), and version-1 data (every case in one record under LEGACY_KEY), read and
 * migrated to one record per case. The checklist loads this module only when a version-1 record is there.
 */
import {
  byNewest,
  caseKey,
  isId,
  isObject,
  LEGACY_KEY,
  parseCaseRecord,
  readAll,
  readCaseObject,
  serializeCase,
  type SavedCase,
  type Snapshot,
  type Unreadable,
} from './store';
import { safeGet, SET_ASIDE_PREFIX, type KeyValue } from '../../shared/storage';

type LegacyRead = { ok: true; cases: SavedCase[]; broken: { raw: string; reason: Unreadable }[] } | { ok: false; reason: Unreadable };

/** Version 1: `{version: 1, cases: [...]}` in one record. Broken cases are returned apart, not dropped. */
function readLegacy(raw: string): LegacyRead {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'old-corrupt' };
  }
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.cases)) return { ok: false, reason: 'old-format' };
  const cases: SavedCase[] = [];
  const broken: { raw: string; reason: Unreadable }[] = [];
  for (const c of data.cases) {
    const read = readCaseObject(c);
    if (typeof read === 'string') broken.push({ raw: JSON.stringify(c), reason: read });
    else cases.push(read);
  }
  return { ok: true, cases, broken };
}

/**
 * Everything stored now, including the cases of a version-1 record not migrated yet (storage full);
 * an unreadable version-1 record is listed as set aside. Never writes.
 */
export function readAllWithLegacy(kv: KeyValue): Snapshot {
  const snapshot = readAll(kv);
  const legacy = safeGet(kv, LEGACY_KEY);
  if (legacy === null) return snapshot;
  const read = readLegacy(legacy);
  if (!read.ok) return { ...snapshot, setAside: [...snapshot.setAside, { key: LEGACY_KEY, raw: legacy, reason: read.reason }] };
  const own = new Set(snapshot.cases.map((c) => c.id));
  return { ...snapshot, cases: [...snapshot.cases, ...read.cases.filter((c) => !own.has(c.id))].sort(byNewest) };
}

/** A case of a version-1 record not migrated yet. */
export function legacyCase(kv: Pick<KeyValue, 'getItem'>, id: string): SavedCase | undefined {
  const legacy = safeGet(kv, LEGACY_KEY);
  const read = legacy !== null ? readLegacy(legacy) : undefined;
  return read?.ok ? read.cases.find((c) => c.id === id) : undefined;
}

export type MigrationResult = { migrated: number; setAside: number; done: boolean };

/**
 * Moves version-1 data to one record per case. The old record is removed only after every case (and
 * every broken one, under a set-aside key) is written; if storage is full it stays as it is.
 */
export function migrateLegacy(kv: KeyValue, stamp: number): MigrationResult {
  const raw = safeGet(kv, LEGACY_KEY);
  if (raw === null) return { migrated: 0, setAside: 0, done: true };
  const read = readLegacy(raw);
  if (!read.ok) return { migrated: 0, setAside: 0, done: false }; // unreadable as a whole: listed as set aside
  let migrated = 0;
  try {
    for (const c of read.cases) {
      const existing = safeGet(kv, caseKey(c.id));
      if (existing !== null) continue; // already migrated (another tab, an earlier attempt)
      kv.setItem(caseKey(c.id), serializeCase(c));
      migrated++;
    }
    read.broken.forEach((b, i) => kv.setItem(`${SET_ASIDE_PREFIX}${stamp}-${i}`, b.raw));
    kv.removeItem(LEGACY_KEY);
  } catch {
    return { migrated, setAside: 0, done: false };
  }
  return { migrated, setAside: read.broken.length, done: true };
}

/**
 * One saved case by id, read-only, for other tools (`/tools/...?case=<id>`). Reads the case's own
 * record, or a version-1 record not migrated yet; undefined when there is no readable case.
 */
export function readSavedCase(storage: Pick<KeyValue, 'getItem'>, id: string): SavedCase | undefined {
  if (!isId(id)) return undefined;
  const raw = safeGet(storage, caseKey(id));
  if (raw !== null) {
    const read = parseCaseRecord(raw);
    return typeof read === 'string' ? undefined : read;
  }
  return legacyCase(storage, id);
}

