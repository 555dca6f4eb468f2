/**
 * The components MDX pages may use without importing them. A component used on one page only (the dispute
 * timeline, the court cases) is imported by that page, so its stylesheet is inlined on that page alone.
 */
import Fact from './Fact.astro';
import Term from './Term.astro';
import EvidenceList from './EvidenceList.astro';
import Callout from './Callout.astro';

export const mdxComponents = { Fact, Term, EvidenceList, Callout };
