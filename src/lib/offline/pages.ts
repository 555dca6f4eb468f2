/**
 * Offline copies (issue 25): which requests the service worker handles how, the one key a page is
 * stored under, and the list of stored pages the offline page shows. Pure.
 */
import { OFFLINE_PATH } from '~/lib/shared/paths';
import { SITE_NAME } from '~/lib/shared/site';
import { formatSavedAt } from './notice';

/** The worker's own caches; a cache with this prefix and another name is an old version and is deleted. */
export const CACHE_PREFIX = 'shouhou-';
export const PAGES_CACHE = `${CACHE_PREFIX}pages-v1`;
export const FILES_CACHE = `${CACHE_PREFIX}files-v1`;
export const ASSETS_CACHE = `${CACHE_PREFIX}assets-v1`;
export const OWN_CACHES = [PAGES_CACHE, FILES_CACHE, ASSETS_CACHE];
/** The page shown for a page that was never stored, when there is no network. */
export const OFFLINE_PAGE = OFFLINE_PATH;
/** The header holding a stored page's title (percent-encoded: a header is Latin-1). */
export const TITLE_HEADER = 'x-saved-title';

/**
 * How the worker answers a request:
 *   page    a page (navigation): network first, the stored copy only when the network fails;
 *   hashed  a file whose name carries a hash of its content (Astro's bundles, Pagefind's chunks): cache first;
 *   file    any other file of the site (data, Pagefind's fixed names): network first;
 *   skip    not the worker's business (another origin, not GET): the browser does it as if there were no worker.
 */
export type Handling = 'page' | 'hashed' | 'file' | 'skip';

export function handlingOf(request: { url: string; method: string; mode: string }, origin: string): Handling {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'skip';
  if (request.mode === 'navigate') return 'page';
  if (/^\/(_astro|pagefind\/(index|fragment|filter))\//.test(url.pathname)) return 'hashed';
  // The worker's own script is fetched by the browser's update check, never through the worker.
  if (url.pathname === '/sw.js') return 'skip';
  return 'file';
}

/** A page's one storage key: its address without query and fragment (the tools read their ?case= in the page). */
export function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** A page's title without the site's name, as the list of stored pages shows it. */
export function titleOf(html: string): string {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
  const own = raw.endsWith(`｜${SITE_NAME}`) ? raw.slice(0, -(SITE_NAME.length + 1)) : raw.startsWith(`${SITE_NAME}：`) ? raw.slice(SITE_NAME.length + 1) : raw;
  return own.trim();
}

const escape = (s: string) => s.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export interface StoredPage {
  path: string;
  /** As it stands in the page's <title>: already HTML text. */
  title: string;
  savedAt: Date | undefined;
}

/** The stored pages as list items, newest first; the offline page itself and pages listed elsewhere left out. */
export function storedPagesList(pages: StoredPage[], leaveOut: ReadonlySet<string>): string {
  const shown = pages
    .filter((p) => p.path !== OFFLINE_PAGE && !leaveOut.has(p.path))
    .sort((a, b) => (b.savedAt?.getTime() ?? 0) - (a.savedAt?.getTime() ?? 0));
  return shown
    .map((p) => {
      const when = p.savedAt ? `，北京时间 ${formatSavedAt(p.savedAt)} 存下` : '';
      return `<li><a href="${escape(p.path)}">${escape(p.title || p.path)}</a>${when}</li>`;
    })
    .join('');
}

/** The offline page with the list in place of its placeholder list; unchanged when there is nothing to list. */
export function withStoredPages(html: string, items: string): string {
  if (!items) return html;
  return html.replace(/(<ul id="stored-pages"[^>]*>)[\s\S]*?(<\/ul>)/, (_, open: string, close: string) => open + items + close);
}
