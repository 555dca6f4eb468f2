/**
 * axe-core (WCAG 2.0–2.2 A and AA rules): zero violations. Light theme, every rule, on every hand-written
 * page of the sitemap and three pages of each template; dark theme, the colour rules (the markup is the
 * same in both themes), on one page of each kind (colours are shared by kind). `npm run test:full` runs
 * both themes on every page.
 */
import { describe, expect } from 'vitest';
import { openPage, searchReady, test } from '../support/harness';
import { COLOUR_RULES, violations } from '../support/axe';
import { onePerKind, samplePages, sitemapPaths } from '../support/site-pages';

// The self-check pages and checklist in their hydrated, interactive state are covered too.
const hydrated = ['/check/type/?a=stage.escalated~shipped.yes', '/checklist/?scenario=empty-parcel', '/checklist/?outcome=apply-empty-parcel&stage=intervention'];
const themes = { light: [...samplePages(sitemapPaths()), ...hydrated], dark: [...onePerKind(sitemapPaths()), ...hydrated] };

for (const colorScheme of ['light', 'dark'] as const) {
  const pages = themes[colorScheme];
  describe(`${colorScheme} theme`, () => {
    test.override({ contextOptions: { colorScheme, viewport: { width: 390, height: 844 } } });
    test.for(pages)('%s has no WCAG A/AA violation', async (path, { page }) => {
      await openPage(page, path);
      expect(await violations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
    });
  });
}

test('the dark run checks colour contrast', () => {
  expect(COLOUR_RULES).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
});

test('the search dialog with results has no violation', async ({ page }) => {
  await openPage(page, '/');
  await searchReady(page);
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: '搜索本站' }).waitFor();
  await page.keyboard.type('空包');
  await page.locator('.search-result').first().waitFor();
  expect(await violations(page)).toEqual([]);
});
