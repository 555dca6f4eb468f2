/**
 * What the browser enforces of the two policies a page is sent (src/integrations/deploy-headers.mjs): the
 * header without hashes and the page's own <meta> with them. Code injected into a page, as an XSS would, must
 * not run, while the page's own inline code and islands do. The document is fetched from the real server and
 * changed on its way to the browser, its headers kept.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test, url } from '../support/harness';

/** Inline code of the kinds an injection brings, each of which sets a flag if it runs. */
const INJECTED =
  '<script>window.__ran = (window.__ran || []).concat("inline script")</script>' +
  '<img src="data:," alt="" onerror="window.__ran = (window.__ran || []).concat(\'handler\')">' +
  '<a id="injected-link" href="javascript:window.__ran = (window.__ran || []).concat(\'javascript: link\')">x</a>' +
  '<style>body { outline: 7px solid rgb(255, 0, 0) }</style>';

/** Loads `path` with INJECTED right after the CSP <meta>, the place where it guards least, and `change` applied. */
async function loadInjected(page: Page, path: string, change: (html: string) => string = (html) => html) {
  await page.route(url(path), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<meta http-equiv="content-security-policy"[^>]*>)/i, `$1${INJECTED}`);
    expect(html).toContain(INJECTED);
    await route.fulfill({ response, body: change(html) });
  });
  const response = await page.goto(url(path), { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  if ((await page.locator('#injected-link').count()) > 0) await page.locator('#injected-link').click();
  await page.waitForTimeout(200);
  return {
    ran: await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []),
    outline: await page.evaluate(() => getComputedStyle(document.body).outlineColor),
  };
}

// /check/ has islands, Astro's inline island loader and an is:inline script: the page's own code must still run.
test('injected inline code is blocked on a page whose own inline code and islands run', async ({ page, record }) => {
  const { ran, outline } = await loadInjected(page, '/check/');
  expect(ran).toEqual([]);
  expect(outline).not.toBe('rgb(255, 0, 0)');
  // Each injected piece was refused, and nothing else was.
  expect(record.cspViolations.length).toBeGreaterThanOrEqual(4);
  expect(record.cspViolations).toContain('script-src-attr inline');
  for (const v of record.cspViolations) expect(v, v).toMatch(/^(script-src|style-src)(-elem|-attr)? inline$/);
  expect(await page.locator('astro-island[ssr]').count(), 'every island hydrated').toBe(0);
  expect(record.consoleErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});

test('the <meta> is what blocks it: without the <meta>, the header alone lets inline code run', async ({ page }) => {
  // This shows the test above can fail, and why every page must carry its <meta> (the build stops otherwise).
  const { ran } = await loadInjected(page, '/check/', (html) => html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, ''));
  expect(ran).toContain('inline script');
});

test('the header alone still blocks scripts from elsewhere and plugins', async ({ page, record }) => {
  await page.route('http://elsewhere.example/**', (route) => route.fulfill({ body: 'window.__ran = ["foreign script"]', contentType: 'text/javascript' }));
  const { ran } = await loadInjected(page, '/check/', (html) =>
    html
      .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
      .replace(INJECTED, '<script src="http://elsewhere.example/x.js"></script><object data="/favicon.svg"></object>'),
  );
  expect(ran).toEqual([]);
  expect(record.cspViolations.some((v) => /^script-src(-elem)? http:\/\/elsewhere\.example/.test(v))).toBe(true);
  expect(record.cspViolations.some((v) => /^object-src /.test(v))).toBe(true);
});
