/**
 * The checklist catalogue for the island: given as a prop (a scenario page embeds its own short list), or
 * fetched once from the built file (CATALOG_URL) on /checklist/, where it would otherwise make the page's
 * HTML 40 % heavier. A failed or damaged download is reported; saved cases are not touched either way.
 */
import { useEffect, useState } from 'preact/hooks';
import { isCatalog, type ChecklistCatalog } from '~/lib/checklist/catalog';

export type CatalogState = { catalog: ChecklistCatalog; failed?: undefined } | { catalog?: undefined; failed: boolean };

export function useCatalog(given: ChecklistCatalog | undefined, url: string | undefined): CatalogState {
  const [state, setState] = useState<CatalogState>(given ? { catalog: given } : { failed: false });
  useEffect(() => {
    if (given || !url) return;
    fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((data: unknown) => setState(isCatalog(data) ? { catalog: data } : { failed: true }))
      .catch(() => setState({ failed: true }));
  }, []);
  return state;
}
