/**
 * Calls `refresh` whenever another tab changes a key that `concerns` names (the `storage` event), for a
 * `useEffect` that runs once: returns its clean-up. Shared by the checklist's saved cases and the ledger.
 */
export function followStorage(concerns: (key: string | null) => boolean, refresh: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (concerns(e.key)) refresh();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
