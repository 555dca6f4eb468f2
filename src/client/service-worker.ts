/// <reference lib="webworker" />
/**
 * The service worker (issue 25, offline). Built by scripts/service-worker.mjs into dist/sw.js with
 * Workbox's injectManifest: Workbox's modules are bundled in, nothing is loaded from anywhere else, and
 * the worker only ever asks this site for this site's files. Which request is handled how, the keys and
 * the texts are in src/lib/offline/ (pure, unit-tested); this file wires them to Workbox.
 *
 *   pages          network first, always: a page with rules on it is never shown from the phone while the
 *                  network answers. Only when the network fails (offline, or the server answers 5xx) the
 *                  stored copy is shown, with a notice saying from when; a page never stored gets /offline/.
 *                  No timeout: a slow network is still waited for.
 *   hashed files   (/_astro/, Pagefind's chunks) cache first: their names change when their content does.
 *   other files    (data, Pagefind's fixed names) network first, the stored copy offline.
 *   pre-cached     the tools, the checklist, the ledger, /offline/ and every bundle, stored on the first
 *                  visit (src/lib/offline/precache.ts), so they work offline before the seller opens them.
 *
 * Updates: a new worker takes over at once (skipWaiting, clients.claim). That is safe because pages are
 * network first: the worker never decides which version of a page the seller reads, only what to show
 * when there is no network. Old versions' caches are deleted on activation.
 */
import { cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, type StrategyOptions } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { SAVED_AT_HEADER, savedAtOf, savedCopyNotice, withNotice } from '~/lib/offline/notice';
import {
  ASSETS_CACHE,
  CACHE_PREFIX,
  FILES_CACHE,
  OFFLINE_PAGE,
  OWN_CACHES,
  PAGES_CACHE,
  TITLE_HEADER,
  handlingOf,
  pageKey,
  storedPagesList,
  titleOf,
  withStoredPages,
  type StoredPage,
} from '~/lib/offline/pages';

type WorkboxPlugin = NonNullable<StrategyOptions['plugins']>[number];

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const manifest = self.__WB_MANIFEST;
const precached = new Set(manifest.map((e) => (typeof e === 'string' ? e : e.url)));
precache(manifest);
cleanupOutdatedCaches();

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && !OWN_CACHES.includes(name)) await caches.delete(name);
      // The page that installed the worker was loaded before it: store it now, so it too opens offline.
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        if (handlingOf({ url: client.url, method: 'GET', mode: 'navigate' }, self.location.origin) !== 'page') continue;
        const [, stored] = pages.handleAll({ request: new Request(client.url), event });
        await stored.catch(() => undefined);
      }
      await self.clients.claim();
    })(),
  );
});

/** A page or file is stored only when the server answered it in full. */
const okOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && response.type === 'basic' ? response : null),
};

/** A server error is treated like no network: the stored copy, with its notice, is better than an error page. */
const serverErrorIsFailure: WorkboxPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 500) throw new Error(`server answered ${response.status}`);
    return response;
  },
};

/** Headers of a stored copy: the server's, with when it was stored and the page's title. */
function stamped(response: Response, extra: Record<string, string>): Headers {
  const headers = new Headers(response.headers);
  // The body is stored decoded: its encoding and length no longer apply.
  headers.delete('content-encoding');
  headers.delete('content-length');
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return headers;
}

const storeStamped: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || response.type !== 'basic') return null;
    const html = await response.clone().text();
    const headers = stamped(response, { [SAVED_AT_HEADER]: String(Date.now()), [TITLE_HEADER]: encodeURIComponent(titleOf(html)) });
    return new Response(html, { status: 200, statusText: response.statusText, headers });
  },
};

/**
 * Every page and file is stored under its address without the query: the tools read their ?case= in the
 * page, and Pagefind asks for pagefind-entry.json with a new ?ts= each time.
 */
const byPath: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url),
};

/** A stored copy as the seller gets it offline: with the notice on top. */
async function asSavedCopy(copy: Response): Promise<Response> {
  const html = withNotice(await copy.text(), savedCopyNotice(savedAtOf(copy.headers)));
  return new Response(html, { status: 200, headers: stamped(copy, {}) });
}

/** The offline page, listing the pages stored on this phone that the page's own links do not already give. */
async function offlinePage(): Promise<Response | undefined> {
  const page = await matchPrecache(OFFLINE_PAGE);
  if (!page) return undefined;
  const cache = await caches.open(PAGES_CACHE);
  const stored: StoredPage[] = [];
  for (const request of await cache.keys()) {
    const copy = await cache.match(request);
    const path = new URL(request.url).pathname;
    if (copy) stored.push({ path, title: decodeURIComponent(copy.headers.get(TITLE_HEADER) ?? ''), savedAt: savedAtOf(copy.headers) });
  }
  const html = withStoredPages(await page.text(), storedPagesList(stored, precached));
  return new Response(html, { status: 200, headers: stamped(page, {}) });
}

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  plugins: [
    serverErrorIsFailure,
    byPath,
    storeStamped,
    { cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? asSavedCopy(cachedResponse) : cachedResponse) },
    // A page never stored this way may be one of the pre-cached ones; otherwise the offline page.
    {
      handlerDidError: async ({ request }) => {
        const copy = await matchPrecache(new URL(request.url).pathname);
        return copy ? asSavedCopy(copy) : offlinePage();
      },
    },
    new ExpirationPlugin({ maxEntries: 200 }),
  ],
});

const files = new NetworkFirst({
  cacheName: FILES_CACHE,
  plugins: [
    byPath,
    okOnly,
    { handlerDidError: async ({ request }) => matchPrecache(new URL(request.url).pathname) },
    new ExpirationPlugin({ maxEntries: 50 }),
  ],
});

const hashed = new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [okOnly, new ExpirationPlugin({ maxEntries: 600, maxAgeSeconds: 90 * 24 * 3600 })] });

const handling = (request: Request) => handlingOf(request, self.location.origin);

registerRoute(({ request }) => handling(request) === 'page', pages);
registerRoute(({ request }) => handling(request) === 'file', files);
registerRoute(
  ({ request }) => handling(request) === 'hashed',
  async (options) => (await matchPrecache(new URL(options.request.url).pathname)) ?? hashed.handle(options),
);
