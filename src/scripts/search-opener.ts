/**
 * The only script on reading pages: `/` or Ctrl/⌘-K anywhere goes to the search page, as the header link
 * does. The search page itself loads Pagefind; nothing is fetched until the seller asks to search.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
  if (!shortcut) return;
  const input = document.querySelector<HTMLInputElement>('#search-input');
  event.preventDefault();
  if (input) input.focus();
  else window.location.assign('/search/');
});
