// Search quality on a query file (tests/search-eval.tsv, tests/search-tuning.tsv), measured in a real
// browser on the built site: through the site's own search box, and with bare Pagefind (the query as
// typed, no vocabulary, no ranking of ours). Shared by tests/search/search.e2e.ts and scripts/bench.mjs.
import { readTsv } from './tsv.mjs';

/**
 * A query file: the query, the pages that answer it (|-separated), the kind of query.
 * @param {string | URL} file
 * @returns {{ query: string, expected: string[], kind: string }[]}
 */
export function readQueries(file) {
  return readTsv(file).map(([query = '', expected = '', kind = '']) => ({ query, expected: expected.split('|').filter(Boolean), kind }));
}

/**
 * Result paths, best first, from the site's search box on /search/ (one page load for all queries).
 * @param {import('playwright-core').Page} page
 */
export async function siteSearch(page, base) {
  await page.goto(`${base}/search/`);
  await page.locator('#search-input').waitFor();
  return async (query) => {
    await page.fill('#search-input', query);
    await page.waitForFunction(
      (q) => {
        const list = document.querySelector('.search-results');
        return list instanceof HTMLElement && list.dataset.query === q;
      },
      query,
      { timeout: 20_000 },
    );
    return page.$$eval('.search-result > a.result-link', (as) => as.map((a) => new URL(a.href).pathname));
  };
}

/**
 * Result paths from Pagefind alone: the query exactly as typed, Pagefind's own ranking, top `n`.
 * @param {import('playwright-core').Page} page
 */
export async function bareSearch(page, base, n = 3) {
  await page.goto(`${base}/404.html`);
  // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
  return (query) =>
    page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const { results } = await pagefind.search(${JSON.stringify(query)});
      const data = await Promise.all(results.slice(0, ${Number(n)}).map((r) => r.data()));
      return data.map((d) => new URL(d.url, location.href).pathname);
    })()`);
}

/** hit@1, hit@3, MRR (reciprocal rank of the first acceptable page, 0 when none in the list) and the misses at 3. */
export async function score(queries, search) {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const misses = [];
  for (const { query, expected } of queries) {
    const paths = await search(query);
    const rank = paths.findIndex((p) => expected.includes(p));
    if (rank === 0) hit1++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) hit3++;
    else misses.push(`${query} → 期望 ${expected.join(' 或 ')}，得到 ${paths.slice(0, 3).join('、') || '（无结果）'}`);
  }
  const n = queries.length;
  return { n, hit1: hit1 / n, hit3: hit3 / n, mrr: rr / n, misses };
}

export const percent = (x) => `${(100 * x).toFixed(1)} %`;
