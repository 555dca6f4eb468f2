/** What a seller does with the self-check, in real Chromium against dist/. */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, url } from './harness';
import { content } from '../content-files';
import { createFlow } from '../../src/lib/flow';
import { seededRandom } from '../seeded-random';

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });
const label = (question: string, option: string) => flow.question(question)?.options.find((o) => o.id === option)?.label ?? '';
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The radio whose accessible name starts with the option's label (its hint follows the label). */
const radio = (page: Page, question: string, option: string) =>
  page.getByRole('radio', { name: new RegExp(`^${escapeRe(label(question, option))}`) });

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

const routes: [string, string[][], string][] = [
  ['empty parcel with video', [['stage', 'escalated'], ['shipped', 'yes'], ['type', 'empty-parcel'], ['empty-proof', 'video']], 'apply-empty-parcel'],
  ['admitted quality problem', [['stage', 'buyer-applied'], ['shipped', 'yes'], ['type', 'quality'], ['quality-proof', 'real']], 'settle-quality'],
  ['lost in transit', [['stage', 'unsure'], ['shipped', 'yes'], ['type', 'transit-lost']], 'courier-claim'],
  ['missed deadline', [['stage', 'expired']], 'too-late-expired'],
  ['not shipped yet', [['stage', 'buyer-applied'], ['shipped', 'no']], 'settle-unshipped'],
  ['not received, left at a station', [['stage', 'buyer-applied'], ['shipped', 'yes'], ['type', 'not-received'], ['nr-tracking', 'station']], 'courier-check-delivery'],
  ['review extortion', [['stage', 'escalated'], ['shipped', 'yes'], ['type', 'review-extortion']], 'report-review'],
];

describe('routes by mouse', () => {
  test.for(routes)('%s', async ([, answers, outcome], { page, record }) => {
    await page.goto(url('/check/'));
    for (const [q, o] of answers) {
      expect(await heading(page)).toBe(flow.question(q ?? '')?.title);
      await choose(page, q ?? '', o ?? '');
    }
    await page.waitForURL((u) => u.pathname === `/check/result/${outcome}/`);
    const o = content.outcomes.find((x) => x.id === outcome);
    expect(await heading(page)).toBe(o?.title);
    // The summary is the path; each line has a change link.
    expect(await answerRows(page)).toBe(answers.length);
    const hasEvidence = (o?.evidence.required.length ?? 0) + (o?.evidence.helpful.length ?? 0) > 0;
    expect(await page.locator(`a[href="/checklist/?outcome=${outcome}"]`).count()).toBe(hasEvidence ? 1 : 0);
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

test('keyboard only: radios, continue, focus moves to each new question', async ({ page }) => {
  await page.goto(url('/check/'));
  await ready(page);
  await radio(page, 'stage', 'escalated').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/check\/shipped\//);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(flow.question('shipped')?.title);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: '继续' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/check\/type\//);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(flow.question('type')?.title);
  await page.keyboard.press('Tab');
  // Arrow keys move between radios of one group, as in any form.
  await page.keyboard.press('Space');
  for (let i = 0; i < 10 && !(await radio(page, 'type', 'transit-lost').isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.getByRole('button', { name: '继续' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/check\/result\/courier-claim\//);
  expect(await page.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
});

test('reload mid-way resumes on the same step with the same answers', async ({ page }) => {
  await page.goto(url('/check/'));
  await choose(page, 'stage', 'buyer-applied');
  await choose(page, 'shipped', 'yes');
  await choose(page, 'type', 'counterfeit');
  await page.waitForURL(/\/check\/cf-proof\//);
  await page.reload();
  expect(await heading(page)).toBe(flow.question('cf-proof')?.title);
  await ready(page);
  expect(await page.locator('.answer-row dd').first().innerText()).toBe(label('stage', 'buyer-applied'));
  await choose(page, 'cf-proof', 'have');
  await page.waitForURL(/\/check\/result\/apply-counterfeit\//);
});

test('browser back goes back one question; 修改 changes an earlier answer', async ({ page }) => {
  await page.goto(url('/check/'));
  await choose(page, 'stage', 'escalated');
  await choose(page, 'shipped', 'yes');
  await choose(page, 'type', 'not-received');
  await page.waitForURL(/\/check\/nr-tracking\//);
  await page.goBack();
  await page.waitForURL(/\/check\/type\//);
  expect(await heading(page)).toBe(flow.question('type')?.title);
  await page.goBack();
  expect(await heading(page)).toBe(flow.question('shipped')?.title);
  await page.goForward();
  await page.goForward();
  expect(await heading(page)).toBe(flow.question('nr-tracking')?.title);
  await page.getByRole('link', { name: /修改.*纠纷类型/ }).click();
  expect(await heading(page)).toBe(flow.question('type')?.title);
  expect(await answerRows(page)).toBe(2);
});

test('a shared URL opens on the same step with the answers', async ({ page }) => {
  await page.goto(url('/check/swap-proof/?a=stage.escalated~shipped.yes~type.swapped-return'));
  expect(await heading(page)).toBe(flow.question('swap-proof')?.title);
  expect(await answerRows(page)).toBe(3);
});

test('a forged URL shows a clear message and a restart, without a console error', async ({ page, record }) => {
  await page.goto(url('/check/swap-proof/?a=stage.escalated~shipped.yes~type.nonsense'));
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/无法识别[\s\S]*没有「nonsense」这个选项/);
  await page.getByRole('link', { name: '重新开始自测' }).click();
  expect(await heading(page)).toBe(flow.question('stage')?.title);
  expect(new URL(page.url()).pathname).toBe('/check/');
  expect(record.consoleErrors).toEqual([]);
});

test('an outcome page with answers that lead elsewhere says so', async ({ page }) => {
  await page.goto(url('/check/result/courier-claim/?a=stage.expired'));
  await ready(page);
  expect(await page.getByRole('alert').innerText()).toMatch(/多余的回答|不会走到这一步/);
});

describe('JavaScript disabled', () => {
  test.override({ contextOptions: { javaScriptEnabled: false, viewport: { width: 390, height: 844 } } });
  test('a route still reaches its outcome by following links', async ({ page }) => {
    await page.goto(url('/check/'));
    for (const [q, o] of [['stage', 'escalated'], ['shipped', 'yes'], ['type', 'swapped-return'], ['swap-proof', 'video']] as const) {
      expect(await heading(page)).toBe(flow.question(q)?.title);
      await page.getByRole('link', { name: label(q, o) }).click();
    }
    await page.waitForURL(/\/check\/result\/apply-swapped-return\//);
    expect(await page.locator('main').innerText()).toMatch(/要准备的凭证/);
  });
});

// The engine walks 100 seeded random paths in tests/unit/flow.test.ts; here a few seeded walks check that the
// island follows the same graph. Each walk is its own test, named by its seed, so a failure says how to replay it.
const walkSeeds = Array.from({ length: 12 }, (_, i) => 20261126 + i * 7919);
describe('seeded random walks end at an outcome', () => {
  test.for(walkSeeds)('seed %i', async (seed, { page, record }) => {
    const random = seededRandom(seed);
    await page.goto(url('/check/'));
    let at = flow.start;
    const taken: string[] = [];
    for (let step = 0; step < 20 && !flow.isOutcome(at); step++) {
      const q = flow.question(at);
      expect(q, `seed ${seed}: ${taken.join(' → ')} reached unknown node ${at}`).toBeDefined();
      const option = q!.options[Math.floor(random() * q!.options.length)]!;
      taken.push(`${q!.id}.${option.id}`);
      await choose(page, q!.id, option.id);
      at = option.next;
      // Wait on what the step changes: the next question's heading, or the outcome page's address.
      if (flow.isOutcome(at)) await page.waitForURL((u) => u.pathname === `/check/result/${at}/`, { waitUntil: 'domcontentloaded' });
      else await page.getByRole('heading', { level: 1, name: flow.question(at)!.title, exact: true }).waitFor();
    }
    expect(flow.isOutcome(at), `seed ${seed}: ${taken.join(' → ')} stopped at ${at}`).toBe(true);
    expect(await answerRows(page), `seed ${seed}`).toBe(taken.length);
    expect(record.consoleErrors).toEqual([]);
  });
});

test('embedded in the "when to apply" chapter it runs in place and ends on the outcome page', async ({ page, record }) => {
  await page.goto(url('/guide/when-to-apply/'));
  await page.locator('.self-check').scrollIntoViewIfNeeded();
  await page.locator('.self-check[data-enhanced="true"]').waitFor();
  for (const [q, o] of [['stage', 'buyer-applied'], ['shipped', 'yes'], ['type', 'counterfeit']] as const) {
    await radio(page, q, o).check();
    await page.getByRole('button', { name: '继续' }).click();
  }
  // The article's address does not change while answering.
  expect(new URL(page.url()).pathname).toBe('/guide/when-to-apply/');
  expect(await page.locator('.self-check h2.question-title').innerText()).toBe(flow.question('cf-proof')?.title);
  await radio(page, 'cf-proof', 'have').check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.waitForURL(/\/check\/result\/apply-counterfeit\/\?a=stage\.buyer-applied~shipped\.yes~type\.counterfeit~cf-proof\.have/);
  expect(record.consoleErrors).toEqual([]);
});
