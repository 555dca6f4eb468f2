/** What a seller does with the evidence checklist, in real Chromium against dist/. */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, test, url } from '../support/harness';
import { content } from '../support/content-files';

const title = (id: string) => content.evidence.find((e) => e.id === id)?.title ?? id;
const box = (page: Page, id: string) => page.getByRole('checkbox', { name: new RegExp(`^${title(id)}`) });
const lack = (page: Page, id: string) => page.getByRole('button', { name: new RegExp(`：${title(id)}$`) }).filter({ hasText: /没有/ });
const labelField = (page: Page) => page.getByLabel('案件名称（只保存在你的浏览器里）');

async function ready(page: Page) {
  await page.locator('.checklist[data-enhanced="true"]').waitFor();
}

test('opens pre-filled from an outcome page; progress only while working, the verdict once all is marked; ticks survive a reload', async ({ page, record }) => {
  await page.goto(url('/check/result/apply-empty-parcel/applied/'));
  await page.getByRole('link', { name: '打开按这个结果列好的证据清单' }).click();
  await ready(page);
  expect(await page.locator('#case-title').innerText()).toBe(content.outcomes.find((o) => o.id === 'apply-empty-parcel')?.title);
  await box(page, 'courier-weight').check();
  await box(page, 'waybill-photo').check();
  expect(await page.locator('.progress-line').innerText()).toBe('已准备 2 / 6，必备项还差 2 项');
  // One of three required items ticked: the seller is still working, so no "weak" verdict yet.
  expect(await page.locator('.strength').innerText()).toMatch(/^还有 2 项必备凭证没标/);
  expect(await page.locator('.progress').innerText()).not.toMatch(/证据薄弱|考虑协商/);
  await lack(page, 'packing-video').click();
  await lack(page, 'ship-weight').click();
  await expect.poll(() => page.locator('.strength').innerText(), { timeout: 15_000 }).toMatch(/^证据薄弱：必备凭证缺 2 项/);
  expect(await page.locator('.strength').innerText()).toMatch(/已经拿不到的：“发货打包视频”、“发货称重记录”/);
  await page.waitForURL(/\?case=/);
  await page.reload();
  await ready(page);
  expect(await box(page, 'courier-weight').isChecked()).toBe(true);
  expect(await box(page, 'waybill-photo').isChecked()).toBe(true);
  expect(await box(page, 'ship-weight').isChecked()).toBe(false);
  expect(await lack(page, 'ship-weight').getAttribute('aria-pressed')).toBe('true');
  expect(record.consoleErrors).toEqual([]);
});

test('in intervention the advice is to submit now; an item that can no longer be made does not block', async ({ page }) => {
  await page.goto(url('/checklist/?outcome=apply-empty-parcel&stage=intervention'));
  await ready(page);
  expect(await page.locator('#case-stage').inputValue()).toBe('intervention');
  expect(await page.locator('.strength').innerText()).toMatch(/举证截止前一定要提交/);
  await page.getByRole('button', { name: '现在就判断证据够不够' }).click();
  await expect.poll(() => page.locator('.strength').innerText(), { timeout: 15_000 }).toMatch(/^截止前一次交齐：举证只有一次，还能拿到的先去要，来不及就交手上已有的，最有力的放在前面/);
  const advice = await page.locator('.strength').innerText();
  expect(advice).toMatch(/证据较弱：必备凭证缺 3 项/);
  expect(advice).toMatch(/已经拿不到的：“发货打包视频”、“发货称重记录”。这不妨碍现在提交/);
  expect(advice).not.toMatch(/先补齐|还不够/);
});

test('an unknown stage in the link gets a clear message; the list still opens', async ({ page, record }) => {
  await page.goto(url('/checklist/?outcome=apply-empty-parcel&stage=%3Cscript%3E'));
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/阶段「<script>」不认识/);
  expect(await page.locator('#case-title').isVisible()).toBe(true);
  expect(await page.locator('#case-stage').inputValue()).toBe('');
  expect(record.consoleErrors).toEqual([]);
});

test('two cases are kept apart; a new list gets its own address', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=counterfeit'));
  await ready(page);
  await labelField(page).fill('甲单');
  await labelField(page).press('Enter');
  await box(page, 'purchase-invoice').check();
  await page.waitForURL(/\?case=/);
  await page.getByLabel('换一种纠纷类型，新建案件').selectOption({ label: content.scenarios.find((s) => s.id === 'counterfeit')?.data.title });
  await page.getByRole('button', { name: '新建清单' }).click();
  expect(new URL(page.url()).search).toBe('?scenario=counterfeit');
  expect(await labelField(page).inputValue()).toBe('案件 2');
  await labelField(page).fill('乙单');
  await labelField(page).press('Enter');
  await box(page, 'brand-authorization').check();
  await page.getByRole('link', { name: '甲单' }).click();
  expect(await box(page, 'purchase-invoice').isChecked()).toBe(true);
  expect(await box(page, 'brand-authorization').isChecked()).toBe(false);
  await page.getByRole('link', { name: '乙单' }).click();
  expect(await box(page, 'purchase-invoice').isChecked()).toBe(false);
  expect(await box(page, 'brand-authorization').isChecked()).toBe(true);
});

test('copy as text gives the list with boxes, label, stage and progress', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url('/checklist/?scenario=not-received&stage=applied&label=%E5%B0%BE%E5%8F%B7%2088'));
  await ready(page);
  await box(page, 'signed-receipt').check();
  await page.getByRole('button', { name: '复制为文字' }).click();
  const text = await page.locator('#export-value').inputValue();
  expect(text).toContain('证据清单：买家说没收到货，物流却显示已签收');
  expect(text).toContain('案件：尾号 88');
  expect(text).toContain('阶段：买家刚申请售后，等我处理');
  expect(text).toContain(`[x] ${title('signed-receipt')}`);
  expect(text).toContain(`[ ] ${title('waybill-photo')}`);
  expect(text).toContain('已准备 1 / 5，必备项还差 2 项');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('share: a label that looks personal is left out unless the seller asks; the link wraps and has a copy button', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url('/checklist/?scenario=quality'));
  await ready(page);
  await box(page, 'test-report').check();
  await labelField(page).fill('订单 240612345678');
  await labelField(page).press('Enter');
  await page.getByRole('button', { name: '分享链接' }).click();
  await page.locator('#export-value').waitFor();
  expect(await page.locator('.export').innerText()).toMatch(/看起来像订单号或手机号，建议不放进链接/);
  const withBox = page.getByRole('checkbox', { name: /链接里带上案件名称/ });
  expect(await withBox.isChecked()).toBe(false);
  const link = await page.locator('#export-value').inputValue();
  expect(link).not.toContain('label=');
  expect(await page.locator('#export-value').evaluate((el) => el.tagName)).toBe('TEXTAREA');
  await page.locator('.export').getByRole('button', { name: '复制' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await withBox.check();
  expect(await page.locator('#export-value').inputValue()).toContain('label=');
  // Opened elsewhere: the ticks are there, and the case is not saved until the seller wants it.
  await page.goto(link);
  await ready(page);
  expect(await box(page, 'test-report').isChecked()).toBe(true);
  expect(await page.locator('.case').innerText()).toMatch(/这个案件还没有保存/);
  expect(await page.locator('.case').innerText()).not.toMatch(/勾选第一项后/);
  await page.getByRole('button', { name: '现在保存' }).click();
  await page.waitForURL(/\?case=/);
  expect(await page.locator('.case').innerText()).not.toMatch(/还没有保存/);
});

test('the automatic name is not called "your name" when sharing', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=quality'));
  await ready(page);
  await page.getByRole('button', { name: '分享链接' }).click();
  await page.locator('#export-value').waitFor();
  expect(await page.locator('.export').innerText()).toMatch(/没有案件名称/);
  expect(await page.locator('.export').innerText()).not.toMatch(/你填写的/);
  expect(await page.getByRole('checkbox', { name: /链接里带上案件名称/ }).count()).toBe(0);
});

test('a share link from before 2026-12 (ticks=a.b) opens the same list as today’s (have=a.b)', async ({ page, record }) => {
  for (const link of ['/checklist/?scenario=quality&ticks=test-report.listing-screenshot', '/checklist/?scenario=quality&have=test-report.listing-screenshot']) {
    await page.goto(url(link));
    await ready(page);
    expect(await box(page, 'test-report').isChecked(), link).toBe(true);
    expect(await box(page, 'listing-screenshot').isChecked(), link).toBe(true);
    expect(await page.locator('.case').innerText(), link).toMatch(/这个案件还没有保存/);
  }
  expect(record.consoleErrors).toEqual([]);
});

test('a forged link shows a message and the picker, not a wrong list', async ({ page, record }) => {
  await page.goto(url('/checklist/?scenario=quality&ticks=purchase-invoice'));
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/勾选项和这个纠纷类型对不上/);
  expect(await page.locator('#case-title').count()).toBe(0);
  expect(await page.getByLabel('选择你的纠纷类型').isVisible()).toBe(true);
  expect(record.consoleErrors).toEqual([]);
});

test('reset asks first; cancel keeps the ticks, confirm clears them', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=transit-lost'));
  await ready(page);
  await box(page, 'courier-statement').check();
  await page.getByRole('button', { name: '清空勾选' }).click();
  await page.getByRole('button', { name: '取消' }).click();
  expect(await box(page, 'courier-statement').isChecked()).toBe(true);
  await page.getByRole('button', { name: '清空勾选' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  expect(await box(page, 'courier-statement').isChecked()).toBe(false);
});

test('keyboard only: pick a type, tick an item, mark one as missing, open its details', async ({ page }) => {
  await page.goto(url('/checklist/'));
  await ready(page);
  await page.getByLabel('选择你的纠纷类型').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#case-title').waitFor();
  // After the stage field come "judge now" and "save now", then the first item's checkbox; Space ticks it.
  await page.locator('#case-stage').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('现在就判断证据够不够');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('现在保存');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('.check-items input[type="checkbox"]'))).toBe(true);
  await page.keyboard.press('Space');
  expect(await page.locator('.check-items input').first().isChecked()).toBe(true);
  // Next: the first item's details (a ticked item has no "我没有" button).
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^怎么准备/);
  await page.keyboard.press('Enter');
  expect(await page.locator('.check-details').first().getAttribute('open')).not.toBeNull();
  // The open marker changes with the state.
  const marker = () => page.locator('.check-details summary').first().evaluate((el) => getComputedStyle(el, '::before').content);
  expect(await marker()).toBe('"▾"');
  await page.keyboard.press('Enter');
  expect(await marker()).toBe('"▸"');
});

test('print media shows the case, its boxes with their state and hides the controls', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=empty-parcel&label=%E5%B0%BE%E5%8F%B7%2077'));
  await ready(page);
  await box(page, 'packing-video').check();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.print-only').innerText()).toBe('案件：尾号 77');
  expect(await page.locator('.check-items > li').count()).toBe(6);
  const fills = await page.locator('.check-items input').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(fills[0]).toBe('rgb(0, 0, 0)');
  expect(fills.slice(1).every((f) => f !== 'rgb(0, 0, 0)')).toBe(true);
  for (const hidden of ['.case-actions', '.picker', '.site-header', '.site-menu', '.check-details', '.case-label', '.lack-toggle']) {
    const el = page.locator(hidden).first();
    if ((await el.count()) > 0) expect(await el.isVisible(), hidden).toBe(false);
  }
});

describe('JavaScript disabled', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test('the page shows every scenario list as a printable list', async ({ page }) => {
    await page.goto(url('/checklist/?scenario=empty-parcel'));
    // Besides one list per self-check result (list-outcome-*), which a result page links to.
    expect(await page.locator('.static-list:not([id^="list-outcome-"])').count()).toBe(content.scenarios.length);
    expect(await page.locator('#list-empty-parcel .print-boxes li').count()).toBe(6);
    expect(await page.locator('#list-empty-parcel .print-boxes').innerText()).toContain(title('packing-video'));
  });
  test('a scenario page shows its own list', async ({ page }) => {
    await page.goto(url('/scenarios/counterfeit/'));
    const scenario = content.scenarios.find((s) => s.id === 'counterfeit')!;
    expect(await page.locator('#list-counterfeit .print-boxes li').count()).toBe(scenario.data.evidenceRequired.length + scenario.data.evidenceHelpful.length);
  });
});

describe('embedded at the end of a scenario page', () => {
  test('ticks are saved, the same case comes back, and the full tool lists it', async ({ page, record }) => {
    await page.goto(url('/scenarios/counterfeit/'));
    await page.locator('#evidence').scrollIntoViewIfNeeded();
    await page.locator('.checklist[data-enhanced="true"]').waitFor();
    expect(await page.locator('.picker').count()).toBe(0);
    await box(page, 'purchase-invoice').check();
    expect(new URL(page.url()).pathname).toBe('/scenarios/counterfeit/');
    await page.reload();
    await page.locator('#evidence').scrollIntoViewIfNeeded();
    await page.locator('.checklist[data-enhanced="true"]').waitFor();
    expect(await box(page, 'purchase-invoice').isChecked()).toBe(true);
    await page.getByRole('link', { name: '在证据清单页打开这个案件' }).click();
    await ready(page);
    expect(await box(page, 'purchase-invoice').isChecked()).toBe(true);
    expect(record.consoleErrors).toEqual([]);
  });

  test('its script loads only when the seller reaches the list', async ({ page }) => {
    await openPage(page, '/scenarios/quality/');
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /Checklist\.[^/]*\.js$/.test(e.name)));
    expect(await loaded()).toBe(false);
    await page.locator('#evidence').scrollIntoViewIfNeeded();
    await expect.poll(loaded, { timeout: 15_000 }).toBe(true);
  });
});
