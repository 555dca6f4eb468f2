/**
 * The components MDX pages may use without importing them. Their styles (and the court cases', which
 * sue-or-police.mdx imports) join the reading pages' one inlined stylesheet through this module: a stylesheet
 * only an MDX file imports is inlined as a second <style> that the page's CSP does not list, and is blocked.
 */
import Fact from './Fact.astro';
import Term from './Term.astro';
import EvidenceList from './EvidenceList.astro';
import Callout from './Callout.astro';
import DisputeTimeline from './DisputeTimeline.astro';
import '../styles/court-case.css';

export const mdxComponents = { Fact, Term, EvidenceList, Callout, DisputeTimeline };
