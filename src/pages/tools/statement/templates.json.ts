/**
 * Every 举证说明 template and the evidence titles they cite, as one file the /tools/statement/ island fetches
 * (src/lib/tools/statement-data.ts says why it is not in the page). Stored offline with the tool's page.
 */
import type { APIRoute } from 'astro';
import { statementData } from '~/data/collections';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await statementData()), { headers: { 'Content-Type': 'application/json' } });
