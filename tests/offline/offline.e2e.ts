/**
 * Offline (issue 25): Chromium with the network off, against the built dist/ and its service worker.
 * Each test has a fresh context (a worker of its own) with workers allowed (the harness blocks them
 * elsewhere). The freshness test serves its own copy of dist/ so it can change a page between visits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from '../support/harness';
import { distDir } from '../support/site-pages';
import { content } from '../support/content-files';
import { violations } from '../support/axe';
import { startServer } from '../../scripts/static-server.mjs';
import { formatSavedAt } from '~/lib/offline/notice';

const GUIDE = '/guide/what-is-intervention/';
const NEVER_VISITED = '/scenarios/empty-parcel/';

/** Waits until the worker controls the page: installed (pre-cache stored), activated, this page stored. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/**
 * Network off, for the page and its worker. Chromium drops the emulation when a navigation is answered
 * by the worker (the new document reports navigator.onLine true, the worker fetches again), so this is
 * called before each offline navigation and after it; setting it off again only takes effect after a change.
 */
async function offline(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.context().setOffline(true);
}

/** Goes to a site path with the network off. */
async function offlineGoto(page: Page, path: string, at = url) {
  await offline(page);
  const response = await page.goto(at(path));
  await offline(page);
  return response;
}

/** The day the notice names, as formatSavedAt writes it, for a copy stored just now (the minutes may have moved on). */
const today = () => formatSavedAt(new Date()).replace(/ \d\d:\d\d$/, '');

describe('offline', () => {
  test.override({ contextOptions: { viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' } });

  test('a page read and a tool used online open offline; the page says it is a copy and from when', async ({ page, record }) => {
    await page.goto(url(GUIDE));
    await controlled(page);
    await page.goto(url('/tools/countdown/'));
    await offlineGoto(page, '/tools/countdown/');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The tool works: its island hydrates from the stored bundles and computes a deadline.
    await page.locator('.countdown-tool').waitFor();
    await page.getByLabel('订单页上显示的倒计时或截止时间').fill('剩 31 小时 20 分');
    await page.getByRole('button', { name: '算出截止时间' }).click();
    expect(await page.getByTestId('deadline').innerText()).toMatch(/^截止：\d{4}年/);
    // The reading page that installed the worker was stored too.
    await offlineGoto(page, GUIDE);
    const notice = page.getByRole('status').filter({ hasText: '副本' });
    expect(await notice.innerText()).toContain(`这是北京时间 ${today()}`);
    expect(await page.locator('h1').innerText()).not.toBe('');
    // At the top of the main content, once.
    expect(await page.locator('main > .saved-copy:first-child').count()).toBe(1);
    expect(record.foreignRequests).toEqual([]);
    expect(record.cspViolations).toEqual([]);
  });

  test('a page never opened gives the offline page, with what works offline and what was stored', async ({ page, record }) => {
    await page.goto(url(GUIDE));
    await controlled(page);
    const response = await offlineGoto(page, NEVER_VISITED);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('没有联网');
    expect(await page.locator('h1').innerText()).toBe('没有联网，这一页还没存在这台手机上');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/tools/');
    expect(links).toContain('/checklist/');
    // The stored page, with its title and the day it was stored.
    const stored = page.locator('#stored-pages li');
    expect(await stored.count()).toBe(1);
    expect(await stored.innerText()).toContain(`北京时间 ${today()}`);
    expect(await stored.locator('a').getAttribute('href')).toBe(GUIDE);
    // Its links work offline: the checklist was stored on the first visit, never opened.
    await offline(page);
    await page.locator('main .cards').getByRole('link', { name: /证据清单/ }).click();
    await page.locator('.checklist[data-enhanced="true"]').waitFor();
    // With its catalog (pre-cached data), at any address: a case is stored under the page's path.
    await offlineGoto(page, '/checklist/?scenario=counterfeit');
    await page.locator('.checklist[data-enhanced="true"]').waitFor();
    await page.getByLabel('案件名称（只保存在你的浏览器里）').fill('离线的单');
    await page.getByLabel('案件名称（只保存在你的浏览器里）').press('Enter');
    const invoice = content.evidence.find((e) => e.id === 'purchase-invoice')?.title ?? 'purchase-invoice';
    await page.getByRole('checkbox', { name: new RegExp(`^${invoice}`) }).check();
    await page.waitForURL(/\?case=/);
    // The tools, never opened either.
    for (const tool of ['/tools/statement/', '/tools/collage/']) {
      await offlineGoto(page, tool);
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      expect(await page.getByRole('status').filter({ hasText: '副本' }).count(), tool).toBe(1);
    }
    // The statement tool's templates are a file of their own, stored too: a dispute type's template opens offline.
    await offlineGoto(page, '/tools/statement/?type=counterfeit');
    await page.locator('.statement-tool[data-enhanced="true"]').waitFor();
    expect(await page.locator('#statement-type').inputValue()).toBe('counterfeit');
    expect(record.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });

  test('search offline: without the files it says so; after a search online it finds, and says the results may be partial', async ({ page }) => {
    await page.goto(url('/search/'));
    await controlled(page);
    const box = page.getByLabel('搜索关键词');
    const status = page.locator('#search-status');
    await offlineGoto(page, '/search/');
    await box.fill('空包');
    await page.getByText('没有联网，搜索用不了：这台手机上还没有存下搜索要用的文件。联网后再搜。').waitFor();
    await page.context().setOffline(false);
    await page.reload();
    await box.fill('空包');
    await page.locator('.search-result').first().waitFor();
    const online = await page.locator('.search-result a').allInnerTexts();
    expect(await status.innerText()).not.toContain('没有联网');
    await offlineGoto(page, '/search/');
    await box.fill('空包');
    await page.locator('.search-result').first().waitFor();
    // What the phone has: the word list in full, the full-text index only in the parts this search downloaded.
    const found = await page.locator('.search-result a').allInnerTexts();
    expect(found.filter((t) => online.includes(t)).length).toBeGreaterThan(found.length / 2);
    expect(await status.innerText()).toContain('没有联网，结果只来自这台手机上存着的部分，可能不全。');
  });
});

describe('offline, in the dark theme', () => {
  test.override({ contextOptions: { viewport: { width: 390, height: 844 }, serviceWorkers: 'allow', colorScheme: 'dark' } });

  test('the saved copy with its notice and the offline page with its list have no WCAG A/AA violation', async ({ page }) => {
    await page.goto(url(GUIDE));
    await controlled(page);
    await offlineGoto(page, GUIDE);
    expect(await page.locator('.saved-copy').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await offlineGoto(page, NEVER_VISITED);
    expect(await page.locator('#stored-pages a').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});

describe('online, a page is never an old copy', () => {
  test.override({ contextOptions: { viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' } });
  let copy: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'offline-dist-'));
    cpSync(distDir, copy, { recursive: true });
    server = (await startServer({ root: copy, port: 0, host: '127.0.0.1' })) as typeof server;
  });
  afterAll(async () => {
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  });

  test('a changed page is shown as changed at once, and stored as changed', async ({ page }) => {
    const at = (path: string) => new URL(path, server.url.replace('localhost', '127.0.0.1')).href;
    const file = join(copy, GUIDE, 'index.html');
    await page.goto(at(GUIDE));
    await controlled(page);
    const before = await page.locator('h1').innerText();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)/, '$1改过的标题 '));
    await page.reload();
    expect(await page.locator('h1').innerText()).toBe(`改过的标题 ${before}`);
    expect(await page.locator('.saved-copy').count()).toBe(0);
    await offlineGoto(page, GUIDE, at);
    expect(await page.locator('h1').innerText()).toBe(`改过的标题 ${before}`);
    expect(await page.locator('.saved-copy').count()).toBe(1);
  });

  test('a new deploy’s worker takes over at once, with the new pre-cache; old caches are deleted', async ({ page }) => {
    const at = (path: string) => new URL(path, server.url.replace('localhost', '127.0.0.1')).href;
    await page.goto(at('/tools/'));
    await controlled(page);
    // sw.js is served to be checked on every visit, as a script.
    const sw = await page.request.get(at('/sw.js'));
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(sw.headers()['content-type']).toMatch(/^text\/javascript/);
    // A cache an older worker left behind.
    await page.evaluate(async () => void (await caches.open('shouhou-pages-v0')).put('/x', new Response('old')));
    const revisionOf = (text: string) => /\{"revision":"([0-9a-f]+)","url":"\/tools\/"\}/.exec(text)?.[1];
    const swFile = join(copy, 'sw.js');
    const before = readFileSync(swFile, 'utf8');
    const oldRevision = revisionOf(before);
    expect(oldRevision).toBeDefined();
    // The next deploy: /tools/ changed, so its revision in the worker did.
    const tools = join(copy, 'tools/index.html');
    writeFileSync(tools, readFileSync(tools, 'utf8').replace(/(<h1[^>]*>)/, '$1新版 '));
    writeFileSync(swFile, before.replace(`"revision":"${oldRevision}","url":"/tools/"`, '"revision":"0123456789abcdef","url":"/tools/"'));
    const changed = page.evaluate(() => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await changed;
    // The new worker controls the page from the start of its activation; its clean-up is done once it is activated.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    const keys = await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = names.find((n) => n.startsWith('workbox-precache'));
      return { names, stored: precache ? (await (await caches.open(precache)).keys()).map((r) => r.url) : [] };
    });
    expect(keys.names).not.toContain('shouhou-pages-v0');
    expect(keys.stored.filter((u) => /\/tools\/\?/.test(u)).map((u) => new URL(u).search)).toEqual(['?__WB_REVISION__=0123456789abcdef']);
    await offlineGoto(page, '/tools/', at);
    expect(await page.locator('h1').innerText()).toMatch(/^新版 /);
  });
});
