/**
 * Offline copies (issue 25): what the service worker stores on the first visit, before the seller opens
 * it. The tools, the evidence checklist and the case ledger must work with no connection even if the seller
 * never opened them online, so their pages, the data they fetch and the site's hashed bundles are stored;
 * reading pages are stored as they are read. Chosen from dist/ by pattern, so a new tool page or the ledger
 * is included without a change here. Pure: the build script (scripts/service-worker.mjs) lists the files.
 */

/** Files in dist/ (paths relative to it, with "/") stored on the first visit. */
export const PRECACHE_PATTERNS: RegExp[] = [
  /^(tools|checklist|cases)\/(.+\/)?index\.html$/,
  /^(tools|checklist|cases)\/(.+\/)?[^/]+\.json$/,
  /^offline\/index\.html$/,
  // Every bundle: the tools' islands and their lazily loaded parts, the self-check, the search box.
  /^_astro\/[^/]+\.(js|css)$/,
];

/** The files to store, sorted. */
export function selectPrecache(files: string[]): string[] {
  return files.filter((f) => PRECACHE_PATTERNS.some((p) => p.test(f))).sort();
}

/** The address a stored file is fetched and looked up by: a page at its slash address, as links name it. */
export function precacheUrl(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Astro's bundles carry a content hash in their names, so the worker need not add a revision to them. */
export const HASHED_FILE = /^\/?_astro\//;
