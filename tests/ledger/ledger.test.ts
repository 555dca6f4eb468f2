/** The case ledger's logic: its records, writes merged with storage, rows, stats, export / import and the CSV. */
import { describe, expect, it } from 'vitest';
import { caseKey, readAll, serializeCase } from '~/lib/checklist/cases/store';
import { draftKey } from '~/lib/tools/statement-draft';
import { recordKey, SET_ASIDE_PREFIX } from '~/lib/shared/storage';
import { parsePart, parseYuan, formatYuan, serializePart, unionEvents, type TimelineEvent } from '~/lib/ledger/records';
import { addNote, appendEvents, eventsForChanges, logChanges, retryWaiting, setDeadline, setOutcome, waitingEvents } from '~/lib/ledger/write';
import { unsavedHistoryText } from '~/lib/ledger/unsaved';
import { readLedger } from '~/lib/ledger/read';
import { eventText, ledgerRows, shortTime, timeLeft, type LedgerTypes } from '~/lib/ledger/rows';
import { allDeadlinesIcs } from '~/lib/ledger/ics';
import { estimateRate, interventionsIn30Days, ledgerStats } from '~/lib/ledger/stats';
import { csvField, EXPORT_STAMP_KEY, exportAll, exportDue, exportStamp, importAll, lastExport, ledgerCsv, readExport } from '~/lib/ledger/transfer';
import { aCase, t0 } from '../support/case-fixtures';
import { memoryStorage } from '../support/memory-storage';

const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const types: LedgerTypes = {
  'outcome:apply-empty-parcel': { title: '空包裹', items: ['a', 'b', 'c', 'd'], required: 2, next: { '': '先要称重记录', intervention: '举证截止前提交' } },
  'scenario:quality': { title: '质量问题', items: ['a', 'x'], required: 1 },
};
const withCases = (...ids: string[]) => {
  const kv = memoryStorage();
  for (const id of ids) kv.setItem(caseKey(id), serializeCase(aCase({ id, label: `案件 ${id}` })));
  return kv;
};
const ledger = (kv: ReturnType<typeof memoryStorage>) => readLedger(kv, readAll(kv).cases);

describe('ledger records', () => {
  it('reads back what it writes and refuses anything else as unreadable, keeping its text', () => {
    const d = { at: at(60).toISOString(), title: '举证截止', stage: 'intervention' as const, updatedAt: t0.toISOString() };
    expect(parsePart('deadline', serializePart('deadline', d))).toEqual({ kind: 'ok', value: d });
    for (const raw of ['x', '{"v":2,"at":null,"title":"","updatedAt":"2026-01-01"}', '{"v":1,"at":"soon","title":"","updatedAt":"2026-01-01"}', '{"v":1,"result":"maybe","refunded":0,"recovered":0,"updatedAt":"2026-01-01"}']) {
      expect(parsePart(raw.includes('result') ? 'outcome' : 'deadline', raw)).toEqual({ kind: 'unreadable', raw });
    }
    expect(parsePart('timeline', '{"v":1,"events":[{"id":"e1","at":"2026-01-01T00:00:00Z","kind":"rewrite"}]}').kind).toBe('unreadable');
    expect(parsePart('outcome', '{"v":1,"result":"won","refunded":-1,"recovered":0,"updatedAt":"2026-01-01"}').kind).toBe('unreadable');
  });

  it('reads yuan as typed, to fen, and refuses what is not an amount', () => {
    expect(parseYuan('12')).toBe(1200);
    expect(parseYuan('１２.５')).toBe(1250);
    expect(parseYuan('¥0.05')).toBe(5);
    expect(parseYuan('10 元')).toBe(1000);
    expect(parseYuan('')).toBe(0);
    for (const bad of ['-1', '1.234', 'abc', '1e5', '123456789']) expect(parseYuan(bad)).toBeUndefined();
    expect(formatYuan(1250)).toBe('12.50 元');
  });

  it('a timeline union keeps every event of both, once, oldest first', () => {
    const e = (id: string, m: number): TimelineEvent => ({ id, at: at(m).toISOString(), kind: 'note', detail: id });
    expect(unionEvents([e('e2', 2), e('e1', 1)], [e('e3', 0), e('e1', 1)]).map((x) => x.id)).toEqual(['e3', 'e1', 'e2']);
  });
});

describe('ledger writes', () => {
  it('a deadline, a note and an outcome each land in their own record and on the timeline', () => {
    const kv = withCases('c1');
    expect(setDeadline(kv, 'c1', { at: at(120), title: '举证截止', stage: 'intervention' }, at(1)).ok).toBe(true);
    expect(addNote(kv, 'c1', '买家同意部分退款 10 元', at(2))?.ok).toBe(true);
    expect(addNote(kv, 'c1', '   ', at(3))).toBeUndefined();
    expect(setOutcome(kv, 'c1', { result: 'settled', refunded: 1000, recovered: 0 }, at(4)).ok).toBe(true);
    const [entry] = ledger(kv).cases;
    expect(entry!.parts.deadline?.at).toBe(at(120).toISOString());
    expect(entry!.parts.outcome?.result).toBe('settled');
    expect(entry!.parts.timeline.map((e) => e.kind)).toEqual(['deadline', 'note', 'outcome']);
    expect(entry!.parts.timeline[1]!.detail).toBe('买家同意部分退款 10 元');
  });

  it('another tab’s events stay: appending reads the stored timeline first', () => {
    const kv = withCases('c1');
    appendEvents(kv, 'c1', eventsForChanges([{ type: 'tick', item: 'a', on: true }], true, at(1)), at(1));
    appendEvents(kv, 'c1', eventsForChanges([{ type: 'stage', stage: 'intervention' }], false, at(2)), at(2));
    expect(ledger(kv).cases[0]!.parts.timeline.map((e) => `${e.kind}:${e.detail ?? ''}`)).toEqual(['created:', 'tick:a', 'stage:intervention']);
  });

  it('an unreadable part is kept aside, as it was, before it is written over; the others are untouched', () => {
    const kv = withCases('c1', 'c2');
    kv.setItem(recordKey('deadline', 'c1'), '{"broken');
    kv.setItem(recordKey('outcome', 'c2'), '{"v":1,"result":"won","refunded":0,"recovered":0,"updatedAt":"2026-01-01T00:00:00.000Z"}');
    const before = ledger(kv);
    expect(before.unreadable).toEqual([{ key: recordKey('deadline', 'c1'), raw: '{"broken', kind: 'deadline', keptAside: false }]);
    expect(before.cases.find((c) => c.c.id === 'c2')!.parts.outcome?.result).toBe('won');
    const w = setDeadline(kv, 'c1', { at: at(60), title: '' }, at(1));
    expect(w.ok && w.keptAside).toBe(`${SET_ASIDE_PREFIX}deadline:c1:${at(1).getTime()}`);
    expect(kv.getItem(`${SET_ASIDE_PREFIX}deadline:c1:${at(1).getTime()}`)).toBe('{"broken');
    expect(ledger(kv).unreadable.map((u) => u.keptAside)).toEqual([true]);
  });

  it('storage full: the deadline is not saved, nothing stored changes, and no event says it was', () => {
    const kv = withCases('c1');
    const full = memoryStorage([...kv.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 10);
    for (const [k, v] of kv.map) full.setItem(k, v);
    const before = new Map(full.map);
    expect(setDeadline(full, 'c1', { at: at(60), title: '举证截止' }, at(1))).toEqual({ ok: false, reason: 'full' });
    expect(full.map).toEqual(before);
  });
});

/** Storage that refuses timeline records while `full.on` (their record grows; the others are rewritten in place). */
const timelineFull = (...ids: string[]) => {
  const kv = withCases(...ids);
  const full = { on: true };
  const store = { ...kv, setItem: (k: string, v: string) => { if (full.on && k.startsWith(recordKey('timeline', ''))) throw Object.assign(new Error('q'), { name: 'QuotaExceededError' }); kv.setItem(k, v); } };
  return { kv: store, full, timeline: (id: string) => ledger(kv).cases.find((c) => c.c.id === id)!.parts.timeline };
};

describe('a timeline entry storage refuses is late, never silently lost', () => {
  it('an outcome saved while its timeline entry is refused: the entry waits on the page and is written with the next save', () => {
    const { kv, full, timeline } = timelineFull('c1');
    const w = setOutcome(kv, 'c1', { result: 'won', refunded: 0, recovered: 500 }, at(1));
    expect(w).toMatchObject({ ok: true, logged: false });
    expect(waitingEvents(kv)).toEqual({ c1: 1 });
    expect(timeline('c1')).toEqual([]);
    full.on = false;
    expect(setDeadline(kv, 'c1', { at: at(60), title: '' }, at(2)).logged).toBe(true);
    expect(timeline('c1').map((e) => [e.kind, e.at])).toEqual([['outcome', at(1).toISOString()], ['deadline', at(2).toISOString()]]);
    expect(waitingEvents(kv)).toEqual({});
  });

  it('checklist ticks and a stage change: each refused event waits, counted per case, and a later save of any case writes them once', () => {
    const { kv, full, timeline } = timelineFull('c1', 'c2');
    expect(logChanges(kv, 'c1', [{ type: 'tick', item: 'a', on: true }], true, at(1))).toEqual({ c1: 2 });
    expect(logChanges(kv, 'c1', [{ type: 'stage', stage: 'intervention' }], false, at(2))).toEqual({ c1: 3 });
    // Still full: trying again writes nothing and keeps them.
    expect(logChanges(kv, 'c1', [{ type: 'rename' }], false, at(3))).toEqual({ c1: 3 });
    full.on = false;
    // A rename of the other case (no event of its own) is a save that went through: c1's events follow.
    expect(logChanges(kv, 'c2', [{ type: 'rename' }], false, at(4))).toEqual({});
    expect(timeline('c1').map((e) => `${e.kind}:${e.detail ?? ''}`)).toEqual(['created:', 'tick:a', 'stage:intervention']);
    expect(timeline('c2')).toEqual([]);
    // Written once: retrying again adds nothing.
    expect(retryWaiting(kv, at(5))).toEqual({});
    expect(timeline('c1')).toHaveLength(3);
  });

  it('a statement drafted or copied, or a deadline from the countdown, waits the same way', () => {
    const { kv, full, timeline } = timelineFull('c1');
    expect(appendEvents(kv, 'c1', [{ id: 'e-drafted', at: at(1).toISOString(), kind: 'statement-drafted' }], at(1)).ok).toBe(false);
    expect(setDeadline(kv, 'c1', { at: at(90), title: '举证截止' }, at(2))).toMatchObject({ ok: true, logged: false });
    expect(waitingEvents(kv)).toEqual({ c1: 2 });
    full.on = false;
    expect(appendEvents(kv, 'c1', [{ id: 'e-copied', at: at(3).toISOString(), kind: 'statement-copied' }], at(3)).ok).toBe(true);
    expect(timeline('c1').map((e) => e.kind)).toEqual(['statement-drafted', 'deadline', 'statement-copied']);
  });

  it('a refused note does not wait (it stays in its box, the page says it is not saved), and is not written later', () => {
    const { kv, full, timeline } = timelineFull('c1');
    expect(addNote(kv, 'c1', '买家同意部分退款 10 元', at(1))).toEqual({ ok: false, reason: 'full' });
    expect(waitingEvents(kv)).toEqual({});
    full.on = false;
    setDeadline(kv, 'c1', { at: at(60), title: '' }, at(2));
    expect(timeline('c1').map((e) => e.kind)).toEqual(['deadline']);
  });

  it('the entries of a case deleted meanwhile go with it: no timeline is left behind for a case that is gone', () => {
    const { kv, full } = timelineFull('c1', 'c2');
    setOutcome(kv, 'c1', { result: 'lost', refunded: 100, recovered: 0 }, at(1));
    kv.removeItem(caseKey('c1'));
    full.on = false;
    setDeadline(kv, 'c2', { at: at(60), title: '' }, at(2));
    expect(kv.getItem(recordKey('timeline', 'c1'))).toBeNull();
    expect(waitingEvents(kv)).toEqual({});
  });

  it('says how many entries wait and that closing the page loses them', () => {
    expect(unsavedHistoryText(1)).toBe('时间线上这一条还没存上（浏览器存储已满）：本页开着时，下次保存会自动补记；关掉或刷新本页就没有了。');
    expect(unsavedHistoryText(3)).toMatch(/^时间线上有 3 条记录还没存上/);
  });
});

describe('ledger rows', () => {
  it('open cases by nearest deadline (overdue first), then without one; closed apart; progress, next step, draft', () => {
    const kv = withCases('late', 'soon', 'none', 'closed');
    setDeadline(kv, 'soon', { at: at(300), title: '' }, at(0));
    setDeadline(kv, 'late', { at: at(-90), title: '' }, at(0));
    setDeadline(kv, 'closed', { at: at(10), title: '' }, at(0));
    setOutcome(kv, 'closed', { result: 'won', refunded: 0, recovered: 500 }, at(1));
    kv.setItem(caseKey('soon'), serializeCase(aCase({ id: 'soon', label: 's', ticked: ['a', 'c', 'zzz'], stage: 'intervention' })));
    kv.setItem(draftKey('soon'), JSON.stringify({ v: 1, type: 'quality', fields: {}, have: [], text: '说明', edited: false, updatedAt: '' }));
    const { open, closed } = ledgerRows(ledger(kv).cases, types, at(0));
    expect(open.map((r) => r.id)).toEqual(['late', 'soon', 'none']);
    expect(open[0]).toMatchObject({ overdue: true, left: -90 * 60_000 });
    expect(open[1]).toMatchObject({ overdue: false, done: 2, total: 4, drafted: true, next: '举证截止前提交', type: '空包裹' });
    expect(open[2]).toMatchObject({ next: '先要称重记录', drafted: false, deadline: undefined });
    expect(closed.map((r) => [r.id, r.result, r.recovered])).toEqual([['closed', 'won', 500]]);
  });

  it('says times in Beijing time and time left the short way', () => {
    expect(shortTime(new Date('2026-11-28T06:00:00Z'), t0)).toBe('11月28日 14:00');
    expect(shortTime(new Date('2027-01-02T16:30:00Z'), t0)).toBe('2027年1月3日 00:30');
    expect(timeLeft((2 * 1440 + 3 * 60 + 5) * 60_000)).toBe('剩 2 天 3 小时');
    expect(timeLeft(40 * 60_000)).toBe('剩 40 分');
    expect(timeLeft(-(5 * 60 + 1) * 60_000)).toBe('已超时 5 小时 1 分');
  });
});

describe('ledger stats', () => {
  it('counts by type and outcome and adds up money', () => {
    const kv = withCases('a', 'b', 'c');
    setOutcome(kv, 'a', { result: 'lost', refunded: 2000, recovered: 0 }, at(1));
    setOutcome(kv, 'b', { result: 'settled', refunded: 500, recovered: 1500 }, at(1));
    const { open, closed } = ledgerRows(ledger(kv).cases, types, at(2));
    const s = ledgerStats([...open, ...closed]);
    expect(s.byType).toEqual([['空包裹', 3]]);
    expect(s.byResult).toEqual({ won: 0, lost: 1, settled: 1, open: 1 });
    expect([s.refunded, s.recovered]).toEqual([2500, 1500]);
  });

  it('estimates the intervention rate only from interventions in the last 30 days, and checks the order count', () => {
    const kv = withCases('new', 'old', 'never');
    appendEvents(kv, 'new', eventsForChanges([{ type: 'stage', stage: 'intervention' }], false, at(0)), at(0));
    appendEvents(kv, 'old', eventsForChanges([{ type: 'stage', stage: 'intervention' }], false, at(-31 * 1440)), at(0));
    const cases = ledger(kv).cases;
    expect(interventionsIn30Days(cases, at(60))).toBe(1);
    expect(estimateRate('400', 1)).toEqual({ ok: true, interventions: 1, orders: 400, percent: '0.25%' });
    expect(estimateRate('1,200', 3)).toMatchObject({ ok: true, percent: '0.25%' });
    for (const bad of ['0', '-3', 'abc', '']) expect(estimateRate(bad, 1).ok).toBe(false);
    expect(estimateRate('1', 2).ok).toBe(false);
  });

  it('a version-2 case saved before timelines counts by its stage and last change', () => {
    const kv = memoryStorage();
    kv.setItem(caseKey('v2'), serializeCase(aCase({ id: 'v2', stage: 'intervention', updatedAt: at(0).toISOString() })));
    expect(interventionsIn30Days(ledger(kv).cases, at(60))).toBe(1);
    expect(interventionsIn30Days(ledger(kv).cases, at(40 * 1440))).toBe(0);
  });
});

describe('export and import', () => {
  const full = () => {
    const kv = withCases('c1', 'c2');
    setDeadline(kv, 'c1', { at: at(120), title: '举证截止' }, at(1));
    addNote(kv, 'c1', '买家同意部分退款 10 元', at(2));
    setOutcome(kv, 'c2', { result: 'won', refunded: 0, recovered: 0 }, at(3));
    kv.setItem(draftKey('c1'), JSON.stringify({ v: 1, type: 'quality', fields: { a: 'b' }, have: [], text: '说明', edited: true, updatedAt: at(2).toISOString() }));
    return kv;
  };

  it('export → clear → import gives back every record byte for byte', () => {
    const kv = full();
    const before = new Map(kv.map);
    const file = exportAll(kv, readAll(kv).cases, at(5));
    expect(JSON.parse(file)).toMatchObject({ format: 'shouhou-jieru-ledger', version: 1 });
    kv.map.clear();
    expect(importAll(kv, file, at(6))).toEqual({ ok: true, cases: 2, added: 2, changed: 0 });
    expect(kv.map).toEqual(before);
  });

  it('merges: the newer part wins on each side, and no timeline event is dropped', () => {
    const kv = full();
    const file = exportAll(kv, readAll(kv).cases, at(5));
    setDeadline(kv, 'c1', { at: at(999), title: '新截止' }, at(10)); // newer here
    addNote(kv, 'c1', '只在这里的备注', at(11));
    const other = memoryStorage(); // another phone, set up from the same file
    importAll(other, file, at(6));
    setOutcome(other, 'c2', { result: 'lost', refunded: 100, recovered: 0 }, at(20)); // newer in the file
    addNote(other, 'c1', '只在文件里的备注', at(21));
    const summary = importAll(kv, exportAll(other, readAll(other).cases, at(22)), at(23));
    expect(summary).toMatchObject({ ok: true, added: 0 });
    const byId = Object.fromEntries(ledger(kv).cases.map((c) => [c.c.id, c.parts]));
    expect(byId.c1!.deadline?.title).toBe('新截止');
    expect(byId.c2!.outcome?.result).toBe('lost');
    expect(byId.c1!.timeline.filter((e) => e.kind === 'note').map((e) => e.detail)).toEqual(['买家同意部分退款 10 元', '只在这里的备注', '只在文件里的备注']);
  });

  it('a damaged or foreign file is refused with a clear message and storage stays byte for byte', () => {
    const kv = full();
    const file = exportAll(kv, readAll(kv).cases, at(5));
    const before = new Map(kv.map);
    const cases = [
      [file.slice(0, file.length / 2), '已损坏'],
      ['{"format":"something-else","version":1,"cases":[]}', '不是本站'],
      [file.replace('"version": 1', '"version": 9'), '另一个版本'],
      [file.replace('"kind": "note"', '"kind": "rewrite"'), '第 1 个案件'],
      [file.replace('"ticked": []', '"ticked": [7]'), '读不出来'],
    ] as const;
    for (const [text, words] of cases) {
      const r = importAll(kv, text, at(6));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(words);
      expect(kv.map).toEqual(before);
    }
  });

  it('storage full half way: every key written is put back, storage ends as it was', () => {
    const kv = full();
    const file = exportAll(kv, readAll(kv).cases, at(5));
    const small = memoryStorage(300);
    small.setItem(caseKey('x'), serializeCase(aCase({ id: 'x' })));
    const before = new Map(small.map);
    const r = importAll(small, file, at(6));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('存储已满');
    expect(small.map).toEqual(before);
  });

  it('an unreadable record in storage is kept aside before the imported one takes its place', () => {
    const kv = full();
    const file = exportAll(kv, readAll(kv).cases, at(5));
    kv.setItem(recordKey('timeline', 'c1'), 'garbage');
    expect(importAll(kv, file, at(6)).ok).toBe(true);
    expect(kv.getItem(`${SET_ASIDE_PREFIX}timeline:c1:${at(6).getTime()}`)).toBe('garbage');
    expect(ledger(kv).cases.find((c) => c.c.id === 'c1')!.parts.timeline).toHaveLength(2);
  });

  it('reads a file with a BOM, and refuses two entries for one case', () => {
    const kv = full();
    const file = exportAll(kv, readAll(kv).cases, at(5));
    expect(readExport(`\uFEFF${file}`).ok).toBe(true);
    const data = JSON.parse(file);
    data.cases.push(data.cases[0]);
    expect(readExport(JSON.stringify(data)).ok).toBe(false);
  });

  it('remembers the last export and reminds after 7 days with open cases only', () => {
    const kv = memoryStorage();
    expect(lastExport(kv)).toBeUndefined();
    expect(exportDue(1, undefined, at(0))).toBe(true);
    expect(exportDue(0, undefined, at(0))).toBe(false);
    kv.setItem(EXPORT_STAMP_KEY, exportStamp(at(0)));
    expect(lastExport(kv)).toEqual(at(0));
    expect(exportDue(1, lastExport(kv), at(7 * 1440 - 1))).toBe(false);
    expect(exportDue(1, lastExport(kv), at(7 * 1440))).toBe(true);
    kv.setItem(EXPORT_STAMP_KEY, 'x');
    expect(lastExport(kv)).toBeUndefined();
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what must be quoted and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说 "好"')).toBe('"说 ""好"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
    const kv = withCases('c1');
    kv.setItem(caseKey('c1'), serializeCase(aCase({ id: 'c1', label: '尾号 1234, 急', stage: 'intervention' })));
    setDeadline(kv, 'c1', { at: new Date('2026-11-28T06:00:00Z'), title: '' }, at(0));
    const { open } = ledgerRows(ledger(kv).cases, types, at(0));
    const csv = ledgerCsv(open);
    expect(csv.startsWith('\uFEFF案件,纠纷类型,阶段')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain('"尾号 1234, 急",空包裹,平台已介入，让我举证,2026年11月28日 14:00,剩 1 天 22 小时');
    expect(line.endsWith('0/4,未写,进行中,,')).toBe(true);
  });
});

describe('the ledger beside existing data', () => {
  it('a version-2 case saved before the ledger is listed as it is, and the ledger never rewrites its record', () => {
    // A record exactly as the checklist wrote it before issue 25: fields in that version's order.
    const raw = '{"v":2,"id":"c-old","label":"订单尾号 7788","type":{"kind":"outcome","id":"apply-empty-parcel"},"stage":"intervention","ticked":["a","b"],"lacking":[],"updatedAt":"2026-11-20T08:00:00.000Z"}';
    const kv = memoryStorage();
    kv.setItem(caseKey('c-old'), raw);
    kv.setItem(draftKey('c-old'), JSON.stringify({ v: 1, type: 'empty-parcel', fields: {}, have: [], text: '举证说明', edited: false, updatedAt: '2026-11-20T08:00:00.000Z' }));
    const { open } = ledgerRows(ledger(kv).cases, types, at(0));
    expect(open).toMatchObject([{ id: 'c-old', label: '订单尾号 7788', done: 2, total: 4, drafted: true, next: '举证截止前提交', deadline: undefined }]);
    setDeadline(kv, 'c-old', { at: at(60), title: '举证截止' }, at(1));
    addNote(kv, 'c-old', '补了称重照片', at(2));
    setOutcome(kv, 'c-old', { result: 'won', refunded: 0, recovered: 0 }, at(3));
    expect(kv.getItem(caseKey('c-old'))).toBe(raw);
    const file = exportAll(kv, readAll(kv).cases, at(4));
    kv.map.clear();
    importAll(kv, file, at(5));
    expect(readAll(kv).cases[0]).toEqual(readAll((() => { const m = memoryStorage(); m.setItem(caseKey('c-old'), raw); return m; })()).cases[0]);
  });

  it('says every kind of timeline event in words', () => {
    const e = (kind: TimelineEvent['kind'], detail?: string): TimelineEvent => ({ id: 'e1', at: t0.toISOString(), kind, ...(detail !== undefined ? { detail } : {}) });
    const say = (x: TimelineEvent) => eventText(x, { a: '称重记录' }, (id) => (id === 'intervention' ? '平台已介入，让我举证' : undefined), t0);
    expect(say(e('created'))).toBe('保存了案件');
    expect(say(e('stage', 'intervention'))).toBe('阶段改为：平台已介入，让我举证');
    expect(say(e('stage', ''))).toBe('阶段改为：没有说明');
    expect(say(e('tick', 'a'))).toBe('备齐了：称重记录');
    expect(say(e('untick', 'constructor'))).toBe('取消勾选：constructor');
    expect(say(e('deadline', '2026-11-28T06:00:00.000Z'))).toBe('截止时间设为 11月28日 14:00');
    expect(say(e('deadline', ''))).toBe('清除了截止时间');
    expect(say(e('note', '买家同意部分退款 10 元'))).toBe('买家同意部分退款 10 元');
    expect(say(e('outcome', 'settled 1000 250'))).toBe('结案：和解，退给买家 10.00 元，追回 2.50 元');
    expect(say(e('reopened'))).toBe('重新打开了案件');
    expect(say(e('statement-copied'))).toBe('复制了举证说明');
  });
});

describe('the ledger calendar files', () => {
  it('one file holds every open deadline still ahead, nearest first, each with its reminders, in Beijing time', () => {
    const kv = withCases('a', 'b', 'c', 'd');
    setDeadline(kv, 'a', { at: new Date('2026-11-27T06:00:00Z'), title: '举证截止' }, at(0));
    setDeadline(kv, 'b', { at: new Date('2026-11-26T12:00:00Z'), title: '' }, at(0));
    setDeadline(kv, 'c', { at: at(-5), title: '' }, at(0)); // overdue
    setDeadline(kv, 'd', { at: at(600), title: '' }, at(0));
    setOutcome(kv, 'd', { result: 'won', refunded: 0, recovered: 0 }, at(0)); // closed
    const { open } = ledgerRows(ledger(kv).cases, types, at(0));
    const ics = allDeadlinesIcs(open, at(0));
    expect([...ics.matchAll(/^DTSTART;TZID=Asia\/Shanghai:(\S+)\r$/gm)].map((m) => m[1])).toEqual(['20261126T200000', '20261127T140000']);
    // b is 4 h ahead: only its 1 h reminder is still to come.
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:举证截止：案件 a');
    expect(ics).toContain('SUMMARY:售后时限截止：案件 b');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(new Set([...ics.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1])).size).toBe(2);
  });
});
