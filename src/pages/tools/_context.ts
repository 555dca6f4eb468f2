/** What every tool page passes its island: the ids a link may name, so forged values are caught. */
import { getCollection } from 'astro:content';

export async function toolKnownIds() {
  return {
    types: (await getCollection('scenarios')).map((s) => s.id).sort(),
    evidence: (await getCollection('evidence')).map((e) => e.id),
  };
}
