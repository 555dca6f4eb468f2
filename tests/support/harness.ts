/**
 * Real Chromium for browser tests. CHROME_PATH picks a browser; otherwise the one shipped inside the
 * @sparticuz/chromium npm package (nothing is downloaded). Each test gets a fresh page in its own
 * context; a failing test leaves a screenshot in test-results/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, inject, test as base } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request, type Response } from 'playwright-core';

export const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

let browserPromise: Promise<Browser> | undefined;

async function launch(): Promise<Browser> {
  const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (process.env.CHROME_PATH) {
    return chromium.launch({ executablePath: process.env.CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', ...quiet] });
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Its default args include --single-process, which makes several contexts in one browser flaky.
  const args = sparticuz.args.filter((a) => a !== '--single-process' && a !== '--no-zygote');
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...args, ...quiet] });
}

export function browser(): Promise<Browser> {
  browserPromise ??= launch();
  return browserPromise;
}

afterAll(async () => {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
});

/** What a page did that a test may assert on. */
export interface PageRecord {
  consoleErrors: string[];
  /** Requests to any origin but the site's own. */
  foreignRequests: string[];
  /** Content Security Policy violations reported by the page. */
  cspViolations: string[];
}

export interface Fixtures {
  page: Page;
  record: PageRecord;
  /** Options for the page's context (default: a 390 px phone); change with `test.override` in a describe. */
  contextOptions: BrowserContextOptions;
}

/** Requests each test page has sent and not yet seen answered (for `openPage`). */
const inFlight = new WeakMap<Page, Set<Request>>();

export const test = base.extend<Fixtures>({
  contextOptions: { viewport: { width: 390, height: 844 } },
  record: async ({}, use) => {
    await use({ consoleErrors: [], foreignRequests: [], cspViolations: [] });
  },
  page: async ({ contextOptions, record, task, onTestFailed }, use) => {
    // No service worker unless a test asks for one (tests/offline/): the others measure and route the page's
    // own requests, which a worker would answer in their place.
    const context = await (await browser()).newContext({ serviceWorkers: 'block', ...contextOptions });
    const page = await context.newPage();
    const pending = new Set<Request>();
    inFlight.set(page, pending);
    page.on('request', (r) => pending.add(r));
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));
    page.on('console', (m) => {
      if (m.type() === 'error') record.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => record.consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) record.foreignRequests.push(url);
    });
    await page.exposeFunction('__reportCsp', (v: string) => record.cspViolations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    onTestFailed(async () => {
      mkdirSync('test-results', { recursive: true });
      const name = task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80);
      await page.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined);
    });
    await use(page);
    await context.close();
  },
});

/** Site path → absolute URL on the test server. */
export const url = (path: string): string => new URL(path, baseUrl).href;

/**
 * Opens a site path and waits until the page is what a seller sees: loaded, every `client:load` and
 * `client:idle` island hydrated, and no request of the page still on its way (the checklist's catalogue,
 * a search chunk) for two frames in a row. Playwright's `networkidle` waits the same, plus 500 ms of quiet
 * after the last request: half a second per page, a minute of `npm test`.
 */
export async function openPage(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('astro-island[client="load"][ssr], astro-island[client="idle"][ssr]') === null);
  const pending = inFlight.get(page);
  const giveUp = Date.now() + 15_000;
  for (let quietFrames = 0; quietFrames < 2; ) {
    if (Date.now() > giveUp) throw new Error(`${path}: still loading after 15 s: ${[...(pending ?? [])].map((r) => r.url()).join(', ')}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    quietFrames = pending && pending.size > 0 ? 0 : quietFrames + 1;
  }
  return response;
}

/**
 * Waits until the search opener has loaded: the build loads it after the first paint, so a shortcut or a
 * tap on 搜索 right after `load` would otherwise reach the page before it (and 搜索 would follow its link).
 */
export async function searchReady(page: Page): Promise<void> {
  await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
}

/** Makes `localStorage` throw SecurityError on this page, as some private modes and policies do. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
}
