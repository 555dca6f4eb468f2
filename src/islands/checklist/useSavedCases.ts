/**
 * The saved cases as the page shows them: read from localStorage on start, re-read when another tab
 * changes them (`storage` event), and written one case at a time through `src/lib/checklist/cases/store.ts`,
 * which merges every write with what is stored now. Version-1 data is migrated by `case-read.ts`,
 * loaded only when such data is there.
 */
import { useEffect, useState } from 'preact/hooks';
import { concernsCases, LEGACY_KEY, readAll, type SavedCase, type Snapshot } from '~/lib/checklist/cases/store';
import type { CaseChange } from '~/lib/checklist/cases/write';
import { browserStorage, isBlocked, safeGet, type KeyValue } from '~/lib/shared/storage';
import { followStorage } from '../shared/storage-events';

const storage = browserStorage(() => window.localStorage);
let legacy: typeof import('~/lib/checklist/cases/legacy') | undefined;

type Write = typeof import('./writer');

export interface SavedCases extends Snapshot {
  /** False until storage was read on this page. */
  loaded: boolean;
  /** A version-1 record that could not be migrated yet (storage full): its cases are shown, read from it. */
  migrationPending: boolean;
  /** The browser does not let the site keep anything (private mode, a policy): said on load, not at the first tick. */
  blocked: boolean;
  /** Writes go through `write`, the lazily loaded writing module (`writer.ts`: the case, then its timeline). */
  save: (write: Write, draft: SavedCase, changes: readonly CaseChange[], known?: Readonly<Record<string, unknown>>) => ReturnType<Write['writeChanges']>;
  remove: (write: Write, id: string) => boolean;
  /** For the set-aside list, which re-imports on its own and then asks for a refresh. */
  storage: KeyValue;
  refresh: () => void;
}

export function useSavedCases(): SavedCases {
  const [snapshot, setSnapshot] = useState<Snapshot>({ cases: [], setAside: [] });
  const [blocked, setBlocked] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [migrationPending, setMigrationPending] = useState(false);

  const refresh = () => {
    setSnapshot(legacy && safeGet(storage, LEGACY_KEY) !== null ? legacy.readAllWithLegacy(storage) : readAll(storage));
    setBlocked(isBlocked(storage));
    setLoaded(true);
  };

  useEffect(() => {
    if (safeGet(storage, LEGACY_KEY) !== null) {
      void import('~/lib/checklist/cases/legacy').then((m) => {
        legacy = m;
        setMigrationPending(!m.migrateLegacy(storage, Date.now()).done);
        refresh();
      });
    } else refresh();
    return followStorage(concernsCases, refresh);
  }, []);

  return {
    ...snapshot,
    loaded,
    migrationPending,
    blocked,
    save(write, draft, changes, known) {
      const findElsewhere = legacy && ((id: string) => legacy?.legacyCase(storage, id));
      const result = write.writeChanges(storage, draft, changes, new Date(), { findElsewhere, known });
      refresh();
      return result;
    },
    remove(write, id) {
      const removed = write.deleteCase(storage, id);
      refresh();
      return removed;
    },
    storage,
    refresh,
  };
}
