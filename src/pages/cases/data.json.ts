/**
 * What the ledger's rows need of each dispute type and evidence item, as one file the /cases/ island
 * fetches. Written into the page it was 6.2 kB of the page's 16.4 kB gzip HTML, past the first round trip
 * of a slow phone network; as a file it is cached (and stored for offline use) and loads beside the JS.
 */
import type { APIRoute } from 'astro';
import { checklistCatalog, ledgerTypes } from '~/data/collections';
import type { LedgerData } from '~/lib/ledger/rows';

export const GET: APIRoute = async () => {
  const catalog = await checklistCatalog();
  const data: LedgerData = {
    types: await ledgerTypes(),
    items: Object.fromEntries(Object.values(catalog.items).map((i) => [i.id, i.title])),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
