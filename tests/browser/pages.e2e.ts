/**
 * Built pages in real Chromium: status, and nothing the page does at run time goes wrong (console errors,
 * requests leaving the site, CSP violations). A sample per template (`samplePages`; `npm run test:full`
 * visits every page); what the HTML itself must carry is checked on every page in tests/site/pages.test.ts.
 */
import { expect } from 'vitest';
import { openPage, test, url } from '../support/harness';
import { isCheckStepPath } from '~/lib/self-check/urls';
import { builtPages, samplePages, sitemapPaths } from '../support/site-pages';
import { OFFLINE_PATH } from '~/lib/shared/paths';

const pages = builtPages().filter((p) => p !== '/404.html');

test.for(samplePages(pages))('%s loads cleanly', async (path, { page, record }) => {
  const response = await openPage(page, path);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').count()).toBe(1);
  // The footer is shown, not only present: its disclaimer is what a seller must see.
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

test('the sitemap lists every page except the self-check question steps and the offline page', () => {
  const inSitemap = new Set(sitemapPaths());
  for (const p of pages) {
    expect(inSitemap.has(p), p).toBe(!isCheckStepPath(p) && p !== OFFLINE_PATH);
  }
});
