/**
 * Everything the site keeps in the browser, in one place: one key namespace, one "storage may throw"
 * wrapper that tells a full storage from a blocked one, and one way of keeping unreadable data aside.
 *
 * Keys: `shouhou-jieru:<kind>:<id>`, one record per thing the seller keeps (a case, a statement draft;
 * the case ledger's deadlines, timelines and outcomes get kinds of their own; `ledger:` holds the ledger's
 * own settings, such as when it was last exported). Data that cannot be read
 * is copied, byte for byte, to `shouhou-jieru:set-aside:<kind>:<id>:<stamp>` before anything new is
 * written where it was; nothing here ever deletes it.
 * Pure: the storage is passed in (`KeyValue`), so unit and property tests run against a Map.
 */

export const NAMESPACE = 'shouhou-jieru:';

/** What a record holds. A new kind of record gets a name here; its keys never collide with another's. */
export type RecordKind = 'case' | 'statement' | 'deadline' | 'timeline' | 'outcome' | 'ledger';
const KINDS: readonly RecordKind[] = ['case', 'statement', 'deadline', 'timeline', 'outcome', 'ledger'];

/** The one id rule for records (cases, drafts): what `newCaseId` makes, short enough for a key. */
export const RECORD_ID = /^[a-z0-9-]{1,80}$/;
export const isRecordId = (v: unknown): v is string => typeof v === 'string' && RECORD_ID.test(v);

export const recordPrefix = (kind: RecordKind): string => `${NAMESPACE}${kind}:`;
export const recordKey = (kind: RecordKind, id: string): string => `${recordPrefix(kind)}${id}`;

export const SET_ASIDE_PREFIX = `${NAMESPACE}set-aside:`;
export const setAsideKey = (kind: RecordKind, id: string, stamp: number | string): string => `${SET_ASIDE_PREFIX}${kind}:${id}:${stamp}`;

/**
 * The kind of a set-aside key; undefined for a key that is not one. Keys written before kinds existed
 * (`shouhou-jieru:set-aside:<stamp>-<n>`, by the checklist's version-1 migration) hold cases.
 */
export function setAsideKind(key: string): RecordKind | undefined {
  if (!key.startsWith(SET_ASIDE_PREFIX)) return undefined;
  const kind = key.slice(SET_ASIDE_PREFIX.length).split(':')[0] as RecordKind;
  return KINDS.includes(kind) ? kind : 'case';
}

/** The storage the site works on: localStorage in the browser, a Map in tests. Every method may throw. */
export interface KeyValue {
  keys(): string[];
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why storage refused: full (quota), or blocked (private mode, a policy: SecurityError). */
export type StorageFailure = 'full' | 'blocked';

export function failureOf(error: unknown): StorageFailure {
  return (error as { name?: unknown } | null)?.name === 'SecurityError' ? 'blocked' : 'full';
}

/** Whether this storage can be read at all; a blocked one throws on the first access. */
export function isBlocked(kv: KeyValue): boolean {
  try {
    kv.keys();
    return false;
  } catch (e) {
    return failureOf(e) === 'blocked';
  }
}

export function safeKeys(kv: KeyValue): string[] {
  try {
    return kv.keys();
  } catch {
    return [];
  }
}

export function safeGet(kv: Pick<KeyValue, 'getItem'>, key: string): string | null {
  try {
    return kv.getItem(key);
  } catch {
    return null;
  }
}

/** Writes one value; why not, when storage refused it. */
export function safeSet(kv: Pick<KeyValue, 'setItem'>, key: string, value: string): StorageFailure | undefined {
  try {
    kv.setItem(key, value);
    return undefined;
  } catch (e) {
    return failureOf(e);
  }
}

export function safeRemove(kv: Pick<KeyValue, 'removeItem'>, key: string): boolean {
  try {
    kv.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies data that cannot be read (or would lose something if rewritten) aside, as it is; the key, or
 * why storage refused. Callers write nothing over the original unless this succeeded.
 */
export function setAside(kv: Pick<KeyValue, 'setItem'>, kind: RecordKind, id: string, raw: string, stamp: number | string): { key: string } | { failed: StorageFailure } {
  const key = setAsideKey(kind, id, stamp);
  const failed = safeSet(kv, key, raw);
  return failed ? { failed } : { key };
}

/** True for a storage event that concerns records of this kind (key null: storage was cleared). */
export const concerns = (kind: RecordKind, key: string | null, also: readonly string[] = []): boolean =>
  key === null || key.startsWith(recordPrefix(kind)) || setAsideKind(key) === kind || also.some((p) => key.startsWith(p));

/** Adapts window.localStorage (which may throw on access in private modes or under a policy) to `KeyValue`. */
export function browserStorage(getStorage: () => Storage): KeyValue {
  return {
    keys: () => {
      const s = getStorage();
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
    },
    getItem: (k) => getStorage().getItem(k),
    setItem: (k, v) => getStorage().setItem(k, v),
    removeItem: (k) => getStorage().removeItem(k),
  };
}
