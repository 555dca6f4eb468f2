/**
 * Browser regressions the mutation run found untested. A Ctrl-, Shift- or Meta-click on a self-check link
 * ("修改", "重新开始") is the seller asking for a new tab or window: the island must leave the click to the
 * browser. Asserted on the event itself (was the default prevented?) and, for Ctrl and Shift, on the new
 * page Chromium opens; never on time.
 */
import { describe, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { test, url } from '../support/harness';
import { content } from '../support/content-files';
import { createFlow, hrefFor, walk, type Step } from '~/lib/self-check/flow';
import { allPaths } from '~/lib/self-check/graph';

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });

/** The first path that stays on questions for two answers: a page with a summary of two answers. */
function twoAnswers(): { path: Step[]; href: string } {
  for (const full of allPaths(flow)) {
    const path = full.path.slice(0, 2);
    if (full.path.length < 3) continue;
    const at = walk(flow, path);
    if (at.ok && at.at.kind === 'question') return { path, href: hrefFor(flow, at, path) };
  }
  throw new Error('自测里没有连续两题都不是结论的路径');
}
const { href: start } = twoAnswers();

/** Opens the page with answers, waits for the island, and starts recording what happens to clicks. */
async function open(page: Page) {
  await page.goto(url(start));
  await page.locator('.self-check[data-enhanced="true"]').first().waitFor();
  // On a phone "你的回答" starts folded; the seller opens it to reach 修改.
  await page.locator('details.answers').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  // A listener on window runs after the island's own handler on the link, so it sees the outcome. It
  // writes to sessionStorage, which outlives a navigation of the tab.
  await page.evaluate(() => {
    sessionStorage.setItem('clicks', '[]');
    window.addEventListener('click', (e) => {
      if (!(e.target as Element).closest('a')) return;
      const clicks = JSON.parse(sessionStorage.getItem('clicks') ?? '[]') as boolean[];
      sessionStorage.setItem('clicks', JSON.stringify([...clicks, e.defaultPrevented]));
    });
  });
}
const clicks = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('clicks') ?? 'null') as boolean[] | null);
const at = (target: string | null) => (u: URL) => `${u.pathname}${u.search}` === target;
/** The browser's own request for the link's page, in this tab or another one. */
const navigation = (page: Page, target: string | null) =>
  page.context().waitForEvent('request', (r) => r.isNavigationRequest() && r.url() === url(target ?? ''));

const links: [string, (page: Page) => Locator][] = [
  ['修改', (page) => page.locator('.answer-row a').first()],
  ['重新开始', (page) => page.getByRole('link', { name: '重新开始', exact: true })],
];

describe('modifier-clicks on self-check links are left to the browser', () => {
  test.for(links)('%s: a plain click stays in the island (the control)', async ([, link], { page, record }) => {
    await open(page);
    const target = await link(page).getAttribute('href');
    await link(page).click();
    expect(await clicks(page)).toEqual([true]);
    await page.waitForURL(at(target));
    expect(page.context().pages()).toHaveLength(1);
    expect(record.consoleErrors).toEqual([]);
  });

  for (const modifier of ['Control', 'Shift'] as const) {
    test.for(links)(`%s with ${modifier}: opens a new page at the link, this page stays`, async ([, link], { page, record }) => {
      await open(page);
      const target = await link(page).getAttribute('href');
      const [opened] = await Promise.all([
        page.context().waitForEvent('page'),
        navigation(page, target),
        link(page).click({ modifiers: [modifier] }),
      ]);
      expect(opened).not.toBe(page);
      expect(await clicks(page)).toEqual([false]);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(start);
      expect(await page.locator('.answer-row').count()).toBe(2);
      expect(record.consoleErrors).toEqual([]);
    });
  }

  // What Meta does is the platform's business (a new tab on macOS, a plain navigation here): either way
  // the browser, not the island, follows the link.
  test.for(links)('%s with Meta: the island does not prevent the default', async ([, link], { page }) => {
    await open(page);
    const target = await link(page).getAttribute('href');
    const [request] = await Promise.all([navigation(page, target), link(page).click({ modifiers: ['Meta'] })]);
    // A request made for a tab that is still being created has no frame yet.
    const sameTab = (() => {
      try {
        return request.frame().page() === page;
      } catch {
        return false;
      }
    })();
    if (sameTab) await page.waitForURL(at(target));
    expect(await clicks(page)).toEqual([false]);
  });
});
