/**
 * With JavaScript off a page still shows its content: nothing depends on an island to be read. Chromium
 * applies the CSS, so content hidden until a script runs would show up here; a sample per template (every
 * page with `npm run test:full`). The HTML of every page is checked without a browser in tests/site/pages.test.ts.
 */
import { describe, expect } from 'vitest';
import { test, url } from '../support/harness';
import { builtPages, samplePages } from '../support/site-pages';
import { parseCheckPath } from '~/lib/self-check/urls';

const pages = samplePages(builtPages().filter((p) => p !== '/404.html'));

describe('JavaScript disabled', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test.for(pages)('%s reads without JavaScript', async (path, { page }) => {
    await page.goto(url(path));
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(30);
    expect(await page.locator('main h1').innerText()).not.toBe('');
    // A self-check question is answerable by links alone.
    const address = parseCheckPath(path);
    if (address?.kind === 'start' || address?.kind === 'question') expect(await page.locator('main .option-links a').count()).toBeGreaterThan(1);
    // No island left empty: each server-rendered island has content.
    const emptyIslands = await page.locator('astro-island').evaluateAll((els) => els.filter((e) => e.textContent?.trim() === '').length);
    expect(emptyIslands).toBe(0);
  });
});
