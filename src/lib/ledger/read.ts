/**
 * The ledger as stored now: every readable case with its parts (deadline, timeline, outcome, whether a
 * statement draft exists), and every part record that cannot be read, listed apart with its text so
 * nothing is silently lost. Never writes. The cases themselves are read by `checklist/cases/store.ts`.
 */
import type { SavedCase } from '../checklist/cases/store';
import { NAMESPACE, recordKey, safeGet, safeKeys, setAsideKind, type KeyValue } from '../shared/storage';
import { PART_KINDS, readStoredPart, type Deadline, type Outcome, type PartKind, type TimelineEvent } from './records';

export interface CaseParts {
  deadline?: Deadline;
  timeline: TimelineEvent[];
  outcome?: Outcome;
  /** A statement draft with text is saved for the case. */
  drafted: boolean;
}

export interface LedgerCase {
  c: SavedCase;
  parts: CaseParts;
}

/** A part record that could not be read (or a copy kept aside before one was written over). */
export interface UnreadablePart {
  key: string;
  raw: string;
  kind: PartKind;
  /** True for a copy kept aside; false for the record in its place (the next write keeps it aside first). */
  keptAside: boolean;
}

/**
 * Whether a stored statement draft has text. Only this is read here, not the whole draft (the tools'
 * `statement-draft.ts` reads and writes drafts), so the ledger page does not carry the draft module.
 */
function hasText(raw: string): boolean {
  try {
    const text = (JSON.parse(raw) as { text?: unknown } | null)?.text;
    return typeof text === 'string' && text.trim() !== '';
  } catch {
    return false;
  }
}

export function readParts(kv: Pick<KeyValue, 'getItem'>, id: string): { parts: CaseParts; unreadable: UnreadablePart[] } {
  const unreadable: UnreadablePart[] = [];
  const get = <K extends PartKind>(kind: K) => {
    const s = readStoredPart(kv, kind, id);
    if (s.kind === 'unreadable') unreadable.push({ key: recordKey(kind, id), raw: s.raw, kind, keptAside: false });
    return s.kind === 'ok' ? s.value : undefined;
  };
  const deadline = get('deadline');
  const outcome = get('outcome');
  const draft = safeGet(kv, recordKey('statement', id));
  return {
    parts: {
      ...(deadline ? { deadline } : {}),
      timeline: get('timeline') ?? [],
      ...(outcome ? { outcome } : {}),
      drafted: draft !== null && hasText(draft),
    },
    unreadable,
  };
}

/** The cases with their parts; unreadable part records of any case, and the copies kept aside. */
export function readLedger(kv: KeyValue, cases: readonly SavedCase[]): { cases: LedgerCase[]; unreadable: UnreadablePart[] } {
  const unreadable: UnreadablePart[] = [];
  const out = cases.map((c) => {
    const read = readParts(kv, c.id);
    unreadable.push(...read.unreadable);
    return { c, parts: read.parts };
  });
  for (const key of safeKeys(kv).sort()) {
    const kind = setAsideKind(key) as PartKind | undefined;
    if (kind && PART_KINDS.includes(kind)) {
      const raw = safeGet(kv, key);
      if (raw !== null) unreadable.push({ key, raw, kind, keptAside: true });
    }
  }
  return { cases: out, unreadable };
}

/** True for a storage event that concerns the ledger: a case, a draft or a part (key null: storage was cleared). */
export const concernsLedger = (key: string | null): boolean => key === null || key.startsWith(NAMESPACE);
