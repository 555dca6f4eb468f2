/** Small sites for the search unit tests: each page uses one phrase (as a keyword), in the order given. */
import { buildSearchData, decodeSearchData, type AliasSource, type QueryTerms, type SearchData, type Sounds } from '~/lib/search/data';
import { worthSounds } from '~/lib/search/mend';
import { extractTerms } from '~/lib/search/query';
import { WEIGHT } from '~/lib/search/tuning';

/** The search data as the browser reads it: built, then decoded from the wire form. */
export const searchData = (...args: Parameters<typeof buildSearchData>): SearchData => decodeSearchData(buildSearchData(...args));

export const site = (phrases: string[], aliases: AliasSource[] = [], sounds?: Sounds) =>
  searchData(
    phrases.map((text, i) => ({ u: `/p${i}/`, t: text, section: '指南', fields: [{ text, weight: WEIGHT.keyword }] })),
    aliases,
    sounds,
  );
/** The key terms a query finds, read with or without the sounds. */
export const known = (q: string, data: SearchData, sounds?: Sounds) => extractTerms(q, data, undefined, sounds).known;
export const terms = (q: string, data: SearchData) => known(q, data).map((k) => k.term);
/** inSite over a list of phrases, as extractTerms builds it (a substring of any phrase). */
export const within = (...phrases: string[]) => (s: string) => phrases.some((p) => p.includes(s));
export const worth = (typed: string, mended: string, ...phrases: string[]) => worthSounds([...typed], [...mended], within(...phrases));
/** Query terms found whole, for ranking. */
export const asking = (terms: string[], more: Partial<QueryTerms> = {}): QueryTerms => ({ known: terms.map((term) => ({ term, certainty: 1 })), free: [], marks: terms, ...more });
