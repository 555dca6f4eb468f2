/**
 * The 举证说明 draft never loses what a seller wrote: two tabs (the reliability report's H1 steps), a
 * hand-edited text changed elsewhere, drafts the old code saved, storage the browser blocks, and a
 * `?case=` that is not saved (L9). Real Chromium against dist/.
 */
import { describe, expect } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { blockStorage, test, url } from '../support/harness';

/**
 * Waits until the tool has opened its case. If it does not, says what the page was waiting for: the island
 * not hydrated, the templates not downloaded, or a message shown instead.
 */
async function ready(page: Page) {
  try {
    await page.locator('.statement-tool[data-enhanced="true"]').waitFor({ timeout: 25_000 });
  } catch (error) {
    const state = await page.evaluate(() => ({
      readyState: document.readyState,
      visibility: document.visibilityState,
      hydrated: !document.querySelector('astro-island[component-url*="Statement"]')?.hasAttribute('ssr'),
      templates: performance.getEntriesByType('resource').filter((e) => e.name.includes('templates.json')).map((e) => Math.round(e.duration)),
      alert: document.querySelector('.statement-tool [role="alert"]')?.textContent ?? '',
      scripts: performance.getEntriesByType('resource').filter((e) => e.name.includes('/_astro/')).map((e) => `${e.name.split('/').pop()} ${Math.round(e.duration)} ms`),
    }));
    const idle = await page.evaluate(() => new Promise<string>((done) => {
      requestIdleCallback(() => done('fires'));
      setTimeout(() => done('did not fire within 3 s'), 3000);
    }));
    const console = (await page.consoleMessages()).map((m) => `${m.type()}: ${m.text()}`);
    const errors = (await page.pageErrors()).map(String);
    const answer = (r: Request) => Promise.race([r.response().then((a) => a?.status() ?? r.failure()?.errorText), new Promise((wait) => setTimeout(() => wait('still waiting'), 500))]);
    const requests = await Promise.all((await page.requests()).map(async (r) => `${r.url().replace(/^https?:\/\/[^/]+/, '')} ${await answer(r)}`));
    const detail = JSON.stringify({ ...state, requestIdleCallback: idle, console, errors, requests }, null, 1);
    throw new Error(`the statement tool did not open its case: ${detail}`, { cause: error });
  }
}
const text = (page: Page) => page.locator('#statement-text').inputValue();
const KEY = 'shouhou-jieru:statement:cabc123';
const ADDRESS = '/tools/statement/?type=empty-parcel&stage=intervention&case=cabc123';
const HAND = 'A 手改的整段说明，写了很久。';

/** The site's keys in localStorage now. */
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => /^(shouhou-jieru|pdd-guide):/.test(k)).map((k) => [k, localStorage.getItem(k)!])));
const draftIn = async (page: Page, key = KEY) => JSON.parse((await stored(page))[key] ?? 'null') as { fields: Record<string, string>; text: string; edited: boolean } | null;

test('H1, the report’s steps 1–5: a second tab typing a field keeps the first tab’s order number and hand-edited text', async ({ page, record }) => {
  // 1, 2: the same address in two tabs.
  await page.goto(url(ADDRESS));
  await ready(page);
  const tabB = await page.context().newPage();
  await tabB.goto(url(ADDRESS));
  await ready(tabB);
  // 3: A types the order number, then replaces the text by hand.
  await page.getByLabel('订单号').fill('250101-123456789');
  await page.locator('#statement-text').fill(HAND);
  await expect.poll(() => draftIn(page)).toMatchObject({ text: HAND, edited: true, fields: { orderNo: '250101-123456789' } });
  // 4: B types a tracking number.
  await tabB.getByLabel('快递单号', { exact: true }).fill('YT1234567890');
  // Storage holds both tabs' fields and A's text.
  expect(await draftIn(page)).toMatchObject({ text: HAND, edited: true, fields: { orderNo: '250101-123456789', trackingNo: 'YT1234567890' } });
  // B shows the merged draft (A's text), and says it changed.
  expect(await text(tabB)).toBe(HAND);
  expect(await tabB.getByLabel('订单号').inputValue()).toBe('250101-123456789');
  // A, left open, hears of B's field without a reload.
  await expect.poll(() => page.getByLabel('快递单号', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('YT1234567890');
  // 5: reload A.
  await page.reload();
  await ready(page);
  expect(await text(page)).toBe(HAND);
  expect(await page.getByLabel('订单号').inputValue()).toBe('250101-123456789');
  expect(await page.getByLabel('快递单号', { exact: true }).inputValue()).toBe('YT1234567890');
  expect(record.consoleErrors).toEqual([]);
});

test('a hand-edited text changed elsewhere is not overwritten without asking; the seller chooses', async ({ page }) => {
  await page.goto(url(ADDRESS));
  await ready(page);
  await page.locator('#statement-text').fill('我这里的第一版。');
  // Another tab (frozen, or its event lost) saved its own hand-edited text meanwhile: this page is not told.
  const theirs = { ...(await draftIn(page))!, text: '另一个页面写的正文。', edited: true, updatedAt: '2026-12-01T09:00:00.000Z' };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(theirs)]);
  await page.locator('#statement-text').fill('我这里的第二版。');
  const alert = page.getByRole('alert').filter({ hasText: '另一个页面也改过这份说明的正文' });
  await alert.waitFor();
  expect(await page.locator('#statement-theirs').inputValue()).toBe('另一个页面写的正文。');
  // Nothing was overwritten; the page still shows this tab's text, and says it is not saved.
  expect((await draftIn(page))!.text).toBe('另一个页面写的正文。');
  expect(await text(page)).toBe('我这里的第二版。');
  expect(await page.getByText('这次的修改还没有保存').count()).toBe(1);
  // Keep theirs: their text shows and stays.
  await page.getByRole('button', { name: '保留另一个页面的文字' }).click();
  expect(await text(page)).toBe('另一个页面写的正文。');
  expect((await draftIn(page))!.text).toBe('另一个页面写的正文。');
  // Edit again from their text: no question (this page saw it); and overwriting after asking works too.
  await page.locator('#statement-text').fill('在那边的基础上改。');
  expect((await draftIn(page))!.text).toBe('在那边的基础上改。');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify({ ...theirs, text: '又一版' })]);
  await page.locator('#statement-text').fill('坚持我这版。');
  await page.getByRole('button', { name: '用这里的文字覆盖' }).click();
  expect((await draftIn(page))!.text).toBe('坚持我这版。');
  expect(await page.getByRole('alert').filter({ hasText: '另一个页面也改过' }).count()).toBe(0);
});

test('a draft the old code saved (pdd-guide:statement:*) still opens, and moves into the one namespace', async ({ page }) => {
  const old = { v: 1, type: 'empty-parcel', stage: 'intervention', fields: { orderNo: '老订单 42' }, have: ['ship-weight', 'constructor', '__proto__'], text: '旧版里手写的说明。', edited: true, updatedAt: '2026-11-20T08:00:00.000Z' };
  await page.goto(url('/tools/statement/'));
  await page.evaluate((v) => {
    localStorage.clear();
    localStorage.setItem('pdd-guide:statement:cold1', v);
    localStorage.setItem('pdd-guide:statement:cold1:unreadable:2026-11-01T00:00:00.000Z', '{"v":1,"text":"更早的坏数据');
  }, JSON.stringify(old));
  await page.goto(url('/tools/statement/?case=cold1'));
  await ready(page);
  expect(await text(page)).toBe('旧版里手写的说明。');
  expect(await page.getByLabel('订单号').inputValue()).toBe('老订单 42');
  // L10c: `constructor` and `__proto__` are no evidence; only the real one is ticked.
  expect(await page.getByRole('group', { name: '你手里有的凭证' }).getByRole('checkbox', { checked: true }).count()).toBe(1);
  const after = await stored(page);
  expect(after['pdd-guide:statement:cold1']).toBeUndefined();
  expect(JSON.parse(after['shouhou-jieru:statement:cold1']!)).toEqual(old);
  expect(after['shouhou-jieru:set-aside:statement:cold1:2026-11-01T00:00:00.000Z']).toBe('{"v":1,"text":"更早的坏数据');
  // The copy kept aside is shown, not hidden.
  await page.getByText('这个案件另存的旧说明（1 份）').click();
  expect(await page.locator('#statement-kept-0').inputValue()).toBe('{"v":1,"text":"更早的坏数据');
});

test('an unreadable draft is kept aside at the first change, and the messages agree with each other (L12)', async ({ page }) => {
  await page.goto(url('/tools/statement/'));
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('shouhou-jieru:statement:c7', '{"v":1,"text":"我写了半天的说明');
  });
  await page.goto(url('/tools/statement/?case=c7'));
  await ready(page);
  expect(await page.locator('#statement-unreadable').inputValue()).toBe('{"v":1,"text":"我写了半天的说明');
  await page.getByLabel('订单号').fill('1');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: '读不出来' }).innerText()).toMatch(/已原样另存/);
  const kept = Object.entries(await stored(page)).filter(([k]) => k.startsWith('shouhou-jieru:set-aside:statement:c7:'));
  expect(kept.map(([, v]) => v)).toEqual(['{"v":1,"text":"我写了半天的说明']);
  expect(await page.getByText('自动保存在这台设备的浏览器里').count()).toBe(1);
});

test('blocked storage (SecurityError) is said on load, as blocked, not as full (L2)', async ({ page }) => {
  await blockStorage(page);
  await page.goto(url('/tools/statement/?type=empty-parcel'));
  await ready(page);
  expect(await page.getByText('这个浏览器不让网页保存数据').count()).toBe(1);
  await page.getByLabel('订单号').fill('1');
  expect(await text(page)).toContain('订单 1');
  expect(await page.getByText('这个浏览器不让网页保存数据').count()).toBe(1);
  expect(await page.getByText('存储已满').count()).toBe(0);
});

test('L9: a ?case= that is not saved in this browser is said; a saved one is "with this case"', async ({ page }) => {
  await page.goto(url('/tools/statement/'));
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem(
      'shouhou-jieru:case:csaved',
      JSON.stringify({ v: 2, id: 'csaved', label: '甲', type: { kind: 'scenario', id: 'empty-parcel' }, ticked: [], lacking: [], updatedAt: '2026-11-26T08:00:00.000Z' }),
    );
  });
  await page.goto(url('/tools/statement/?case=cgone'));
  await ready(page);
  await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/案件在这个浏览器的证据清单里找不到/);
  expect(await page.getByText('按链接里的案件编号单独保存，不会上传').count()).toBe(1);
  await page.goto(url('/tools/statement/?case=csaved'));
  await ready(page);
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await page.getByText('跟这个案件放在一起').count()).toBe(1);
  await page.goto(url('/tools/statement/?case=__proto__'));
  await ready(page);
  await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/案件编号格式不对/);
});

/* ---------- The templates arrive as a file (issue 23: the page's HTML within the first round trip) ---------- */

const SAVED = { v: 1, type: 'empty-parcel', stage: 'intervention', fields: { orderNo: '订单 77' }, have: ['ship-weight'], text: '卖家自己改过的说明。', edited: true, updatedAt: '2026-11-30T08:00:00.000Z' };

test('a saved draft waits for the templates: until they arrive nothing is composed or saved, then it opens as saved', async ({ page }) => {
  await page.goto(url('/tools/statement/'));
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k!, v!); }, [KEY, JSON.stringify(SAVED)]);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/tools/statement/templates.json', async (route) => { await held; await route.continue(); });
  await page.goto(url(ADDRESS));
  await page.waitForFunction(() => document.querySelector('astro-island[component-url*="Statement"]')?.hasAttribute('ssr') === false);
  expect(await page.locator('.statement-tool').getAttribute('data-enhanced')).toBe('false');
  expect(await text(page)).toContain('【请填写');
  expect(await stored(page)).toEqual({ [KEY]: JSON.stringify(SAVED) });
  release();
  await ready(page);
  expect(await text(page)).toBe('卖家自己改过的说明。');
  expect(await page.locator('#statement-type').inputValue()).toBe('empty-parcel');
  expect(await page.getByLabel('订单号').inputValue()).toBe('订单 77');
  expect(await stored(page)).toEqual({ [KEY]: JSON.stringify(SAVED) });
});

for (const [what, fulfil] of [
  ['cannot be downloaded', { status: 503, body: 'unavailable' }],
  ['is damaged', { status: 200, contentType: 'application/json', body: '{"templates":[{"id":"generic","title":"x","opening":"","facts":[{"text":"x","evidence":["gone"]}],"closings":[]}],"evidenceTitles":{}}' }],
] as const) {
  test(`when the templates file ${what}: a clear message, the generic template, and the saved draft untouched`, async ({ page }) => {
    await page.goto(url('/tools/statement/'));
    await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k!, v!); }, [KEY, JSON.stringify(SAVED)]);
    await page.route('**/tools/statement/templates.json', (route) => route.fulfill(fulfil));
    await page.goto(url(ADDRESS));
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toMatch(/^按纠纷类型的模板没能下载.*你保存的说明还在这个浏览器里，没有改动.*不会保存，离开前请复制/);
    expect(await page.locator('.statement-tool').getAttribute('data-enhanced')).toBe('false');
    expect(await text(page)).toContain('【请填写');
    await page.locator('#statement-text').fill('在没有模板时写的。');
    expect(await stored(page)).toEqual({ [KEY]: JSON.stringify(SAVED) });
  });
}

describe('without JavaScript', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test('the generic template shows every one of its facts with gaps to fill, and the evidence list', async ({ page }) => {
    await page.goto(url('/tools/statement/'));
    const draft = await text(page);
    expect(draft).toMatch(/^订单 【请填写：订单号】/);
    expect(draft.match(/（见凭证 \d）/g)).toHaveLength(3);
    expect(draft).toContain('附凭证：');
    expect(await page.locator('.statement-tool').getAttribute('data-enhanced')).toBe('false');
    expect(await page.locator('.callout-title').allInnerTexts()).toContain('没有开启 JavaScript');
  });
});

test('a templates download that fails gets one more try: the tool then opens as usual, with no message', async ({ page }) => {
  let tries = 0;
  await page.route('**/tools/statement/templates.json', async (route) => {
    tries += 1;
    if (tries === 1) await route.fulfill({ status: 503, body: 'busy' });
    else await route.continue();
  });
  await page.goto(url('/tools/statement/?type=counterfeit'));
  await ready(page);
  expect(tries).toBe(2);
  expect(await page.locator('#statement-type').inputValue()).toBe('counterfeit');
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('a templates download that hangs is given up after its wait and tried again', async ({ page }) => {
  await page.clock.install();
  let tries = 0;
  await page.route('**/tools/statement/templates.json', async (route) => {
    tries += 1;
    if (tries === 1) return; // never answered: only the tool's own wait ends it
    await route.continue();
  });
  await page.goto(url('/tools/statement/?type=counterfeit'));
  await expect.poll(() => tries, { timeout: 15_000 }).toBe(1);
  await page.clock.runFor(9_000);
  expect(tries).toBe(1);
  await page.clock.runFor(1_500);
  await expect.poll(() => tries).toBe(2);
  await ready(page);
  expect(await page.locator('#statement-type').inputValue()).toBe('counterfeit');
});
