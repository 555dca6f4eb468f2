/**
 * When the seller last exported the ledger, and whether to remind them: apart from the export itself
 * (`transfer.ts`), which the page loads only when the seller exports or imports.
 */
import { recordKey, safeGet, type KeyValue } from '../shared/storage';
import { PART_VERSION } from './records';

export const EXPORT_STAMP_KEY = recordKey('ledger', 'last-export');
const WEEK_MS = 7 * 24 * 3600_000;

export function lastExport(kv: Pick<KeyValue, 'getItem'>): Date | undefined {
  const raw = safeGet(kv, EXPORT_STAMP_KEY);
  try {
    const data = raw === null ? undefined : (JSON.parse(raw) as { v?: unknown; at?: unknown });
    const at = data?.v === PART_VERSION && typeof data.at === 'string' ? new Date(data.at) : undefined;
    return at && !Number.isNaN(at.getTime()) ? at : undefined;
  } catch {
    return undefined;
  }
}

export const exportStamp = (now: Date): string => JSON.stringify({ v: PART_VERSION, at: now.toISOString() });

/** Remind to export: there are open cases and no export in the last 7 days (or none ever). */
export const exportDue = (openCases: number, last: Date | undefined, now: Date): boolean =>
  openCases > 0 && (!last || now.getTime() - last.getTime() >= WEEK_MS);

