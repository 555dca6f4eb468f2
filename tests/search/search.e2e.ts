/**
 * Search in real Chromium on the built site: quality on the evaluation queries (tests/search-eval.tsv,
 * never used for tuning) through the site's own search box, with bare Pagefind beside it; the keys,
 * the dialog, what a nonsense query gets; FAQ answers addressable; a clean index; the first search's weight.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { searchReady, test, url, baseUrl } from '../support/harness';
import { distDir } from '../support/site-pages';
import { bareSearch, percent, readQueries, score, siteSearch } from '../../scripts/search-quality.mjs';
import { sumResponses } from '../../scripts/measure.mjs';
import { browserWords, readPf } from '../../scripts/search-index.mjs';

const base = new URL(baseUrl).origin;
const evaluation = readQueries(new URL('../search-eval.tsv', import.meta.url));

// The tuning set (tests/search-tuning.tsv, 501 queries) is measured by the benchmark (npm run bench -- --search-only).
test(`search quality: hit@3 ≥ 90 % over ${evaluation.length} held-out queries`, async ({ page, record }) => {
  const site = await score(evaluation, await siteSearch(page, base));
  const bare = await score(evaluation, await bareSearch(page, base));
  console.info(
    [
      `搜索质量（评测集 ${site.n} 条）：hit@1 ${percent(site.hit1)}，hit@3 ${percent(site.hit3)}，MRR ${site.mrr.toFixed(3)}`,
      `只用 Pagefind：hit@1 ${percent(bare.hit1)}，hit@3 ${percent(bare.hit3)}，MRR ${bare.mrr.toFixed(3)}`,
      // The evaluation misses are counted, never listed: whoever reads them would tune to them.
      `评测集未命中 ${site.misses.length} 条（不列出）`,
    ].join('\n'),
  );
  expect(evaluation.length).toBeGreaterThanOrEqual(80);
  // Issue 13's gate. The held-out set (written blind, labels checked against page content by someone who saw no
  // results) measured 79.3 % on 2026-11-26, 88.4 % after the typo and question-word work, 90.9 % (110 of 121) on
  // 2026-11-27 after seller words found with new tuning queries.
  expect(site.hit3).toBeGreaterThanOrEqual(0.9);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
}, 300_000);

test('the header opens a search dialog on any page; results, filters and keys work', async ({ page }) => {
  await page.goto(url('/guide/what-is-intervention/'));
  await searchReady(page);
  // Nothing of Pagefind loads before search is asked for.
  const early = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(early.some((n) => n.includes('/pagefind/'))).toBe(false);
  await page.getByRole('link', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索本站' });
  await dialog.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  await page.keyboard.type('掉包');
  await page.locator('.search-result').first().waitFor();
  expect(await page.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: '术语', exact: true }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.result-section')].every((e) => e.textContent === '术语'));
  await page.locator('#search-input').focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
  expect(focused).toMatch(/^\/glossary\//);
  await page.keyboard.press('Escape');
  expect(await dialog.isVisible()).toBe(false);
  await page.keyboard.press('/');
  await dialog.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
});

describe('Enter', () => {
  test('opens the first result shown', async ({ page }) => {
    await page.goto(url('/search/?q=空包裹'));
    const first = await page.locator('.search-result > a.result-link').first().getAttribute('href');
    expect(first).toBe('/scenarios/empty-parcel/');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/\/scenarios\/empty-parcel\/$/);
  });
  test('typed straight into the dialog, opens the first result once it is found', async ({ page }) => {
    await page.goto(url('/'));
    await searchReady(page);
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor();
    await page.keyboard.type('催发货');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/faq\/urge-shipment\/$/);
    expect(await page.locator('h1').textContent()).toMatch(/^催发货工单/);
  });
});

test('a whole sentence finds the answer and marks key terms, not single characters', async ({ page }) => {
  await page.goto(url(`/search/?q=${encodeURIComponent('平台介入了让我举证，只能传几张图')}`));
  await page.locator('.search-result').first().waitFor();
  const top3 = await page.$$eval('.search-result > a.result-link', (as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(top3.some((p) => ['/faq/upload-video/', '/guide/how-to-respond/', '/guide/evidence/'].includes(p))).toBe(true);
  const marks = await page.$$eval('.result-excerpt mark', (ms) => ms.map((m) => m.textContent ?? ''));
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.filter((m) => [...m].length < 2)).toEqual([]);
});

test('nonsense finds nothing and says so, with suggestions', async ({ page, record }) => {
  for (const q of ['"><svg onload=alert(1)>', "' OR 1=1 --"]) {
    await page.goto(url(`/search/?q=${encodeURIComponent(q)}`));
    await page.waitForFunction(() => /没有找到|找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').textContent(), q).toMatch(/^没有找到/);
    expect(await page.locator('.search-result').count(), q).toBe(0);
    expect(await page.locator('.search-empty .suggestion').count(), q).toBeGreaterThan(0);
    expect(await page.locator('.search-app svg').count(), q).toBe(0);
  }
  expect(record.consoleErrors).toEqual([]);
});

test('a long query is cut at the box and read in bounded time (review H2: 400 characters of site words froze the tab)', async ({ page }) => {
  const chars = [...'空包仅退款举证介入买家快递'];
  const query = Array.from({ length: 400 }, (_, i) => chars[(i * 7) % chars.length]).join('');
  await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
  expect(await page.locator('#search-input').getAttribute('maxlength')).toBe('200');
  // Found within Playwright's default wait (the old reader took minutes).
  await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 10_000 });
  const started = await page.evaluate(() => performance.now());
  await page.locator('#search-input').fill('a'.repeat(5000));
  expect([...(await page.locator('#search-input').inputValue())].length).toBe(200);
  await page.waitForFunction(() => /没有找到|找到/.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelector<HTMLElement>('.search-results')?.dataset.query?.startsWith('aaa'), undefined, { timeout: 10_000 });
  expect((await page.evaluate(() => performance.now())) - started).toBeLessThan(5_000);
});

test('a failed first load of Pagefind is retried on the next search (review L11)', async ({ page }) => {
  let loads = 0;
  await page.route('**/pagefind/pagefind.js*', (route) => (loads++ === 0 ? route.abort() : route.continue()));
  await page.goto(url('/search/'));
  const input = page.locator('#search-input');
  await input.fill('空包');
  await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/暂时无法使用/);
  await input.fill('空包裹');
  await page.locator('.search-result').first().waitFor();
  expect(await page.locator('.search-result > a').first().getAttribute('href')).toBe('/scenarios/empty-parcel/');
  expect(loads).toBe(2);
});

test('Pagefind searching 举证 loads the index chunk that holds the word, though Chromium splits it 举|证', async ({ page }) => {
  const dir = join(distDir, 'pagefind/index');
  const holds = (word: string) => readdirSync(dir).filter((f) => (readPf(join(dir, f)) as [[string][]])[0].some(([w]) => w === word));
  expect(holds('举证')).toHaveLength(1);
  await page.goto(url('/search/'));
  // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
  const seen = (await page.evaluate(`(async () => {
    const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('举证')].map((s) => s.segment);
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    const { results } = await pagefind.search('举证');
    const chunks = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.pf_index')).map((n) => n.split('/').pop());
    return { words, chunks, results: results.length };
  })()`)) as { words: string[]; chunks: string[]; results: number };
  // The build predicts the browser's cut with Node's segmenter (scripts/search-index.mjs browserWords): they must agree.
  expect(seen.words).toEqual(browserWords('举证'));
  expect(seen.words).toEqual(['举', '证']);
  expect(seen.chunks).toContain(holds('举证')[0]);
  expect(seen.results).toBeGreaterThan(0);
});

test('the empty state suggests words that find something', async ({ page }) => {
  await page.goto(url('/search/'));
  await page.getByRole('button', { name: '空包', exact: true }).click();
  await page.locator('.search-result').first().waitFor();
  expect(await page.locator('.search-result > a').first().getAttribute('href')).toBe('/scenarios/empty-parcel/');
});

test('every FAQ answer is addressable: a page of its own, linked from the list under a topic the list links, its item keeping the question’s id', async ({ page }) => {
  const faq = JSON.parse(readFileSync(new URL('../../content/faq.json', import.meta.url), 'utf8')) as { id: string; question: string; topic: string }[];
  await page.goto(url('/faq/'));
  for (const f of faq) {
    const link = page.locator(`section:has(h2#${f.topic}) li#${f.id} > a`);
    expect(await link.textContent(), f.id).toBe(f.question);
    expect(await link.getAttribute('href'), f.id).toBe(`/faq/${f.id}/`);
    expect(await page.locator(`.toc a[href="#${f.topic}"]`).count(), f.id).toBe(1);
  }
  // The list prints no answer: a question is one tap away from its answer, sources and related questions.
  expect(await page.locator('main').locator('.fact, .page-sources, details').count()).toBe(0);
  // An old address of an answer in the list (/faq/#id) lands on its question, marked.
  await page.goto(url(`/faq/#${faq[0]?.id}`));
  expect(await page.locator('li:target > a').getAttribute('href')).toBe(`/faq/${faq[0]?.id}/`);
  await page.locator('li:target > a').click();
  await page.waitForURL(url(`/faq/${faq[0]?.id}/`));
  expect(await page.locator('.faq-answer .fact').count()).toBeGreaterThan(0);
  await page.goto(url(`/faq/${faq[0]?.id}/`));
  expect(await page.locator('h1').textContent()).toBe(faq[0]?.question);
  expect(await page.title()).toContain(faq[0]?.question ?? '');
});

test('the index holds page text only: no sources, dates, markers or chrome, no unused anchor lists; FAQ once, by question', () => {
  const dir = join(distDir, 'pagefind/fragment');
  const fragments = readdirSync(dir).map(
    (f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string; anchors: unknown[] },
  );
  const urls = fragments.map((f) => f.url);
  // Each Pagefind page is named by its index in search-data.json (the search UI reads the page from the id), and
  // every file of the index carries one build tag.
  const docs = (JSON.parse(readFileSync(join(distDir, 'search-data.json'), 'utf8')) as { docs: { u: string }[] }).docs;
  const names = readdirSync(dir).map((f) => /^(\d+)_([0-9a-f]{6})\.pf_fragment$/.exec(f));
  names.forEach((m, i) => expect(m && docs[Number(m[1])]?.u, readdirSync(dir)[i]).toBe(fragments[i]?.url));
  const tag = names[0]?.[2] ?? 'none';
  expect(readdirSync(join(distDir, 'pagefind/index')).every((f) => f.startsWith(tag) && f.endsWith('.pf_index'))).toBe(true);
  expect(urls).not.toContain('/faq/');
  expect(urls).not.toContain('/sources/');
  expect(urls.filter((u) => u.startsWith('/faq/')).length).toBeGreaterThanOrEqual(30);
  for (const f of fragments) {
    // Results link to headings from search-data.json: scripts/search-index.mjs empties Pagefind's anchor lists.
    expect(f.anchors, f.url).toEqual([]);
    for (const noise of ['本页依据的规则与来源', '核对于', '最后核对', '可信度高', '可信度中', '可信度低', '网络文章', '你的回答', '[1]', '[源]', '逐项备齐后打勾', '用自测核对你的情况']) {
      expect(f.content.includes(noise), `${f.url}: ${noise}`).toBe(false);
    }
  }
});

test('the first search stays under 100 kB (100,000 B) over the wire, Pagefind included, for a word or a whole sentence', async ({ page }) => {
  for (const q of ['空包', '48小时不处理会自动退款吗', '平台介入了让我举证，只能传几张图', '买家说包裹里什么都没有，要退款，怎么证明我发了货']) {
    await page.goto(url('/guide/what-is-intervention/'), { waitUntil: 'networkidle' });
    await searchReady(page);
    const responses: Parameters<typeof sumResponses>[0] = [];
    page.on('response', (r) => responses.push(r));
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor();
    await page.keyboard.type(q);
    await page.locator('.search-result').first().waitFor();
    await page.waitForLoadState('networkidle');
    const first = await sumResponses(responses);
    page.removeAllListeners('response');
    console.info(`第一次搜索「${q}」：${first.total} B`);
    const files = first.files as { url: string; bytes: number }[];
    expect(files.some((f) => f.url.includes('pagefind-worker')), q).toBe(false);
    expect(first.total, `${q}: ${files.map((f) => `${f.url} ${f.bytes}`).join('\n')}`).toBeLessThanOrEqual(100_000);
  }
});

describe('JavaScript disabled', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test('the search entry leads to a page listing every guide page and scenario', async ({ page }) => {
    await page.goto(url('/'));
    await page.getByRole('link', { name: '搜索' }).click();
    await page.waitForURL(/\/search\//);
    expect(await page.locator('.all-pages a[href^="/guide/"]').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('.all-pages a[href^="/scenarios/"]').count()).toBeGreaterThanOrEqual(12);
  });
});
