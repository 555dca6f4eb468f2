/**
 * Writing cases as the pages do it: the case store's writes (`cases/write.ts`), and after each saved
 * change the same change on the case's timeline (`ledger/write.ts`); deleting a case deletes its ledger parts. The timeline code is imported on
 * the first saved change, from here, so the checklist page itself loads nothing more than before.
 */
import { deleteCase as deleteCaseRecord, writeChanges as writeCase, type CaseChange, type WriteOptions, type WriteResult } from '~/lib/checklist/cases/write';
import type { SavedCase } from '~/lib/checklist/cases/store';
import { recordKey, safeRemove, type KeyValue } from '~/lib/shared/storage';

export * from '~/lib/checklist/cases/write';

/**
 * `logged`: resolves once the change is on the timeline, or refused: then how many events of each case
 * wait on this page (the case itself is saved), for the page to say so.
 */
export function writeChanges(kv: KeyValue, draft: SavedCase, changes: readonly CaseChange[], now: Date, options: WriteOptions = {}): WriteResult & { logged?: Promise<Record<string, number>> } {
  const result = writeCase(kv, draft, changes, now, options);
  if (!result.ok) return result;
  const logged = import('~/lib/ledger/write').then((m) => m.logChanges(kv, result.saved.id, changes, draft.updatedAt === '', now));
  return { ...result, logged };
}

/** Deletes a case and its ledger parts (deadline, timeline, outcome): nothing of it is left behind. */
export function deleteCase(kv: KeyValue, id: string): boolean {
  const removed = deleteCaseRecord(kv, id);
  if (removed) for (const kind of ['deadline', 'timeline', 'outcome'] as const) safeRemove(kv, recordKey(kind, id));
  return removed;
}
