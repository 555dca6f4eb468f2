/**
 * The only script on reading pages. The header's 搜索 link, `/` or Ctrl/⌘-K open the search dialog; the
 * dialog's code and Pagefind load only then. On the search page itself they focus its box.
 * It also unfolds what a folded <details> hides when the seller needs it: the source a footnote mark
 * links to (browsers that open details for a fragment do it themselves; this covers the others), and
 * every folded source list while the page prints.
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

/** Opens the closed <details> around the element a fragment names, so following the link shows it. */
function unfold(hash: string): void {
  let id = '';
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return; // A forged or broken fragment names nothing.
  }
  const fold = id ? document.getElementById(id)?.closest('details') : undefined;
  if (fold && !fold.open) fold.open = true;
}
unfold(location.hash);
addEventListener('hashchange', () => unfold(location.hash));

const printed: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.page-sources details:not([open])')) {
    printed.push(d);
    d.open = true;
  }
});
addEventListener('afterprint', () => {
  for (const d of printed.splice(0)) d.open = false;
});

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (anchor) unfold(anchor.getAttribute('href') ?? '');
  const link = (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  openSearch();
});
