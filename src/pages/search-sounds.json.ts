/**
 * The syllable table of src/lib/search/sounds.ts as data: the search script fetches it only for a query that
 * may hold a typo by sound or pinyin in letters, so neither the script nor the first search carries it.
 */
import type { APIRoute } from 'astro';
import { SYLLABLE_STARTS } from '~/lib/search/sounds';

export const GET: APIRoute = () => new Response(JSON.stringify(SYLLABLE_STARTS), { headers: { 'Content-Type': 'application/json' } });
