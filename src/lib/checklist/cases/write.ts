/**
 * Writing saved cases: every write reads the record as it is in storage now and applies just the
 * seller's changes to it (`writeChanges`), so two tabs never overwrite each other's cases. Apart from
 * `store.ts` (reading) so the checklist loads it with the case view, not with the page.
 */
import type { StageId } from '../../shared/stage-ids';
import { safeGet, safeRemove, safeSet, setAside, type KeyValue, type StorageFailure } from '../../shared/storage';
import { LABEL_MAX, labelOrAuto } from '../case';
import { caseKey, parseCaseRecord, serializeCase, type SavedCase } from './store';

/** One change a seller makes to a case; applied to the record as it is in storage at the time of writing. */
export type CaseChange =
  | { type: 'tick'; item: string; on: boolean }
  | { type: 'lack'; item: string; on: boolean }
  | { type: 'rename'; label: string }
  | { type: 'stage'; stage: StageId | undefined }
  | { type: 'reset' };

/** `item` on or off in `list`; when on, it leaves `other` (an item is either "have" or "don't have"). */
function mark(list: string[], other: string[], item: string, on: boolean): [string[], string[]] {
  if (!on) return [list.filter((i) => i !== item), other];
  return [list.includes(item) ? list : [...list, item], other.filter((i) => i !== item)];
}

export function applyChange(c: SavedCase, change: CaseChange, now: Date): SavedCase {
  const stamp = now.toISOString();
  switch (change.type) {
    case 'tick': {
      const [ticked, lacking] = mark(c.ticked, c.lacking, change.item, change.on);
      return { ...c, ticked, lacking, updatedAt: stamp };
    }
    case 'lack': {
      const [lacking, ticked] = mark(c.lacking, c.ticked, change.item, change.on);
      return { ...c, ticked, lacking, updatedAt: stamp };
    }
    case 'rename':
      // Never a blank name (nothing to tap in 我的案件): the page asks `labelOrAuto` for one first.
      return { ...c, label: change.label.trim() === '' ? c.label : change.label.slice(0, LABEL_MAX), updatedAt: stamp };
    case 'stage': {
      const { stage: _old, ...rest } = c;
      return { ...rest, ...(change.stage ? { stage: change.stage } : {}), updatedAt: stamp };
    }
    case 'reset':
      return { ...c, ticked: [], lacking: [], updatedAt: stamp };
  }
}

/** What a write kept aside because rewriting the record would have lost it (L3): never silently dropped. */
export interface KeptAside {
  /** Where the record, as it was, now also is. */
  key: string;
  /** The stored name was longer than LABEL_MAX and is cut. */
  labelCut: boolean;
  /** Marked items this catalogue does not have, no longer in the record. */
  unknown: string[];
}

export type WriteResult =
  | { ok: true; saved: SavedCase; keptAside?: KeptAside }
  /** Storage refused the write (full, or blocked by the browser): `unsaved` is what the page shows but storage lacks. */
  | { ok: false; reason: StorageFailure; unsaved: SavedCase }
  /** The case was deleted in another tab: nothing written. */
  | { ok: false; reason: 'deleted' }
  /** The stored record became unreadable: it is set aside and not overwritten. */
  | { ok: false; reason: 'unreadable' };

/** What rewriting a stored record would lose: a name over the limit, marks the catalogue does not know. */
function rewriteLoss(raw: string, read: SavedCase, items: Readonly<Record<string, unknown>> | undefined): Omit<KeptAside, 'key'> {
  const label = (JSON.parse(raw) as { label: string }).label;
  // Own properties only: a mark `constructor` is not an item.
  return { labelCut: label.length > LABEL_MAX, unknown: items ? [...read.ticked, ...read.lacking].filter((i) => !Object.hasOwn(items, i)) : [] };
}

export interface WriteOptions {
  /** Where else a saved case may still be (a version-1 record not migrated yet). */
  findElsewhere?: ((id: string) => SavedCase | undefined) | undefined;
  /** Items the catalogue has; marks of other items are dropped on write, after keeping the record aside. */
  known?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Saves changes to one case, merged with its record as stored now. `draft` is the case as the page
 * knows it; when nothing is stored and the case was never saved, the draft is the base (first save).
 */
export function writeChanges(kv: KeyValue, draft: SavedCase, changes: readonly CaseChange[], now: Date, options: WriteOptions = {}): WriteResult {
  const raw = safeGet(kv, caseKey(draft.id));
  let base = draft;
  let keptAside: KeptAside | undefined;
  if (raw !== null) {
    const read = parseCaseRecord(raw);
    if (typeof read === 'string') return { ok: false, reason: 'unreadable' };
    base = read;
    const loss = rewriteLoss(raw, read, options.known);
    if (loss.labelCut || loss.unknown.length > 0) {
      const aside = setAside(kv, 'case', read.id, raw, now.getTime());
      if ('failed' in aside) return { ok: false, reason: aside.failed, unsaved: changes.reduce((c, change) => applyChange(c, change, now), base) };
      keptAside = { key: aside.key, ...loss };
      const drop = new Set(loss.unknown);
      base = { ...read, ticked: read.ticked.filter((i) => !drop.has(i)), lacking: read.lacking.filter((i) => !drop.has(i)) };
    }
  } else if (draft.updatedAt !== '') {
    const elsewhere = options.findElsewhere?.(draft.id);
    if (!elsewhere) return { ok: false, reason: 'deleted' };
    base = elsewhere;
  }
  const next = changes.reduce((c, change) => applyChange(c, change, now), base);
  const failed = safeSet(kv, caseKey(next.id), serializeCase(next));
  if (failed) return { ok: false, reason: failed, unsaved: next };
  return { ok: true, saved: next, ...(keptAside ? { keptAside } : {}) };
}

/** Removes one readable case; set-aside records are never touched. False when it was not stored. */
export function deleteCase(kv: KeyValue, id: string): boolean {
  const raw = safeGet(kv, caseKey(id));
  if (raw === null || typeof parseCaseRecord(raw) === 'string') return false;
  return safeRemove(kv, caseKey(id));
}


/* ---------- The page's side of a write (the checklist island's state, as a pure step) ---------- */

/** Why the last change to a case was not stored; the page still shows it. */
export type SaveProblem = { reason: StorageFailure; label: string; count: number } | { reason: 'deleted' | 'unreadable'; label: string };

/** A note about a case, by name. */
export type Note =
  /** A write kept the record aside first: its name was cut, or marks the catalogue no longer has were dropped. */
  | { kind: 'kept'; label: string; labelCut: boolean; unknown: number }
  /** The seller opened another case while changes to this one were only on the page (storage full). */
  | { kind: 'left'; label: string; count: number }
  | { kind: 'not-deleted'; label: string }
  /** The case is saved, but `count` of its timeline entries wait on this page (storage full). */
  | { kind: 'history'; id: string; label: string; count: number };

const historyNotes = (notes: readonly Note[]): Note[] => notes.filter((n) => n.kind === 'history');

/** What the checklist shows of the case being edited beyond what storage holds. */
export interface Editing {
  current: SavedCase | undefined;
  /** Changes storage refused (full, blocked), per case: retried with the next change, and when the case is opened again. */
  pending: Readonly<Record<string, CaseChange[]>>;
  problem: SaveProblem | undefined;
  notes: Note[];
}

/** The changes to write for one more change: what is pending for the case first; a blank name becomes the automatic one. */
export function toWrite(pending: Editing['pending'], c: SavedCase, saved: boolean, next: CaseChange, others: readonly SavedCase[]): CaseChange[] {
  const change: CaseChange = next.type === 'rename' ? { type: 'rename', label: labelOrAuto(next.label, others.filter((o) => o.id !== c.id)) } : next;
  return saved ? [...(pending[c.id] ?? []), change] : [change];
}

/** The page after writing `tried` to case `c` (`wasSaved`: it was stored before this write). */
export function afterWrite(state: Editing, c: SavedCase, result: WriteResult, tried: CaseChange[], wasSaved: boolean): Editing {
  const { [c.id]: _done, ...others } = state.pending;
  if (result.ok) {
    const kept = result.keptAside;
    const notes: Note[] = kept ? [{ kind: 'kept', label: result.saved.label, labelCut: kept.labelCut, unknown: kept.unknown.length }, ...historyNotes(state.notes)] : state.notes;
    return { current: result.saved, pending: others, problem: undefined, notes };
  }
  if (result.reason === 'full' || result.reason === 'blocked') {
    return {
      ...state,
      current: wasSaved ? state.current : { ...result.unsaved, updatedAt: '' },
      pending: wasSaved ? { ...others, [c.id]: tried } : others,
      problem: { reason: result.reason, label: c.label, count: wasSaved ? tried.length : 0 },
    };
  }
  return { ...state, problem: { reason: result.reason, label: c.label } };
}

/** The page after opening case `next` from case `from`: changes still pending for `from` are said, not dropped. */
export function afterOpen(state: Editing, from: SavedCase | undefined, next: SavedCase | undefined): Editing {
  const left = from && from.id !== next?.id ? state.pending[from.id] : undefined;
  const leftNote: Note[] = from && left ? [{ kind: 'left', label: from.label, count: left.length }] : [];
  return { current: next, pending: state.pending, problem: undefined, notes: [...leftNote, ...historyNotes(state.notes)] };
}

/**
 * The page once a saved change reached the timeline or not: `waiting`, the timeline events of each case
 * only on this page. Each case with some has one note saying how many; the others have none.
 */
export function afterLogged(state: Editing, c: Pick<SavedCase, 'id' | 'label'>, waiting: Readonly<Record<string, number>>): Editing {
  const notes = state.notes.flatMap((n): Note[] => (n.kind !== 'history' ? [n] : waiting[n.id] ? [{ ...n, count: waiting[n.id]! }] : []));
  const count = waiting[c.id];
  if (count && !notes.some((n) => n.kind === 'history' && n.id === c.id)) notes.push({ kind: 'history', id: c.id, label: c.label, count });
  return { ...state, notes };
}
