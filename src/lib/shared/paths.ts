/**
 * The site's internal addresses, each written once: `sections` (menu, breadcrumbs, search) and every
 * address builder read them, islands import the single constant they need and carry nothing else. The
 * self-check's own scheme is `src/lib/self-check/urls.ts`, the tools' addresses `src/lib/tools/registry.ts`.
 * A test (tests/shared/paths.test.ts) fails on an internal address typed anywhere else in src/lib or
 * src/islands. Pure, no imports.
 */

export const GUIDE_PATH = '/guide/';
export const SCENARIOS_PATH = '/scenarios/';
export const CHECK_PATH = '/check/';
export const CHECKLIST_PATH = '/checklist/';
export const TOOLS_PATH = '/tools/';
export const CHANGES_PATH = '/changes/';
export const GLOSSARY_PATH = '/glossary/';
export const FAQ_PATH = '/faq/';
export const SOURCES_PATH = '/sources/';
export const SEARCH_PATH = '/search/';
/** What the service worker shows for a page it has not stored, with no network. */
export const OFFLINE_PATH = '/offline/';

/** A guide chapter, or one of its sections (`#anchor`). */
export const guidePath = (id: string, anchor?: string): string => `${GUIDE_PATH}${id}/${anchor ? `#${anchor}` : ''}`;

/** A scenario page. */
export const scenarioPath = (id: string): string => `${SCENARIOS_PATH}${id}/`;
