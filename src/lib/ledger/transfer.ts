/**
 * Everything the ledger keeps, out of the browser and back: one JSON file (cases, statement drafts,
 * deadlines, timelines, outcomes) with a format and version marker, and a CSV of the ledger for a
 * spreadsheet (UTF-8 with a BOM, so Excel reads the Chinese).
 *
 * Import merges: per part the newer change wins (`updatedAt`), timeline events are a union, nothing
 * stored is dropped. The whole file is read and checked before anything is written; a damaged or
 * foreign file is refused and storage is not touched. If storage refuses a write half way, every key
 * written is put back as it was, so storage ends byte for byte as before. Pure: storage passed in.
 */
import { caseKey, parseCaseRecord, readCaseObject, serializeCase, type SavedCase } from '../checklist/cases/store';
import { recordKey, safeGet, setAsideKey, type KeyValue } from '../shared/storage';
export { EXPORT_STAMP_KEY, exportDue, exportStamp, lastExport } from './reminder';
import { newer, parsePart, PART_KINDS, readPart, serializePart, yuanText, type PartKind, type PartTypes } from './records';
import { mergePart } from './write';
import { RESULT_LABEL, shortTime, timeLeft, type Row } from './rows';
import { stageById } from '../shared/stages';

export const EXPORT_FORMAT = 'shouhou-jieru-ledger';
export const EXPORT_VERSION = 1;

/**
 * A statement draft as the file carries it: a version-1 draft with its text and time. The tool's own reader
 * (`tools/statement-draft.ts`) checks the rest when it opens the draft, and keeps aside what it cannot read;
 * the ledger does not import that module, which would become a file of its own on the statement tool's page.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type DraftObject = Record<string, unknown> & { v: 1; text: string; updatedAt: string };
const isDraft = (v: unknown): v is DraftObject => isObject(v) && v.v === 1 && typeof v.text === 'string' && typeof v.updatedAt === 'string';
const draftKey = (id: string): string => recordKey('statement', id);
function parseDraft(raw: string | null): { kind: 'ok'; value: DraftObject } | { kind: 'empty' } | { kind: 'unreadable'; raw: string } {
  if (raw === null) return { kind: 'empty' };
  try {
    const v: unknown = JSON.parse(raw);
    return isDraft(v) ? { kind: 'ok', value: v } : { kind: 'unreadable', raw };
  } catch {
    return { kind: 'unreadable', raw };
  }
}

export interface ExportedCase {
  case: SavedCase;
  statement?: DraftObject;
  deadline?: PartTypes['deadline'];
  timeline?: PartTypes['timeline'];
  outcome?: PartTypes['outcome'];
}

/** The export file: every readable case and its parts. Unreadable records are not in it (they stay in storage). */
export function exportAll(kv: KeyValue, cases: readonly SavedCase[], now: Date): string {
  const out: ExportedCase[] = cases.map((c) => {
    const entry: ExportedCase = { case: c };
    const draft = parseDraft(safeGet(kv, draftKey(c.id)));
    if (draft.kind === 'ok') entry.statement = draft.value;
    for (const kind of PART_KINDS) {
      const s = parsePart(kind, safeGet(kv, recordKey(kind, c.id)));
      if (s.kind === 'ok') (entry as unknown as Record<string, unknown>)[kind] = s.value;
    }
    return entry;
  });
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), cases: out }, null, 1)}\n`;
}

export const exportFileName = (now: Date): string => `售后台账-${now.toISOString().slice(0, 10)}.json`;

export type ImportSummary = { ok: true; cases: number; added: number; changed: number } | { ok: false; message: string };

type Planned = { key: string; value: string };

/** Reads an export file through and through; the entries, or why the file is refused. */
export function readExport(text: string): { ok: true; entries: ExportedCase[] } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '这个文件已损坏或不完整，不是一份能读的台账导出。什么都没有导入，浏览器里的数据没有改动。' };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, message: '这不是本站“售后台账”导出的文件。什么都没有导入，浏览器里的数据没有改动。' };
  }
  if (data.version !== EXPORT_VERSION) {
    return { ok: false, message: '这个文件来自另一个版本的台账，这一版读不了。什么都没有导入，浏览器里的数据没有改动。' };
  }
  if (!Array.isArray(data.cases)) return { ok: false, message: '这个文件里没有案件列表，可能被改动过。什么都没有导入，浏览器里的数据没有改动。' };
  const entries: ExportedCase[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of data.cases.entries()) {
    const bad = { ok: false as const, message: `文件里第 ${i + 1} 个案件读不出来，可能被改动过。整个文件都没有导入，浏览器里的数据没有改动。` };
    if (!isObject(raw)) return bad;
    const c = readCaseObject(raw.case);
    if (typeof c === 'string' || seen.has(c.id)) return bad;
    seen.add(c.id);
    const entry: ExportedCase = { case: c };
    if (raw.statement !== undefined) {
      if (!isDraft(raw.statement)) return bad;
      entry.statement = raw.statement;
    }
    for (const kind of PART_KINDS) {
      if (raw[kind] === undefined) continue;
      const value = readPart(kind, kind === 'timeline' ? { events: raw[kind] } : raw[kind]);
      if (value === undefined) return bad;
      (entry as unknown as Record<string, unknown>)[kind] = value;
    }
    entries.push(entry);
  }
  return { ok: true, entries };
}

/** What to write for one record: the merge with what is stored, or nothing when it would change nothing. */
function plan<T>(kv: KeyValue, key: string, stored: { kind: 'ok'; value: T } | { kind: 'empty' } | { kind: 'unreadable'; raw: string }, incoming: T, merge: (s: T, i: T) => T, serialize: (v: T) => string, stamp: number, asideKind: Parameters<typeof setAsideKey>[0], id: string): Planned[] {
  const out: Planned[] = [];
  // An unreadable record is kept aside, as it is, before the imported one takes its place.
  if (stored.kind === 'unreadable') out.push({ key: setAsideKey(asideKind, id, stamp), value: stored.raw });
  const next = stored.kind === 'ok' ? merge(stored.value, incoming) : incoming;
  const value = serialize(next);
  // Nothing new: the stored record stays as it is, byte for byte (its fields may be in another order).
  if (stored.kind !== 'ok' || value !== serialize(stored.value)) out.push({ key, value });
  return out;
}


/** Imports an export file, merged with storage. Refused files and refused writes leave storage as it was. */
export function importAll(kv: KeyValue, text: string, now: Date): ImportSummary {
  const read = readExport(text);
  if (!read.ok) return read;
  const stamp = now.getTime();
  const writes: Planned[] = [];
  let added = 0;
  let changed = 0;
  for (const e of read.entries) {
    const id = e.case.id;
    const caseRaw = safeGet(kv, caseKey(id));
    const storedCase = caseRaw === null ? { kind: 'empty' as const } : ((r) => (typeof r === 'string' ? { kind: 'unreadable' as const, raw: caseRaw } : { kind: 'ok' as const, value: r }))(parseCaseRecord(caseRaw));
    if (storedCase.kind === 'empty') added++;
    const before = writes.length;
    writes.push(...plan(kv, caseKey(id), storedCase, e.case, newer, serializeCase, stamp, 'case', id));
    if (e.statement) {
      writes.push(...plan(kv, draftKey(id), parseDraft(safeGet(kv, draftKey(id))), e.statement, newer, (v) => JSON.stringify(v), stamp, 'statement', id));
    }
    for (const kind of PART_KINDS) {
      const incoming = e[kind];
      if (incoming === undefined) continue;
      const stored = parsePart(kind, safeGet(kv, recordKey(kind, id)));
      writes.push(...plan(kv, recordKey(kind, id), stored, incoming as PartTypes[PartKind], (s, i) => mergePart(kind, s, i), (v) => serializePart(kind, v), stamp, kind, id));
    }
    if (writes.length > before && storedCase.kind !== 'empty') changed++;
  }
  const failed = applyAll(kv, writes);
  if (failed) return { ok: false, message: failed };
  return { ok: true, cases: read.entries.length, added, changed };
}

/** Writes all or nothing: on the first refusal every key written so far is put back as it was. */
export function applyAll(kv: KeyValue, writes: readonly Planned[]): string | undefined {
  const original = new Map<string, string | null>();
  try {
    for (const w of writes) {
      if (!original.has(w.key)) original.set(w.key, kv.getItem(w.key));
      kv.setItem(w.key, w.value);
    }
    return undefined;
  } catch (e) {
    for (const [key, value] of original) {
      try {
        if (value === null) kv.removeItem(key);
        else kv.setItem(key, value);
      } catch {
        // Putting back an older, smaller value does not need new room; nothing more can be done here.
      }
    }
    const blocked = (e as { name?: unknown } | null)?.name === 'SecurityError';
    return blocked
      ? '浏览器不允许本站保存数据（可能是无痕模式或设置），导入没有完成。浏览器里的数据没有改动。'
      : '浏览器存储已满，导入没有完成：已写入的部分都已撤回，浏览器里的数据和导入前一样。可以先删掉不用的案件，再导入。';
  }
}

/* ---------- CSV ---------- */

/** One CSV field: quoted when it must be, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ['案件', '纠纷类型', '阶段', '截止（北京时间）', '剩余', '下一步', '证据', '举证说明', '结果', '退给买家（元）', '追回（元）'];

/** The ledger as CSV: a BOM, a header, one line per case (open ones first), CRLF line ends. */
export function ledgerCsv(rows: readonly Row[]): string {
  const lines = rows.map((r) =>
    [
      r.label,
      r.type,
      stageById(r.stage)?.label ?? '',
      r.deadline ? shortTime(r.deadline, new Date(0)) : '',
      r.left !== undefined && !r.result ? timeLeft(r.left) : '',
      r.next ?? '',
      `${r.done}/${r.total}`,
      r.drafted ? '已写' : '未写',
      r.result ? RESULT_LABEL[r.result] : '进行中',
      r.result ? yuanText(r.refunded) : '',
      r.result ? yuanText(r.recovered) : '',
    ].map(csvField).join(','),
  );
  return `\uFEFF${[CSV_HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
