// Bytes over the wire for one page load, by type, as Chromium received them (compressed bodies).
// Shared by the size-budget gate (tests/browser/budgets.e2e.ts) and the benchmark (scripts/bench.mjs).

import pageKindRows from './page-kinds.json' with { type: 'json' };

/** Resource type → the column it is counted in. */
const kindOf = (type) => (type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other');

/**
 * Loads `url` in `page` and waits until the network is idle.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<{ html: number, css: number, js: number, other: number, total: number, requests: number, files: { url: string, kind: string, bytes: number }[] }>}
 */
export async function measurePage(page, url) {
  const responses = [];
  const onResponse = (r) => responses.push(r);
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  return sumResponses(responses);
}

/** Adds up responses collected while something happened on a page. */
export async function sumResponses(responses) {
  const out = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, files: [] };
  for (const r of responses) {
    const sizes = await r.request().sizes().catch(() => ({ responseBodySize: 0 }));
    const kind = kindOf(r.request().resourceType());
    out[kind] += sizes.responseBodySize;
    out.total += sizes.responseBodySize;
    out.requests += 1;
    out.files.push({ url: r.url(), kind, bytes: sizes.responseBodySize });
  }
  return out;
}

/**
 * `[kind, path, reading]` rows of scripts/page-kinds.json → `{ kind, path, reading }`.
 * @param {[string, string, boolean][]} rows
 */
const kinds = (rows) => rows.map(([kind, path, reading]) => ({ kind, path, reading }));

/** The page kinds every report covers, with one representative address each. */
export const pageKinds = kinds(/** @type {[string, string, boolean][]} */ (pageKindRows.report));

/**
 * Every kind of page `npm run bench` times (LCP ≤ 1.0 s, issue 23): the kinds above, the other reading
 * pages, and the tools. The budgets gate (tests/browser/budgets.e2e.ts) checks the tools on its own list.
 */
export const benchKinds = [...pageKinds, ...kinds(/** @type {[string, string, boolean][]} */ (pageKindRows.bench))];

/** The LCP every page kind must reach in `npm run bench` (median of 3 Lighthouse mobile runs). */
export const LCP_LIMIT_MS = 1000;

/** One phone screen in the reading gates (tests/browser/reading.e2e.ts) and docs/decisions/reading-on-a-phone.md. */
export const PHONE = { width: 390, height: 844 };

/**
 * Where a reading page's parts sit on the loaded page, in CSS pixels from the top of the document: the
 * answer under the title, the first paragraph of the body (the first <p> or list item of the article that is
 * not the answer, the change note, the review date, or inside a folded, navigation or aside box), the bottom of
 * <main> (the page up to its prev/next links; the site footer is not the chapter), the whole document,
 * the top of the source list, and whether that list is open.
 * @param {import('playwright-core').Page} page
 */
export function readingLayout(page) {
  return page.evaluate(() => {
    const top = (/** @type {Element | null | undefined} */ el) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null);
    const bottom = (/** @type {Element | null | undefined} */ el) => (el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : null);
    const answer = document.querySelector('article.doc > p.answer');
    const body = [...document.querySelectorAll('article.doc p, article.doc li')].find(
      (p) => !p.matches('.answer, .change-note, .doc-meta') && !p.closest('nav, aside, details, .page-sources') && (p.textContent ?? '').trim() !== '',
    );
    const sources = document.querySelector('.page-sources');
    return {
      answerTop: top(answer),
      answerBottom: bottom(answer),
      firstParagraphTop: top(body),
      mainBottom: bottom(document.querySelector('main')),
      documentHeight: document.documentElement.scrollHeight,
      sourcesTop: top(sources),
      sourcesOpen: sources ? [...sources.querySelectorAll('details')].some((d) => d.open) : false,
    };
  });
}

/**
 * LCP measured in the page itself under DevTools throttling like Lighthouse's mobile preset (150 ms round
 * trip, 1.6 Mbit/s down, 4× slower CPU, a 390 × 844 phone, empty cache): for `npm run bench` when Lighthouse
 * cannot run (its target crashes in some containers). Request-level throttling has no TCP slow start, so
 * it does not see the 14 kB first window that Lighthouse's simulation does; its figures read a little lower.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ lcpMs: number, element: string }>}
 */
export async function throttledLcp(browser, url) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8 * 0.9, uploadThroughput: (750 * 1024) / 8 * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const el = /** @type {any} */ (e).element;
        /** @type {any} */ (window).__lcp = { ms: e.startTime, element: el ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> ${(el.textContent ?? '').trim().slice(0, 30)}` : '' };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  const lcp = await page.evaluate(() => /** @type {any} */ (window).__lcp);
  await context.close();
  return { lcpMs: Math.round(lcp?.ms ?? Number.NaN), element: lcp?.element ?? '' };
}
