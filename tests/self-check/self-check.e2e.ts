/** What a seller does with the self-check, in real Chromium against dist/. */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from '../support/harness';
import { content } from '../support/content-files';
import { stories } from '../support/check-stories';
import { createFlow, hrefFor, walk, type Position, type Step } from '~/lib/self-check/flow';
import { questionPages } from '~/lib/self-check/graph';
import { outcomePath } from '~/lib/self-check/urls';
import { checklistHref } from '~/lib/checklist/catalog';
import { titleBesideBadge } from '~/lib/self-check/verdicts';
import { seededRandom } from '../support/seeded-random';
import { FULL_SWEEP, samplePages } from '../support/site-pages';

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });
const label = (question: string, option: string) => flow.question(question)?.options.find((o) => o.id === option)?.label ?? '';
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The radio (or, without JavaScript, the link) whose accessible name starts with the option's label. */
const radio = (page: Page, question: string, option: string) =>
  page.getByRole('radio', { name: new RegExp(`^${escapeRe(label(question, option))}`) });
const optionLink = (page: Page, question: string, option: string) =>
  page.getByRole('link', { name: new RegExp(`^${escapeRe(label(question, option))}`) });
const pairs = (...p: string[]): Step[] =>
  p.map((x) => {
    const [question = '', option = ''] = x.split('.');
    return { question, option };
  });

/** Waits until the island has hydrated (radios replace the no-JS links). */
async function ready(page: Page) {
  await page.locator('.self-check[data-enhanced="true"]').first().waitFor();
}

async function answerRows(page: Page) {
  await ready(page);
  return page.locator('.answer-row').count();
}

async function choose(page: Page, question: string, option: string) {
  await ready(page);
  await radio(page, question, option).check();
  await page.getByRole('button', { name: '继续' }).click();
}

async function heading(page: Page) {
  return page.locator('h1').innerText();
}

/** Where the engine says a path ends: the result page's address. */
function resultOf(answers: Step[]): { outcome: string; path: string } {
  const r = walk(flow, answers);
  if (!r.ok || r.at.kind !== 'outcome') throw new Error(`not a full path: ${JSON.stringify(answers)}`);
  return { outcome: r.at.id, path: outcomePath(r.at.id, r.stage) };
}

describe('routes by mouse', () => {
  const routes: [string, Step[]][] = [
    ['empty parcel with video, in intervention', pairs('situation.order', 'stage.intervention', 'type.empty-parcel', 'empty-proof.video')],
    ['admitted quality problem', pairs('situation.order', 'stage.applied', 'type.quality', 'quality-proof.real')],
    ['lost in transit', pairs('situation.order', 'stage.unsure', 'type.transit-lost')],
    ['missed deadline', pairs('situation.order', 'stage.expired')],
    ['review threat, no after-sales case', pairs('situation.no-request', 'pre.review-threat')],
    ['parcel at a station, record not asked for yet', pairs('situation.order', 'stage.applied', 'type.not-received', 'nr-tracking.station', 'station-record.not-asked')],
    ['a penalty for late shipping, with the courier handover record', pairs('situation.shop', 'shop.penalty', 'penalty-proof.have')],
    ['edited photos in intervention', pairs('situation.order', 'stage.intervention', 'type.edited-photos', 'photo-proof.have')],
  ];
  test.for(routes)('%s', async ([, answers], { page, record }) => {
    const { outcome, path } = resultOf(answers);
    await page.goto(url('/check/'));
    for (const { question, option } of answers) {
      expect(await heading(page)).toBe(flow.question(question)?.title);
      await choose(page, question, option);
    }
    await page.waitForURL((u) => u.pathname === path);
    const o = content.outcomes.find((x) => x.id === outcome);
    // The verdict badge above the title, and the title without the verdict it starts with (said once).
    const badge = await page.locator('main p.verdict').innerText();
    expect(await heading(page)).toBe(titleBesideBadge(o?.title ?? '', badge));
    expect(await heading(page)).not.toContain(badge);
    // 现在就做 comes first, before 为什么.
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings[0]).toBe('现在就做');
    expect(headings[1]).toBe('为什么');
    // The summary is the path; each line has a change link. On a phone it starts collapsed.
    expect(await answerRows(page)).toBe(answers.length);
    expect(await page.locator('details.answers').getAttribute('open')).toBeNull();
    const stage = walk(flow, answers).stage;
    expect(await page.locator(`a[href="${checklistHref({ kind: 'outcome', id: outcome }, stage)}#list-outcome-${outcome}"]`).count()).toBe(1);
    expect(record.consoleErrors).toEqual([]);
  });
});

test('a seller who clicks 继续 without choosing is told to choose', async ({ page }) => {
  await page.goto(url('/check/'));
  await ready(page);
  await page.getByRole('button', { name: '继续' }).click();
  expect(await page.getByRole('alert').innerText()).toMatch(/请选择一项/);
  expect(new URL(page.url()).pathname).toBe('/check/');
});

// A question page a seller opens: the first 继续 must be on a 390×844 screen without scrolling. The start
// and of the question template its first, largest and smallest page (the most and fewest options); every
// question page with `npm run test:full`.
describe('继续 is on screen on every question', () => {
  test.for(samplePages(questionPages(flow).map((p) => hrefFor(flow, p, []))))('%s', async (href, { page }) => {
    await page.goto(url(href));
    await ready(page);
    const button = page.getByRole('button', { name: '继续' });
    const box = await button.boundingBox();
    const viewport = page.viewportSize();
    expect(box, `${href}: no 继续 button laid out`).not.toBeNull();
    expect(viewport, href).not.toBeNull();
    expect(box!.y, href).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, href).toBeLessThanOrEqual(viewport!.height);
  });
});

test('keyboard only: radios, continue, focus moves to each new question', async ({ page }) => {
  await page.goto(url('/check/ask/stage/?a=situation.order'));
  await ready(page);
  await radio(page, 'stage', 'intervention').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: '继续' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/check\/intervention\/type\//);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(flow.question('type')?.title);
  await page.keyboard.press('Tab');
  // Arrow keys move between radios of one group, as in any form.
  await page.keyboard.press('Space');
  for (let i = 0; i < 20 && !(await radio(page, 'type', 'transit-lost').isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.getByRole('button', { name: '继续' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/check\/result\/courier-claim\/intervention\//);
  expect(await page.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
});

test('reload mid-way resumes on the same step with the same answers', async ({ page }) => {
  await page.goto(url('/check/'));
  await choose(page, 'situation', 'order');
  await choose(page, 'stage', 'applied');
  await choose(page, 'type', 'counterfeit');
  await page.waitForURL(/\/check\/applied\/cf-proof\//);
  await page.reload();
  expect(await heading(page)).toBe(flow.question('cf-proof')?.title);
  await ready(page);
  expect(await page.locator('.answer-row dd').first().textContent()).toBe(label('situation', 'order'));
  await choose(page, 'cf-proof', 'have');
  await page.waitForURL(/\/check\/result\/apply-counterfeit\/applied\//);
});

test('browser back and 修改 go back with the earlier answer still selected', async ({ page }) => {
  await page.goto(url('/check/ask/stage/?a=situation.order'));
  await choose(page, 'stage', 'intervention');
  await choose(page, 'type', 'not-received');
  await page.waitForURL(/\/check\/intervention\/nr-tracking\//);
  await page.goBack();
  await page.waitForURL(/\/check\/intervention\/type\//);
  expect(await heading(page)).toBe(flow.question('type')?.title);
  expect(await radio(page, 'type', 'not-received').isChecked()).toBe(true);
  await page.goBack();
  expect(await heading(page)).toBe(flow.question('stage')?.title);
  expect(await radio(page, 'stage', 'intervention').isChecked()).toBe(true);
  await page.goForward();
  await page.goForward();
  expect(await heading(page)).toBe(flow.question('nr-tracking')?.title);
  await page.locator('details.answers summary').click();
  await page.getByRole('link', { name: /修改.*纠纷类型/ }).click();
  expect(await heading(page)).toBe(flow.question('type')?.title);
  expect(await radio(page, 'type', 'not-received').isChecked()).toBe(true);
  expect(await answerRows(page)).toBe(2);
  // 返回上一题 keeps the choice too.
  await page.getByRole('link', { name: '返回上一题' }).click();
  expect(await heading(page)).toBe(flow.question('stage')?.title);
  expect(await radio(page, 'stage', 'intervention').isChecked()).toBe(true);
});

// M4 (shared/reviews/reliability-2026-12.md): an entry a reload left behind carries no state; Back to it
// must show the question of its own address, not the page that was served last.
test('Back after a reload shows the question of that address', async ({ page }) => {
  await page.goto(url('/check/'));
  await choose(page, 'situation', 'order');
  await page.waitForURL(/\/check\/ask\/stage\//);
  await choose(page, 'stage', 'applied');
  await page.waitForURL(/\/check\/applied\/type\//);
  await page.reload();
  await ready(page);
  await page.goBack();
  await page.waitForURL(/\/check\/ask\/stage\//);
  await expect.poll(() => heading(page)).toBe(flow.question('stage')?.title);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/check/');
  await expect.poll(() => heading(page)).toBe(flow.question('situation')?.title);
  expect(await radio(page, 'situation', 'order').isChecked()).toBe(true);
});

test('a shared URL opens on the same step with the answers', async ({ page }) => {
  await page.goto(url('/check/return-arrived/swap-proof/?a=situation.order~stage.return-arrived~type.swapped-return'));
  expect(await heading(page)).toBe(flow.question('swap-proof')?.title);
  expect(await answerRows(page)).toBe(3);
});

test('a forged URL shows a clear message and a restart, without a console error', async ({ page, record }) => {
  await page.goto(url('/check/return-arrived/swap-proof/?a=situation.order~stage.return-arrived~type.nonsense'));
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/无法识别[\s\S]*「纠纷类型」里没有链接中的这个回答/);
  await page.getByRole('link', { name: '重新开始自测' }).click();
  expect(await heading(page)).toBe(flow.question('situation')?.title);
  expect(new URL(page.url()).pathname).toBe('/check/');
  expect(record.consoleErrors).toEqual([]);
});

test('a result page whose answers lead to another stage says so', async ({ page }) => {
  await page.goto(url('/check/result/courier-claim/applied/?a=situation.order~stage.intervention~type.transit-lost'));
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/对不上/);
});

describe('JavaScript disabled', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test('the stage is carried by the links to a stage-specific result', async ({ page }) => {
    await page.goto(url('/check/'));
    const answers = pairs('situation.order', 'stage.intervention', 'type.swapped-return', 'swap-proof.video');
    for (const { question, option } of answers) {
      expect(await heading(page)).toBe(flow.question(question)?.title);
      await optionLink(page, question, option).click();
    }
    await page.waitForURL((u) => u.pathname === '/check/result/apply-swapped-return/intervention/');
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/现在就做[\s\S]*举证[\s\S]*为什么[\s\S]*纠纷类型：退回来的东西被调包/);
  });

  // Issue 22 point 5: the checklist opened from a result is that result's list, not every generic list.
  test('the checklist opened from a result shows that result\'s list', async ({ page }) => {
    await page.goto(url('/check/result/settle-return-not-intact/return-arrived/'));
    await page.getByRole('link', { name: '打开按这个结果列好的证据清单' }).click();
    await page.waitForURL((u) => u.pathname === '/checklist/');
    const own = page.locator('#list-outcome-settle-return-not-intact');
    expect(await own.isVisible()).toBe(true);
    expect(await page.locator('.static-lists').isVisible()).toBe(false);
    expect(await page.locator('.outcome-list:visible').count()).toBe(1);
  });

  test('"none of these" offers search in the seller\'s words and the most-asked questions, no verdict', async ({ page }) => {
    await page.goto(url('/check/'));
    await optionLink(page, 'situation', 'none').click();
    await page.waitForURL((u) => u.pathname === '/check/result/none-of-these/');
    expect(await page.locator('main p.verdict').innerText()).toBe('自测还答不了');
    expect(await page.locator('main').innerText()).not.toMatch(/胜算/);
    await page.getByRole('searchbox').fill('买家要我开发票');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === '买家要我开发票');
  });
});

// Twenty-two seller stories from tests/check-stories.tsv, one of each kind of case and stage, walked as a seller
// would with JavaScript on (radios) and off (links). The engine walks all of them in tests/unit.
// In the browser, stories of each kind of situation (the engine walks all of them in stories.test.ts): half
// with JavaScript on, the other half with it off; `npm run test:full` walks every one both ways.
const browserStoryIds = [
  'nr-station-unasked',
  'empty-video-late',
  'tag-cut-no-video',
  'serial-refund-only',
  'review-promise-broken',
  'decided-refund',
  'return-on-way',
  'custom-engraved',
  'refund-only-weak-escalated',
  'refused-on-way',
  'oos-after-order',
  'rate-warning',
  'penalty-fake-shipment',
  'insults-family',
  'complaint-12315',
  'photo-ps-hunch',
  'promise-none',
  'freight-cod-no-reason',
  'exchange-size-sold-out',
  'refunded-on-tracking',
  'return-crushed',
  'none-invoice',
];
const storiesById = (ids: readonly string[]) =>
  ids.map((id) => {
    const s = stories.find((x) => x.id === id);
    if (!s) throw new Error(`no story ${id}`);
    return s;
  });
const storiesWithScript = storiesById(FULL_SWEEP ? browserStoryIds : browserStoryIds.filter((_, i) => i % 2 === 0));
const storiesWithoutScript = storiesById(FULL_SWEEP ? browserStoryIds : browserStoryIds.filter((_, i) => i % 2 === 1));

describe('seller stories, JavaScript on', () => {
  test.for(storiesWithScript.map((s) => [s.id, s] as const))('%s', async ([, s], { page, record }) => {
    const { path } = resultOf(s.answers);
    await page.goto(url('/check/'));
    for (const { question, option } of s.answers) await choose(page, question, option);
    await page.waitForURL((u) => u.pathname === path);
    expect(await page.locator('main').innerText(), s.story).toContain(s.mention);
    expect(await page.locator('article.outcome').getAttribute('data-verdict')).toBe(s.verdict);
    expect(record.consoleErrors).toEqual([]);
  });
});

describe('seller stories, JavaScript off', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test.for(storiesWithoutScript.map((s) => [s.id, s] as const))('%s', async ([, s], { page }) => {
    const { path } = resultOf(s.answers);
    await page.goto(url('/check/'));
    for (const { question, option } of s.answers) await optionLink(page, question, option).click();
    await page.waitForURL((u) => u.pathname === path);
    expect(await page.locator('main').innerText(), s.story).toContain(s.mention);
    expect(await page.locator('article.outcome').getAttribute('data-verdict')).toBe(s.verdict);
  });
});

// The engine walks 100 seeded random paths in tests/self-check/flow.test.ts; here a few seeded walks check that the
// island follows the same graph. Each walk is its own test, named by its seed, so a failure says how to replay it.
const walkSeeds = Array.from({ length: FULL_SWEEP ? 12 : 4 }, (_, i) => 20261126 + i * 7919);
describe('seeded random walks end at an outcome', () => {
  test.for(walkSeeds)('seed %i', async (seed, { page, record }) => {
    const random = seededRandom(seed);
    await page.goto(url('/check/'));
    let pos: Position = { at: { kind: 'question', id: flow.start }, stage: undefined };
    const taken: string[] = [];
    for (let step = 0; step < 20 && pos.at.kind === 'question'; step++) {
      const q = flow.question(pos.at.id);
      expect(q, `seed ${seed}: ${taken.join(' → ')} reached unknown node ${pos.at.id}`).toBeDefined();
      const options = flow.optionsFor(q!, pos.stage);
      const option = options[Math.floor(random() * options.length)]!;
      taken.push(`${q!.id}.${option.id}`);
      await choose(page, q!.id, option.id);
      pos = flow.next(q!.id, option.id, pos.stage)!;
      // Wait on what the step changes: the next question's heading, or the outcome page's address.
      if (pos.at.kind === 'outcome') {
        const path = outcomePath(pos.at.id, pos.stage);
        await page.waitForURL((u) => u.pathname === path, { waitUntil: 'domcontentloaded' });
      } else await page.getByRole('heading', { level: 1, name: flow.question(pos.at.id)!.title, exact: true }).waitFor();
    }
    expect(pos.at.kind, `seed ${seed}: ${taken.join(' → ')} stopped at ${pos.at.id}`).toBe('outcome');
    expect(await answerRows(page), `seed ${seed}`).toBe(taken.length);
    expect(record.consoleErrors).toEqual([]);
  });
});

test('embedded in the "when to apply" chapter it is links into the self-check, with no script of its own', async ({ page, record }) => {
  // As an island its graph doubled the chapter's HTML past one round trip (issue 23): it is rendered once,
  // on the server, and each answer is a link to the self-check page that asks the next question.
  await page.goto(url('/guide/when-to-apply/'));
  const box = page.locator('.self-check');
  expect(await box.getAttribute('data-enhanced')).toBe('false');
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(await box.locator('h2.question-title').innerText()).toBe(flow.question('stage')?.title);
  await box.getByRole('link', { name: /买家刚申请退款或退货/ }).click();
  await page.waitForURL(/\/check\/applied\/type\/$/);
  expect(await page.locator('.self-check h1.question-title').innerText()).toBe(flow.question('type')?.title);
  expect(record.consoleErrors).toEqual([]);
});
