/**
 * Survivors of `npx stryker run --mutate src/lib/checklist/cases/store.ts,src/lib/checklist/cases/legacy.ts`: why each kind of
 * broken record is refused, the order of cases, storage that throws or changes under the reader,
 * the browser adapter, and version-1 records that are not what they claim.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  byNewest,
  caseKey,
  concernsCases,
  initialCase,
  isId,
  latestCaseFor,
  LEGACY_KEY,
  newCaseId,
  parseCaseRecord,
  readAll,
  readCaseObject,
  serializeCase,
  type SavedCase,
} from '~/lib/checklist/cases/store';
import { applyChange, deleteCase, writeChanges } from '~/lib/checklist/cases/write';
import { browserStorage, type KeyValue } from '~/lib/shared/storage';
import { isAutoLabel, LABEL_MAX, labelOrAuto } from '~/lib/checklist/case';
import { legacyCase, migrateLegacy, readAllWithLegacy, readSavedCase } from '~/lib/checklist/cases/legacy';
import { aCase, t0 } from '../../support/case-fixtures';

const stamp = t0.toISOString();
const later = '2026-11-26T09:00:00.000Z';
/** localStorage in memory, with hooks to make one operation throw. */
function memory(entries: [string, string][] = []) {
  const map = new Map(entries);
  const kv: KeyValue & { map: Map<string, string> } = {
    map,
    keys: () => [...map.keys()],
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
  return kv;
}
const record = (c: SavedCase): [string, string] => [caseKey(c.id), serializeCase(c)];

describe('readCaseObject: each broken shape has its own reason', () => {
  const good = { id: 'c1', label: 'x', type: { kind: 'scenario', id: 'quality' }, ticked: [] };
  it.each([
    ['null', null, 'not-a-case'],
    ['an array', [], 'not-a-case'],
    ['no id', { ...good, id: undefined }, 'bad-id'],
    ['a numeric id', { ...good, id: 123 }, 'bad-id'],
    ['an id with a capital at the start', { ...good, id: 'Xab' }, 'bad-id'],
    ['an id with a capital at the end', { ...good, id: 'abX' }, 'bad-id'],
    ['an id of 81 characters', { ...good, id: 'a'.repeat(81) }, 'bad-id'],
    ['a numeric label', { ...good, label: 5 }, 'bad-label'],
    ['no type', { ...good, type: undefined }, 'bad-type'],
    ['a type that is a string', { ...good, type: 'scenario' }, 'bad-type'],
    ['an unknown kind', { ...good, type: { kind: 'order', id: 'quality' } }, 'bad-type'],
    ['a type id with a space', { ...good, type: { kind: 'outcome', id: 'a b' } }, 'bad-type'],
    ['ticks that are not a list', { ...good, ticked: 'a' }, 'bad-ticks'],
    ['marks that are not a list', { ...good, lacking: 'a' }, 'bad-marks'],
    ['a mark with a bad id', { ...good, lacking: ['ok', 'NO'] }, 'bad-marks'],
  ])('%s', (_, input, reason) => {
    expect(readCaseObject(input)).toBe(reason);
  });

  it('an id of 80 characters, both kinds, and version 1\'s `source` are read', () => {
    expect(readCaseObject({ ...good, id: 'a'.repeat(80) })).toMatchObject({ id: 'a'.repeat(80) });
    expect(readCaseObject({ ...good, type: { kind: 'outcome', id: 'x' } })).toMatchObject({ type: { kind: 'outcome', id: 'x' } });
    expect(readCaseObject({ ...good, type: undefined, source: { kind: 'scenario', id: 'y' } })).toMatchObject({ type: { kind: 'scenario', id: 'y' } });
  });

  it('cuts a long name, drops repeated ticks and marks, drops marks that are also ticked, and a time that is not text', () => {
    expect(readCaseObject({ ...good, label: '名'.repeat(LABEL_MAX + 1), ticked: ['a', 'a', 'b'], lacking: ['b', 'c', 'c', 'd'], updatedAt: 5 })).toEqual({
      id: 'c1',
      label: '名'.repeat(LABEL_MAX),
      type: { kind: 'scenario', id: 'quality' },
      ticked: ['a', 'b'],
      lacking: ['c', 'd'],
      updatedAt: '',
    });
    expect(readCaseObject({ ...good, updatedAt: later })).toMatchObject({ updatedAt: later });
  });
});

describe('parseCaseRecord', () => {
  it.each([
    ['{"v":2', 'corrupt'],
    ['"text"', 'not-a-case'],
    ['null', 'not-a-case'],
    ['[1]', 'not-a-case'],
    ['{}', 'not-a-case'],
    ['{"v":"2"}', 'not-a-case'],
    ['{"v":1}', 'other-version'],
    ['{"v":3,"id":"c1"}', 'other-version'],
  ])('%s → %s', (raw, reason) => {
    expect(parseCaseRecord(raw)).toBe(reason);
  });
});

describe('byNewest', () => {
  it('newer first, then by id, and equal cases are equal', () => {
    const a = aCase({ id: 'a' });
    const b = aCase({ id: 'b' });
    const newer = aCase({ id: 'z', updatedAt: later });
    expect(byNewest(a, newer)).toBe(1);
    expect(byNewest(newer, a)).toBe(-1);
    expect(byNewest(a, b)).toBe(-1);
    expect(byNewest(b, a)).toBe(1);
    expect(byNewest(a, aCase({ id: 'a' }))).toBe(0);
  });
});

describe('storage that throws or changes under the reader', () => {
  it('keys() throwing reads as an empty store; getItem throwing skips that record', () => {
    const kv = memory([record(aCase())]);
    expect(readAll({ ...kv, keys: () => { throw new Error('SecurityError'); } })).toEqual({ cases: [], setAside: [] });
    expect(readAll({ ...kv, getItem: () => { throw new Error('SecurityError'); } })).toEqual({ cases: [], setAside: [] });
  });

  it('a key removed between listing and reading is skipped, not set aside', () => {
    const kv = memory([record(aCase())]);
    expect(readAll({ ...kv, getItem: () => null })).toEqual({ cases: [], setAside: [] });
  });

  it('a set-aside record keeps the reason it could not be read', () => {
    const kv = memory([[caseKey('c1'), 'not json'], [caseKey('c2'), '{"v":9}'], [caseKey('c3'), serializeCase(aCase({ id: 'c4' }))]]);
    expect(readAll(kv).setAside.map((s) => [s.key, s.reason])).toEqual([
      [caseKey('c1'), 'corrupt'],
      [caseKey('c2'), 'other-version'],
      [caseKey('c3'), 'misplaced'],
    ]);
    // A broken record under the key of the id "undefined" is set aside too.
    expect(readAll(memory([[caseKey('undefined'), 'not json']]))).toEqual({ cases: [], setAside: [{ key: caseKey('undefined'), raw: 'not json', reason: 'corrupt' }] });
  });

  it('removeItem throwing: the delete reports false and the case stays', () => {
    const kv = memory([record(aCase())]);
    expect(deleteCase({ ...kv, removeItem: () => { throw new Error('blocked'); } }, 'c1')).toBe(false);
    expect(readAll(kv).cases).toEqual([aCase()]);
    expect(deleteCase(kv, 'nope')).toBe(false);
  });
});

describe('changes', () => {
  it('ticking an item takes it off the "don\'t have" list and leaves the other marks', () => {
    expect(applyChange(aCase({ lacking: ['a', 'b'] }), { type: 'tick', item: 'a', on: true }, new Date(later))).toMatchObject({ ticked: ['a'], lacking: ['b'] });
    expect(applyChange(aCase({ ticked: ['a', 'b'] }), { type: 'lack', item: 'b', on: true }, new Date(later))).toMatchObject({ ticked: ['a'], lacking: ['b'] });
  });

  it('a saved case kept elsewhere (version 1, not migrated) is the base of the write', () => {
    const kv = memory();
    const old = aCase({ ticked: ['from-v1'] });
    const result = writeChanges(kv, aCase(), [{ type: 'tick', item: 'new', on: true }], new Date(later), { findElsewhere: (id) => (id === 'c1' ? old : undefined) });
    expect(result).toEqual({ ok: true, saved: { ...old, ticked: ['from-v1', 'new'], updatedAt: later } });
  });
});

describe('names, picking, new cases', () => {
  it('the latest case matches both the kind and the id of the dispute type', () => {
    const wanted = aCase({ id: 'old', type: { kind: 'outcome', id: 'x' } });
    const cases = [aCase({ id: 'k', type: { kind: 'scenario', id: 'x' }, updatedAt: later }), aCase({ id: 'i', type: { kind: 'outcome', id: 'y' }, updatedAt: later }), wanted];
    expect(latestCaseFor(cases, 'outcome', 'x')).toBe(wanted);
    expect(latestCaseFor(cases, 'scenario', 'y')).toBeUndefined();
  });

  it('only the whole name 案件 N is automatic', () => {
    expect(isAutoLabel('案件 3')).toBe(true);
    expect(isAutoLabel('我的案件 3')).toBe(false);
    expect(isAutoLabel('案件 3 退货')).toBe(false);
  });

  describe('newCaseId', () => {
    afterEach(() => vi.restoreAllMocks());
    it('is a valid id, and two made in the same millisecond differ', () => {
      vi.spyOn(Date, 'now').mockReturnValue(1_790_000_000_000);
      vi.spyOn(Math, 'random').mockReturnValueOnce(0.1).mockReturnValueOnce(0.2);
      const a = newCaseId();
      const b = newCaseId();
      expect(isId(a) && isId(b)).toBe(true);
      expect(a).toMatch(/^c/);
      expect(a).not.toBe(b);
    });
  });

  it('a new case cuts a long name and repeated ticks', () => {
    const c = initialCase({ kind: 'scenario', id: 'q' }, [], 'c2', { label: '名'.repeat(LABEL_MAX + 3), ticked: ['a', 'a', 'b'] });
    expect(c.label).toBe('名'.repeat(LABEL_MAX));
    expect(c.ticked).toEqual(['a', 'b']);
    expect(initialCase({ kind: 'scenario', id: 'q' }, [], 'c2').ticked).toEqual([]);
  });
});

describe('browserStorage and storage events', () => {
  /** A Storage whose key() may return null for an index (a key removed meanwhile). */
  function fakeStorage(entries: [string, string][], holes: number[] = []): Storage {
    const map = new Map(entries);
    return {
      get length() {
        return map.size;
      },
      key: (i: number) => (holes.includes(i) ? null : ([...map.keys()][i] ?? null)),
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, String(v)),
      removeItem: (k: string) => void map.delete(k),
      clear: () => map.clear(),
    };
  }

  it('lists keys, reads, writes and removes through the storage it is given each time', () => {
    const s = fakeStorage([['a', '1'], ['b', '2'], ['c', '3']], [1]);
    const kv = browserStorage(() => s);
    expect(kv.keys()).toEqual(['a', 'c']);
    expect(kv.getItem('a')).toBe('1');
    kv.setItem('d', '4');
    expect(s.getItem('d')).toBe('4');
    kv.removeItem('a');
    expect(s.getItem('a')).toBeNull();
  });

  it('a storage event concerns cases when storage was cleared or a key of this site changed', () => {
    expect(concernsCases(null)).toBe(true);
    expect(concernsCases(caseKey('c1'))).toBe(true);
    expect(concernsCases(LEGACY_KEY)).toBe(true);
    expect(concernsCases('theme')).toBe(false);
    expect(concernsCases('x-shouhou-jieru:')).toBe(false);
  });
});

describe('version 1 records that are not what they claim', () => {
  const v1 = (data: unknown) => JSON.stringify(data);
  const v1Case = (id: string, updatedAt = stamp) => ({ id, label: id, source: { kind: 'scenario', id: 'q' }, ticked: [], updatedAt });

  it.each([
    ['a list', []],
    ['another version', { version: 2, cases: [] }],
    ['cases that are not a list', { version: 1, cases: {} }],
    ['no version', { cases: [] }],
  ])('%s is listed as set aside in an old format, and not migrated', (_, data) => {
    const kv = memory([[LEGACY_KEY, v1(data)]]);
    expect(readAllWithLegacy(kv).setAside).toEqual([{ key: LEGACY_KEY, raw: v1(data), reason: 'old-format' }]);
    expect(migrateLegacy(kv, 1)).toEqual({ migrated: 0, setAside: 0, done: false });
    expect(kv.getItem(LEGACY_KEY)).toBe(v1(data));
  });

  it('nothing to migrate is done', () => {
    expect(migrateLegacy(memory(), 1)).toEqual({ migrated: 0, setAside: 0, done: true });
  });

  it('a case already in its own record is neither shown twice nor overwritten by the old copy', () => {
    const own = aCase({ id: 'a', ticked: ['newer'], updatedAt: stamp });
    const kv = memory([record(own), [LEGACY_KEY, v1({ version: 1, cases: [v1Case('a', later), v1Case('b', later), v1Case('c', '2026-01-01T00:00:00.000Z')] })]]);
    // Newest first across both: b (later), then the own a, then c.
    expect(readAllWithLegacy(kv).cases.map((c) => [c.id, c.ticked])).toEqual([
      ['b', []],
      ['a', ['newer']],
      ['c', []],
    ]);
    expect(migrateLegacy(kv, 1)).toEqual({ migrated: 2, setAside: 0, done: true });
    expect(readSavedCase(kv, 'a')?.ticked).toEqual(['newer']);
  });

  it('a case of a version-1 record is found by its own id', () => {
    const kv = memory([[LEGACY_KEY, v1({ version: 1, cases: [v1Case('a'), v1Case('b')] })]]);
    expect(legacyCase(kv, 'b')?.id).toBe('b');
    expect(readSavedCase(kv, 'b')?.id).toBe('b');
    expect(legacyCase(kv, 'x')).toBeUndefined();
  });

  it('a forged id is not looked up, even where a record sits under that key', () => {
    const kv = memory([[caseKey('A B'), serializeCase(aCase())]]);
    expect(readSavedCase(kv, 'A B')).toBeUndefined();
  });
});

describe('a rewrite that would lose something keeps the record aside first (L3), and refusals say why (L2)', () => {
  const kvWith = (entries: Record<string, string>, failSet?: string): KeyValue & { map: Map<string, string> } => {
    const map = new Map(Object.entries(entries));
    return {
      map,
      keys: () => [...map.keys()],
      getItem: (k) => map.get(k) ?? null,
      setItem(k, v) {
        if (failSet) throw Object.assign(new Error(failSet), { name: failSet });
        map.set(k, v);
      },
      removeItem: (k) => void map.delete(k),
    };
  };
  const known = { a: {}, b: {}, 'test-report': {} };

  it('a name over the limit and marks the catalogue no longer has: the record is copied aside, then rewritten, and the write says so', () => {
    const raw = serializeCase(aCase()).replace('"订单尾号 1234"', JSON.stringify('长'.repeat(LABEL_MAX + 40))).replace('"ticked":[],"lacking":[]', '"ticked":["retired","a"],"lacking":["bogus"]');
    const kv = kvWith({ [caseKey('c1')]: raw });
    const result = writeChanges(kv, aCase(), [{ type: 'tick', item: 'b', on: true }], t0, { known });
    expect(result).toMatchObject({ ok: true, saved: { label: '长'.repeat(LABEL_MAX), ticked: ['a', 'b'], lacking: [] }, keptAside: { labelCut: true, unknown: ['retired', 'bogus'] } });
    const key = result.ok ? result.keptAside!.key : '';
    expect(kv.map.get(key)).toBe(raw);
    expect(readAll(kv).setAside).toEqual([{ key, raw, reason: 'kept-before-rewrite' }]);
  });

  it('nothing to lose: nothing kept aside', () => {
    const kv = kvWith({ [caseKey('c1')]: serializeCase(aCase({ ticked: ['a'] })) });
    const result = writeChanges(kv, aCase(), [{ type: 'tick', item: 'b', on: true }], t0, { known });
    expect(result.ok && result.keptAside).toBeUndefined();
    expect(kv.map.size).toBe(1);
  });

  it('when the copy cannot be written, the record is not rewritten', () => {
    const raw = serializeCase(aCase({ ticked: ['retired'] }));
    const kv = kvWith({ [caseKey('c1')]: raw }, 'QuotaExceededError');
    expect(writeChanges(kv, aCase(), [{ type: 'tick', item: 'b', on: true }], t0, { known })).toMatchObject({ ok: false, reason: 'full', unsaved: { ticked: ['retired', 'b'] } });
    expect([...kv.map]).toEqual([[caseKey('c1'), raw]]);
  });

  it('blocked storage is reported as blocked, not as full', () => {
    expect(writeChanges(kvWith({}, 'SecurityError'), aCase({ updatedAt: '' }), [{ type: 'tick', item: 'a', on: true }], t0)).toMatchObject({ ok: false, reason: 'blocked' });
    expect(writeChanges(kvWith({}, 'QuotaExceededError'), aCase({ updatedAt: '' }), [{ type: 'tick', item: 'a', on: true }], t0)).toMatchObject({ ok: false, reason: 'full' });
  });

  it('M2: a blank name is never stored: labelOrAuto gives the automatic name, applyChange keeps the old one', () => {
    expect(labelOrAuto('   ', [aCase({ label: '案件 1' })])).toBe('案件 2');
    expect(labelOrAuto('', [])).toBe('案件 1');
    expect(labelOrAuto(' 甲 ', [])).toBe(' 甲 ');
    expect(labelOrAuto('长'.repeat(LABEL_MAX + 1), [])).toBe('长'.repeat(LABEL_MAX));
    expect(applyChange(aCase(), { type: 'rename', label: '  ' }, t0).label).toBe('订单尾号 1234');
    expect(initialCase({ kind: 'scenario', id: 'q' }, [], 'c9', { label: ' ' }).label).toBe('案件 1');
  });
});

describe('keep-aside edges the mutation run found', () => {
  const kvOf = (raw: string) => {
    const map = new Map([[caseKey('c1'), raw]]);
    const kv: KeyValue = { keys: () => [...map.keys()], getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
    return { kv, map };
  };
  const items = { a: {}, keep: {} };
  it('a name of exactly the limit is not cut, and nothing is kept aside', () => {
    const { kv, map } = kvOf(serializeCase(aCase({ label: '名'.repeat(LABEL_MAX) })));
    expect(writeChanges(kv, aCase(), [{ type: 'tick', item: 'a', on: true }], t0, { known: items })).not.toHaveProperty('keptAside');
    expect(map.size).toBe(1);
  });
  it('unknown marks alone (name fine) are kept aside; known "don\'t have" marks stay', () => {
    const { kv, map } = kvOf(serializeCase(aCase({ lacking: ['keep', 'gone'] })));
    const result = writeChanges(kv, aCase(), [{ type: 'tick', item: 'a', on: true }], t0, { known: items });
    expect(result).toMatchObject({ ok: true, saved: { ticked: ['a'], lacking: ['keep'] }, keptAside: { labelCut: false, unknown: ['gone'] } });
    expect(map.size).toBe(2);
  });
});
