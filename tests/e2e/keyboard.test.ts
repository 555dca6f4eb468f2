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

test('"/" and Ctrl-K open search from any page, with the cursor in the box', async ({ page }) => {
  for (const [path, key] of [['/scenarios/empty-parcel/', '/'], ['/guide/what-is-intervention/', 'Control+k']] as const) {
    await page.goto(url(path));
    await page.keyboard.press(key);
    await page.getByRole('dialog', { name: '搜索本站' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  }
  // On the search page itself the shortcut focuses its own box.
  await page.goto(url('/search/'));
  await page.locator('#search-app #search-input').waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
});
