/**
 * 售后台账 in real Chromium at 390 px: rows sorted by nearest deadline with overdue ones marked (3 and 30
 * cases, no sideways scrolling), the all-deadlines .ics parsed back in Asia/Shanghai (also with the phone
 * in New York), export → clear → import giving storage back byte for byte, a damaged file changing
 * nothing, the countdown saving onto a case, and the page without JavaScript.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from '../support/harness';
import { violations } from '../support/axe';
import { caseKey, serializeCase } from '~/lib/checklist/cases/store';
import { recordKey } from '~/lib/shared/storage';
import { serializePart } from '~/lib/ledger/records';
import { shanghaiParts } from '~/lib/tools/countdown/shanghai';
import { content } from '../support/content-files';

const HOUR = 3600_000;
const scenarios = ['quality', 'not-received', 'empty-parcel'];

/** `n` cases; case i's deadline is `hours(i)` from now (undefined: none), and every fifth is closed. */
function ledgerSeed(n: number, hours: (i: number) => number | undefined, now: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const id = `c${String(i).padStart(2, '0')}`;
    const stamp = new Date(now - (n - i) * 60_000).toISOString();
    out[caseKey(id)] = serializeCase({ id, label: `订单尾号 ${1000 + i}`, type: { kind: 'scenario', id: scenarios[i % 3]! }, stage: 'intervention', ticked: [], lacking: [], updatedAt: stamp });
    const h = hours(i);
    if (h !== undefined) out[recordKey('deadline', id)] = serializePart('deadline', { at: new Date(now + h * HOUR).toISOString(), title: '举证截止', updatedAt: stamp });
    if (n > 3 && i % 5 === 4) out[recordKey('outcome', id)] = serializePart('outcome', { result: 'settled', refunded: 1000, recovered: 0, updatedAt: stamp });
  }
  return out;
}

async function open(page: Page, seed: Record<string, string>) {
  await page.goto(url('/cases/'));
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, seed);
  await page.reload();
  await page.locator('.ledger[data-enhanced="true"]').waitFor();
}

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('shouhou-jieru:')).sort().map((k) => [k, localStorage.getItem(k)!])));

const openRows = (page: Page) => page.locator('.ledger > .ledger-rows > li');

/** Deadline hours for the 30-case ledger: a shuffled mix of overdue, soon, later and none. */
const hours30 = (i: number) => (i % 7 === 6 ? undefined : ((i * 37) % 29) * 5 - 40);

describe('the ledger at 390 px', () => {
  test('3 cases: nearest deadline first, the overdue one marked, nothing wider than the screen', async ({ page, record }) => {
    const now = Date.now();
    await open(page, ledgerSeed(3, (i) => [30, -2, undefined][i], now));
    await expect.poll(() => openRows(page).count()).toBe(3);
    expect(await openRows(page).evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.case))).toEqual(['c01', 'c00', 'c02']);
    const first = openRows(page).first();
    expect(await first.getAttribute('class')).toContain('is-overdue');
    expect(await first.locator('.ledger-left').innerText()).toBe('已超时 2 小时');
    expect(await openRows(page).nth(1).innerText()).toMatch(/剩 1 天 5 小时|剩 1 天 6 小时/);
    expect(await openRows(page).nth(2).innerText()).toContain('未设截止');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Only the deadline still ahead goes into the calendar file, and the button says so.
    expect(await page.getByRole('button', { name: /全部截止时间加入日历/ }).innerText()).toBe('全部截止时间加入日历（1 个）');
    expect(record.consoleErrors).toEqual([]);
  });

  test('only overdue deadlines: no calendar button, one line says why', async ({ page }) => {
    await open(page, ledgerSeed(1, () => -2, Date.now()));
    expect(await page.getByRole('button', { name: /加入日历/ }).count()).toBe(0);
    expect(await page.getByText('还没有要提醒的截止时间').count()).toBe(1);
  });

  test('no cases: nothing to export is offered, only restoring a backup, and a restored backup shows its cases', async ({ page }) => {
    await open(page, {});
    const transfer = page.locator('#ledger-transfer');
    expect(await transfer.getByRole('heading').innerText()).toBe('从备份恢复');
    expect(await transfer.getByRole('button', { name: /导出|日历/ }).count()).toBe(0);
    expect(await transfer.getByLabel('导入备份文件（.json）').count()).toBe(1);
    expect(await page.getByText('还没有要提醒的截止时间').count()).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'ledger-restore-'));
    const file = join(dir, 'backup.json');
    // A backup as the ledger writes it: export one case from a seeded ledger, then restore it into an empty one.
    await open(page, ledgerSeed(1, () => 5, Date.now()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部（.json）' }).click()]);
    await download.saveAs(file);
    await open(page, {});
    await transfer.getByLabel('导入备份文件（.json）').setInputFiles(file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导入' }).innerText()).toMatch(/^已导入 1 个案件/);
    expect(await transfer.getByRole('heading').innerText()).toBe('备份、表格和日历');
    expect(await page.locator('.ledger-rows > li').count()).toBe(1);
  });

  test('30 cases: sorted, overdue marked, closed ones folded away, compact rows, no sideways scrolling', async ({ page }) => {
    const now = Date.now();
    const seed = ledgerSeed(30, hours30, now);
    await open(page, seed);
    const open30 = [...Array(30).keys()].filter((i) => i % 5 !== 4);
    await expect.poll(() => openRows(page).count()).toBe(open30.length);
    const withDeadline = open30.filter((i) => hours30(i) !== undefined).sort((a, b) => hours30(a)! - hours30(b)!);
    const ids = await openRows(page).evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.case));
    expect(ids.slice(0, withDeadline.length)).toEqual(withDeadline.map((i) => `c${String(i).padStart(2, '0')}`));
    // A deadline 0 h from now has passed by the time the page shows it.
    const overdue = open30.filter((i) => hours30(i) !== undefined && hours30(i)! <= 0).length;
    expect(await page.locator('.ledger > .ledger-rows > li.is-overdue').count()).toBe(overdue);
    expect(await page.locator('.ledger-closed summary').innerText()).toContain('已结案（6）');
    expect(await page.locator('.ledger-closed').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Compact: on average a row takes under 90 px, so a 844 px screen shows about ten.
    const heights = await openRows(page).evaluateAll((li) => li.map((l) => l.getBoundingClientRect().height));
    expect(heights.reduce((a, b) => a + b, 0) / heights.length).toBeLessThan(90);
    // Closing a case keeps it: the records are all still there.
    expect(Object.keys(await stored(page)).length).toBe(Object.keys(seed).length);
  });
});

/** Every DTSTART in an .ics, as Beijing wall-clock text. */
const starts = (ics: string) => [...ics.matchAll(/^DTSTART;TZID=Asia\/Shanghai:(\d{8}T\d{6})\r$/gm)].map((m) => m[1]);
const beijing = (ms: number) => {
  const p = shanghaiParts(new Date(Math.floor(ms / 60_000) * 60_000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}00`;
};

for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
  describe(`the all-deadlines calendar file, phone in ${timezoneId}`, () => {
    test.override({ contextOptions: { viewport: { width: 390, height: 844 }, timezoneId, acceptDownloads: true } });
    test('holds every open deadline still ahead, in Beijing time, with the 6 h and 1 h reminders', async ({ page }) => {
      const now = Math.floor(Date.now() / 60_000) * 60_000;
      const h = [30, -2, undefined, 10, 0.5];
      await open(page, ledgerSeed(5, (i) => h[i], now));
      const button = page.getByRole('button', { name: /全部截止时间加入日历/ });
      expect(await button.innerText()).toContain('（2 个）');
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe('售后台账-全部截止.ics');
      const ics = readFileSync((await download.path())!, 'utf8');
      // c04 is closed (every fifth case), c01 overdue, c02 without a deadline: c03 (10 h), c00 (30 h).
      expect(starts(ics)).toEqual([beijing(now + 10 * HOUR), beijing(now + 30 * HOUR)]);
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
      expect(ics.match(/TRIGGER;RELATED=START:-PT6H/g)).toHaveLength(2);
      expect(ics.match(/TRIGGER;RELATED=START:-PT1H/g)).toHaveLength(2);
      expect(ics).toContain('SUMMARY:举证截止：订单尾号 1003');
    });
  });
}

describe('export and import', () => {
  test.override({ contextOptions: { viewport: { width: 390, height: 844 }, acceptDownloads: true } });

  test('export → clear storage → import gives every record back; a damaged file changes nothing', async ({ page }) => {
    const now = Date.now();
    await open(page, ledgerSeed(4, (i) => [5, -1, 20, undefined][i], now));
    // A note made on the page, so the export carries a timeline too.
    await openRows(page).first().getByRole('link').click();
    await page.getByLabel('记一笔（会带上今天的日期）').fill('买家同意部分退款 10 元');
    await page.getByRole('button', { name: '记下' }).click();
    await expect.poll(() => page.locator('.ledger-timeline li').count()).toBe(1);
    const before = await stored(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部（.json）' }).click()]);
    const file = (await download.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'shouhou-jieru-ledger', version: 1 });
    const exported = await stored(page);
    expect(Object.keys(exported).filter((k) => !(k in before))).toEqual(['shouhou-jieru:ledger:last-export']);

    await page.evaluate(() => localStorage.clear());
    await page.goto(url('/cases/'));
    await page.locator('.ledger[data-enhanced="true"]').waitFor();
    expect(await page.locator('.ledger-rows li').count()).toBe(0);
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导入' }).count()).toBe(1);
    expect(await stored(page)).toEqual(before);
    expect(await openRows(page).count()).toBe(4);

    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, readFileSync(file, 'utf8').slice(0, 300));
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ cases: [] }));
    for (const [path, words] of [[damaged, '已损坏'], [foreign, '不是本站']] as const) {
      await page.locator('input[type="file"]').setInputFiles(path);
      await expect.poll(() => page.locator('#ledger-transfer [role="status"]').innerText()).toContain(words);
      expect(await stored(page)).toEqual(before);
    }
  });
});

describe('storage full for the timeline only', () => {
  test('a tick is saved but its timeline entry is refused: the checklist says so, and writes it with the next tick', async ({ page }) => {
    // The case record is rewritten in place; the timeline beside it grows and is refused while `__full`.
    await page.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if ((window as { __full?: boolean }).__full && k.startsWith('shouhou-jieru:timeline:')) throw new DOMException('full', 'QuotaExceededError');
        set.call(this, k, v);
      };
    });
    await open(page, ledgerSeed(1, () => undefined, Date.now()));
    await page.goto(url('/checklist/?case=c00'));
    await page.locator('.checklist[data-enhanced="true"]').waitFor();
    const quality = content.scenarios.find((x) => x.id === 'quality')!.data.evidenceRequired;
    const box = (i: number) => page.getByRole('checkbox', { name: new RegExp(`^${content.evidence.find((e) => e.id === quality[i])!.title}`) });
    await page.evaluate(() => ((window as { __full?: boolean }).__full = true));
    await box(0).check();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('的改动已保存。时间线上这一条还没存上（浏览器存储已满）：本页开着时，下次保存会自动补记');
    await page.evaluate(() => ((window as { __full?: boolean }).__full = false));
    await box(1).check();
    await expect.poll(() => alert.count()).toBe(0);
    const events = (JSON.parse((await stored(page))[recordKey('timeline', 'c00')]!) as { events: { kind: string; detail: string }[] }).events;
    expect(events.map((e) => `${e.kind}:${e.detail}`)).toEqual([`tick:${quality[0]}`, `tick:${quality[1]}`]);
  });
});

describe('two tabs', () => {
  test('a note in tab A and an outcome in tab B show in the other without a reload; A’s next save keeps B’s', async ({ page }) => {
    await open(page, ledgerSeed(1, () => 30, Date.now()));
    const tabB = await page.context().newPage();
    for (const tab of [page, tabB]) {
      await tab.goto(url('/cases/?case=c00'));
      await tab.locator('.ledger-case').waitFor();
    }
    const timeline = (tab: Page) => tab.locator('.ledger-timeline').innerText();
    await page.getByLabel('记一笔（会带上今天的日期）').fill('A 的备注');
    await page.getByRole('button', { name: '记下' }).click();
    await expect.poll(() => timeline(tabB)).toContain('A 的备注');
    await tabB.getByLabel('和解').check();
    await tabB.getByLabel('退给买家多少（元）').fill('10');
    await tabB.getByRole('button', { name: '结案' }).click();
    await expect.poll(() => page.locator('.ledger-case').innerText()).toContain('和解，退给买家 10.00 元');
    await page.getByLabel('记一笔（会带上今天的日期）').fill('A 的第二条');
    await page.getByRole('button', { name: '记下' }).click();
    await expect.poll(() => timeline(tabB)).toContain('A 的第二条');
    const kept = await stored(page);
    expect(JSON.parse(kept[recordKey('outcome', 'c00')]!)).toMatchObject({ result: 'settled', refunded: 1000 });
    expect((JSON.parse(kept[recordKey('timeline', 'c00')]!) as { events: { kind: string }[] }).events.map((e) => e.kind)).toEqual(['note', 'outcome', 'note']);
  });
});

describe('deadlines onto the case', () => {
  test('the countdown opened from a ledger row saves onto the case; the ledger shows it with time left', async ({ page }) => {
    const now = Date.now();
    await open(page, ledgerSeed(1, () => undefined, now));
    await openRows(page).first().getByRole('link').click();
    await page.getByRole('link', { name: '用倒计时工具设提醒' }).click();
    await page.waitForURL(/\/tools\/countdown\/\?.*case=c00/);
    await page.getByLabel('订单页上显示的倒计时或截止时间').fill('剩 31 小时 20 分');
    await page.getByRole('button', { name: '算出截止时间' }).click();
    await page.getByRole('button', { name: '存到这个案件上' }).click();
    await expect.poll(() => page.getByText('已把截止时间存到这个案件上').count()).toBe(1);
    await page.getByRole('link', { name: '在售后台账里看这个案件' }).click();
    await page.locator('.ledger-case').waitFor();
    expect(await page.locator('.ledger-case').innerText()).toMatch(/剩 1 天 7 小时/);
    expect(await page.locator('.ledger-timeline').innerText()).toContain('截止时间设为');
    // A stage change asks for the new deadline, inline.
    await page.getByLabel('现在到了哪一步').selectOption('return-arrived');
    await page.getByLabel('阶段变了：这一步的截止时间是？').fill('剩 5 小时');
    await page.getByRole('button', { name: '保存截止时间' }).click();
    await expect.poll(() => page.locator('.ledger-case').innerText()).toMatch(/剩 4 小时 59 分|剩 5 小时/);
    expect(await page.locator('.ledger-timeline li').count()).toBe(3);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${colorScheme} theme`, () => {
    test.override({ contextOptions: { viewport: { width: 390, height: 844 }, colorScheme } });
    test('30 cases with the closed ones unfolded and a case open: no WCAG A/AA violation', async ({ page }) => {
      await open(page, ledgerSeed(30, hours30, Date.now()));
      await page.locator('.ledger-closed summary').click();
      await openRows(page).first().getByRole('link').click();
      await page.locator('.ledger-case').waitFor();
      expect(await violations(page)).toEqual([]);
    });
  });
}

describe('without JavaScript', () => {
  test.override({ contextOptions: { viewport: { width: 390, height: 844 }, javaScriptEnabled: false } });
  test('the page says the ledger lives in this browser and needs JavaScript, and links what works without it', async ({ page }) => {
    await page.goto(url('/cases/'));
    const text = await page.locator('main').innerText();
    expect(text).toContain('台账保存在这个浏览器里，要开启 JavaScript 才能显示');
    expect(await page.locator('main a[href="/checklist/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/tools/"]').count()).toBeGreaterThan(0);
  });
});
