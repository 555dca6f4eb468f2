/**
 * What the ledger's backup, table and calendar buttons do: loaded on the first press, so opening the
 * ledger does not carry the export, import, CSV and iCalendar code.
 */
import type { SavedCase } from '~/lib/checklist/cases/store';
import { safeSet, type KeyValue } from '~/lib/shared/storage';
import { allDeadlinesIcs, caseIcs } from '~/lib/ledger/ics';
import { EXPORT_STAMP_KEY, exportAll, exportFileName, exportStamp, importAll, ledgerCsv, type ImportSummary } from '~/lib/ledger/transfer';
import type { Row } from '~/lib/ledger/rows';
import { downloadBlob } from '../tools/shared';

const day = (d: Date) => d.toISOString().slice(0, 10);
const calendar = (text: string) => new Blob([text], { type: 'text/calendar;charset=utf-8' });

/** Downloads everything as one file and remembers when; false when the time could not be stored. */
export function exportJson(storage: KeyValue, cases: readonly SavedCase[]): boolean {
  const now = new Date();
  downloadBlob(new Blob([exportAll(storage, cases, now)], { type: 'application/json' }), exportFileName(now));
  return safeSet(storage, EXPORT_STAMP_KEY, exportStamp(now)) === undefined;
}

export const importText = (storage: KeyValue, text: string): ImportSummary => importAll(storage, text, new Date());

export const downloadCsv = (rows: readonly Row[]) => downloadBlob(new Blob([ledgerCsv(rows)], { type: 'text/csv;charset=utf-8' }), `售后台账-${day(new Date())}.csv`);

export const downloadAllIcs = (open: readonly Row[]) => downloadBlob(calendar(allDeadlinesIcs(open, new Date())), '售后台账-全部截止.ics');

export const downloadCaseIcs = (row: Row & { deadline: Date }) => downloadBlob(calendar(caseIcs(row, new Date())), `提醒-${row.id}.ics`);
