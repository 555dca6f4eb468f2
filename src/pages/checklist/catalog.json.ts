/**
 * The checklist catalogue (every dispute type and evidence item, facts already written out) as one file
 * the /checklist/ island fetches. Passed as island props it was 6.7 kB of the page's 17.7 kB gzip HTML and
 * held back the first paint on a slow phone network; as a file it is cached and loads beside the JS.
 */
import type { APIRoute } from 'astro';
import { checklistCatalog } from '~/data/collections';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await checklistCatalog()), { headers: { 'Content-Type': 'application/json' } });
