import { expect } from 'vitest';
import { test, url } from './harness';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(url('/guide/what-is-intervention/'));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

test('focus is visible on links', async ({ page }) => {
  await page.goto(url('/'));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

test('"/" and Ctrl-K take the seller to search from any page', async ({ page }) => {
  await page.goto(url('/scenarios/empty-parcel/'));
  await page.keyboard.press('/');
  await page.waitForURL(/\/search\//);
  await page.goto(url('/guide/what-is-intervention/'));
  await page.keyboard.press('Control+k');
  await page.waitForURL(/\/search\//);
});
