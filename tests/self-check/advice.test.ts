/** Survivors of `npx stryker run --mutate src/lib/self-check/advice.ts`: one page per (outcome, stage), advice missing for a stage, unknown ids. */
import { describe, expect, it } from 'vitest';
import { deadlineFactsFor, flips, resultPages, strengthOf } from '~/lib/self-check/advice';
import { createFlow } from '~/lib/self-check/flow';
import type { CheckOutcome, CheckQuestion } from '../../src/schemas';

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
