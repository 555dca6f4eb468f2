/**
 * The checklist never loses a saved case: two tabs, unreadable records, a full storage, deleting, and
 * version-1 data, in real Chromium against dist/.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { blockStorage, test, url } from '../support/harness';
import { content } from '../support/content-files';
import { seededRandom } from '../support/seeded-random';
import { FULL_SWEEP } from '../support/site-pages';

const title = (id: string) => content.evidence.find((e) => e.id === id)?.title ?? id;
const box = (page: Page, id: string) => page.getByRole('checkbox', { name: new RegExp(`^${title(id)}`) });
const itemsOf = (id: string) => {
  const s = content.scenarios.find((x) => x.id === id)!;
  return [...s.data.evidenceRequired, ...s.data.evidenceHelpful];
};
const PREFIX = 'shouhou-jieru:case:';

async function ready(page: Page) {
  await page.locator('.checklist[data-enhanced="true"]').waitFor();
}

/** localStorage as it is now, for the site's keys only; without the cases' timelines (the ledger's, tested in tests/ledger/). */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('shouhou-jieru:') && !k.startsWith('shouhou-jieru:timeline:'))
        .map((k) => [k, localStorage.getItem(k)!]),
    ),
  );

const record = (id: string, label: string, scenario: string, ticked: string[], minute = 0) =>
  JSON.stringify({ v: 2, id, label, type: { kind: 'scenario', id: scenario }, ticked, lacking: [], updatedAt: `2026-11-26T08:0${minute}:00.000Z` });

async function seed(page: Page, entries: Record<string, string>) {
  await page.goto(url('/checklist/'));
  await ready(page);
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

/** Fills the rest of the origin's storage with someone else's data (`filler:*`). */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler:${n++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
}
const freeStorage = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => localStorage.removeItem(k)));

async function caseIdOf(page: Page): Promise<string> {
  await page.waitForURL(/\?case=/);
  return new URL(page.url()).searchParams.get('case')!;
}

test('two tabs on different cases, ticking alternately for ten rounds: nothing lost', async ({ page, record: rec }) => {
  // Tab A: the full checklist, case 订单A. Tab B: a scenario page's embedded checklist.
  await page.goto(url('/checklist/?scenario=not-received'));
  await ready(page);
  await page.getByLabel('案件名称（只保存在你的浏览器里）').fill('订单A');
  await page.getByLabel('案件名称（只保存在你的浏览器里）').press('Enter');
  const caseA = await caseIdOf(page);
  const tabB = await page.context().newPage();
  await tabB.goto(url('/scenarios/counterfeit/'));
  await tabB.locator('#evidence').scrollIntoViewIfNeeded();
  await ready(tabB);
  const itemsA = itemsOf('not-received');
  const itemsB = itemsOf('counterfeit');
  const wantA = new Set<string>();
  const wantB = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const a = itemsA[round % itemsA.length]!;
    await box(page, a).setChecked(!wantA.has(a));
    wantA.has(a) ? wantA.delete(a) : wantA.add(a);
    const b = itemsB[round % itemsB.length]!;
    await box(tabB, b).setChecked(!wantB.has(b));
    wantB.has(b) ? wantB.delete(b) : wantB.add(b);
  }
  // Tab A learns of B's case without a reload (storage event).
  await expect.poll(() => page.locator('.cases li').count(), { timeout: 15_000 }).toBe(2);
  for (const p of [page, tabB]) await p.reload();
  await ready(page);
  await tabB.locator('#evidence').scrollIntoViewIfNeeded();
  await ready(tabB);
  expect(new URL(page.url()).searchParams.get('case')).toBe(caseA);
  expect(await page.getByLabel('案件名称（只保存在你的浏览器里）').inputValue()).toBe('订单A');
  for (const id of itemsA) expect(await box(page, id).isChecked(), id).toBe(wantA.has(id));
  for (const id of itemsB) expect(await box(tabB, id).isChecked(), id).toBe(wantB.has(id));
  const cases = Object.values(await stored(page)).map((v) => JSON.parse(v) as { ticked: string[]; type: { id: string } });
  expect(cases.map((c) => [c.type.id, [...c.ticked].sort()]).sort()).toEqual(
    [
      ['counterfeit', [...wantB].sort()],
      ['not-received', [...wantA].sort()],
    ].sort(),
  );
  expect(rec.consoleErrors).toEqual([]);
});

test('two tabs on the same case, ticking alternately for ten rounds: every tick of both is kept', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=counterfeit'));
  await ready(page);
  const items = itemsOf('counterfeit');
  await box(page, items[0]!).check();
  const id = await caseIdOf(page);
  const tabB = await page.context().newPage();
  await tabB.goto(url(`/checklist/?case=${id}`));
  await ready(tabB);
  const want = new Set([items[0]!]);
  // A toggles the first half of the items, B the second half: neither waits for the other's event.
  const half = Math.ceil(items.length / 2);
  for (let round = 0; round < 10; round++) {
    for (const [tab, own] of [
      [page, items.slice(0, half)],
      [tabB, items.slice(half)],
    ] as const) {
      const item = own[round % own.length]!;
      await box(tab, item).setChecked(!want.has(item));
      want.has(item) ? want.delete(item) : want.add(item);
    }
  }
  // Each tab shows the other's ticks once the storage event arrives.
  for (const tab of [page, tabB]) {
    for (const item of items) await expect.poll(() => box(tab, item).isChecked(), { message: item, timeout: 15_000 }).toBe(want.has(item));
  }
  const saved = JSON.parse((await stored(page))[`${PREFIX}${id}`]!) as { ticked: string[] };
  expect([...saved.ticked].sort()).toEqual([...want].sort());
});

test('two good cases and one unreadable: both good ones stay usable, the bad one is set aside with a way out', async ({ page }) => {
  const bad = record('bad', '丙', 'quality', ['<script>']);
  await seed(page, {
    [`${PREFIX}good-a`]: record('good-a', '甲', 'quality', ['test-report'], 1),
    [`${PREFIX}good-b`]: record('good-b', '乙', 'counterfeit', [], 2),
    [`${PREFIX}bad`]: bad,
  });
  await page.reload();
  await ready(page);
  expect(await page.locator('.cases li a').allInnerTexts()).toEqual(['乙', '甲']);
  await page.locator('.set-aside').waitFor();
  expect(await page.locator('#set-aside-title').innerText()).toBe('有 1 份保存的数据无法读取');
  expect(await page.locator('#set-aside-1').inputValue()).toBe(bad);
  await page.getByRole('link', { name: '甲' }).click();
  await box(page, 'listing-screenshot').check();
  await page.reload();
  await ready(page);
  expect(await page.locator('.cases li a').allInnerTexts()).toEqual(['甲', '乙']);
  expect((await stored(page))[`${PREFIX}bad`]).toBe(bad);
  // The way out: fix the text and import it as a case of its own.
  await page.locator('#set-aside-1').fill(bad.replace('"<script>"', '"chat-log"'));
  await page.getByRole('button', { name: '重新导入' }).click();
  expect(await page.locator('.set-aside-entry [role="status"]').innerText()).toMatch(/已导入为案件「丙」/);
  expect(await page.locator('.cases li a').allInnerTexts()).toContain('丙');
  expect((await stored(page))[`${PREFIX}bad`]).toBe(bad);
});

test('storage full: the message says what is and is not saved, offers the text; later ticks are saved once there is room', async ({ page }) => {
  await seed(page, { [`${PREFIX}c-full`]: record('c-full', '满单', 'quality', ['test-report']) });
  await page.goto(url('/checklist/?case=c-full'));
  await ready(page);
  // Fill the rest of the origin's storage with someone else's data.
  await fillStorage(page);
  await box(page, 'listing-screenshot').check();
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toMatch(/浏览器存储已满，案件「满单」在本页的最近 1 处改动没有保存/);
  expect(await alert.innerText()).toMatch(/此前保存的 1 个案件，以及这个案件在存储满之前的勾选，都还在/);
  await box(page, 'chat-log').check();
  await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toMatch(/最近 2 处改动没有保存/);
  const text = await page.locator('#unsaved-text').inputValue();
  expect(text).toContain(`[x] ${title('listing-screenshot')}`);
  expect(text).toContain(`[x] ${title('chat-log')}`);
  expect(await box(page, 'listing-screenshot').isChecked()).toBe(true);
  // The stored record is untouched meanwhile.
  expect(JSON.parse((await stored(page))[`${PREFIX}c-full`]!).ticked).toEqual(['test-report']);
  // Room again: the next tick saves all three.
  await freeStorage(page);
  const third = itemsOf('quality').find((i) => !['test-report', 'listing-screenshot', 'chat-log'].includes(i))!;
  if (!(await box(page, third).isChecked())) await box(page, third).check();
  await expect.poll(() => page.getByRole('alert').count(), { timeout: 15_000 }).toBe(0);
  await page.reload();
  await ready(page);
  for (const id of ['test-report', 'listing-screenshot', 'chat-log', third]) expect(await box(page, id).isChecked(), id).toBe(true);
});

test('delete asks first, leaves unreadable data alone, and the case stays deleted after a reload', async ({ page }) => {
  const bad = '{"v":2,"id":"broken"';
  const oldBackup = '{"version":1,"cases":[{"broken';
  await seed(page, {
    [`${PREFIX}keep`]: record('keep', '留下', 'quality', [], 1),
    [`${PREFIX}gone`]: record('gone', '删掉', 'quality', ['test-report'], 2),
    [`${PREFIX}broken`]: bad,
    'shouhou-jieru:checklists:unreadable:1700000000000': oldBackup,
  });
  await page.goto(url('/checklist/?case=gone'));
  await ready(page);
  await page.locator('.set-aside').waitFor();
  await page.getByRole('button', { name: '删除这个案件' }).click();
  await page.getByRole('button', { name: '取消' }).click();
  expect(await page.locator('.cases li a').allInnerTexts()).toEqual(['删掉', '留下']);
  await page.getByRole('button', { name: '删除这个案件' }).click();
  await page.getByRole('button', { name: '确定删除' }).click();
  expect(await page.locator('.cases li a').allInnerTexts()).toEqual(['留下']);
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await ready(page);
  expect(await page.locator('.cases li a').allInnerTexts()).toEqual(['留下']);
  const after = await stored(page);
  expect(after[`${PREFIX}gone`]).toBeUndefined();
  expect(after[`${PREFIX}broken`]).toBe(bad);
  expect(after['shouhou-jieru:checklists:unreadable:1700000000000']).toBe(oldBackup);
  await page.locator('.set-aside').waitFor();
  expect(await page.locator('#set-aside-title').innerText()).toBe('有 2 份保存的数据无法读取');
  await page.goto(url('/checklist/?case=gone'));
  await ready(page);
  expect(await page.getByRole('alert').first().innerText()).toMatch(/找不到这个案件/);
});

test('version-1 data migrates: each case gets its own record, a broken one is set aside alone', async ({ page, record: rec }) => {
  const v1 = JSON.stringify({
    version: 1,
    cases: [
      { id: 'old-a', label: '旧甲', source: { kind: 'scenario', id: 'quality' }, ticked: ['test-report'], updatedAt: '2026-11-20T08:00:00.000Z' },
      { id: 'old-x', label: 42 },
      { id: 'old-b', label: '旧乙', source: { kind: 'outcome', id: 'apply-empty-parcel' }, ticked: [], updatedAt: '2026-11-21T08:00:00.000Z' },
    ],
  });
  await seed(page, { 'shouhou-jieru:checklists': v1 });
  await page.reload();
  await ready(page);
  await expect.poll(() => page.locator('.cases li a').allInnerTexts(), { timeout: 15_000 }).toEqual(['旧乙', '旧甲']);
  const after = await stored(page);
  expect(after['shouhou-jieru:checklists']).toBeUndefined();
  expect(JSON.parse(after[`${PREFIX}old-a`]!)).toMatchObject({ v: 2, label: '旧甲', type: { kind: 'scenario', id: 'quality' }, ticked: ['test-report'] });
  expect(Object.entries(after).filter(([k]) => k.startsWith('shouhou-jieru:set-aside:')).map(([, v]) => v)).toEqual(['{"id":"old-x","label":42}']);
  await page.getByRole('link', { name: '旧甲' }).click();
  expect(await box(page, 'test-report').isChecked()).toBe(true);
  expect(rec.consoleErrors).toEqual([]);
});

test('a case whose dispute type no longer exists can still be deleted, after asking', async ({ page }) => {
  await seed(page, { [`${PREFIX}retired`]: record('retired', '旧类型', 'retired-scenario', []) });
  await page.goto(url('/checklist/?case=retired'));
  await ready(page);
  await page.getByText('纠纷类型在新版清单中已不存在').waitFor();
  await page.getByRole('button', { name: '删除这个案件' }).click();
  await page.getByRole('button', { name: '确定删除' }).click();
  expect(await page.locator('.cases').count()).toBe(0);
  expect(await stored(page)).toEqual({});
});

test('a case deleted in another tab says so there and is not written back', async ({ page }) => {
  await page.goto(url('/checklist/?scenario=quality'));
  await ready(page);
  await box(page, 'test-report').check();
  const id = await caseIdOf(page);
  const tabB = await page.context().newPage();
  await tabB.goto(url(`/checklist/?case=${id}`));
  await ready(tabB);
  await tabB.getByRole('button', { name: '删除这个案件' }).click();
  await tabB.getByRole('button', { name: '确定删除' }).click();
  await expect.poll(() => page.getByRole('alert').allInnerTexts(), { timeout: 15_000 }).toContain('案件「案件 1」已在另一个页面里删除。');
  expect(await page.locator('#case-title').count()).toBe(0);
  expect(await stored(page)).toEqual({});
});

/*
 * Seeded random walks in the browser: two tabs create, tick, rename, switch to the other tab's case,
 * delete and reload; after every step storage holds exactly what a simple model says. (The store's
 * own property test runs 300 such sequences without a browser: tests/checklist/cases/store.test.ts.)
 */

// One seed here, all four with `npm run test:full`.
const WALK_SEEDS = FULL_SWEEP ? [11, 23, 37, 41] : [11];
test.for(WALK_SEEDS)('random two-tab walk, seed %i: storage always matches the model', async (seed, { page }) => {
  console.log(`checklist two-tab walk seed: ${seed}`);
  const random = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const items = itemsOf('quality');
  const model = new Map<string, { label: string; ticked: Set<string> }>();
  const tabs = [page, await page.context().newPage()];
  const shown: (string | undefined)[] = [undefined, undefined]; // case id each tab shows (undefined: new, unsaved)
  const fresh = async (t: number) => {
    await tabs[t]!.goto(url('/checklist/?scenario=quality'));
    await ready(tabs[t]!);
    shown[t] = undefined;
  };
  const settle = async (t: number) => {
    if (shown[t] !== undefined) return;
    shown[t] = await caseIdOf(tabs[t]!);
  };
  await fresh(0);
  await fresh(1);
  for (let step = 0; step < 12; step++) {
    const t = Math.floor(random() * 2);
    const tab = tabs[t]!;
    const other = shown[1 - t];
    const action = pick(['tick', 'tick', 'tick', 'rename', 'switch', 'delete', 'reload', 'new'] as const);
    const id = shown[t];
    if (id !== undefined && !model.has(id)) {
      await fresh(t); // its case was deleted in the other tab
      continue;
    }
    if (action === 'tick') {
      const item = pick(items);
      const on = !(await box(tab, item).isChecked());
      const label = await tab.getByLabel('案件名称（只保存在你的浏览器里）').inputValue();
      await box(tab, item).setChecked(on);
      await settle(t);
      const m = model.get(shown[t]!) ?? { label, ticked: new Set<string>() };
      on ? m.ticked.add(item) : m.ticked.delete(item);
      model.set(shown[t]!, m);
    } else if (action === 'rename') {
      const label = `单${seed}-${step}`;
      await tab.getByLabel('案件名称（只保存在你的浏览器里）').fill(label);
      await tab.getByLabel('案件名称（只保存在你的浏览器里）').press('Enter');
      await settle(t);
      model.set(shown[t]!, { label, ticked: model.get(shown[t]!)?.ticked ?? new Set() });
    } else if (action === 'switch' && other !== undefined && model.has(other)) {
      await tab.goto(url(`/checklist/?case=${other}`));
      await ready(tab);
      shown[t] = other;
    } else if (action === 'delete' && id !== undefined) {
      await tab.getByRole('button', { name: '删除这个案件' }).click();
      await tab.getByRole('button', { name: '确定删除' }).click();
      model.delete(id);
      await fresh(t);
    } else if (action === 'reload') {
      await tab.reload();
      await ready(tab);
    } else if (action === 'new') {
      await fresh(t);
    }
    const now = Object.fromEntries(
      Object.entries(await stored(page)).map(([k, v]) => {
        const c = JSON.parse(v) as { label: string; ticked: string[] };
        return [k.slice(PREFIX.length), { label: c.label, ticked: [...c.ticked].sort() }];
      }),
    );
    const want = Object.fromEntries([...model].map(([k, m]) => [k, { label: m.label, ticked: [...m.ticked].sort() }]));
    expect(now, `seed ${seed}, step ${step}: ${action} in tab ${t}`).toEqual(want);
  }
});

for (const [what, fulfil] of [
  ['cannot be downloaded', { status: 503, body: 'unavailable' }],
  ['is damaged', { status: 200, contentType: 'application/json', body: '{"items":{},"types":[{"id":"x","title":"x","required":["gone"],"helpful":[]}]}' }],
] as const) {
  test(`when the checklist data ${what}: a clear message, the printable lists, and saved cases untouched`, async ({ page }) => {
    await seed(page, { [`${PREFIX}keep-me`]: record('keep-me', '订单A', 'empty-parcel', ['packing-video']) });
    const before = await stored(page);
    await page.route('**/checklist/catalog.json', (route) => route.fulfill(fulfil));
    await page.goto(url('/checklist/?case=keep-me'));
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toMatch(/^清单数据没能下载.*你保存的案件还在这个浏览器里，没有改动/);
    expect(await page.locator('.static-lists').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '买家说收到的是空包裹' }).isVisible()).toBe(true);
    expect(await stored(page)).toEqual(before);
  });
}

/* ---------- The reliability report (2026-12): M1, M2, L2, L3, L4 ---------- */

test('M1: storage full, changes kept only on this page survive opening another case and come back', async ({ page }) => {
  // 1. Cases a and b saved.
  await seed(page, { [`${PREFIX}ca`]: record('ca', '案件甲', 'quality', [], 1), [`${PREFIX}cb`]: record('cb', '案件乙', 'counterfeit', [], 2) });
  // 2, 3. Storage full; open a and tick two items.
  await page.goto(url('/checklist/?case=ca'));
  await ready(page);
  await fillStorage(page);
  const [first, second] = itemsOf('quality');
  await box(page, first!).check();
  await box(page, second!).check();
  await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 15_000 }).toMatch(/最近 2 处改动没有保存/);
  // 4. Open b: the page says a's changes are still only here, not that they are gone.
  await page.getByRole('link', { name: '案件乙' }).click();
  await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/案件「案件甲」最近 2 处改动仍只在本页，没有丢/);
  // 5. Room again; open a: both ticks are shown and saved.
  await freeStorage(page);
  await page.getByRole('link', { name: '案件甲' }).click();
  expect(await box(page, first!).isChecked()).toBe(true);
  expect(await box(page, second!).isChecked()).toBe(true);
  await expect.poll(async () => JSON.parse((await stored(page))[`${PREFIX}ca`]!).ticked.sort()).toEqual([first, second].sort());
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('M2: a case renamed to blank gets the automatic name and can be opened from 我的案件', async ({ page }) => {
  await seed(page, {});
  await page.goto(url('/checklist/?scenario=quality'));
  await ready(page);
  const name = page.getByLabel('案件名称（只保存在你的浏览器里）');
  await name.fill('   ');
  await name.press('Tab');
  await page.waitForURL(/\?case=/);
  expect(await name.inputValue()).toBe('案件 1');
  await page.goto(url('/checklist/'));
  await ready(page);
  const link = page.getByRole('link', { name: '案件 1' });
  expect((await link.boundingBox())!.width).toBeGreaterThan(10);
  await link.click();
  await page.locator('#case-title').waitFor();
  expect(new URL(page.url()).searchParams.get('case')).toMatch(/^c/);
});

test('M2: a blank name saved by an older version still shows something to tap', async ({ page }) => {
  await seed(page, { [`${PREFIX}cblank`]: record('cblank', '  ', 'quality', []) });
  await page.reload();
  await ready(page);
  const link = page.locator('.cases li a');
  expect(await link.innerText()).toBe('未命名案件');
  expect((await link.boundingBox())!.width).toBeGreaterThan(10);
});

test('L4: a right-to-left mark in a case name cannot reverse the rest of its line', async ({ page }) => {
  await seed(page, {});
  await page.goto(url(`/checklist/?scenario=quality&label=${encodeURIComponent('\u202E买家说')}`));
  await ready(page);
  await box(page, 'test-report').check();
  await page.goto(url('/checklist/'));
  await ready(page);
  expect(await page.locator('.cases li a bdi').innerText()).toBe('\u202E买家说');
  // The rest of the line is laid out left to right after the isolated name.
  expect(await page.locator('.cases li a bdi').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
});

test('L2: blocked storage (SecurityError) is said on load, and a tick says blocked, not full', async ({ page }) => {
  await blockStorage(page);
  await page.goto(url('/checklist/?scenario=quality'));
  await ready(page);
  await expect.poll(() => page.getByRole('status').filter({ hasText: '这个浏览器不让网页保存数据' }).count(), { timeout: 15_000 }).toBe(1);
  await box(page, 'test-report').check();
  await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 15_000 }).toMatch(/不让网页保存数据.*还没有保存/s);
  expect(await page.getByText('浏览器存储已满').count()).toBe(0);
});

test('L3: a name over the limit and ticks the catalogue no longer has are kept aside and said, never dropped silently', async ({ page }) => {
  const raw = JSON.stringify({ v: 2, id: 'clong', label: '长'.repeat(200), type: { kind: 'scenario', id: 'quality' }, ticked: ['test-report', 'bogus-item'], lacking: [], updatedAt: '2026-11-26T08:00:00.000Z' });
  await seed(page, { [`${PREFIX}clong`]: raw });
  await page.goto(url('/checklist/?case=clong'));
  await ready(page);
  await box(page, 'chat-log').check();
  await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 15_000 }).toMatch(/名称超过 60 字，已截短，去掉了 1 个新版清单里已没有的勾选项。原来的记录已原样另存/);
  const after = await stored(page);
  expect(JSON.parse(after[`${PREFIX}clong`]!)).toMatchObject({ label: '长'.repeat(60), ticked: ['test-report', 'chat-log'] });
  expect(Object.entries(after).filter(([k]) => k.startsWith('shouhou-jieru:set-aside:case:clong:')).map(([, v]) => v)).toEqual([raw]);
  await page.locator('.set-aside').waitFor();
  expect(await page.locator('.set-aside-entry label').first().innerText()).toMatch(/改写前的原样副本/);
});

test('L12: storage full on a new case does not claim its earlier ticks are kept (it has none)', async ({ page }) => {
  await seed(page, { [`${PREFIX}cold`]: record('cold', '旧单', 'quality', []) });
  await page.goto(url('/checklist/?scenario=counterfeit'));
  await ready(page);
  await fillStorage(page);
  await box(page, itemsOf('counterfeit')[0]!).check();
  const alert = page.getByRole('alert').first();
  await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toMatch(/浏览器存储已满，案件「案件 2」\s*还没有保存/);
  expect(await alert.innerText()).toMatch(/此前保存的 1 个案件都还在/);
  expect(await alert.innerText()).not.toMatch(/存储满之前的勾选/);
});
