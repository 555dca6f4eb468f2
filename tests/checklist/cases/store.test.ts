/** Saved cases: one record per case, writes merged with storage, unreadable records set aside, v1 migrated. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  caseHref,
  caseKey,
  initialCase,
  latestCaseFor,
  LEGACY_BACKUP_PREFIX,
  LEGACY_KEY,
  parseCaseRecord,
  readAll,
  serializeCase,
  type SavedCase,
} from '~/lib/checklist/cases/store';
import { applyChange, deleteCase, writeChanges } from '~/lib/checklist/cases/write';
import { isAutoLabel, LABEL_MAX, nextLabel } from '~/lib/checklist/case';
import { reimport, unreadableText } from '~/lib/checklist/cases/reimport';
import { migrateLegacy, readAllWithLegacy, readSavedCase } from '~/lib/checklist/cases/legacy';
import { aCase, t0 } from '../../support/case-fixtures';
import { memoryStorage } from '../../support/memory-storage';

const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const store = (...cases: SavedCase[]) => {
  const kv = memoryStorage();
  for (const c of cases) kv.setItem(caseKey(c.id), serializeCase(c));
  return kv;
};

describe('one record per case', () => {
  it('round-trips a case', () => {
    const c = aCase({ ticked: ['packing-video'], stage: 'intervention' });
    expect(parseCaseRecord(serializeCase(c))).toEqual(c);
    expect(readAll(store(c))).toEqual({ cases: [c], setAside: [] });
  });
  it('a stage this version does not know is dropped, the case stays readable', () => {
    const raw = serializeCase(aCase()).replace('"ticked"', '"stage":"renamed-stage","ticked"');
    expect(parseCaseRecord(raw)).toEqual(aCase());
  });
  it('a write from a stale page merges with what is stored: the other tab\'s tick survives', () => {
    const kv = store(aCase());
    const stale = aCase();
    expect(writeChanges(kv, stale, [{ type: 'tick', item: 'a', on: true }], at(1)).ok).toBe(true);
    const result = writeChanges(kv, stale, [{ type: 'tick', item: 'b', on: true }], at(2));
    expect(result.ok && result.saved.ticked).toEqual(['a', 'b']);
    expect(readAll(kv).cases[0]?.ticked).toEqual(['a', 'b']);
  });
  it('a tick of a case deleted in another tab writes nothing, so it stays deleted', () => {
    const kv = store(aCase());
    expect(deleteCase(kv, 'c1')).toBe(true);
    expect(writeChanges(kv, aCase(), [{ type: 'tick', item: 'a', on: true }], at(1))).toEqual({ ok: false, reason: 'deleted' });
    expect(kv.map.size).toBe(0);
  });
  it('a new case is saved with its first change', () => {
    const kv = memoryStorage();
    const draft = initialCase({ kind: 'scenario', id: 'quality' }, [], 'c9', { stage: 'applied' });
    expect(draft).toEqual({ id: 'c9', label: '案件 1', type: { kind: 'scenario', id: 'quality' }, stage: 'applied', ticked: [], lacking: [], updatedAt: '' });
    const result = writeChanges(kv, draft, [{ type: 'tick', item: 'x', on: true }], at(1));
    expect(result.ok && readSavedCase(kv, 'c9')).toEqual({ ...draft, ticked: ['x'], updatedAt: at(1).toISOString() });
  });
  it('storage full: nothing written, the change is returned as unsaved, other records untouched', () => {
    const kv = store(aCase({ id: 'other' }));
    const before = new Map(kv.map);
    const full = memoryStorage(JSON.stringify([...kv.map]).length + 10);
    for (const [k, v] of before) full.setItem(k, v);
    const result = writeChanges(full, aCase({ id: 'new', updatedAt: '' }), [{ type: 'tick', item: 'a', on: true }], at(1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason === 'full' && result.unsaved.ticked).toEqual(['a']);
    expect(full.map).toEqual(before);
  });
  it('an unreadable record of this case is not overwritten', () => {
    const kv = memoryStorage();
    kv.setItem(caseKey('c1'), '{"v":2,"id":"c1"');
    expect(writeChanges(kv, aCase(), [{ type: 'tick', item: 'a', on: true }], at(1))).toEqual({ ok: false, reason: 'unreadable' });
    expect(kv.getItem(caseKey('c1'))).toBe('{"v":2,"id":"c1"');
  });
});

describe('changes', () => {
  it('ticking twice does not duplicate; unticking removes only that item', () => {
    const once = applyChange(aCase(), { type: 'tick', item: 'a', on: true }, t0);
    const twice = applyChange(once, { type: 'tick', item: 'a', on: true }, t0);
    expect(twice.ticked).toEqual(['a']);
    expect(applyChange(aCase({ ticked: ['a', 'b'] }), { type: 'tick', item: 'a', on: false }, t0).ticked).toEqual(['b']);
  });
  it('"have" and "don\'t have" exclude each other', () => {
    const lacking = applyChange(aCase({ ticked: ['a'] }), { type: 'lack', item: 'a', on: true }, t0);
    expect(lacking).toMatchObject({ ticked: [], lacking: ['a'] });
    expect(applyChange(lacking, { type: 'tick', item: 'a', on: true }, t0)).toMatchObject({ ticked: ['a'], lacking: [] });
    expect(applyChange(applyChange(lacking, { type: 'lack', item: 'a', on: true }, t0), { type: 'lack', item: 'a', on: false }, t0).lacking).toEqual([]);
  });
  it('a name is cut at the one limit; reset clears ticks and marks; stage can be set and cleared', () => {
    expect(applyChange(aCase(), { type: 'rename', label: 'x'.repeat(LABEL_MAX + 5) }, t0).label).toHaveLength(LABEL_MAX);
    expect(applyChange(aCase({ ticked: ['a'], lacking: ['b'] }), { type: 'reset' }, t0)).toMatchObject({ ticked: [], lacking: [] });
    const staged = applyChange(aCase(), { type: 'stage', stage: 'intervention' }, t0);
    expect(staged.stage).toBe('intervention');
    expect('stage' in applyChange(staged, { type: 'stage', stage: undefined }, t0)).toBe(false);
  });
});

describe('names and picking', () => {
  it('nextLabel: 案件 1 on an empty store, skips names in use', () => {
    expect(nextLabel([])).toBe('案件 1');
    expect(nextLabel([aCase({ label: '案件 2' })])).toBe('案件 3');
    expect(nextLabel([aCase({ label: '甲' }), aCase({ id: 'c2', label: '乙' })])).toBe('案件 3');
  });
  it('the latest case of a type is the most recently changed, whatever the order given', () => {
    const old = aCase({ id: 'old', updatedAt: at(1).toISOString() });
    const newest = aCase({ id: 'newest', updatedAt: at(5).toISOString() });
    const mid = aCase({ id: 'mid', updatedAt: at(3).toISOString() });
    const otherType = aCase({ id: 'other', type: { kind: 'scenario', id: 'quality' }, updatedAt: at(9).toISOString() });
    expect(latestCaseFor([old, newest, mid, otherType], 'outcome', 'apply-empty-parcel')?.id).toBe('newest');
    expect(latestCaseFor([mid, old, newest], 'outcome', 'apply-empty-parcel')?.id).toBe('newest');
    expect(latestCaseFor([otherType], 'outcome', 'apply-empty-parcel')).toBeUndefined();
  });
  it('tells the automatic name from the seller\'s own', () => {
    expect(isAutoLabel('案件 12')).toBe(true);
    expect(isAutoLabel('案件 12 甲')).toBe(false);
    expect(isAutoLabel('尾号 12')).toBe(false);
  });
  it('the case address is built in one place', () => {
    expect(caseHref('c1x')).toBe('/checklist/?case=c1x');
  });
});

describe('unreadable records are set aside, one by one', () => {
  it('two good cases and one with a wrongly shaped item id: both good ones listed, the bad one set aside with its text', () => {
    const kv = store(aCase({ id: 'a', updatedAt: at(1).toISOString() }), aCase({ id: 'b', updatedAt: at(2).toISOString() }));
    const bad = serializeCase(aCase({ id: 'bad' })).replace('"ticked":[]', '"ticked":["<script>"]');
    kv.setItem(caseKey('bad'), bad);
    const all = readAll(kv);
    expect(all.cases.map((c) => c.id)).toEqual(['b', 'a']);
    expect(all.setAside).toEqual([{ key: caseKey('bad'), raw: bad, reason: 'bad-ticks' }]);
    // A tick on a good case and a delete of the other leave the bad record as it was.
    writeChanges(kv, all.cases[0]!, [{ type: 'tick', item: 'x', on: true }], at(3));
    deleteCase(kv, 'a');
    expect(deleteCase(kv, 'bad')).toBe(false);
    expect(kv.getItem(caseKey('bad'))).toBe(bad);
    expect(readAll(kv).cases.map((c) => c.id)).toEqual(['b']);
  });
  it('a record under another case\'s key, a newer version and plain garbage are each set aside', () => {
    const kv = memoryStorage();
    kv.setItem(caseKey('x'), serializeCase(aCase({ id: 'y' })));
    kv.setItem(caseKey('v3'), '{"v":3}');
    kv.setItem(caseKey('g'), 'garbage');
    expect(readAll(kv).setAside.map((s) => s.reason)).toEqual(['corrupt', 'other-version', 'misplaced']);
  });
  it('every reason has words for the seller', () => {
    expect(Object.values(unreadableText).every((t) => t.length > 0)).toBe(true);
  });
  it('re-import: the unchanged text of a good record moves into a new case; edited or cleaned text keeps the original', () => {
    const kv = memoryStorage();
    const raw = JSON.stringify({ id: 'old', label: '甲', type: { kind: 'scenario', id: 'quality' }, ticked: ['a', 'B!'] });
    kv.setItem(`${LEGACY_BACKUP_PREFIX}1`, raw);
    const entry = readAll(kv).setAside[0]!;
    const result = reimport(kv, entry, raw, 'n1', t0);
    expect(result).toMatchObject({ ok: true, removedOriginal: false, dropped: 1, saved: { id: 'n1', ticked: ['a'] } });
    expect(kv.getItem(entry.key)).toBe(raw);
    const clean = raw.replace(',"B!"', '');
    kv.setItem(`${LEGACY_BACKUP_PREFIX}2`, clean);
    const second = readAll(kv).setAside.find((s) => s.raw === clean)!;
    expect(reimport(kv, second, clean, 'n2', t0)).toMatchObject({ ok: true, removedOriginal: true, dropped: 0 });
    expect(kv.getItem(second.key)).toBeNull();
    expect(reimport(kv, entry, '{oops', 'n3', t0)).toMatchObject({ ok: false, message: expect.stringContaining('无法导入') });
  });
});

describe('version 1 migrates', () => {
  const v1 = (cases: unknown[]) => JSON.stringify({ version: 1, cases });
  const v1Case = (id: string, ticked: string[] = []) => ({ id, label: `旧 ${id}`, source: { kind: 'scenario', id: 'quality' }, ticked, updatedAt: t0.toISOString() });
  it('every good case gets its own record, a broken one is set aside alone, the old record goes', () => {
    const kv = memoryStorage();
    kv.setItem(LEGACY_KEY, v1([v1Case('a', ['test-report']), { id: 'x' }, v1Case('b')]));
    // Before migration the cases are already readable (for the tools too).
    expect(readSavedCase(kv, 'a')?.ticked).toEqual(['test-report']);
    expect(migrateLegacy(kv, 7)).toEqual({ migrated: 2, setAside: 1, done: true });
    expect(kv.getItem(LEGACY_KEY)).toBeNull();
    const all = readAllWithLegacy(kv);
    expect(all.cases.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(all.cases.find((c) => c.id === 'a')).toMatchObject({ type: { kind: 'scenario', id: 'quality' }, ticked: ['test-report'], lacking: [] });
    expect(all.setAside).toEqual([{ key: 'shouhou-jieru:set-aside:7-0', raw: '{"id":"x"}', reason: 'kept-apart' }]);
  });
  it('when storage is full the old record stays and its cases are still shown', () => {
    const raw = v1([v1Case('a'), v1Case('b')]);
    const kv = memoryStorage(raw.length + LEGACY_KEY.length + 50);
    kv.setItem(LEGACY_KEY, raw);
    expect(migrateLegacy(kv, 1).done).toBe(false);
    expect(kv.getItem(LEGACY_KEY)).toBe(raw);
    expect(readAllWithLegacy(kv).cases.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });
  it('an unreadable version-1 record is left in place and listed as set aside', () => {
    const kv = memoryStorage();
    kv.setItem(LEGACY_KEY, '{"version":1,"cases":[{"broken');
    expect(migrateLegacy(kv, 1).done).toBe(false);
    expect(readAllWithLegacy(kv)).toEqual({ cases: [], setAside: [{ key: LEGACY_KEY, raw: '{"version":1,"cases":[{"broken', reason: 'old-corrupt' }] });
  });
});

describe('readSavedCase (for other tools)', () => {
  it('reads one case by id, never writes, and is undefined for unknown, forged or unreadable ids', () => {
    const kv = store(aCase());
    kv.setItem(caseKey('bad'), 'x');
    const before = new Map(kv.map);
    expect(readSavedCase(kv, 'c1')).toEqual(aCase());
    expect(readSavedCase(kv, 'nope')).toBeUndefined();
    expect(readSavedCase(kv, '../c1')).toBeUndefined();
    expect(readSavedCase(kv, 'bad')).toBeUndefined();
    expect(kv.map).toEqual(before);
  });
});

/*
 * Property: two tabs on one storage, each with its own (possibly stale) view, doing random create /
 * tick / rename / delete / reload. After every step, storage holds exactly what a simple model says:
 * every created case that was not deleted, with every tick and name given to it by either tab.
 */
describe('two tabs against a model', () => {
  const SEED = Number(process.env.CASE_STORE_SEED ?? 20261126);
  const RUNS = 300;
  const items = ['a', 'b', 'c', 'd'];
  type Action =
    | { op: 'create'; tab: number }
    | { op: 'tick'; tab: number; pick: number; item: string; on: boolean }
    | { op: 'rename'; tab: number; pick: number; label: string }
    | { op: 'delete'; tab: number; pick: number }
    | { op: 'reload'; tab: number };
  const tab = fc.integer({ min: 0, max: 1 });
  const pick = fc.nat(5);
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ op: fc.constant('create' as const), tab }),
    { arbitrary: fc.record({ op: fc.constant('tick' as const), tab, pick, item: fc.constantFrom(...items), on: fc.boolean() }), weight: 4 },
    fc.record({ op: fc.constant('rename' as const), tab, pick, label: fc.string({ maxLength: 70 }) }),
    fc.record({ op: fc.constant('delete' as const), tab, pick }),
    fc.record({ op: fc.constant('reload' as const), tab }),
  );

  it(`${RUNS} random sequences of create / tick / rename / delete / reload across two tabs lose nothing (seed ${SEED})`, () => {
    console.log(`case-store property test seed: ${SEED}`);
    let runs = 0;
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 40 }), fc.boolean(), (actions, withBad) => {
        runs++;
        const kv = memoryStorage();
        const badRaw = '{"v":2,"id":"bad","ticked":[1]}';
        if (withBad) kv.setItem(caseKey('bad'), badRaw);
        const model = new Map<string, { label: string; ticked: Set<string> }>();
        const deleted = new Set<string>();
        const views: SavedCase[][] = [[], []];
        let clock = 0;
        let n = 0;
        for (const a of actions) {
          const now = at(++clock);
          const view = views[a.tab]!;
          if (a.op === 'reload') views[a.tab] = readAll(kv).cases;
          else if (a.op === 'create') {
            const draft = initialCase({ kind: 'scenario', id: 'quality' }, view, `c${n++}`);
            const result = writeChanges(kv, draft, [{ type: 'rename', label: draft.label }], now);
            expect(result.ok).toBe(true);
            if (result.ok) view.push(result.saved);
            model.set(draft.id, { label: draft.label, ticked: new Set() });
          } else {
            const c = view[a.pick % Math.max(view.length, 1)];
            if (!c) continue;
            if (a.op === 'delete') {
              expect(deleteCase(kv, c.id)).toBe(model.has(c.id));
              model.delete(c.id);
              deleted.add(c.id);
              continue;
            }
            const change = a.op === 'tick' ? ({ type: 'tick', item: a.item, on: a.on } as const) : ({ type: 'rename', label: a.label } as const);
            const result = writeChanges(kv, c, [change], now);
            const m = model.get(c.id);
            if (!m) {
              expect(result).toEqual({ ok: false, reason: 'deleted' });
              continue;
            }
            expect(result.ok).toBe(true);
            if (a.op === 'tick') a.on ? m.ticked.add(a.item) : m.ticked.delete(a.item);
            // M2: a blank name is never stored; the case keeps the name it had (the page offers 案件 N first).
            else if (a.label.trim() !== '') m.label = a.label.slice(0, LABEL_MAX);
          }
          const stored = readAll(kv);
          const got = Object.fromEntries(stored.cases.map((c) => [c.id, { label: c.label, ticked: [...c.ticked].sort() }]));
          const want = Object.fromEntries([...model].map(([id, m]) => [id, { label: m.label, ticked: [...m.ticked].sort() }]));
          expect(got).toEqual(want);
          for (const id of deleted) expect(kv.getItem(caseKey(id))).toBeNull();
          if (withBad) expect(stored.setAside).toEqual([{ key: caseKey("bad"), raw: badRaw, reason: 'bad-label' }]);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });
});
