/**
 * The only script on reading pages. The header's 搜索 link, `/` or Ctrl/⌘-K open the search dialog; the
 * dialog's code and Pagefind load only then. On the search page itself they focus its box.
 * Once the page has loaded, it registers the service worker that keeps pages usable offline
 * (src/client/service-worker.ts). The build makes every page load this file after its first paint.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function openSearch(): void {
  const onPage = document.querySelector<HTMLInputElement>('#search-app #search-input');
  if (onPage) {
    onPage.focus();
    return;
  }
  import('~/client/search-ui')
    .then((m) => m.openSearchDialog())
    .catch(() => window.location.assign('/search/'));
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
  if (!shortcut) return;
  event.preventDefault();
  openSearch();
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  openSearch();
});

// After load, so it never competes with the page's first paint; a browser without workers (or refusing one) just has no offline copies.
// The build loads this file after load (src/integrations/late-search-opener.mjs), so load may be past already.
const registerWorker = () => navigator.serviceWorker?.register('/sw.js').catch(() => 0);
if (import.meta.env.PROD) {
  if (document.readyState === 'complete') registerWorker();
  else addEventListener('load', registerWorker);
}

// The shortcuts work from here on: browser tests wait for this mark before pressing them.
document.documentElement.dataset.searchReady = '';
