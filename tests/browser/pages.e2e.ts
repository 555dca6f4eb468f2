/** Every built page, in real Chromium: status, one <h1>, language, title, description; nothing foreign. */
import { expect } from 'vitest';
import { test, url } from '../support/harness';
import { isCheckStepPath } from '~/lib/self-check/urls';
import { builtPages, sitemapPaths } from '../support/site-pages';

const pages = builtPages().filter((p) => p !== '/404.html');

test.for(pages)('%s loads cleanly', async (path, { page, record }) => {
  const response = await page.goto(url(path), { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect((await page.title()).length).toBeGreaterThan(2);
  expect((await page.getAttribute('meta[name="description"]', 'content'))?.length ?? 0).toBeGreaterThan(10);
  // Open Graph repeats the page's own title and description.
  expect(await page.title()).toContain(await page.getAttribute('meta[property="og:title"]', 'content'));
  expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBe(await page.getAttribute('meta[name="description"]', 'content'));
  expect(await page.locator('footer').innerText()).toMatch(/与拼多多（PDD）没有任何关联[\s\S]*最后核对|最后核对[\s\S]*与拼多多（PDD）没有任何关联/);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.cspViolations).toEqual([]);
});

test('an unknown address gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto(url('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').innerText()).resolves.toBe('找不到这个页面');
  for (const href of ['/check/', '/guide/', '/search/']) {
    expect(await page.locator(`main a[href="${href}"]`).count()).toBe(1);
  }
});

test('the sitemap lists every page except the self-check question steps', () => {
  const inSitemap = new Set(sitemapPaths());
  for (const p of pages) {
    expect(inSitemap.has(p), p).toBe(!isCheckStepPath(p));
  }
});
