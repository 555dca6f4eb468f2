/** The shell on a 390 px phone and on a desktop: menu, links, skip link, focus. */
import { describe, expect } from 'vitest';
import { test, url } from '../support/harness';

test('on a phone the menu opens and its links go where they say', async ({ page }) => {
  await page.goto(url('/'));
  const menu = page.locator('details.site-menu');
  const link = menu.locator('a[href="/scenarios/empty-parcel/"]');
  expect(await link.isVisible()).toBe(false);
  await menu.locator('summary').click();
  expect(await link.isVisible()).toBe(true);
  await link.click();
  await page.waitForURL(url('/scenarios/empty-parcel/'));
  expect(await page.locator('h1').innerText()).toBe('买家说收到的是空包裹');
  // The current page is marked in the menu.
  expect(await page.locator('.site-nav a[aria-current="page"]').getAttribute('href')).toBe('/scenarios/empty-parcel/');
});

test('breadcrumbs and previous / next links lead to real pages', async ({ page }) => {
  await page.goto(url('/scenarios/empty-parcel/'));
  await page.locator('.breadcrumbs a[href="/scenarios/"]').click();
  await page.waitForURL(url('/scenarios/'));
  await page.goto(url('/scenarios/empty-parcel/'));
  const next = page.locator('.prev-next a[rel="next"]');
  const href = await next.getAttribute('href');
  await next.click();
  await page.waitForURL(url(href ?? ''));
  expect(await page.locator('h1').count()).toBe(1);
});

describe('desktop', () => {
  test.override({ contextOptions: { viewport: { width: 1280, height: 900 } } });
  test('the guide navigation is a visible sidebar', async ({ page }) => {
    await page.goto(url('/guide/what-is-intervention/'));
    expect(await page.locator('.site-nav a[href="/scenarios/not-received/"]').isVisible()).toBe(true);
    expect(await page.locator('details.site-menu > summary').isVisible()).toBe(false);
  });
});
