/**
 * The search box and its results, on the /search/ page or in a dialog opened from any page. Loaded only
 * when the seller asks to search; Pagefind's script and index load on the first query. Reading the
 * query and ranking are `src/lib/search/` (query.ts, rank.ts); this file only fetches, renders and handles keys.
 */
import { soundsOf } from '~/lib/search/sounds';
import { excerptAfterTitle, highlight } from '~/lib/search/highlight';
import { extractTerms } from '~/lib/search/query';
import { MAX_QUERY } from '~/lib/search/tuning';
import { pagefindTerms } from '~/lib/search/pagefind';
import { rank } from '~/lib/search/rank';
import { wordsOf } from '~/lib/search/normalise';
import { decodeSearchData, type SearchData, type SearchWire, type Sounds, type Spell } from '~/lib/search/data';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  plain_excerpt: string;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const SECTIONS = ['指南', '纠纷场景', '常见问题', '术语', '自测结果'];
const SUGGESTIONS = ['空包', '没收到货', '掉包', '举证时间', '介入率', '仅退款', '差评要挟', '拒收运费'];
const PAGEFIND = '/pagefind/pagefind.js';
/** Results shown, and how many of them get an excerpt from Pagefind (each is one small download). */
const SHOWN = 8;
const EXCERPTS = 2;

/** One result as the list shows it. */
interface Hit {
  url: string;
  title: string;
  section: string;
  /** Safe HTML: escaped text with the key terms in <mark>; empty for results below the first few. */
  excerptHtml: string;
  /** The heading the result links to, when it matched under one. */
  heading: string;
}

let engine: Promise<{ pagefind: Pagefind; data: SearchData }> | undefined;
/** Failed loads of the engine: a failed import() stays failed for its URL, so the next try asks for Pagefind under a new one. */
let failures = 0;
/** The syllable table (2 kB), fetched only for a query with a character the site's phrases might mend, or pinyin. */
let sounds: Promise<{ alike: Sounds; spell: Spell }> | undefined;

/** A JSON file of the site; a failed download rejects. */
function getJson<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });
}

function loadEngine() {
  engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      import(/* @vite-ignore */ failures ? `${PAGEFIND}?retry=${failures}` : PAGEFIND) as Promise<Pagefind>,
      getJson<SearchWire>('/search-data.json').then(decodeSearchData),
    ]);
    // In the page's own thread: the worker would download a second copy of Pagefind's code.
    await pagefind.options({ excerptLength: 30, noWorker: true });
    await pagefind.init();
    return { pagefind, data };
  })();
  engine.catch(() => {
    engine = undefined;
    failures++;
  });
  return engine;
}

/**
 * The site's vocabulary and Pagefind's full text, ranked together (src/lib/search/rank.ts). Pagefind is
 * asked for the key terms together, then for the most specific ones alone.
 */
async function searchSite(query: string, section = ''): Promise<Hit[]> {
  const { pagefind, data } = await loadEngine();
  let terms = extractTerms(query, data, wordsOf);
  if (terms.soundsWanted) {
    sounds ??= getJson<string>('/search-sounds.json').then(soundsOf);
    // Without the table the query is read as typed: typos are then only guessed by shape.
    const table = await sounds.catch(() => {
      sounds = undefined;
      return undefined;
    });
    if (table) terms = extractTerms(query, data, wordsOf, table.alike, table.spell);
  }
  if (terms.known.length + terms.free.length === 0) return [];
  const asked = pagefindTerms(terms, 4, wordsOf);
  const options = section ? { filters: { section } } : {};
  const queries = asked.length > 1 ? [asked.join(' '), ...asked.slice(0, 3)] : asked;
  const responses = await Promise.all(queries.map((q) => pagefind.search(q, options).then((r) => r.results.slice(0, 12))));
  const byId = new Map(responses.flat().map((r) => [r.id, r]));
  const ranked = rank(terms, data, responses.map((list) => list.map((r) => r.id)))
    .filter((r) => !section || data.docs[r.doc]?.section === section)
    .slice(0, SHOWN);
  return Promise.all(
    ranked.map(async (r, i) => {
      const doc = data.docs[r.doc];
      if (!doc) throw new Error(`search data: no page ${r.doc}`);
      const result = r.pagefindId && i < EXCERPTS ? byId.get(r.pagefindId) : undefined;
      const excerpt = result ? excerptAfterTitle((await result.data()).plain_excerpt.replace(/^[\s\p{P}]+/u, ''), doc.title) : '';
      const [anchor, heading] = doc.headings[r.heading] ?? ['', ''];
      return {
        url: anchor ? `${doc.path}#${anchor}` : doc.path,
        title: doc.title,
        section: doc.section,
        excerptHtml: highlight(excerpt, terms.marks),
        heading,
      };
    }),
  );
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
  const input = el('input', { id: 'search-input', name: 'q', type: 'search', maxlength: String(MAX_QUERY), autocomplete: 'off', placeholder: '例如：空包、没收到货、掉包', 'aria-describedby': 'search-status' });
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
  /** The query and section the list on screen answers, and its results. */
  let shown: { key: string; results: Hit[] } | undefined;
  const keyOf = () => `${section}\u0000${input.value.trim()}`;

  async function run(): Promise<Hit[]> {
    const query = input.value.trim();
    const mine = ++sequence;
    clearTimeout(timer);
    if (!query) {
      list.replaceChildren();
      list.dataset.query = '';
      status.textContent = '';
      empty.hidden = false;
      shown = undefined;
      return [];
    }
    status.textContent = '正在搜索…';
    let results: Hit[];
    try {
      results = await searchSite(query, section);
    } catch {
      if (mine === sequence) status.textContent = navigator.onLine ? '搜索暂时无法使用。可以在下面的“全部页面”里找。' : '没有联网，搜索用不了：这台手机上还没有存下搜索要用的文件。联网后再搜。';
      return [];
    }
    if (mine !== sequence) return results;
    list.replaceChildren(...results.map(renderResult));
    list.dataset.query = query;
    empty.hidden = results.length > 0;
    status.textContent = results.length > 0 ? `找到 ${results.length} 个相关页面` : `没有找到和“${query}”相关的页面。换个说法，或试试下面这些词。`;
    // Offline, the service worker has the word list and only the parts of the full-text index that earlier searches downloaded.
    if (!navigator.onLine) status.textContent += '。没有联网，结果只来自这台手机上存着的部分，可能不全。';
    shown = { key: keyOf(), results };
    return results;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });
  // Enter opens the first result: the one on screen, or the first once the search has run.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const ready = shown?.key === keyOf() ? Promise.resolve(shown.results) : run();
    void ready.then((results) => {
      if (results[0] && shown?.key === keyOf()) window.location.assign(results[0].url);
    });
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
  if (r.heading) li.append(el('span', { class: 'result-heading' }, `小节：${r.heading}`));
  if (r.excerptHtml) {
    const excerpt = el('p', { class: 'result-excerpt' });
    // Escaped by highlight() in src/lib/search/highlight.ts, with <mark> around the key terms only.
    excerpt.innerHTML = r.excerptHtml;
    li.append(excerpt);
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
