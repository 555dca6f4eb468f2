/**
 * Reading on a phone (issue 23, docs/decisions/reading-on-a-phone.md), at 390 × 844 in Chromium, on every
 * guide chapter and scenario page (one page after another in one context: about a second in all):
 * - the answer under the title and the first paragraph of the body start on the first screen;
 * - the source list is folded, and with it folded no guide chapter runs past six screens up to its
 *   prev/next links (the site footer below is the same on every page and not the chapter);
 * - a footnote mark opens the folded list at its source, with JavaScript and without, and printing opens it.
 * What the HTML must carry for this (the answer first, the folds closed) is checked on every page without a
 * browser in tests/site/reading.test.ts.
 */
import { expect } from 'vitest';
import { browser, test, url } from '../support/harness';
// @ts-ignore plain ESM helper shared with the benchmark and scripts/reading-heights.mjs
import { PHONE, readingLayout } from '../../scripts/measure.mjs';
import { builtPages } from '../support/site-pages';

type Layout = {
  answerTop: number | null;
  answerBottom: number | null;
  firstParagraphTop: number | null;
  mainBottom: number | null;
  sourcesOpen: boolean;
};

const docPages = builtPages().filter((p) => /^\/(guide|scenarios)\/[^/]+\/$/.test(p));

test('every guide chapter and scenario answers on the first screen; no chapter runs past six screens', async () => {
  expect(docPages.length).toBeGreaterThanOrEqual(20);
  const context = await (await browser()).newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of docPages) {
    await page.goto(url(path), { waitUntil: 'load' });
    const m = (await readingLayout(page)) as Layout;
    if (m.answerTop === null || m.answerBottom === null || m.answerBottom > PHONE.height) problems.push(`${path}: 答案没有整段在第一屏 (${m.answerTop}–${m.answerBottom})`);
    if (m.firstParagraphTop === null || m.firstParagraphTop >= PHONE.height) problems.push(`${path}: 正文第一段从 y = ${m.firstParagraphTop} 开始`);
    if (m.sourcesOpen) problems.push(`${path}: 来源列表默认是展开的`);
    if (path.startsWith('/guide/') && (m.mainBottom ?? Infinity) > 6 * PHONE.height) {
      problems.push(`${path}: ${((m.mainBottom ?? 0) / PHONE.height).toFixed(1)} 屏，超过 6 屏`);
    }
  }
  await context.close();
  expect(problems).toEqual([]);
});

for (const javaScriptEnabled of [true, false]) {
  test(`a footnote mark opens the folded source list at its source (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const context = await (await browser()).newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(url('/guide/how-to-respond/'));
    const mark = page.locator('article .fact-ref').first();
    const id = ((await mark.getAttribute('href')) ?? '').slice(1);
    const source = page.locator(`[id="${id}"]`);
    expect(await source.isVisible()).toBe(false);
    await mark.click();
    await expect.poll(() => source.isVisible()).toBe(true);
    expect(await page.locator('.page-sources details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // The source is on screen, not only unfolded.
    const box = await source.boundingBox();
    expect(box && box.y > -2 && box.y < PHONE.height).toBe(true);
    await context.close();
  });
}

test('the shared script opens the fold itself, for browsers that do not open <details> for a fragment', async ({ page }) => {
  await page.goto(url('/scenarios/empty-parcel/'));
  // With the browser's own navigation cancelled, only src/client/search-opener.ts can open it.
  await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault(), true));
  await page.locator('article .fact-ref').first().click();
  expect(await page.locator('.page-sources details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  expect(new URL(page.url()).hash).toBe('');
});

test('a forged fragment names nothing and breaks nothing', async ({ page, record }) => {
  await page.goto(url('/guide/how-to-respond/#%E0%A4%A'));
  expect(await page.locator('.page-sources details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(record.consoleErrors).toEqual([]);
});

test('arriving with a source in the address opens the list there', async ({ page }) => {
  await page.goto(url('/guide/how-to-respond/#source-evidence-window'));
  await expect.poll(() => page.locator('#source-evidence-window').isVisible()).toBe(true);
});

test('printing shows the whole source list', async ({ page }) => {
  await page.goto(url('/scenarios/empty-parcel/'));
  const first = page.locator('.page-sources ol > li').first();
  expect(await first.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  expect(await first.isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  // The script's beforeprint, for browsers whose print styles cannot open a <details>.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.page-sources details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
});
