/**
 * The saved 举证说明 draft (H1): writes merged field by field with what is stored, a hand-edited text
 * changed in another tab never overwritten without asking, old `pdd-guide:statement:*` drafts still
 * open and move into the one namespace, unreadable data kept aside. Against a Map, and a fast-check
 * model of two tabs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addressChanges,
  applyDraftChange,
  draftKey,
  emptyDraft,
  keptAsideDrafts,
  migrateOldDrafts,
  oldDraftKey,
  overwritesOtherText,
  readDraft,
  usableDraft,
  withChanges,
  withoutTextChanges,
  writeDraft,
  type DraftChange,
  type SavedStatement,
} from '~/lib/tools/statement-draft';
import type { KeyValue } from '~/lib/shared/storage';

function memory(opts: { failSet?: 'quota' | 'security' } = {}): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    keys: () => [...map.keys()],
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      if (opts.failSet) throw Object.assign(new Error('refused'), { name: opts.failSet === 'quota' ? 'QuotaExceededError' : 'SecurityError' });
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

/** A stand-in composer: the text the fields give, in a fixed order. */
const compose = (d: SavedStatement) =>
  `${d.type}|${d.stage ?? '-'}|${Object.keys(d.fields).sort().map((k) => `${k}=${d.fields[k]}`).join(',')}|${[...d.have].sort().join(',')}`;
const t = (n: number) => new Date(Date.UTC(2026, 11, 1, 8, n));
const opts = (n: number, overwrite = false) => ({ compose, now: t(n), overwrite });
const start = emptyDraft('empty-parcel', 'intervention');
const stored = (kv: KeyValue, id = 'c1') => JSON.parse(kv.getItem(draftKey(id))!) as SavedStatement;

describe('changes', () => {
  it('a field change rewrites a generated text; a hand-edited one is left alone', () => {
    const d = applyDraftChange(start, { type: 'field', id: 'orderNo', value: '1' }, compose, t(1));
    expect(d).toMatchObject({ fields: { orderNo: '1' }, edited: false, text: compose(d), updatedAt: t(1).toISOString() });
    const hand = applyDraftChange(d, { type: 'text', text: '我写的', seen: d.text }, compose, t(2));
    expect(hand).toMatchObject({ text: '我写的', edited: true });
    expect(applyDraftChange(hand, { type: 'field', id: 'courier', value: '圆通' }, compose, t(3))).toMatchObject({ text: '我写的', edited: true, fields: { orderNo: '1', courier: '圆通' } });
    // Typing the generated text back is not an edit.
    expect(applyDraftChange(d, { type: 'text', text: compose(d), seen: d.text }, compose, t(2)).edited).toBe(false);
    expect(applyDraftChange(hand, { type: 'regenerate', seen: '我写的' }, compose, t(4))).toMatchObject({ edited: false, text: compose(hand) });
  });

  it('evidence on and off, template, stage', () => {
    const on = applyDraftChange(start, { type: 'have', id: 'a', on: true }, compose, t(1));
    expect(applyDraftChange(on, { type: 'have', id: 'a', on: true }, compose, t(1)).have).toEqual(['a']);
    expect(applyDraftChange(on, { type: 'have', id: 'a', on: false }, compose, t(1)).have).toEqual([]);
    expect(applyDraftChange(start, { type: 'template', id: 'quality' }, compose, t(1)).type).toBe('quality');
    expect(applyDraftChange(start, { type: 'stage', stage: undefined }, compose, t(1)).stage).toBeUndefined();
  });

  it('the address adds what the draft lacks, as changes', () => {
    const d = { ...start, have: ['a'] };
    expect(addressChanges(d, { type: 'empty-parcel', stage: 'intervention', have: ['a'] })).toEqual([]);
    expect(addressChanges(d, { type: 'quality', stage: 'applied', have: ['a', 'b'] })).toEqual([
      { type: 'template', id: 'quality' },
      { type: 'stage', stage: 'applied' },
      { type: 'have', id: 'b', on: true },
    ]);
  });

  it('L10c: evidence a draft names that is no evidence (constructor, __proto__) is not shown; unknown template and stage fall back', () => {
    const d = { ...start, type: 'gone', stage: 'later' as never, have: ['constructor', '__proto__', 'toString', 'ship-weight'] };
    const shown = usableDraft(d, { types: ['empty-parcel'], evidence: new Map([['ship-weight', '发货称重']]) }, 'generic');
    expect(shown).toMatchObject({ type: 'generic', stage: undefined, have: ['ship-weight'] });
  });
});

describe('two tabs (the report’s H1 steps)', () => {
  it('B typing a field after A hand-edited keeps A’s order number and A’s text', () => {
    const kv = memory();
    // Both tabs opened the empty draft. A types the order number, then rewrites the text by hand.
    const a1 = writeDraft(kv, 'c1', start, [{ type: 'field', id: 'orderNo', value: '250101-123456789' }], opts(1));
    expect(a1.ok).toBe(true);
    const seenByA = a1.ok ? a1.saved.text : '';
    expect(writeDraft(kv, 'c1', start, [{ type: 'text', text: 'A 手改的整段说明，写了很久。', seen: seenByA }], opts(2)).ok).toBe(true);
    // B still shows the empty draft it opened, and types a tracking number.
    const b = writeDraft(kv, 'c1', start, [{ type: 'field', id: 'trackingNo', value: 'YT1' }], opts(3));
    expect(b.ok && b.saved).toMatchObject({ fields: { orderNo: '250101-123456789', trackingNo: 'YT1' }, text: 'A 手改的整段说明，写了很久。', edited: true });
    expect(stored(kv)).toMatchObject({ fields: { orderNo: '250101-123456789', trackingNo: 'YT1' }, text: 'A 手改的整段说明，写了很久。', edited: true });
  });

  it('a hand edit over a text another tab hand-edited since is refused as a conflict, and written only when the seller says so', () => {
    const kv = memory();
    writeDraft(kv, 'c1', start, [{ type: 'text', text: 'A 的文字', seen: '' }], opts(1));
    const before = kv.getItem(draftKey('c1'));
    const b = writeDraft(kv, 'c1', start, [{ type: 'field', id: 'courier', value: '中通' }, { type: 'text', text: 'B 的文字', seen: compose(start) }], opts(2));
    expect(b).toMatchObject({ ok: false, reason: 'conflict', stored: { text: 'A 的文字' }, unsaved: { text: 'B 的文字', fields: { courier: '中通' } } });
    expect(kv.getItem(draftKey('c1'))).toBe(before);
    // Keep theirs: the other changes are still saved.
    const kept = writeDraft(kv, 'c1', start, withoutTextChanges([{ type: 'field', id: 'courier', value: '中通' }, { type: 'text', text: 'B', seen: '' }]), opts(3));
    expect(kept.ok && kept.saved).toMatchObject({ text: 'A 的文字', fields: { courier: '中通' } });
    // Overwrite: the seller chose it.
    const forced = writeDraft(kv, 'c1', start, [{ type: 'text', text: 'B 的文字', seen: compose(start) }], opts(4, true));
    expect(forced.ok && forced.saved.text).toBe('B 的文字');
    // Regenerating over a text changed elsewhere asks too.
    expect(writeDraft(kv, 'c1', start, [{ type: 'regenerate', seen: 'A 的文字' }], opts(5))).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('overwritesOtherText: only a hand-edited stored text that differs from what the page saw', () => {
    const edited = { ...start, text: 'X', edited: true };
    expect(overwritesOtherText(edited, [{ type: 'text', text: 'Y', seen: 'X' }])).toBe(false);
    expect(overwritesOtherText(edited, [{ type: 'text', text: 'Y', seen: 'W' }])).toBe(true);
    expect(overwritesOtherText(edited, [{ type: 'field', id: 'a', value: '1' }])).toBe(false);
    expect(overwritesOtherText({ ...edited, edited: false }, [{ type: 'text', text: 'Y', seen: 'W' }])).toBe(false);
  });
});

describe('old drafts and storage that refuses', () => {
  const old: SavedStatement = { v: 1, type: 'empty-parcel', fields: { orderNo: '9' }, have: ['ship-weight'], text: '旧代码写的', edited: true, updatedAt: 'x' };

  it('a draft the old code wrote still opens, and moves on the first write', () => {
    const kv = memory();
    kv.setItem(oldDraftKey('c1'), JSON.stringify(old));
    expect(readDraft(kv, 'c1')).toEqual({ kind: 'ok', draft: old, old: true });
    const w = writeDraft(kv, 'c1', start, [{ type: 'field', id: 'courier', value: '韵达' }], opts(1));
    expect(w.ok && w.saved).toMatchObject({ text: '旧代码写的', fields: { orderNo: '9', courier: '韵达' } });
    expect(kv.getItem(oldDraftKey('c1'))).toBeNull();
    expect(readDraft(kv, 'c1')).toMatchObject({ kind: 'ok', old: false });
  });

  it('migrateOldDrafts moves drafts and old backups; a draft a new record exists for is kept aside; nothing is lost', () => {
    const kv = memory();
    kv.setItem(oldDraftKey('c1'), JSON.stringify(old));
    kv.setItem(oldDraftKey(undefined), '{"v":1');
    kv.setItem(`${oldDraftKey('c2')}:unreadable:2026-11-26T05:00:00.000Z`, 'broken');
    kv.setItem(oldDraftKey('c3'), 'older c3');
    kv.setItem(draftKey('c3'), 'newer c3');
    kv.setItem(oldDraftKey('Bad_Id'), 'forged id');
    kv.setItem('theme', 'dark');
    expect(migrateOldDrafts(kv, 7)).toBe(0);
    expect(Object.fromEntries(kv.map)).toEqual({
      [draftKey('c1')]: JSON.stringify(old),
      [draftKey(undefined)]: '{"v":1',
      'shouhou-jieru:set-aside:statement:c2:2026-11-26T05:00:00.000Z': 'broken',
      [draftKey('c3')]: 'newer c3',
      'shouhou-jieru:set-aside:statement:c3:7': 'older c3',
      'shouhou-jieru:set-aside:statement:Bad_Id:7': 'forged id',
      theme: 'dark',
    });
    expect(keptAsideDrafts(kv, 'c3')).toEqual([{ key: 'shouhou-jieru:set-aside:statement:c3:7', raw: 'older c3' }]);
  });

  it('when storage is full, old drafts stay where they are and still open', () => {
    const kv = memory();
    kv.map.set(oldDraftKey('c1'), JSON.stringify(old));
    const full = { ...kv, setItem: () => { throw Object.assign(new Error('q'), { name: 'QuotaExceededError' }); } };
    expect(migrateOldDrafts(full, 1)).toBe(1);
    expect(readDraft(kv, 'c1')).toMatchObject({ kind: 'ok', old: true });
    const w = writeDraft(full, 'c1', start, [{ type: 'field', id: 'a', value: '1' }], opts(1));
    expect(w).toMatchObject({ ok: false, reason: 'full', unsaved: { fields: { orderNo: '9', a: '1' } } });
    expect(kv.map.get(oldDraftKey('c1'))).toBe(JSON.stringify(old));
  });

  it('blocked storage is reported as blocked, not as full (L2)', () => {
    const w = writeDraft(memory({ failSet: 'security' }), 'c1', start, [{ type: 'field', id: 'a', value: '1' }], opts(1));
    expect(w).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('an unreadable draft is kept aside before the first write; if that fails, nothing is overwritten', () => {
    const kv = memory();
    kv.setItem(draftKey('c7'), '{"v":1,"text":"我写了半天的说明');
    const w = writeDraft(kv, 'c7', start, [{ type: 'field', id: 'a', value: '1' }], opts(1));
    expect(w.ok && w.keptAside).toBe(`shouhou-jieru:set-aside:statement:c7:${t(1).getTime()}`);
    expect(kv.getItem(`shouhou-jieru:set-aside:statement:c7:${t(1).getTime()}`)).toBe('{"v":1,"text":"我写了半天的说明');
    expect(stored(kv, 'c7').fields).toEqual({ a: '1' });
    const full = memory({ failSet: 'quota' });
    full.map.set(draftKey('c7'), 'broken');
    expect(writeDraft(full, 'c7', start, [{ type: 'field', id: 'a', value: '1' }], opts(1))).toMatchObject({ ok: false, reason: 'full' });
    expect([...full.map]).toEqual([[draftKey('c7'), 'broken']]);
  });
});

/*
 * Two tabs against a model: each tab knows the draft as it last read it and sends its own changes;
 * storage must always hold every field any tab set last, and a hand-edited text is only ever replaced
 * by a tab that saw it (or was told and chose to).
 */
describe('two tabs against a model', () => {
  const SEED = Number(process.env.STATEMENT_DRAFT_SEED ?? 20261201);
  type Action =
    | { op: 'field'; tab: number; id: string; value: string }
    | { op: 'text'; tab: number; text: string }
    | { op: 'refresh'; tab: number };
  const tab = fc.integer({ min: 0, max: 1 });
  const action: fc.Arbitrary<Action> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('field' as const), tab, id: fc.constantFrom('orderNo', 'courier', 'trackingNo'), value: fc.string({ maxLength: 4 }) }), weight: 3 },
    fc.record({ op: fc.constant('text' as const), tab, text: fc.string({ minLength: 1, maxLength: 6 }) }),
    fc.record({ op: fc.constant('refresh' as const), tab }),
  );

  it(`300 sequences (seed ${SEED}): no field lost, no hand-edited text overwritten unseen`, () => {
    console.log(`statement-draft property test seed: ${SEED}`);
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => {
        const kv = memory();
        const views: SavedStatement[] = [start, start];
        const fields: Record<string, string> = {};
        let text: string | undefined; // the hand-edited text storage must hold
        let n = 0;
        for (const a of actions) {
          const now = t(++n);
          const view = views[a.tab]!;
          if (a.op === 'refresh') {
            const read = readDraft(kv, 'c1');
            if (read.kind === 'ok') views[a.tab] = read.draft;
            continue;
          }
          const change: DraftChange = a.op === 'field' ? { type: 'field', id: a.id, value: a.value } : { type: 'text', text: a.text, seen: view.text };
          const before = readDraft(kv, 'c1');
          const result = writeDraft(kv, 'c1', start, [change], { compose, now });
          // A hand-edited text is replaced only by a tab that saw it.
          if (result.ok && a.op === 'text' && before.kind === 'ok' && before.draft.edited) expect(before.draft.text).toBe(view.text);
          if (result.ok) {
            views[a.tab] = result.saved;
            if (a.op === 'field') fields[a.id] = a.value;
            else text = result.saved.edited ? a.text : undefined;
          } else {
            // Only a hand edit over another tab's unseen hand edit is refused, and then nothing changed.
            expect(result.reason).toBe('conflict');
            expect(a.op).toBe('text');
            expect(before.kind === 'ok' && before.draft.text).toBe(text);
          }
          const now_ = readDraft(kv, 'c1');
          expect(now_.kind).toBe('ok');
          if (now_.kind !== 'ok') return;
          expect(now_.draft.fields).toEqual(fields);
          if (text !== undefined) expect(now_.draft).toMatchObject({ text, edited: true });
          else expect(now_.draft.text).toBe(compose(now_.draft));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('withChanges applies in order', () => {
    const d = withChanges(start, [{ type: 'field', id: 'a', value: '1' }, { type: 'field', id: 'a', value: '2' }], compose, t(1));
    expect(d.fields).toEqual({ a: '2' });
  });
});

describe('L10c on write', () => {
  it('evidence ids a stored draft names that are no evidence are not written back', () => {
    const kv = memory();
    kv.setItem(draftKey('c1'), JSON.stringify({ ...start, have: ['constructor', '__proto__', 'ship-weight'] }));
    const w = writeDraft(kv, 'c1', start, [{ type: 'field', id: 'a', value: '1' }], { compose, now: t(1), evidence: new Map([['ship-weight', 'x']]) });
    expect(w.ok && w.saved.have).toEqual(['ship-weight']);
    expect(stored(kv).have).toEqual(['ship-weight']);
  });
});

describe('edges the mutation run found', () => {
  it('evidence off removes only that id', () => {
    const d = { ...start, have: ['a', 'b'] };
    expect(applyDraftChange(d, { type: 'have', id: 'a', on: false }, compose, t(1)).have).toEqual(['b']);
  });

  it('keeping the other text drops hand edits and regenerations, nothing else', () => {
    const field: DraftChange = { type: 'field', id: 'a', value: '1' };
    expect(withoutTextChanges([field, { type: 'regenerate', seen: 'x' }, { type: 'text', text: 'y', seen: 'x' }, { type: 'stage', stage: undefined }])).toEqual([field, { type: 'stage', stage: undefined }]);
  });

  it('an ordinary write keeps nothing aside and leaves an old key of a draft that lives in the new one', () => {
    const kv = memory();
    kv.setItem(draftKey('c1'), JSON.stringify({ ...start, text: compose(start) }));
    kv.setItem(oldDraftKey('c1'), 'an old tab wrote this after the move');
    const w = writeDraft(kv, 'c1', start, [{ type: 'field', id: 'a', value: '1' }], opts(1));
    expect(w.ok && 'keptAside' in w).toBe(false);
    expect([...kv.map.keys()].sort()).toEqual([oldDraftKey('c1'), draftKey('c1')].sort());
  });

  it('an unreadable draft is not overwritten when only its copy cannot be written', () => {
    const kv = memory();
    kv.setItem(draftKey('c7'), 'broken');
    const picky = { ...kv, setItem: (k: string, v: string) => { if (k.includes('set-aside')) throw Object.assign(new Error('q'), { name: 'QuotaExceededError' }); kv.setItem(k, v); } };
    expect(writeDraft(picky, 'c7', start, [{ type: 'field', id: 'a', value: '1' }], opts(1))).toMatchObject({ ok: false, reason: 'full' });
    expect(kv.getItem(draftKey('c7'))).toBe('broken');
    // The same for old backups: one whose copy fails stays where it is.
    kv.setItem(`${oldDraftKey('c2')}:unreadable:2026`, 'old backup');
    expect(migrateOldDrafts(picky, 1)).toBe(1);
    expect(kv.getItem(`${oldDraftKey('c2')}:unreadable:2026`)).toBe('old backup');
  });

  it('copies kept aside are listed oldest first whatever order storage gives', () => {
    const kv = memory();
    kv.setItem('shouhou-jieru:set-aside:statement:c1:2', 'b');
    kv.setItem('shouhou-jieru:set-aside:statement:c1:1', 'a');
    kv.setItem('shouhou-jieru:set-aside:statement:c10:1', 'other case');
    expect(keptAsideDrafts(kv, 'c1').map((k) => k.raw)).toEqual(['a', 'b']);
  });
});
