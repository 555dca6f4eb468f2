import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { searchReady, test, url } from '../support/harness';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(url('/guide/what-is-intervention/'));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

/** Presses Tab until the focused element matches `selector`; the focus ring it then shows. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) break;
  }
  return page.evaluate((s) => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // The colour behind the ring: the nearest ancestor with an opaque background.
    let node: Element | null = el.parentElement;
    let behind = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (rgb(bg)[3] !== 0 && bg !== 'transparent') {
        behind = bg;
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(behind))].sort((x, y) => y - x);
    return { matched: el.matches(s), style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: (a! + 0.05) / (b! + 0.05) };
  }, selector);
}

// WCAG 2.2 focus appearance: a solid ring at least 2 px wide, 3:1 against what is behind it; on links,
// on the checklist's checkboxes and on its buttons, in light and dark mode.
for (const scheme of ['light', 'dark'] as const) {
  test(`focus is visible on links, checkboxes and buttons (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, selector] of [
      ['/', 'main a'],
      ['/checklist/?scenario=quality', '.check-items input[type="checkbox"]'],
      ['/checklist/?scenario=quality', '.case-actions button'],
    ] as const) {
      await page.goto(url(path));
      if (path.startsWith('/checklist/')) await page.locator('.check-items').first().waitFor();
      const ring = await tabTo(page, selector);
      expect(ring.matched, `${path} ${selector} reached by Tab`).toBe(true);
      expect(ring.style, selector).toBe('solid');
      expect(ring.width, selector).toBeGreaterThanOrEqual(2);
      expect(ring.contrast, selector).toBeGreaterThanOrEqual(3);
    }
  });
}

test('"/" and Ctrl-K open search from any page, with the cursor in the box', async ({ page }) => {
  for (const [path, key] of [['/scenarios/empty-parcel/', '/'], ['/guide/what-is-intervention/', 'Control+k']] as const) {
    await page.goto(url(path));
    await searchReady(page);
    await page.keyboard.press(key);
    await page.getByRole('dialog', { name: '搜索本站' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  }
  // On the search page itself the shortcut focuses its own box.
  await page.goto(url('/search/'));
  await page.locator('#search-app #search-input').waitFor();
  await searchReady(page);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
});
