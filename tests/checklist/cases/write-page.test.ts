/** The checklist page's side of a write (M1, M2): pending changes per case, kept across opening another case. */
import { describe, expect, it } from 'vitest';
import { afterLogged, afterOpen, afterWrite, toWrite, type CaseChange, type Editing, type WriteResult } from '~/lib/checklist/cases/write';
import { aCase } from '../../support/case-fixtures';

const a = aCase({ id: 'ca', label: '甲' });
const b = aCase({ id: 'cb', label: '乙' });
const tick = (item: string): CaseChange => ({ type: 'tick', item, on: true });
const start: Editing = { current: a, pending: {}, problem: undefined, notes: [] };

describe('pending changes per case (M1)', () => {
  it('storage full: the changes stay pending for that case, and the problem counts them', () => {
    const full: WriteResult = { ok: false, reason: 'full', unsaved: a };
    const one = afterWrite(start, a, full, [tick('x')], true);
    expect(one).toMatchObject({ pending: { ca: [tick('x')] }, problem: { reason: 'full', label: '甲', count: 1 } });
    const two = afterWrite(one, a, full, toWrite(one.pending, a, true, tick('y'), [a, b]), true);
    expect(two.pending).toEqual({ ca: [tick('x'), tick('y')] });
    expect(two.problem).toEqual({ reason: 'full', label: '甲', count: 2 });
  });

  it('opening another case keeps them and says so; opening it again and saving clears them', () => {
    const held: Editing = { current: a, pending: { ca: [tick('x'), tick('y')] }, problem: { reason: 'full', label: '甲', count: 2 }, notes: [] };
    const onB = afterOpen(held, a, b);
    expect(onB).toEqual({ current: b, pending: held.pending, problem: undefined, notes: [{ kind: 'left', label: '甲', count: 2 }] });
    const back = afterOpen(onB, b, a);
    expect(back.notes).toEqual([]);
    const saved = afterWrite(back, a, { ok: true, saved: { ...a, ticked: ['x', 'y'] } }, held.pending.ca!, true);
    expect(saved).toEqual({ current: { ...a, ticked: ['x', 'y'] }, pending: {}, problem: undefined, notes: [] });
    // Re-opening the same case says nothing about "left" changes.
    expect(afterOpen(held, a, a).notes).toEqual([]);
  });

  it('a new case (not saved yet) keeps its unsaved state as the current case, with nothing pending', () => {
    const fresh = { ...a, updatedAt: '' };
    const r = afterWrite({ ...start, current: fresh }, fresh, { ok: false, reason: 'blocked', unsaved: { ...fresh, ticked: ['x'], updatedAt: 'now' } }, [tick('x')], false);
    expect(r).toMatchObject({ current: { ticked: ['x'], updatedAt: '' }, pending: {}, problem: { reason: 'blocked', count: 0 } });
  });

  it('deleted or unreadable: the problem names the case, the rest stays', () => {
    expect(afterWrite(start, a, { ok: false, reason: 'deleted' }, [tick('x')], true)).toEqual({ ...start, problem: { reason: 'deleted', label: '甲' } });
  });

  it('a write that kept the record aside leaves a note (L3)', () => {
    const r = afterWrite(start, a, { ok: true, saved: a, keptAside: { key: 'k', labelCut: true, unknown: ['p', 'q'] } }, [tick('x')], true);
    expect(r.notes).toEqual([{ kind: 'kept', label: '甲', labelCut: true, unknown: 2 }]);
  });
});

describe('toWrite (M2)', () => {
  it('a blank name becomes the automatic one, among the other cases', () => {
    expect(toWrite({}, a, true, { type: 'rename', label: '  ' }, [a, aCase({ id: 'c2', label: '案件 2' })])).toEqual([{ type: 'rename', label: '案件 3' }]);
    expect(toWrite({ ca: [tick('x')] }, a, true, { type: 'rename', label: '乙' }, [])).toEqual([tick('x'), { type: 'rename', label: '乙' }]);
    expect(toWrite({ ca: [tick('x')] }, a, false, tick('y'), [])).toEqual([tick('y')]);
  });
});

describe('edges the mutation run found', () => {
  it('the case being renamed does not count its own automatic name as taken', () => {
    const self = aCase({ id: 'ca', label: '案件 1' });
    expect(toWrite({}, self, true, { type: 'rename', label: '' }, [self])).toEqual([{ type: 'rename', label: '案件 1' }]);
  });
  it('closing a case (opening none) with changes pending says so', () => {
    const held: Editing = { ...start, pending: { ca: [tick('x')] } };
    expect(afterOpen(held, a, undefined).notes).toEqual([{ kind: 'left', label: '甲', count: 1 }]);
  });
});

describe('timeline entries storage refused, after a saved change', () => {
  it('one note per case says how many wait; it follows the count and goes once they are written', () => {
    const one = afterLogged(start, a, { ca: 2 });
    expect(one.notes).toEqual([{ kind: 'history', id: 'ca', label: '甲', count: 2 }]);
    const more = afterLogged(afterLogged(one, b, { ca: 2, cb: 1 }), a, { ca: 3, cb: 1 });
    expect(more.notes).toEqual([
      { kind: 'history', id: 'ca', label: '甲', count: 3 },
      { kind: 'history', id: 'cb', label: '乙', count: 1 },
    ]);
    expect(afterLogged(more, b, {}).notes).toEqual([]);
  });

  it('the note stays when another case is opened or a write keeps a record aside', () => {
    const waiting = afterLogged(start, a, { ca: 1 });
    expect(afterOpen(waiting, a, b).notes).toEqual([{ kind: 'history', id: 'ca', label: '甲', count: 1 }]);
    const kept = afterWrite(waiting, a, { ok: true, saved: a, keptAside: { key: 'k', labelCut: true, unknown: [] } } as WriteResult, [tick('x')], true);
    expect(kept.notes.map((n) => n.kind)).toEqual(['kept', 'history']);
  });
});
