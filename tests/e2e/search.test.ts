/**
 * Search: the UI in real Chromium, and search quality measured with the site's own Pagefind bundle on
 * the query set in tests/search-queries.tsv. Fails below 90 % hit@3.
 */
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from './harness';

const queries = readFileSync(new URL('../search-queries.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [query = '', expected = ''] = l.split('\t');
    return { query, expected: expected.split('|') };
  });

/** Result page paths, best first, as the search page shows them. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => /找到|没有找到|无法使用/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.$$eval('.search-result > a.result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test(`search quality: hit@3 ≥ 90 % over ${queries.length} queries`, async ({ page, record }) => {
  const misses: string[] = [];
  let hit1 = 0;
  let hit3 = 0;
  for (const { query, expected } of queries) {
    const paths = await resultsFor(page, query);
    const rank = paths.findIndex((p) => expected.includes(p));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    else misses.push(`${query} → 期望 ${expected.join(' 或 ')}，得到 ${paths.slice(0, 3).join('、') || '（无结果）'}`);
  }
  const pct = (n: number) => `${((100 * n) / queries.length).toFixed(1)} %`;
  console.info(`搜索质量：${queries.length} 个查询，hit@1 ${pct(hit1)}，hit@3 ${pct(hit3)}\n未命中：\n${misses.join('\n')}`);
  expect(queries.length).toBeGreaterThanOrEqual(60);
  expect(hit3 / queries.length).toBeGreaterThanOrEqual(0.9);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
}, 300_000);

test('the header opens a search dialog on any page; results, filters and keys work', async ({ page }) => {
  await page.goto(url('/guide/what-is-intervention/'));
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
  await page.keyboard.press('Tab');
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

test('the empty state suggests words that find something', async ({ page }) => {
  await page.goto(url('/search/'));
  await page.getByRole('button', { name: '空包', exact: true }).click();
  await page.locator('.search-result').first().waitFor();
  expect(await page.locator('.search-result > a').first().getAttribute('href')).toBe('/scenarios/empty-parcel/');
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
