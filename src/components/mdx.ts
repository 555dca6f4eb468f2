/** The components MDX pages may use without importing them. */
import Fact from './Fact.astro';
import Term from './Term.astro';
import EvidenceList from './EvidenceList.astro';
import Callout from './Callout.astro';
import DisputeTimeline from './DisputeTimeline.astro';

export const mdxComponents = { Fact, Term, EvidenceList, Callout, DisputeTimeline };
