/**
 * The ledger at its edges, as a seller meets them: a record a little too long or of the wrong shape is
 * refused (and kept), amounts at the limit, ties in the order of rows, the last minute before a deadline,
 * a file edited by hand, a storage that refuses half way, and the words each timeline event is said in.
 */
import { describe, expect, it } from 'vitest';
import { caseKey, readAll, serializeCase } from '~/lib/checklist/cases/store';
import { recordKey, SET_ASIDE_PREFIX, type KeyValue } from '~/lib/shared/storage';
import { AMOUNT_MAX, NOTE_MAX, parsePart, parseYuan, serializePart, unionEvents, type TimelineEvent } from '~/lib/ledger/records';
import { addNote, appendEvents, eventsForChanges, logChanges, mergePart, setDeadline, setOutcome, writePart } from '~/lib/ledger/write';
import { concernsLedger, readLedger } from '~/lib/ledger/read';
import { eventText, isLedgerData, ledgerRows, timeLeft, upcoming, type LedgerTypes, type Row } from '~/lib/ledger/rows';
import { allDeadlinesIcs, caseIcs } from '~/lib/ledger/ics';
import { estimateRate, interventionsIn30Days, ledgerStats } from '~/lib/ledger/stats';
import { applyAll, csvField, EXPORT_STAMP_KEY, exportAll, exportDue, exportFileName, importAll, lastExport, ledgerCsv, readExport } from '~/lib/ledger/transfer';
import type { LedgerCase } from '~/lib/ledger/read';
import { aCase, t0 } from '../support/case-fixtures';
import { memoryStorage } from '../support/memory-storage';

const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();
const types: LedgerTypes = {
  'outcome:apply-empty-parcel': { title: '空包裹', items: ['a', 'b', 'c', 'd'], required: 2, next: { '': '先要称重记录', intervention: '举证截止前提交' } },
  'scenario:quality': { title: '质量问题', items: ['a', 'x'], required: 1 },
};
const withCases = (...cases: Parameters<typeof aCase>[0][]) => {
  const kv = memoryStorage();
  for (const c of cases) kv.setItem(caseKey(c!.id!), serializeCase(aCase({ label: `案件 ${c!.id}`, ...c })));
  return kv;
};
const ledger = (kv: KeyValue) => readLedger(kv, readAll(kv).cases);
const rows = (kv: KeyValue, now = at(0)) => ledgerRows(ledger(kv).cases, types, now);
const record = (kind: 'deadline' | 'outcome' | 'timeline', value: object) => JSON.stringify({ v: 1, ...value });

describe('a part record of the wrong shape is unreadable (kept as it is, never shown as something else)', () => {
  const deadline = { at: iso(60), title: '举证截止', updatedAt: iso(0) };
  const outcome = { result: 'won', refunded: 0, recovered: 0, updatedAt: iso(0) };
  const event = { id: 'e1', at: iso(0), kind: 'note', detail: '买家同意' };
  it.for([
    ['deadline', 'null', false],
    ['deadline', '[]', false],
    ['deadline', '"x"', false],
    ['deadline', record('deadline', { ...deadline, updatedAt: 5 }), false],
    ['deadline', record('deadline', { ...deadline, updatedAt: `${iso(0)}${' '.repeat(17)}` }), false],
    ['deadline', record('deadline', { ...deadline, updatedAt: 'Thu Nov 26 2026 08:00:00 GMT+0000 (UTCC)' }), true],
    ['deadline', record('deadline', { ...deadline, updatedAt: 'Thu Nov 26 2026 08:00:00 GMT+0000 (UTCCC)' }), false],
    ['deadline', record('deadline', { ...deadline, title: 7 }), false],
    ['deadline', record('deadline', { ...deadline, title: '字'.repeat(61) }), false],
    ['deadline', record('deadline', { ...deadline, title: '字'.repeat(60) }), true],
    ['deadline', record('deadline', { ...deadline, at: null }), true],
    ['deadline', record('deadline', { ...deadline, stage: 'nowhere' }), false],
    ['deadline', record('deadline', { ...deadline, stage: 'intervention' }), true],
    ['deadline', JSON.stringify([1]), false],
    ['outcome', record('outcome', { ...outcome, updatedAt: 'later' }), false],
    ['outcome', record('outcome', { ...outcome, refunded: AMOUNT_MAX }), true],
    ['outcome', record('outcome', { ...outcome, refunded: AMOUNT_MAX + 1 }), false],
    ['outcome', record('outcome', { ...outcome, recovered: 1.5 }), false],
    ['outcome', record('outcome', { ...outcome, result: null }), true],
    ['outcome', 'null', false],
    ['timeline', record('timeline', { events: [event] }), true],
    ['timeline', record('timeline', { events: {} }), false],
    ['timeline', 'null', false],
    ['timeline', '[]', false],
    ['timeline', record('timeline', { events: [null] }), false],
    ['timeline', record('timeline', { events: [{ ...event, id: 'E 1' }] }), false],
    ['timeline', record('timeline', { events: [{ ...event, at: 'soon' }] }), false],
    ['timeline', record('timeline', { events: [{ ...event, detail: 3 }] }), false],
    ['timeline', record('timeline', { events: [{ ...event, detail: '字'.repeat(NOTE_MAX + 1) }] }), false],
    ['timeline', record('timeline', { events: [{ ...event, detail: '字'.repeat(NOTE_MAX) }] }), true],
  ] as const)('%s %s: readable %s', ([kind, raw, readable]) => {
    expect(parsePart(kind, raw).kind).toBe(readable ? 'ok' : 'unreadable');
  });

  it('nothing stored is "empty", not unreadable; an event without detail reads back without one', () => {
    expect(parsePart('deadline', null)).toEqual({ kind: 'empty' });
    const read = parsePart('timeline', record('timeline', { events: [{ id: 'e1', at: iso(0), kind: 'created' }] }));
    expect(read).toEqual({ kind: 'ok', value: [{ id: 'e1', at: iso(0), kind: 'created' }] });
    expect(Object.keys((read as { value: TimelineEvent[] }).value[0]!)).toEqual(['id', 'at', 'kind']);
  });
});

describe('amounts as the seller types them', () => {
  it.for([
    ['10元', 1000],
    ['10 元', 1000],
    ['￥ 3', 300],
    [' １２ ', 1200],
    ['10000000', AMOUNT_MAX],
    ['10000000.01', undefined],
    ['1元2', undefined],
    ['1¥', undefined],
    ['1 0', undefined],
    ['a元', undefined],
    ['.5', undefined],
  ] as const)('%s → %s fen', ([typed, fen]) => {
    expect(parseYuan(typed)).toBe(fen);
  });
});

describe('timelines: the stored version of an event stays, ties in a stable order', () => {
  it('an event with the same id from elsewhere does not replace the stored one; same-moment events by id', () => {
    const mine: TimelineEvent = { id: 'e2', at: iso(1), kind: 'note', detail: '我的' };
    const theirs: TimelineEvent = { ...mine, detail: '改过的' };
    expect(unionEvents([mine], [theirs])).toEqual([mine]);
    const a: TimelineEvent = { id: 'ea', at: iso(1), kind: 'created' };
    const b: TimelineEvent = { id: 'eb', at: iso(1), kind: 'created' };
    expect(unionEvents([b], [a]).map((e) => e.id)).toEqual(['ea', 'eb']);
    expect(unionEvents([a], [b]).map((e) => e.id)).toEqual(['ea', 'eb']);
  });

  it('an import with the same time as what is stored keeps what is stored; a later one wins', () => {
    const stored = { at: iso(60), title: '本地', updatedAt: iso(5) };
    expect(mergePart('deadline', stored, { ...stored, title: '文件' })).toBe(stored);
    expect(mergePart('deadline', stored, { ...stored, title: '文件', updatedAt: iso(6) }).title).toBe('文件');
    expect(mergePart('deadline', undefined, stored)).toBe(stored);
  });
});

describe('writes: what is kept of what the seller typed', () => {
  it('a deadline keeps its stage, cuts a long title to 60, and its event says the time (or that it was cleared)', () => {
    const kv = withCases({ id: 'c1' });
    const w = setDeadline(kv, 'c1', { at: at(60), title: '长'.repeat(70), stage: 'intervention' }, at(1));
    expect(w.ok && w.saved).toEqual({ at: iso(60), title: '长'.repeat(60), stage: 'intervention', updatedAt: iso(1) });
    setDeadline(kv, 'c1', { at: null, title: '' }, at(2));
    const events = ledger(kv).cases[0]!.parts.timeline;
    expect(events.map((e) => [e.kind, e.detail])).toEqual([['deadline', iso(60)], ['deadline', '']]);
    expect(eventText(events[1]!, {}, () => undefined, at(2))).toBe('清除了截止时间');
  });

  it('an outcome’s event carries its amounts; reopening says so, with no amounts', () => {
    const kv = withCases({ id: 'c1' });
    setOutcome(kv, 'c1', { result: 'settled', refunded: 1050, recovered: 200 }, at(1));
    setOutcome(kv, 'c1', { result: null, refunded: 0, recovered: 0 }, at(2));
    const events = ledger(kv).cases[0]!.parts.timeline;
    expect(events.map((e) => [e.kind, e.detail])).toEqual([['outcome', 'settled 1050 200'], ['reopened', undefined]]);
    expect(events.map((e) => eventText(e, {}, () => undefined, at(3)))).toEqual(['结案：和解，退给买家 10.50 元，追回 2.00 元', '重新打开了案件']);
  });

  it('a note longer than 500 characters keeps its first 500', () => {
    const kv = withCases({ id: 'c1' });
    addNote(kv, 'c1', '记'.repeat(NOTE_MAX + 20), at(1));
    expect(ledger(kv).cases[0]!.parts.timeline[0]!.detail).toBe('记'.repeat(NOTE_MAX));
  });

  it('checklist changes: ticks and unticks are events, a tick without an item and other changes are not', () => {
    const events = eventsForChanges([{ type: 'tick', item: 'a', on: false }, { type: 'tick', on: true }, { type: 'rename' }, { type: 'lacking', item: 'b', on: true }, { type: 'stage' }], false, at(1));
    expect(events.map((e) => [e.kind, e.detail])).toEqual([['untick', 'a'], ['stage', '']]);
  });

  it('a change with no event of its own writes no timeline', () => {
    const kv = withCases({ id: 'c1' });
    expect(logChanges(kv, 'c1', [{ type: 'rename' }], false, at(1))).toEqual({});
    expect(kv.getItem(recordKey('timeline', 'c1'))).toBeNull();
  });

  it('an unreadable part is replaced only after it is kept aside; when even that is refused, nothing is written', () => {
    const kv = withCases({ id: 'c1' });
    kv.setItem(recordKey('deadline', 'c1'), 'broken');
    const picky = { ...kv, setItem: (k: string, v: string) => { if (k.startsWith(SET_ASIDE_PREFIX)) throw Object.assign(new Error('q'), { name: 'QuotaExceededError' }); kv.setItem(k, v); } };
    expect(writePart(picky, 'deadline', 'c1', () => ({ at: null, title: '', updatedAt: iso(1) }), at(1))).toEqual({ ok: false, reason: 'full' });
    expect(kv.getItem(recordKey('deadline', 'c1'))).toBe('broken');
    // A readable record is handed to the merge; an unreadable one is not.
    const seen: unknown[] = [];
    writePart(kv, 'deadline', 'c1', (s) => (seen.push(s), { at: null, title: '', updatedAt: iso(2) }), at(2));
    writePart(kv, 'deadline', 'c1', (s) => (seen.push(s), { at: null, title: '', updatedAt: iso(3) }), at(3));
    expect(seen).toEqual([undefined, { at: null, title: '', updatedAt: iso(2) }]);
  });

  it('once refused events are written, they are not written again with the next event', () => {
    const kv = withCases({ id: 'c1' });
    let refuse = true;
    const store = { ...kv, setItem: (k: string, v: string) => { if (refuse && k.includes('timeline')) throw Object.assign(new Error('q'), { name: 'QuotaExceededError' }); kv.setItem(k, v); } };
    appendEvents(store, 'c1', [{ id: 'e1', at: iso(1), kind: 'created' }], at(1));
    refuse = false;
    appendEvents(store, 'c1', [{ id: 'e2', at: iso(2), kind: 'note', detail: '一' }], at(2));
    kv.setItem(recordKey('timeline', 'c1'), record('timeline', { events: [] }));
    appendEvents(store, 'c1', [{ id: 'e3', at: iso(3), kind: 'note', detail: '二' }], at(3));
    expect(ledger(kv).cases[0]!.parts.timeline.map((e) => e.id)).toEqual(['e3']);
  });
});

describe('rows: the order a seller scans', () => {
  it('same deadline: by id; no deadline: the latest change of any part first; closed: the latest change first', () => {
    const kv = withCases({ id: 'b' }, { id: 'a' }, { id: 'n1' }, { id: 'n2' }, { id: 'n3' }, { id: 'x1' }, { id: 'x2' });
    setDeadline(kv, 'b', { at: at(60), title: '' }, at(0));
    setDeadline(kv, 'a', { at: at(60), title: '' }, at(0));
    addNote(kv, 'n1', '最近的备注', at(30));
    kv.setItem(recordKey('deadline', 'n2'), serializePart('deadline', { at: null, title: '', updatedAt: iso(20) }));
    setOutcome(kv, 'x1', { result: 'won', refunded: 0, recovered: 0 }, at(5));
    setOutcome(kv, 'x2', { result: 'lost', refunded: 0, recovered: 0 }, at(9));
    kv.setItem(recordKey('outcome', 'x1'), serializePart('outcome', { result: 'won', refunded: 0, recovered: 0, updatedAt: iso(10) }));
    const { open, closed } = rows(kv);
    expect(open.map((r) => r.id)).toEqual(['a', 'b', 'n1', 'n2', 'n3']);
    expect(open.map((r) => r.changed)).toEqual([iso(0), iso(0), iso(30), iso(20), t0.toISOString()]);
    expect(closed.map((r) => r.id)).toEqual(['x1', 'x2']);
    // Ties of change time: by id.
    const tie = withCases({ id: 'q2' }, { id: 'q1' });
    expect(rows(tie).open.map((r) => r.id)).toEqual(['q1', 'q2']);
    setOutcome(tie, 'q2', { result: 'won', refunded: 0, recovered: 0 }, at(1));
    setOutcome(tie, 'q1', { result: 'won', refunded: 0, recovered: 0 }, at(1));
    expect(rows(tie).closed.map((r) => r.id)).toEqual(['q1', 'q2']);
  });

  it('a deadline this very minute is not overdue yet; a case of a type the lists no longer have still shows', () => {
    const kv = withCases({ id: 'now', stage: 'decided' }, { id: 'gone', type: { kind: 'scenario', id: 'retired' }, ticked: ['a'] });
    setDeadline(kv, 'now', { at: at(0), title: '' }, at(0));
    const { open } = rows(kv);
    expect(open[0]).toMatchObject({ id: 'now', overdue: false, left: 0, next: '先要称重记录' });
    expect(timeLeft(0)).toBe('剩不到 1 分');
    expect(timeLeft(59_999)).toBe('剩不到 1 分');
    expect(timeLeft(-59_999)).toBe('刚刚超时');
    expect(timeLeft(-60_000)).toBe('已超时 1 分');
    expect(open[1]).toMatchObject({ id: 'gone', type: '类型已不在清单里', done: 0, total: 0, next: undefined });
  });

  it('the calendar holds open deadlines still ahead, nearest first: not one due this minute, closed or unset', () => {
    const kv = withCases({ id: 'late' }, { id: 'soon' }, { id: 'due' }, { id: 'none' }, { id: 'closed' });
    setDeadline(kv, 'late', { at: at(300), title: '' }, at(0));
    setDeadline(kv, 'soon', { at: at(60), title: '' }, at(0));
    setDeadline(kv, 'due', { at: at(0), title: '' }, at(0));
    setDeadline(kv, 'closed', { at: at(30), title: '' }, at(0));
    setOutcome(kv, 'closed', { result: 'won', refunded: 0, recovered: 0 }, at(0));
    const { open, closed } = rows(kv);
    const all = [...closed, ...open].reverse();
    expect(upcoming(all, at(0)).map((r) => r.id)).toEqual(['soon', 'late']);
  });

  it('says each kind of event', () => {
    const say = (kind: TimelineEvent['kind'], detail?: string) => eventText({ id: 'e', at: iso(0), kind, ...(detail !== undefined ? { detail } : {}) }, { a: '称重记录' }, (id) => (id === 'intervention' ? '平台介入' : undefined), at(0));
    expect(say('created')).toBe('保存了案件');
    expect(say('stage', 'intervention')).toBe('阶段改为：平台介入');
    expect(say('stage')).toBe('阶段改为：没有说明');
    expect(say('tick', 'a')).toBe('备齐了：称重记录');
    expect(say('untick', 'zz')).toBe('取消勾选：zz');
    expect(say('statement-drafted')).toBe('写了举证说明草稿');
    expect(say('note', '买家同意')).toBe('买家同意');
    expect(say('note')).toBe('');
    expect(say('outcome')).toBe('结案：已结案，退给买家 0.00 元，追回 0.00 元');
    expect(say('outcome', 'toString x y')).toBe('结案：已结案，退给买家 0.00 元，追回 0.00 元');
    expect(say('deadline', iso(60))).toBe('截止时间设为 11月26日 17:00');
  });

  it('the ledger data file is checked before it is used', () => {
    expect(isLedgerData({ types, items: { a: '称重记录' } })).toBe(true);
    expect(isLedgerData({ types: {}, items: {} })).toBe(true);
    for (const bad of [null, [], 'x', { types }, { items: {} }, { types: [], items: {} }, { types, items: [] }, { types: { t: null }, items: {} }, { types: { t: { title: 1, items: [] } }, items: {} }, { types: { t: { title: 't' } }, items: {} }, { types: { ok: { title: 't', items: [] }, bad: { title: 't' } }, items: {} }]) {
      expect(isLedgerData(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('rows come out in the same order whatever order storage gave them', () => {
  const entry = (id: string, o: { deadline?: number; changed?: number; result?: 'won' } = {}): LedgerCase => ({
    c: aCase({ id, label: id, updatedAt: iso(o.changed ?? 0) }),
    parts: {
      timeline: [],
      drafted: false,
      ...(o.deadline !== undefined ? { deadline: { at: iso(o.deadline), title: '', updatedAt: iso(0) } } : {}),
      ...(o.result ? { outcome: { result: o.result, refunded: 0, recovered: 0, updatedAt: iso(o.changed ?? 0) } } : {}),
    },
  });
  const order = (cases: LedgerCase[]) => {
    const { open, closed } = ledgerRows(cases, types, at(0));
    return [open.map((r) => r.id), closed.map((r) => r.id)];
  };
  it.for([
    ['deadlines: nearest first', [entry('late', { deadline: 90 }), entry('soon', { deadline: 10 })], [['soon', 'late'], []]],
    ['same deadline: by id', [entry('b', { deadline: 10 }), entry('a', { deadline: 10 })], [['a', 'b'], []]],
    ['a deadline before none', [entry('none'), entry('dl', { deadline: 500 })], [['dl', 'none'], []]],
    ['no deadline: latest change first', [entry('old', { changed: -50 }), entry('new', { changed: -5 })], [['new', 'old'], []]],
    ['no deadline, same change: by id', [entry('y'), entry('x')], [['x', 'y'], []]],
    ['closed: latest change first', [entry('c-old', { result: 'won', changed: -50 }), entry('c-new', { result: 'won', changed: -5 })], [[], ['c-new', 'c-old']]],
    ['closed, same change: by id', [entry('k2', { result: 'won' }), entry('k1', { result: 'won' })], [[], ['k1', 'k2']]],
  ] as const)('%s', ([, cases, want]) => {
    expect(order([...cases])).toEqual(want);
    expect(order([...cases].reverse())).toEqual(want);
  });

  it('time left in whole days or hours says no zero part', () => {
    expect(timeLeft(2 * 86_400_000)).toBe('剩 2 天');
    expect(timeLeft(-3 * 3_600_000)).toBe('已超时 3 小时');
  });
});

describe('more of export and import', () => {
  it('names the file by the day; a draft with a time that is not text is refused; a BOM inside a name is kept', () => {
    expect(exportFileName(new Date('2026-11-26T20:00:00Z'))).toBe('售后台账-2026-11-26.json');
    const kv = withCases({ id: 'c1', label: '名\uFEFF字' });
    const file = JSON.parse(exportAll(kv, readAll(kv).cases, at(1))) as { cases: Record<string, unknown>[] };
    const read = readExport(JSON.stringify(file));
    expect(read.ok && read.entries[0]!.case.label).toBe('名\uFEFF字');
    const withDraft = { ...file, cases: [{ ...file.cases[0], statement: { v: 1, text: '说明', updatedAt: 5 } }] };
    expect(readExport(JSON.stringify(withDraft)).ok).toBe(false);
  });

  it('a stored draft that is JSON but not a draft is kept aside before the imported one is written', () => {
    const source = withCases({ id: 'c1' });
    source.setItem(recordKey('statement', 'c1'), JSON.stringify({ v: 1, text: '说明', updatedAt: iso(0) }));
    const kv = withCases({ id: 'c1' });
    kv.setItem(recordKey('statement', 'c1'), '{"v":9}');
    expect(importAll(kv, exportAll(source, readAll(source).cases, at(1)), at(2)).ok).toBe(true);
    expect(kv.getItem(`${SET_ASIDE_PREFIX}statement:c1:${at(2).getTime()}`)).toBe('{"v":9}');
  });

  it('CSV: an open case without a deadline has empty time cells; a written statement says so', () => {
    const kv = withCases({ id: 'c1' });
    kv.setItem(recordKey('statement', 'c1'), JSON.stringify({ v: 1, text: '说明', updatedAt: iso(0) }));
    expect(ledgerCsv(rows(kv).open).split('\r\n')[1]).toBe('案件 c1,空包裹,,,,先要称重记录,0/4,已写,进行中,,');
  });

  it('an old case at intervention with only notes on its timeline counts by its stage', () => {
    const c = { c: aCase({ id: 'n', stage: 'intervention', updatedAt: iso(-5) }), parts: { timeline: [{ id: 'e', at: iso(-5), kind: 'note' as const, detail: '买家同意' }], drafted: false } };
    expect(interventionsIn30Days([c], at(0))).toBe(1);
  });
});

describe('reading what is stored', () => {
  it('a statement counts as written only with text; a draft that is not JSON or has no text does not', () => {
    const kv = withCases({ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' });
    kv.setItem(recordKey('statement', 'a'), JSON.stringify({ text: ' 说明 ' }));
    kv.setItem(recordKey('statement', 'b'), JSON.stringify({ text: '   ' }));
    kv.setItem(recordKey('statement', 'c'), 'not json');
    kv.setItem(recordKey('statement', 'd'), 'null');
    kv.setItem(recordKey('statement', 'e'), JSON.stringify({ text: 5 }));
    expect(ledger(kv).cases.map((c) => [c.c.id, c.parts.drafted]).sort()).toEqual([['a', true], ['b', false], ['c', false], ['d', false], ['e', false]]);
  });

  it('unreadable parts and the copies kept aside are listed, in key order; other set-aside records are not', () => {
    const kv = withCases({ id: 'c1' });
    kv.setItem(recordKey('outcome', 'c1'), 'bad outcome');
    kv.setItem(`${SET_ASIDE_PREFIX}timeline:c1:2`, 'old 2');
    kv.setItem(`${SET_ASIDE_PREFIX}deadline:c1:1`, 'old 1');
    kv.setItem(`${SET_ASIDE_PREFIX}statement:c1:1`, 'a draft');
    kv.setItem(`${SET_ASIDE_PREFIX}case:c1:1`, 'a case');
    const { cases, unreadable } = ledger(kv);
    expect(cases[0]!.parts.outcome).toBeUndefined();
    expect(unreadable).toEqual([
      { key: recordKey('outcome', 'c1'), raw: 'bad outcome', kind: 'outcome', keptAside: false },
      { key: `${SET_ASIDE_PREFIX}deadline:c1:1`, raw: 'old 1', kind: 'deadline', keptAside: true },
      { key: `${SET_ASIDE_PREFIX}timeline:c1:2`, raw: 'old 2', kind: 'timeline', keptAside: true },
    ]);
    const gone = { ...kv, getItem: (k: string) => (k.startsWith(SET_ASIDE_PREFIX) ? null : kv.getItem(k)) };
    expect(readLedger(gone, readAll(kv).cases).unreadable).toHaveLength(1);
  });

  it('a storage event for any of the site’s records (or storage cleared) re-reads the ledger; others do not', () => {
    expect(concernsLedger(null)).toBe(true);
    expect(concernsLedger(recordKey('timeline', 'c1'))).toBe(true);
    expect(concernsLedger('other-site:shouhou-jieru:x')).toBe(false);
    expect(concernsLedger('filler:1')).toBe(false);
  });

  it('the last export: only a stamp the site wrote counts', () => {
    const kv = memoryStorage();
    expect(lastExport(kv)).toBeUndefined();
    for (const raw of ['null', '{"v":2,"at":"2026-11-26T08:00:00.000Z"}', '{"v":1,"at":5}', '{"v":1,"at":"never"}', 'x']) {
      kv.setItem(EXPORT_STAMP_KEY, raw);
      expect(lastExport(kv), raw).toBeUndefined();
    }
    kv.setItem(EXPORT_STAMP_KEY, JSON.stringify({ v: 1, at: iso(0) }));
    expect(lastExport(kv)).toEqual(at(0));
    expect(exportDue(1, at(0), new Date(at(0).getTime() + 7 * 86_400_000 - 1))).toBe(false);
    expect(exportDue(1, at(0), new Date(at(0).getTime() + 7 * 86_400_000))).toBe(true);
    expect(exportDue(0, undefined, at(0))).toBe(false);
  });
});

describe('what the seller learns', () => {
  it('types by count, then by name', () => {
    const row = (type: string) => ({ type, refunded: 0, recovered: 0 }) as Row;
    expect(ledgerStats([row('乙'), row('甲'), row('丙'), row('丙')]).byType).toEqual([['丙', 2], ['乙', 1], ['甲', 1]]);
    expect(ledgerStats([row('甲'), row('乙')]).byType).toEqual([['乙', 1], ['甲', 1]].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('interventions in the last 30 days: a stage change to intervention inside the window, or an old case at that stage', () => {
    const now = at(0);
    const day = 24 * 60;
    const withStage = (detail: string, minutes: number) => ({ c: aCase({ id: `s${minutes}${detail}` }), parts: { timeline: [{ id: 'e', at: iso(minutes), kind: 'stage' as const, detail }], drafted: false } });
    const old = (stage: 'intervention' | 'decided' | 'applied', minutes: number) => ({ c: aCase({ id: `o${stage}${minutes}`, stage, updatedAt: iso(minutes) }), parts: { timeline: [], drafted: false } });
    const count = (...cases: Parameters<typeof interventionsIn30Days>[0]) => interventionsIn30Days(cases, now);
    expect(count(withStage('intervention', -30 * day))).toBe(1);
    expect(count(withStage('intervention', -30 * day - 1))).toBe(0);
    expect(count(withStage('intervention', 0))).toBe(1);
    expect(count(withStage('intervention', 1))).toBe(0);
    expect(count(withStage('decided', -5))).toBe(0);
    // Only stage events count: a note does not make a case "old".
    const noted = { c: aCase({ id: 'n', stage: 'intervention', updatedAt: iso(-5) }), parts: { timeline: [{ id: 'e', at: iso(-5), kind: 'note' as const, detail: 'intervention' }], drafted: false } };
    expect(count(noted)).toBe(1);
    // Moved away from intervention later: the intervention still happened in the window.
    const moved = { c: aCase({ id: 'm' }), parts: { timeline: [{ id: 'e1', at: iso(-9), kind: 'stage' as const, detail: 'intervention' }, { id: 'e2', at: iso(-5), kind: 'stage' as const, detail: 'decided' }], drafted: false } };
    expect(count(moved)).toBe(1);
    expect(count(old('decided', -5), old('intervention', -30 * day), old('intervention', -30 * day - 1), old('applied', -5))).toBe(2);
  });

  it('the 成团订单数 as typed: full-width digits, commas, spaces; nothing else', () => {
    expect(estimateRate(' １,２00 ', 3)).toEqual({ ok: true, interventions: 3, orders: 1200, percent: '0.25%' });
    expect(estimateRate('3', 3)).toMatchObject({ ok: true, percent: '100.00%' });
    expect(estimateRate('2', 3)).toEqual({ ok: false, message: '记下的介入案件比填的成团订单数还多，请核对订单数。' });
    for (const bad of ['0', '000', 'a12', '12a', '', '1234567890']) expect(estimateRate(bad, 0), bad).toEqual({ ok: false, message: '请填一个大于 0 的整数：近 30 天的成团订单数。' });
  });
});

describe('export and import at the edges', () => {
  it('the file carries a statement only when it is a draft, and no part that cannot be read', () => {
    const kv = withCases({ id: 'c1' }, { id: 'c2' });
    kv.setItem(recordKey('statement', 'c1'), JSON.stringify({ v: 1, text: '说明', updatedAt: iso(0) }));
    kv.setItem(recordKey('statement', 'c2'), JSON.stringify({ v: 2, text: '说明', updatedAt: iso(0) }));
    kv.setItem(recordKey('deadline', 'c2'), 'broken');
    const file = JSON.parse(exportAll(kv, readAll(kv).cases, at(1))) as { cases: Record<string, unknown>[] };
    const byId = Object.fromEntries(file.cases.map((e) => [(e.case as { id: string }).id, e]));
    expect(Object.keys(byId.c1!).sort()).toEqual(['case', 'statement']);
    expect(Object.keys(byId.c2!)).toEqual(['case']);
  });

  it('a file edited by hand is refused whole, naming the case that cannot be read; a BOM in front is fine', () => {
    const kv = withCases({ id: 'c1' });
    const file = exportAll(kv, readAll(kv).cases, at(1));
    expect(readExport(`\uFEFF${file}`).ok).toBe(true);
    const data = JSON.parse(file) as { cases: Record<string, unknown>[] };
    const edit = (entry: unknown) => JSON.stringify({ ...data, cases: [data.cases[0], entry] });
    for (const entry of [null, [], { case: data.cases[0]!.case }, { case: { id: 'c9' } }, { case: { ...(data.cases[0]!.case as object), id: 'c9' }, statement: { v: 1, text: 1, updatedAt: '' } }, { case: { ...(data.cases[0]!.case as object), id: 'c9' }, outcome: { result: 'won' } }]) {
      expect(readExport(edit(entry))).toEqual({ ok: false, message: '文件里第 2 个案件读不出来，可能被改动过。整个文件都没有导入，浏览器里的数据没有改动。' });
    }
    expect(readExport(JSON.stringify({ ...data, cases: {} }))).toEqual({ ok: false, message: '这个文件里没有案件列表，可能被改动过。什么都没有导入，浏览器里的数据没有改动。' });
    expect(readExport(`x${file}`).ok).toBe(false);
  });

  it('importing what is already stored changes nothing and counts nothing as changed; a newer part counts its case once', () => {
    const kv = withCases({ id: 'c1' }, { id: 'c2' });
    setDeadline(kv, 'c1', { at: at(60), title: '' }, at(1));
    kv.setItem(recordKey('statement', 'c1'), JSON.stringify({ v: 1, text: '说明', updatedAt: iso(0) }));
    const file = exportAll(kv, readAll(kv).cases, at(2));
    const before = new Map(kv.map);
    expect(importAll(kv, file, at(3))).toEqual({ ok: true, cases: 2, added: 0, changed: 0 });
    expect(kv.map).toEqual(before);
    setDeadline(kv, 'c1', { at: at(90), title: '' }, at(4));
    setOutcome(kv, 'c1', { result: 'won', refunded: 0, recovered: 0 }, at(4));
    const newer = exportAll(kv, readAll(kv).cases, at(5));
    const other = withCases({ id: 'c1' }, { id: 'c2' });
    expect(importAll(other, newer, at(6))).toEqual({ ok: true, cases: 2, added: 0, changed: 1 });
    expect(importAll(memoryStorage(), newer, at(6))).toEqual({ ok: true, cases: 2, added: 2, changed: 0 });
  });

  it('an unreadable stored case or draft is kept aside before the imported one takes its place', () => {
    const source = withCases({ id: 'c1' });
    source.setItem(recordKey('statement', 'c1'), JSON.stringify({ v: 1, text: '说明', updatedAt: iso(0) }));
    const file = exportAll(source, readAll(source).cases, at(1));
    const kv = memoryStorage();
    kv.setItem(caseKey('c1'), '{"broken case');
    kv.setItem(recordKey('statement', 'c1'), '{"broken draft');
    expect(importAll(kv, file, at(2))).toMatchObject({ ok: true, added: 0, changed: 1 });
    expect(kv.getItem(`${SET_ASIDE_PREFIX}case:c1:${at(2).getTime()}`)).toBe('{"broken case');
    expect(kv.getItem(`${SET_ASIDE_PREFIX}statement:c1:${at(2).getTime()}`)).toBe('{"broken draft');
    expect(kv.getItem(caseKey('c1'))).toBe(source.getItem(caseKey('c1')));
  });

  it('all or nothing: a refused write puts back every key as it was, new ones removed, and says why', () => {
    const kv = memoryStorage();
    kv.setItem('k1', 'old');
    let n = 0;
    const refusing = (name: string) => ({ ...kv, setItem: (k: string, v: string) => { if (++n === 4) throw Object.assign(new Error('no'), { name }); kv.setItem(k, v); } });
    const full = applyAll(refusing('QuotaExceededError'), [{ key: 'k1', value: 'a' }, { key: 'k2', value: 'b' }, { key: 'k1', value: 'c' }, { key: 'k3', value: 'd' }]);
    expect(full).toBe('浏览器存储已满，导入没有完成：已写入的部分都已撤回，浏览器里的数据和导入前一样。可以先删掉不用的案件，再导入。');
    expect([...kv.map]).toEqual([['k1', 'old']]);
    n = 0;
    expect(applyAll(refusing('SecurityError'), [{ key: 'k2', value: 'b' }, { key: 'k3', value: 'b' }, { key: 'k4', value: 'b' }, { key: 'k5', value: 'b' }])).toBe('浏览器不允许本站保存数据（可能是无痕模式或设置），导入没有完成。浏览器里的数据没有改动。');
    expect([...kv.map]).toEqual([['k1', 'old']]);
    expect(applyAll(kv, [{ key: 'k2', value: 'b' }])).toBeUndefined();
    expect(kv.getItem('k2')).toBe('b');
  });

  it('CSV: a formula only at the start is defused; the row says the stage, time left of open cases, the next step', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('-5')).toBe("'-5");
    const kv = withCases({ id: 'c1', stage: 'intervention' }, { id: 'c2', type: { kind: 'scenario', id: 'quality' } });
    setDeadline(kv, 'c1', { at: at(90), title: '' }, at(0));
    setDeadline(kv, 'c2', { at: at(30), title: '' }, at(0));
    setOutcome(kv, 'c2', { result: 'lost', refunded: 500, recovered: 0 }, at(0));
    const { open, closed } = rows(kv);
    const lines = ledgerCsv([...open, ...closed]).split('\r\n');
    expect(lines[1]).toBe('案件 c1,空包裹,平台已介入，让我举证,2026年11月26日 17:30,剩 1 小时 30 分,举证截止前提交,0/4,未写,进行中,,');
    expect(lines[2]).toBe('案件 c2,质量问题,,2026年11月26日 16:30,,,0/2,未写,输了,5.00,0.00');
  });

  it('calendar: a case’s event names its next step when it has one, and its id keeps the event the same on re-import', () => {
    const kv = withCases({ id: 'c1', stage: 'intervention' }, { id: 'c2', type: { kind: 'scenario', id: 'quality' } });
    setDeadline(kv, 'c1', { at: at(600), title: '举证截止' }, at(0));
    setDeadline(kv, 'c2', { at: at(600), title: '' }, at(0));
    const [r1, r2] = rows(kv).open as (Row & { deadline: Date })[];
    expect(caseIcs(r1!, at(0)).replace(/\r\n /g, '')).toContain('空包裹。下一步：举证截止前提交');
    expect(caseIcs(r2!, at(0)).replace(/\r\n /g, '')).toMatch(/DESCRIPTION:.*质量问题\\n时间按北京时间/);
    const uid = (ics: string) => /^UID:(.+)\r$/m.exec(ics)?.[1];
    expect(uid(allDeadlinesIcs([r1!], at(0)))).toBe(uid(caseIcs(r1!, at(5))));
    expect(uid(caseIcs(r1!, at(0)))).toContain('ledger');
  });
});
