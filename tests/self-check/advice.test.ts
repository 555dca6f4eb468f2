/** Survivors of `npx stryker run --mutate src/lib/self-check/advice.ts`: one page per (outcome, stage), advice missing for a stage, unknown ids. */
import { describe, expect, it } from 'vitest';
import { REFUND_ONLY_CHANGE, deadlineFactsFor, deadlineLine, flips, resultFactTexts, resultPages, resultSections, saidLines, saidText, stageAdvice, strengthOf } from '~/lib/self-check/advice';
import { content } from '../support/content-files';
import { createFlow } from '~/lib/self-check/flow';
import type { StageId } from '~/lib/shared/stages';
import type { CheckOutcome, CheckQuestion, StageAdvice } from '../../src/schemas';

const questions: CheckQuestion[] = [
  {
    id: 'stage',
    title: '到哪一步了？',
    short: '阶段',
    options: [
      { id: 'a', label: '刚申请', next: 'type', stage: 'applied' },
      { id: 'i', label: '已介入', next: 'type', stage: 'intervention' },
    ],
  },
  {
    id: 'type',
    title: '什么纠纷？',
    short: '类型',
    options: [
      { id: 'x', label: '破损', outcome: 'o1' },
      { id: 'y', label: '少件', outcome: 'o2' },
    ],
  },
];
const flow = () => createFlow({ questions, outcomeIds: ['o1', 'o2'] });
const outcome: CheckOutcome = {
  id: 'o1',
  verdict: 'apply',
  title: 'o1',
  summary: 's',
  reasons: ['r'],
  deadlineFacts: ['own-fact'],
  steps: ['n'],
  byStage: {},
  evidence: { required: ['ev'], helpful: [] },
  channels: [],
};

describe('check advice', () => {
  it('one result page per outcome and stage, each with its own path', () => {
    expect(resultPages(flow()).map((p) => [p.outcome, p.stage, p.paths.length])).toEqual([
      ['o1', 'applied', 1],
      ['o2', 'applied', 1],
      ['o1', 'intervention', 1],
      ['o2', 'intervention', 1],
    ]);
  });

  it('a stage the advice does not cover falls back to the verdict\'s word and the outcome\'s own deadlines', () => {
    expect(strengthOf(outcome, 'applied', new Map())).toBe('凭证够硬，有依据争取');
    expect(deadlineFactsFor(outcome, 'applied', new Map())).toEqual(['own-fact']);
  });

  it('no flips from an empty path or a question the flow does not know', () => {
    expect(flips(flow(), { outcome: 'o1', stage: undefined, paths: [[], [{ question: 'ghost', option: 'x' }]] })).toEqual([]);
  });
});

describe('what a result page says', () => {
  it('a refund-only result always lists the 2026 Measures fact, once, in every stage; other results do not', () => {
    const refundOnly: CheckOutcome = { ...outcome, refundOnly: true, deadlineFacts: ['own-fact'] };
    for (const stage of ['applied', 'intervention', undefined] as const) {
      expect(deadlineFactsFor(refundOnly, stage), String(stage)).toContain(REFUND_ONLY_CHANGE);
      expect(deadlineFactsFor(outcome, stage), String(stage)).not.toContain(REFUND_ONLY_CHANGE);
    }
    // Listed by the outcome itself too: still printed once.
    const both = deadlineFactsFor({ ...refundOnly, deadlineFacts: [REFUND_ONLY_CHANGE] }, undefined, new Map());
    expect(both).toEqual([REFUND_ONLY_CHANGE]);
  });

  it('相关的规则 leaves out the time limit 现在就做 already prints for the stage, and keeps the outcome\'s own rules', () => {
    const advice = new Map<StageId, StageAdvice>([
      ['applied', { stage: 'applied', deadlineFacts: ['stage-limit'], where: '售后单详情', verdicts: {}, strength: {}, labels: {} }],
    ]);
    const sections = resultSections({ ...outcome, deadlineFacts: ['own-fact', 'stage-limit'] }, 'applied', true, advice);
    expect(sections.stageRules).toEqual(['stage-limit']);
    expect(sections.otherRules).toEqual(['own-fact']);
  });

  it('为什么 names only answers given, in the seller\'s words with 我 turned into 你; a step the site does not know says nothing', () => {
    const own = createFlow({
      questions: [
        { id: 'stage', title: '到哪一步了？', short: '售后进度', options: [
          { id: 'a', label: '我刚收到申请', next: 'type', stage: 'applied' },
          { id: 'i', label: '已经介入', next: 'type', stage: 'intervention' },
        ] },
        { id: 'type', title: '什么纠纷？', short: '纠纷类型', options: [
          { id: 'x', label: '买家说我发的货破了', outcome: 'o1' },
          { id: 'y', label: '少件', outcome: 'o2' },
        ] },
      ],
      outcomeIds: ['o1', 'o2'],
    });
    const lines = saidLines(own, [
      [{ question: 'stage', option: 'a' }, { question: 'type', option: 'x' }],
      [{ question: 'stage', option: 'i' }, { question: 'type', option: 'x' }, { question: 'ghost', option: 'x' }, { question: 'type', option: 'zz' }],
    ]);
    expect(lines).toEqual([
      { key: 'stage.a', text: '你刚收到申请。', certain: false },
      { key: 'type.x', text: '买家说你发的货破了。', certain: true },
      { key: 'stage.i', text: '售后进度：已经介入。', certain: false },
    ]);
    // C8: a question only one way asks is not certain either, so two ways' lines never stand together.
    const ways = saidLines(own, [
      [{ question: 'type', option: 'x' }, { question: 'stage', option: 'a' }],
      [{ question: 'type', option: 'x' }],
      [{ question: 'type', option: 'x' }, { question: 'type', option: 'x' }],
    ]);
    expect(ways.map((l) => [l.key, l.certain])).toEqual([['type.x', true], ['stage.a', false]]);
  });
});

describe('saidText: an answer as a line of 为什么 (review C8)', () => {
  it.each([
    // The seller's own doing and what the buyer did stand alone, in the second person.
    ['进度', '我驳回了，买家申请了平台介入，或平台让我举证', '你驳回了，买家申请了平台介入，或平台让你举证。'],
    ['纠纷类型', '买家说是假货', '买家说是假货。'],
    // Anything else is named by its question.
    ['纠纷类型', '包裹在运输中丢了或坏了', '纠纷类型：包裹在运输中丢了或坏了。'],
    ['发货凭证', '都没有', '发货凭证：都没有。'],
    ['情况', '买家的言行：辱骂骚扰', '情况：买家的言行。'],
    // A gloss after the colon is dropped; after a bare 能 or 查过了 the gloss is the answer.
    ['情况', '买家申请了售后：退款、退货或换货', '买家申请了售后。'],
    ['取件记录', '查过了：没人取、找不到，或记录对不上', '取件记录：没人取、找不到，或记录对不上。'],
    ['对比凭证', '能：我的打包视频和他的照片对不上', '你的打包视频和他的照片对不上。'],
    // An answer that begins with the question's last words continues it instead of repeating them.
    ['取件记录', '能：记录显示包裹已经被取走', '取件记录显示包裹已经被取走。'],
  ])('%s, 「%s」 → %s', (question, label, line) => {
    expect(saidText(question, label)).toBe(line);
  });
  it('every answer of the self-check reads as one sentence: no 我, no 说到, at most one colon, one full stop at the end', () => {
    for (const q of content.questions) {
      for (const o of q.options) {
        const line = saidText(q.short, o.label);
        expect(line, `${q.id}.${o.id}`).toMatch(/^[^。]+。$/);
        expect(line, `${q.id}.${o.id}`).not.toMatch(/我|说到|「/);
        expect(line.split('：').length, `${q.id}.${o.id}`).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe('现在就做 holds actions only, the deadline first (review C7)', () => {
  const outcomes = new Map(content.outcomes.map((o) => [o.id, o]));
  const reachable = resultPages(createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) }));
  it('opens with the stage deadline, or the outcome\'s own where it has one, as an action', () => {
    const evidence = stageAdvice.get('intervention')?.deadline ?? '';
    expect(evidence).toContain('{{evidence-window}}');
    expect(deadlineLine(outcome, 'intervention')).toBe(evidence);
    expect(deadlineLine(outcome, undefined)).toBeUndefined();
    expect(deadlineLine({ ...outcome, deadlineByStage: { applied: ['x'] }, deadlineLine: { applied: '自己的时限 {{x}}' } }, 'applied')).toBe('自己的时限 {{x}}');
  });
  it('prints no fact rows in the box and no fact twice: the deadline\'s fact is not repeated under the rules', () => {
    for (const page of reachable) {
      const o = outcomes.get(page.outcome)!;
      const s = resultSections(o, page.stage, true);
      const inDeadline = [...(s.deadline ?? '').matchAll(/\{\{([a-z0-9-]+)/g)].map((m) => m[1]);
      for (const id of inDeadline) expect([...s.stageRules, ...s.otherRules], `${o.id}@${page.stage}`).not.toContain(id);
      if (page.stage === 'intervention') expect(s.deadline, o.id).toMatch(/\{\{evidence-window\}\}/);
      // The page cites the deadline first, then the actions.
      if (s.deadline) expect(resultFactTexts(o, s)[0]).toBe(s.deadline);
    }
  });
  it('a page the self-check does not reach has neither actions nor a deadline line', () => {
    expect(resultSections(outcome, 'intervention', false)).toMatchObject({ now: [], deadline: undefined });
  });
});
