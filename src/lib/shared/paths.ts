/**
 * The site's internal addresses, each written once: `sections` (menu, breadcrumbs, search) and every
 * address builder read them, islands import the single constant they need and carry nothing else. The
 * self-check's own scheme is `src/lib/self-check/urls.ts`, the tools' addresses `src/lib/tools/registry.ts`.
 * A test (tests/shared/paths.test.ts) fails on an internal address typed anywhere else in src/lib or
 * src/islands. Pure, no imports.
 */

// Tree-shaken one by one: an island that imports one address carries only that string.
/** What a seller reads: the guide, the scenarios, the FAQ, the glossary, the rule changes and the sources. */
export const GUIDE_PATH = '/guide/', SCENARIOS_PATH = '/scenarios/', FAQ_PATH = '/faq/', GLOSSARY_PATH = '/glossary/', CHANGES_PATH = '/changes/', SOURCES_PATH = '/sources/';
/** What a seller works in: the self-check, the checklist, the ledger (售后台账), the tools and the search. */
export const CHECK_PATH = '/check/', CHECKLIST_PATH = '/checklist/', CASES_PATH = '/cases/', TOOLS_PATH = '/tools/', SEARCH_PATH = '/search/';
/** The page the service worker shows for a page never stored, when there is no network. */
export const OFFLINE_PATH = '/offline/';

/** One case opened in the ledger (售后台账). */
export const ledgerCasePath = (id: string): string => `${CASES_PATH}?case=${encodeURIComponent(id)}`;

/** A guide chapter, or one of its sections (`#anchor`). */
export const guidePath = (id: string, anchor?: string): string => `${GUIDE_PATH}${id}/${anchor ? `#${anchor}` : ''}`;

/** A scenario page. */
export const scenarioPath = (id: string): string => `${SCENARIOS_PATH}${id}/`;
