/**
 * The ledger as stored now, re-read whenever any of the site's records changes (this tab or another:
 * the `storage` event). Version-1 checklist data is migrated first, by the checklist's own module
 * (`cases/legacy.ts`, loaded only when such data is there). Apart from the checklist's `useSavedCases`
 * so the two pages share no chunk the checklist would have to load as an extra file, but for the 126-byte
 * `storage` listener (`../shared/storage-events.ts`).
 */
import { useEffect, useState } from 'preact/hooks';
import { LEGACY_KEY, readAll, type Snapshot } from '~/lib/checklist/cases/store';
import { concernsLedger, readLedger, type LedgerCase, type UnreadablePart } from '~/lib/ledger/read';
import { browserStorage, isBlocked, safeGet } from '~/lib/shared/storage';
import { followStorage } from '../shared/storage-events';

export const storage = browserStorage(() => window.localStorage);

export interface LedgerState {
  loaded: boolean;
  blocked: boolean;
  /** Readable cases (newest first) and case records set aside, as the checklist reads them. */
  snapshot: Snapshot;
  cases: LedgerCase[];
  unreadable: UnreadablePart[];
}

const empty: LedgerState = { loaded: false, blocked: false, snapshot: { cases: [], setAside: [] }, cases: [], unreadable: [] };

export function useLedger(): [LedgerState, () => void] {
  const [state, setState] = useState(empty);
  const refresh = () => {
    const snapshot = readAll(storage);
    setState({ loaded: true, blocked: isBlocked(storage), snapshot, ...readLedger(storage, snapshot.cases) });
  };
  useEffect(() => {
    if (safeGet(storage, LEGACY_KEY) !== null) {
      void import('~/lib/checklist/cases/legacy').then((m) => {
        m.migrateLegacy(storage, Date.now());
        refresh();
      });
    } else refresh();
    return followStorage(concernsLedger, refresh);
  }, []);
  return [state, refresh];
}
