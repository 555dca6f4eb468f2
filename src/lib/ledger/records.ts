/**
 * The case ledger's own records, one per case part, beside the case record (`case:<id>`, version 2,
 * unchanged) and its statement draft (`statement:<id>`):
 *   deadline:<id>  the case's next deadline (or none), the newest change wins;
 *   timeline:<id>  what happened, append-only: events are only ever added, a merge is their union;
 *   outcome:<id>   how it ended (won / lost / settled, amounts in fen) or that it was reopened.
 * Each record carries `v: 1`; anything else is unreadable and kept aside before it is written over
 * (`shared/storage.ts`). Pure: the storage is passed in.
 */
import { isStageId, type StageId } from '../shared/stage-ids';
import { isRecordId, recordKey, safeGet, type KeyValue, type RecordKind } from '../shared/storage';

export const PART_VERSION = 1;
export type PartKind = 'deadline' | 'timeline' | 'outcome';
export const PART_KINDS: readonly PartKind[] = ['deadline', 'timeline', 'outcome'];

export interface Deadline {
  /** The instant (ISO); null: the seller cleared it. */
  at: string | null;
  /** What it is for, in the seller's words ("举证截止"). */
  title: string;
  /** The stage it belongs to, when known. */
  stage?: StageId;
  updatedAt: string;
}

export type EventKind =
  | 'created'
  | 'stage'
  | 'tick'
  | 'untick'
  | 'statement-drafted'
  | 'statement-copied'
  | 'deadline'
  | 'note'
  | 'outcome'
  | 'reopened';
export const EVENT_KINDS: readonly EventKind[] = ['created', 'stage', 'tick', 'untick', 'statement-drafted', 'statement-copied', 'deadline', 'note', 'outcome', 'reopened'];

/** One thing that happened. `detail`: a stage id, an item id, a deadline (ISO), the note, the outcome line. */
export interface TimelineEvent {
  /** Unique per event: the union of two timelines keeps both of two events made at the same moment. */
  id: string;
  at: string;
  kind: EventKind;
  detail?: string;
}

export type Result = 'won' | 'lost' | 'settled';
export const RESULTS: readonly Result[] = ['won', 'lost', 'settled'];

export interface Outcome {
  /** null: the case was reopened. */
  result: Result | null;
  /** What the buyer got back, in fen (分). */
  refunded: number;
  /** What the seller got back (goods returned, compensation), in fen. */
  recovered: number;
  updatedAt: string;
}

/** Most characters a note keeps. */
export const NOTE_MAX = 500;
const TITLE_MAX = 60;
/** The most a case amount may be, in fen: ¥10,000,000, far above any after-sales order. */
export const AMOUNT_MAX = 1_000_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isAmount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= AMOUNT_MAX;

export function readDeadline(v: unknown): Deadline | undefined {
  if (!isObject(v) || !isTime(v.updatedAt) || typeof v.title !== 'string' || v.title.length > TITLE_MAX) return undefined;
  if (v.at !== null && !isTime(v.at)) return undefined;
  if (v.stage !== undefined && !isStageId(v.stage)) return undefined;
  return { at: v.at, title: v.title, ...(v.stage ? { stage: v.stage as StageId } : {}), updatedAt: v.updatedAt };
}

export function readEvent(v: unknown): TimelineEvent | undefined {
  if (!isObject(v) || !isRecordId(v.id) || !isTime(v.at) || !EVENT_KINDS.includes(v.kind as EventKind)) return undefined;
  if (v.detail !== undefined && (typeof v.detail !== 'string' || v.detail.length > NOTE_MAX)) return undefined;
  return { id: v.id, at: v.at, kind: v.kind as EventKind, ...(v.detail !== undefined ? { detail: v.detail } : {}) };
}

export function readTimeline(v: unknown): TimelineEvent[] | undefined {
  if (!isObject(v) || !Array.isArray(v.events)) return undefined;
  const events = v.events.map(readEvent);
  return events.every((e): e is TimelineEvent => e !== undefined) ? sortEvents(events) : undefined;
}

export function readOutcome(v: unknown): Outcome | undefined {
  if (!isObject(v) || !isTime(v.updatedAt) || !isAmount(v.refunded) || !isAmount(v.recovered)) return undefined;
  if (v.result !== null && !RESULTS.includes(v.result as Result)) return undefined;
  return { result: v.result as Result | null, refunded: v.refunded, recovered: v.recovered, updatedAt: v.updatedAt };
}

export interface PartTypes {
  deadline: Deadline;
  timeline: TimelineEvent[];
  outcome: Outcome;
}

const readers: { [K in PartKind]: (v: unknown) => PartTypes[K] | undefined } = { deadline: readDeadline, timeline: readTimeline, outcome: readOutcome };
export const readPart = <K extends PartKind>(kind: K, v: unknown): PartTypes[K] | undefined => readers[kind](v);

/** A stored part: its value, nothing stored, or unreadable (kept as it is). */
export type Stored<T> = { kind: 'ok'; value: T } | { kind: 'empty' } | { kind: 'unreadable'; raw: string };

export function parsePart<K extends PartKind>(kind: K, raw: string | null): Stored<PartTypes[K]> {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw };
  }
  const value = isObject(data) && data.v === PART_VERSION ? readPart(kind, data) : undefined;
  return value === undefined ? { kind: 'unreadable', raw } : { kind: 'ok', value };
}

export function serializePart<K extends PartKind>(kind: K, value: PartTypes[K]): string {
  return JSON.stringify(kind === 'timeline' ? { v: PART_VERSION, events: value } : { v: PART_VERSION, ...(value as object) });
}

export const partKey = (kind: PartKind | RecordKind, id: string): string => recordKey(kind, id);

export function readStoredPart<K extends PartKind>(kv: Pick<KeyValue, 'getItem'>, kind: K, id: string): Stored<PartTypes[K]> {
  return parsePart(kind, safeGet(kv, partKey(kind, id)));
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Oldest first; ties by id, so every tab shows the same order. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => byText(a.at, b.at) || byText(a.id, b.id));
}

/** Two timelines as one: every event of either, once. Never drops an event. */
export function unionEvents(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  const seen = new Map<string, TimelineEvent>();
  for (const e of [...a, ...b]) if (!seen.has(e.id)) seen.set(e.id, e);
  return sortEvents([...seen.values()]);
}

/** The newer of two parts by `updatedAt`; ties keep `a` (what is stored). */
export const newer = <T extends { updatedAt: string }>(a: T, b: T): T => (b.updatedAt > a.updatedAt ? b : a);

let counter = 0;
/** A new event id: the time, a counter and a random part, in the record-id shape. */
export const newEventId = (now: Date): string => `e${now.getTime().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Yuan as typed ("12", "12.5", "１２.５０", "¥12") to fen; undefined when it is not an amount. */
export function parseYuan(input: string): number | undefined {
  const s = input
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    .trim();
  if (s === '') return 0;
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(s)) return undefined;
  const [whole = '0', frac = ''] = s.split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return fen <= AMOUNT_MAX ? fen : undefined;
}

/** Fen as "12.50". */
export const yuanText = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** Fen as "12.50 元". */
export const formatYuan = (fen: number): string => `${yuanText(fen)} 元`;
