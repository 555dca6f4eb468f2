/**
 * Writing the ledger's parts of a case, each merged with its record as stored now (another tab may
 * have written since this page read it): a deadline or outcome is replaced by the newer one, a
 * timeline only grows. A stored record that cannot be read is kept aside, as it is, before anything is
 * written where it was; when storage refuses even that, nothing is written. Pure: storage passed in.
 */
import type { StageId } from '../shared/stage-ids';
import { recordKey, safeGet, safeSet, setAside, type KeyValue, type StorageFailure } from '../shared/storage';
import {
  NOTE_MAX,
  newEventId,
  newer,
  partKey,
  readStoredPart,
  serializePart,
  unionEvents,
  type Deadline,
  type EventKind,
  type Outcome,
  type PartKind,
  type PartTypes,
  type TimelineEvent,
} from './records';

export type PartWrite<T> =
  /** `keptAside`: the unreadable record that was there is now also under this key. */
  | { ok: true; saved: T; keptAside?: string }
  | { ok: false; reason: StorageFailure };

/** Writes one part: `merge(stored, undefined when nothing readable is stored)` gives what to write. */
export function writePart<K extends PartKind>(kv: KeyValue, kind: K, id: string, merge: (stored: PartTypes[K] | undefined) => PartTypes[K], now: Date): PartWrite<PartTypes[K]> {
  const stored = readStoredPart(kv, kind, id);
  let keptAside: string | undefined;
  if (stored.kind === 'unreadable') {
    const aside = setAside(kv, kind, id, stored.raw, now.getTime());
    if ('failed' in aside) return { ok: false, reason: aside.failed };
    keptAside = aside.key;
  }
  const next = merge(stored.kind === 'ok' ? stored.value : undefined);
  const failed = safeSet(kv, partKey(kind, id), serializePart(kind, next));
  if (failed) return { ok: false, reason: failed };
  return { ok: true, saved: next, ...(keptAside ? { keptAside } : {}) };
}

/** An event made now. */
export function event(kind: EventKind, now: Date, detail?: string): TimelineEvent {
  return { id: newEventId(now), at: now.toISOString(), kind, ...(detail !== undefined ? { detail: detail.slice(0, NOTE_MAX) } : {}) };
}

/**
 * Timeline events storage refused (full), per storage and case: kept on this page and written with the
 * next timeline write storage takes, so a history entry comes late rather than never. Events keep
 * their own time and id, so a retry never makes a second copy. Lost only if the page closes first,
 * which the page says (`unsavedHistoryText`).
 */
const waiting = new WeakMap<KeyValue, Map<string, TimelineEvent[]>>();

/** How many timeline events of each case are only on this page, storage having refused them. */
export function waitingEvents(kv: KeyValue): Record<string, number> {
  return Object.fromEntries([...(waiting.get(kv) ?? [])].map(([id, events]) => [id, events.length]));
}

const addTo = (kv: KeyValue, id: string, events: readonly TimelineEvent[], now: Date) => writePart(kv, 'timeline', id, (stored) => unionEvents(stored ?? [], events), now);

/** Writes the events still waiting, now that a write went through; those of a case deleted meanwhile go with it. */
export function retryWaiting(kv: KeyValue, now: Date): Record<string, number> {
  const queue = waiting.get(kv);
  for (const [id, events] of queue ?? []) {
    if (safeGet(kv, recordKey('case', id)) === null || addTo(kv, id, events, now).ok) queue!.delete(id);
  }
  return waitingEvents(kv);
}

/** `keep`: refused events wait on this page (a note that is refused stays in its box instead). */
function writeEvents(kv: KeyValue, id: string, events: readonly TimelineEvent[], now: Date, keep: boolean): PartWrite<TimelineEvent[]> {
  const queue = waiting.get(kv) ?? new Map<string, TimelineEvent[]>();
  waiting.set(kv, queue);
  const all = unionEvents(queue.get(id) ?? [], events);
  const written = addTo(kv, id, all, now);
  if (written.ok) {
    queue.delete(id);
    retryWaiting(kv, now);
  } else if (keep) queue.set(id, all);
  return written;
}

/** Adds events to a case's timeline; what is stored stays. Refused, they wait on this page (`waitingEvents`). */
export const appendEvents = (kv: KeyValue, id: string, events: readonly TimelineEvent[], now: Date): PartWrite<TimelineEvent[]> => writeEvents(kv, id, events, now, true);

/** A part and the timeline event that says so: the part first, the event only when the part was saved. */
function withEvent<T>(kv: KeyValue, id: string, written: PartWrite<T>, e: TimelineEvent, now: Date): PartWrite<T> & { logged?: boolean } {
  if (!written.ok) return written;
  return { ...written, logged: appendEvents(kv, id, [e], now).ok };
}

/** Sets (or clears, `at` null) the case's next deadline, and notes it on the timeline. */
export function setDeadline(kv: KeyValue, id: string, d: { at: Date | null; title: string; stage?: StageId | undefined }, now: Date) {
  const value: Deadline = { at: d.at ? d.at.toISOString() : null, title: d.title.slice(0, 60), ...(d.stage ? { stage: d.stage } : {}), updatedAt: now.toISOString() };
  return withEvent(kv, id, writePart(kv, 'deadline', id, () => value, now), event('deadline', now, value.at ?? ''), now);
}

/** Records how the case ended (or, `result` null, that it was reopened). */
export function setOutcome(kv: KeyValue, id: string, o: Omit<Outcome, 'updatedAt'>, now: Date) {
  const value: Outcome = { ...o, updatedAt: now.toISOString() };
  const line = o.result === null ? undefined : `${o.result} ${o.refunded} ${o.recovered}`;
  return withEvent(kv, id, writePart(kv, 'outcome', id, () => value, now), event(o.result === null ? 'reopened' : 'outcome', now, line), now);
}

/** A dated note of the seller's own ("买家同意部分退款 10 元"). Blank notes are not written. */
export function addNote(kv: KeyValue, id: string, text: string, now: Date): PartWrite<TimelineEvent[]> | undefined {
  const note = text.trim();
  return note === '' ? undefined : writeEvents(kv, id, [event('note', now, note)], now, false);
}

/** Merges a part from elsewhere (an import) with what is stored: the newer deadline or outcome, every event. */
export function mergePart<K extends PartKind>(kind: K, stored: PartTypes[K] | undefined, incoming: PartTypes[K]): PartTypes[K] {
  if (stored === undefined) return incoming;
  if (kind === 'timeline') return unionEvents(stored as TimelineEvent[], incoming as TimelineEvent[]) as PartTypes[K];
  return newer(stored as Deadline | Outcome, incoming as Deadline | Outcome) as PartTypes[K];
}

/**
 * The events a checklist change makes: a stage change, an item ticked or unticked, and `created` for a
 * case saved for the first time. Marks "I don't have this", names and resets are not events.
 */
export function eventsForChanges(changes: readonly { type: string; item?: string; on?: boolean; stage?: StageId | undefined }[], firstSave: boolean, now: Date): TimelineEvent[] {
  const out: TimelineEvent[] = firstSave ? [event('created', now)] : [];
  for (const c of changes) {
    if (c.type === 'stage') out.push(event('stage', now, c.stage ?? ''));
    else if (c.type === 'tick' && c.item) out.push(event(c.on ? 'tick' : 'untick', now, c.item));
  }
  return out;
}

/**
 * The checklist's changes just saved, on the case's timeline: created, stage changes, items ticked.
 * What waits on this page afterwards, per case (empty: the timeline has everything).
 */
export function logChanges(kv: KeyValue, id: string, changes: Parameters<typeof eventsForChanges>[0], firstSave: boolean, now: Date): Record<string, number> {
  const events = eventsForChanges(changes, firstSave, now);
  if (events.length > 0 || waiting.get(kv)?.has(id)) appendEvents(kv, id, events, now);
  else retryWaiting(kv, now);
  return waitingEvents(kv);
}

