/**
 * The answer under a guide chapter's or scenario's title (front matter `answer`, issue 23): required, one or
 * two sentences, and any number in it comes from a fact.
 */
import { describe, expect, it } from 'vitest';
import { guideSchema, scenarioSchema } from '~/schemas';
import { content } from '../support/content-files';

const base = { title: '标题', description: '说明', order: 1, reviewed: '2026-12-01' };
const answerProblems = (answer: unknown) => {
  const r = guideSchema.safeParse({ ...base, answer });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('the answer field', () => {
  it('is required on guide chapters and scenarios', () => {
    expect(guideSchema.safeParse(base).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, evidenceRequired: ['x'], outcomes: ['y'] }).success).toBe(false);
  });
  it('takes numbers only through facts', () => {
    expect(answerProblems('先在 {{seller-response-window}} 内处理，收到通知后 {{evidence-window}} 内举证。')).toEqual([]);
    expect(answerProblems('先在 48 小时内处理，收到通知后再举证。')).toEqual(['答案里的数字要用 {{事实 id}} 引用，不能直接写']);
  });
  it('is one or two sentences', () => {
    expect(answerProblems('第一句话说清楚。第二句话说时限。')).toEqual([]);
    expect(answerProblems('第一句话说清楚。第二句话说时限。第三句就多了。')).toEqual(['答案最多两句']);
  });
  it('is written for every page, and no two pages share one', () => {
    const answers = [...content.guide, ...content.scenarios].map((p) => p.data.answer);
    expect(answers.length).toBeGreaterThanOrEqual(20);
    expect(new Set(answers).size).toBe(answers.length);
  });
});
