/**
 * The search box and its results, on the /search/ page or in a dialog opened from any page. Loaded only
 * when the seller asks to search; Pagefind's script and index load on the first query. Query expansion
 * and merging are `src/lib/search.ts`.
 */
import { bestBets, expandQuery, mergeResults, type AliasMap, type BestBet } from '../lib/search';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { section?: string[] };
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const SECTIONS = ['指南', '纠纷场景', '术语', '常见问题', '自测结果'];
const SUGGESTIONS = ['空包', '没收到货', '掉包', '举证时间', '介入率', '仅退款', '差评要挟', '拒收运费'];
const PAGEFIND = '/pagefind/pagefind.js';

interface SearchData {
  aliases: AliasMap;
  bets: BestBet[];
}

/** One result as the list shows it. */
interface Hit {
  url: string;
  title: string;
  section: string;
  /** Safe HTML: Pagefind's escaped excerpt with <mark>, or our own escaped description. */
  excerptHtml: string;
  subs: { title: string; url: string }[];
}

let engine: Promise<{ pagefind: Pagefind; data: SearchData }> | undefined;

function loadEngine() {
  engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>,
      fetch('/search-data.json').then((r) => (r.ok ? (r.json() as Promise<SearchData>) : { aliases: {}, bets: [] })),
    ]);
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    return { pagefind, data };
  })();
  return engine;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pathOf = (url: string) => url.split('#')[0] ?? url;

/**
 * Best bets from the site's own vocabulary first, then Pagefind's full-text results for every variant
 * of the query (as typed, with seller words replaced, without filler words).
 */
async function searchSite(query: string, section = ''): Promise<Hit[]> {
  const { pagefind, data } = await loadEngine();
  const bets = bestBets(query, data.bets).filter((b) => !section || b.section === section);
  const options = section ? { filters: { section } } : {};
  const lists = await Promise.all(expandQuery(query, data.aliases).map((v) => pagefind.search(v, options).then((r) => r.results)));
  const found = await Promise.all(mergeResults(lists).slice(0, 8).map((r) => r.data()));
  const hits: Hit[] = bets.map((b) => ({ url: b.path, title: b.title, section: b.section, excerptHtml: escapeHtml(b.description), subs: [] }));
  for (const r of found) {
    if (hits.some((h) => pathOf(h.url) === pathOf(r.url))) continue;
    hits.push({
      url: r.url,
      title: r.meta.title ?? r.url,
      section: r.filters.section?.[0] ?? '',
      excerptHtml: r.excerpt,
      subs: r.sub_results.filter((sub) => sub.url !== r.url && sub.url.includes('#')).slice(0, 3),
    });
  }
  return hits.slice(0, 8);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

/** Builds the search box into `root`. Returns the input so the caller can focus it. */
export function mountSearch(root: HTMLElement, initialQuery = ''): HTMLInputElement {
  root.replaceChildren();
  const form = el('form', { role: 'search', class: 'search-form', action: '/search/', method: 'get' });
  const label = el('label', { for: 'search-input' }, '搜索关键词');
  const input = el('input', { id: 'search-input', name: 'q', type: 'search', autocomplete: 'off', placeholder: '例如：空包、没收到货、掉包', 'aria-describedby': 'search-status' });
  form.append(label, input);
  const filters = el('div', { class: 'search-filters', role: 'group', 'aria-label': '按栏目筛选' });
  let section = '';
  const filterButtons = ['', ...SECTIONS].map((s) => {
    const b = el('button', { type: 'button', 'aria-pressed': s === '' ? 'true' : 'false' }, s || '全部');
    b.addEventListener('click', () => {
      section = s;
      for (const other of filterButtons) other.setAttribute('aria-pressed', other === b ? 'true' : 'false');
      void run();
    });
    return b;
  });
  filters.append(...filterButtons);
  const status = el('p', { id: 'search-status', class: 'search-status', 'aria-live': 'polite' });
  const list = el('ol', { class: 'search-results' });
  const empty = el('div', { class: 'search-empty' });
  const suggest = el('p', {}, '试试这些词：');
  for (const s of SUGGESTIONS) {
    const b = el('button', { type: 'button', class: 'suggestion' }, s);
    b.addEventListener('click', () => {
      input.value = s;
      void run();
      input.focus();
    });
    suggest.append(b);
  }
  empty.append(suggest);
  root.append(form, filters, status, list, empty);

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run() {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = false;
      return;
    }
    status.textContent = '正在搜索…';
    let results: Hit[];
    try {
      results = await searchSite(query, section);
    } catch {
      if (mine === sequence) status.textContent = '搜索暂时无法使用。可以在下面的“全部页面”里找。';
      return;
    }
    if (mine !== sequence) return;
    list.replaceChildren(...results.map(renderResult));
    empty.hidden = results.length > 0;
    status.textContent = results.length > 0 ? `找到 ${results.length} 个相关页面` : `没有找到和“${query}”相关的页面，换个说法试试。`;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  // Arrow keys move between the input and the result links.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [input, ...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
    const i = links.indexOf(document.activeElement as HTMLInputElement);
    if (i < 0) return;
    const next = links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  });
  if (initialQuery) {
    input.value = initialQuery;
    void run();
  }
  return input;
}

function renderResult(r: Hit): HTMLLIElement {
  const li = el('li', { class: 'search-result' });
  li.append(el('a', { href: r.url, class: 'result-link' }, r.title));
  if (r.section) li.append(el('span', { class: 'result-section' }, r.section));
  const excerpt = el('p', { class: 'result-excerpt' });
  // Either Pagefind's excerpt of our own pages (escaped by Pagefind, <mark> around hits) or our escaped text.
  excerpt.innerHTML = r.excerptHtml;
  li.append(excerpt);
  if (r.subs.length > 0) {
    const ul = el('ul', { class: 'result-subs' });
    for (const s of r.subs) {
      const sli = el('li');
      sli.append(el('a', { href: s.url, class: 'result-link' }, s.title));
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

let dialog: HTMLDialogElement | undefined;

/** Opens search in a dialog over the current page. */
export function openSearchDialog(): void {
  if (!dialog) {
    dialog = el('dialog', { class: 'search-dialog', 'aria-label': '搜索本站' });
    const close = el('button', { type: 'button', class: 'button-link search-close' }, '关闭');
    close.addEventListener('click', () => dialog?.close());
    const body = el('div', { class: 'search-app' });
    dialog.append(close, body);
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog?.close();
    });
    document.body.append(dialog);
    mountSearch(body);
  }
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('#search-input')?.focus();
}
