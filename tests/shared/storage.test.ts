/** The one storage module: key scheme, set-aside keys, and storage that refuses (full vs blocked). */
import { describe, expect, it } from 'vitest';
import {
  browserStorage,
  concerns,
  failureOf,
  isBlocked,
  isRecordId,
  recordKey,
  safeGet,
  safeKeys,
  safeRemove,
  safeSet,
  setAside,
  setAsideKey,
  setAsideKind,
  type KeyValue,
} from '~/lib/shared/storage';

const refusing = (name: string): KeyValue => {
  const fail = () => {
    throw Object.assign(new Error(name), { name });
  };
  return { keys: fail, getItem: fail, setItem: fail, removeItem: fail };
};

describe('keys', () => {
  it('one namespace, one record per kind and id; set-aside keys name kind, id and time', () => {
    expect(recordKey('case', 'c1')).toBe('shouhou-jieru:case:c1');
    expect(recordKey('statement', 'draft')).toBe('shouhou-jieru:statement:draft');
    expect(recordKey('deadline', 'c1')).toBe('shouhou-jieru:deadline:c1');
    expect(setAsideKey('statement', 'c1', 5)).toBe('shouhou-jieru:set-aside:statement:c1:5');
    expect(setAsideKind(setAsideKey('timeline', 'c1', 5))).toBe('timeline');
    // Written by the checklist's version-1 migration, before kinds: cases.
    expect(setAsideKind('shouhou-jieru:set-aside:1700000000000-0')).toBe('case');
    expect(setAsideKind('shouhou-jieru:case:c1')).toBeUndefined();
  });

  it('the one record-id rule: lower-case letters, digits, -, up to 80', () => {
    for (const ok of ['c1', 'a-b', 'x'.repeat(80)]) expect(isRecordId(ok), ok).toBe(true);
    for (const bad of ['', 'A1', 'a_b', '__proto__', '../x', 'x'.repeat(81), 5, null]) expect(isRecordId(bad), String(bad)).toBe(false);
  });

  it('storage events: a kind hears its records, its set-aside copies, extra prefixes and a clear', () => {
    expect(concerns('statement', null)).toBe(true);
    expect(concerns('statement', 'shouhou-jieru:statement:c1')).toBe(true);
    expect(concerns('statement', 'shouhou-jieru:set-aside:statement:c1:5')).toBe(true);
    expect(concerns('statement', 'shouhou-jieru:case:c1')).toBe(false);
    expect(concerns('statement', 'pdd-guide:statement:c1', ['pdd-guide:statement:'])).toBe(true);
    expect(concerns('case', 'shouhou-jieru:set-aside:17-0')).toBe(true);
  });
});

describe('storage that refuses', () => {
  it('tells a full storage from a blocked one', () => {
    expect(failureOf(Object.assign(new Error(), { name: 'QuotaExceededError' }))).toBe('full');
    expect(failureOf(Object.assign(new Error(), { name: 'SecurityError' }))).toBe('blocked');
    expect(failureOf(null)).toBe('full');
    expect(safeSet(refusing('QuotaExceededError'), 'k', 'v')).toBe('full');
    expect(safeSet(refusing('SecurityError'), 'k', 'v')).toBe('blocked');
    expect(setAside(refusing('SecurityError'), 'case', 'c1', 'raw', 1)).toEqual({ failed: 'blocked' });
  });

  it('a blocked storage is known before anything is written', () => {
    expect(isBlocked(refusing('SecurityError'))).toBe(true);
    expect(isBlocked(refusing('QuotaExceededError'))).toBe(false);
    expect(isBlocked(browserStorage(() => ({ length: 0, key: () => null }) as unknown as Storage))).toBe(false);
    expect(isBlocked(browserStorage(() => { throw Object.assign(new Error(), { name: 'SecurityError' }); }))).toBe(true);
  });

  it('reads that throw read as nothing', () => {
    const kv = refusing('SecurityError');
    expect(safeKeys(kv)).toEqual([]);
    expect(safeGet(kv, 'k')).toBeNull();
    expect(safeRemove(kv, 'k')).toBe(false);
  });

  it('setAside writes the raw text, byte for byte', () => {
    const map = new Map<string, string>();
    const kv: KeyValue = { keys: () => [...map.keys()], getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
    expect(setAside(kv, 'statement', 'c1', ' {raw', 9)).toEqual({ key: 'shouhou-jieru:set-aside:statement:c1:9' });
    expect(map.get('shouhou-jieru:set-aside:statement:c1:9')).toBe(' {raw');
    expect(safeRemove(kv, 'shouhou-jieru:set-aside:statement:c1:9')).toBe(true);
  });
});
