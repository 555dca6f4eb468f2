/**
 * The statement tool's two letters (issue 21) and its conclusions (review items A8, A13), as a seller
 * uses them on a 390 px phone: reached from /guide/penalties/, chosen in the picker, filled, evidence
 * ticked. Real Chromium against dist/.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from '../support/harness';
import { content } from '../support/content-files';

const ready = (page: Page) => page.locator('.statement-tool[data-enhanced="true"]').waitFor();
const text = (page: Page) => page.locator('#statement-text').inputValue();
const evidenceBox = (page: Page, title: string) => page.getByRole('group', { name: '你手里有的凭证' }).getByLabel(title, { exact: true });
const title = (id: string) => content.evidence.find((e) => e.id === id)!.title;
const limit = content.facts.find((f) => f.id === 'evidence-image-limit')!.value as number;

test('the request for reasons: from /guide/penalties/, filled, with the seller’s own evidence', async ({ page, record }) => {
  await page.goto(url('/guide/penalties/'));
  await page.getByRole('link', { name: '举证说明草稿', exact: true }).click();
  await ready(page);
  expect(await page.locator('#statement-type').inputValue()).toBe('penalty-reasons');
  // A letter is not about a stage of an order.
  expect(await page.locator('#statement-stage').count()).toBe(0);
  let t = await text(page);
  expect(t).toContain('《网络交易平台规则监督管理办法》');
  expect(t).toContain('【请填写：平台的处理或判定】');
  expect(t).not.toContain('附凭证');
  await page.getByLabel('平台的处理或判定').fill('虚假发货 违规编号 V2026');
  await page.getByLabel('收到通知的时间').fill('12月1日 10:20');
  await page.getByLabel('你认为哪里不对').fill('11月30日 15:02 已由快递揽收');
  await evidenceBox(page, title('tracking-screenshot')).check();
  t = await text(page);
  expect(t).toContain('关于“虚假发货 违规编号 V2026”，我方于 12月1日 10:20 收到通知');
  expect(t).toContain('我方的说明：11月30日 15:02 已由快递揽收。');
  expect(t).toContain('（见凭证 1）');
  expect(t).not.toContain('【请填写');
  expect(record.consoleErrors).toEqual([]);
});

test('the appeal with new evidence: chosen in the picker; more evidence than one upload takes is numbered by image', async ({ page, record }) => {
  await page.goto(url('/tools/statement/?case=cappeal1'));
  await ready(page);
  await page.locator('#statement-type').selectOption('appeal-new-evidence');
  let t = await text(page);
  expect(t).toContain('补充当时没有提交的凭证');
  expect(t).toContain('【请填写：通知里写的理由】');
  const ids = ['packing-video', 'ship-weight', 'signed-receipt', 'tracking-screenshot', 'chat-log'];
  for (const id of ids) await evidenceBox(page, title(id)).check();
  t = await text(page);
  expect(t).toContain(`凭证图 1：${title('packing-video')}、${title('ship-weight')}`);
  expect(t).toContain(`举证入口一次最多传 ${limit} 张图片`);
  expect(t).not.toMatch(/凭证 \d/);
  const note = page.getByTestId('by-image');
  expect(await note.innerText()).toContain(`${ids.length} 份凭证已按 ${limit} 张凭证图编号`);
  const href = await note.getByRole('link', { name: '用凭证拼图照编号合成' }).getAttribute('href');
  expect(href).toBe(`/tools/collage/?have=${ids.join('.')}&case=cappeal1`);
  // Saved with the case like any draft.
  await page.reload();
  await ready(page);
  expect(await page.locator('#statement-type').inputValue()).toBe('appeal-new-evidence');
  expect(record.consoleErrors).toEqual([]);
});

test('A8: “相符” only when both weights are typed and equal; a conclusion only once ticked', async ({ page }) => {
  await page.goto(url('/tools/statement/?type=empty-parcel&have=ship-weight,courier-weight'));
  await ready(page);
  expect(await text(page)).toContain('【请确认：两次称重是否一致】');
  await page.getByLabel('发货称重', { exact: true }).fill('1.25 kg');
  await page.getByLabel('快递派件或签收称重').fill('1250 g');
  expect(await text(page)).toContain('与发货称重相符');
  await page.getByLabel('快递派件或签收称重').fill('0.2 kg');
  expect(await text(page)).not.toContain('相符');

  await page.goto(url('/tools/statement/?type=fresh-produce&have=packing-video'));
  await ready(page);
  expect(await text(page)).not.toContain('新鲜');
  await page.getByRole('group', { name: '你核对过的结论' }).getByRole('checkbox').check();
  expect(await text(page)).toContain('录像里商品新鲜、无破损');
});
