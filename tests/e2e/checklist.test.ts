/** What a seller does with the evidence checklist, in real Chromium against dist/. */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from './harness';
import { content } from '../content-files';

const title = (id: string) => content.evidence.find((e) => e.id === id)?.title ?? id;
const box = (page: Page, id: string) => page.getByRole('checkbox', { name: new RegExp(`^${title(id)}`) });

async function ready(page: Page) {
  await page.locator('.checklist[data-enhanced="true"]').waitFor();
}

test('opens pre-filled from an outcome page; ticks survive a reload', async ({ page, record }) => {
  await page.goto(url('/check/result/apply-empty-parcel/'));
  await page.getByRole('link', { name: '打开按这个结果列好的证据清单' }).click();
  await ready(page);
  expect(await page.locator('#case-title').innerText()).toBe(content.outcomes.find((o) => o.id === 'apply-empty-parcel')?.title);
  expect(await page.locator('.strength').innerText()).toMatch(/还没有勾选/);
  await box(page, 'packing-video').check();
  await box(page, 'waybill-photo').check();
  expect(await page.locator('.progress-line').innerText()).toBe('已准备 2 / 6，必备项还差 2 项');
  expect(await page.locator('.strength').innerText()).toMatch(/证据薄弱/);
  await page.waitForURL(/\?case=/);
  await page.reload();
  await ready(page);
  expect(await box(page, 'packing-video').isChecked()).toBe(true);
  expect(await box(page, 'waybill-photo').isChecked()).toBe(true);
  expect(await box(page, 'ship-weight').isChecked()).toBe(false);
  expect(record.consoleErrors).toEqual([]);
});

test('two cases are kept apart', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=counterfeit'));
  await ready(page);
  await page.getByLabel('案件名称（只保存在你的浏览器里）').fill('甲单');
  await page.getByLabel('案件名称（只保存在你的浏览器里）').press('Enter');
  await box(page, 'purchase-invoice').check();
  await page.goto(url('/checklist/?scenario=counterfeit'));
  await ready(page);
  await page.getByLabel('案件名称（只保存在你的浏览器里）').fill('乙单');
  await page.getByLabel('案件名称（只保存在你的浏览器里）').press('Enter');
  await box(page, 'brand-authorization').check();
  await page.getByRole('link', { name: '甲单' }).click();
  expect(await box(page, 'purchase-invoice').isChecked()).toBe(true);
  expect(await box(page, 'brand-authorization').isChecked()).toBe(false);
  await page.getByRole('link', { name: '乙单' }).click();
  expect(await box(page, 'purchase-invoice').isChecked()).toBe(false);
  expect(await box(page, 'brand-authorization').isChecked()).toBe(true);
});

test('copy as text gives the list with boxes, label and progress', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url('/checklist/?scenario=not-received&label=%E5%B0%BE%E5%8F%B7%2088'));
  await ready(page);
  await box(page, 'signed-receipt').check();
  await page.getByRole('button', { name: '复制为文字' }).click();
  const text = await page.locator('#export-value').inputValue();
  expect(text).toContain('证据清单：买家说没收到货，物流却显示已签收');
  expect(text).toContain('案件：尾号 88');
  expect(text).toContain(`[x] ${title('signed-receipt')}`);
  expect(text).toContain(`[ ] ${title('waybill-photo')}`);
  expect(text).toContain('已准备 1 / 5，必备项还差 2 项');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('the share link carries the ticks and warns about a label that looks personal', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=quality'));
  await ready(page);
  await box(page, 'test-report').check();
  await page.getByLabel('案件名称（只保存在你的浏览器里）').fill('订单 240612345678');
  await page.getByLabel('案件名称（只保存在你的浏览器里）').press('Enter');
  await page.getByRole('button', { name: '分享链接' }).click();
  expect(await page.locator('.export [role="status"]').innerText()).toMatch(/看起来像订单号或手机号/);
  const link = await page.locator('#export-value').inputValue();
  await page.goto(link);
  await ready(page);
  expect(await box(page, 'test-report').isChecked()).toBe(true);
  expect(await page.getByLabel('案件名称（只保存在你的浏览器里）').inputValue()).toBe('订单 240612345678');
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

test('corrupt saved data gives a message, is kept aside, and the page still works', async ({ page, record }) => {
  await page.goto(url('/checklist/'));
  await ready(page);
  await page.evaluate(() => localStorage.setItem('shouhou-jieru:checklists', '{"version":1,"cases":[{"broken'));
  await page.reload();
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/已损坏[\s\S]*原样备份/);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('shouhou-jieru:checklists:unreadable:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"version":1,"cases":[{"broken']);
  // Visiting again does not pile up copies.
  await page.reload();
  await ready(page);
  const again = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')).length);
  expect(again).toBe(1);
  await page.getByLabel('选择你的纠纷类型').selectOption({ label: '买家说收到的是空包裹' });
  await page.getByRole('button', { name: '新建清单' }).click();
  await box(page, 'packing-video').check();
  expect(await box(page, 'packing-video').isChecked()).toBe(true);
  expect(record.consoleErrors).toEqual([]);
});

test('keyboard only: pick a type, tick an item, open its details', async ({ page }) => {
  await page.goto(url('/checklist/'));
  await ready(page);
  await page.getByLabel('选择你的纠纷类型').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#case-title').waitFor();
  // Tab to the first checkbox after the label field, tick it with Space.
  await page.getByLabel('案件名称（只保存在你的浏览器里）').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  expect(await page.locator('.check-items input').first().isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.locator('.check-details').first().getAttribute('open')).not.toBeNull();
});

test('print media shows the list with its boxes and hides the controls', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=empty-parcel'));
  await ready(page);
  await box(page, 'packing-video').check();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.check-items input').first().isVisible()).toBe(true);
  expect(await page.locator('.check-items > li').count()).toBe(6);
  for (const hidden of ['.case-actions', '.picker', '.site-header', '.site-menu']) {
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

describe('JavaScript disabled', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test('the page shows every scenario list as a printable list', async ({ page }) => {
    await page.goto(url('/checklist/?scenario=empty-parcel'));
    expect(await page.locator('.static-list').count()).toBe(content.scenarios.length);
    expect(await page.locator('#list-empty-parcel .print-boxes li').count()).toBe(6);
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
    await page.goto(url('/scenarios/quality/'), { waitUntil: 'networkidle' });
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /Checklist\.[^/]*\.js$/.test(e.name)));
    expect(await loaded()).toBe(false);
    await page.locator('#evidence').scrollIntoViewIfNeeded();
    await expect.poll(loaded).toBe(true);
  });
});
