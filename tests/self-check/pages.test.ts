/** Survivors of `npx stryker run --mutate src/lib/self-check/flow.ts`: node look-up, answers past an outcome, summary of unknown steps, limits on paths and pages. */
import { describe, expect, it } from 'vitest';
import { createFlow, summary, walk } from '~/lib/self-check/flow';
import { allPaths, graphProblems, questionPages } from '~/lib/self-check/graph';
import type { CheckQuestion } from '../../src/schemas';

/** A question from [option, target] pairs; targets starting with `end` are outcomes. */
const q = (id: string, ...options: [string, string][]): CheckQuestion => ({
  id,
  title: `${id}？`,
  short: `${id}短`,
  options: options.map(([oid, to]) => ({ id: oid, label: `${oid}答`, ...(to.startsWith('end') ? { outcome: to } : { next: to }) })),
});
function chain(n: number) {
  const questions = Array.from({ length: n }, (_, i) => q(`q${i}`, ['go', i + 1 < n ? `q${i + 1}` : 'end'], ['out', 'end']));
  return createFlow({ questions, outcomeIds: ['end'] });
}

describe('flow', () => {
  it('node tells questions from outcomes and knows nothing else', () => {
    const flow = chain(1);
    expect(flow.node('q0')).toEqual({ kind: 'question', id: 'q0' });
    expect(flow.node('end')).toEqual({ kind: 'outcome', id: 'end' });
    expect(flow.node('nope')).toBeUndefined();
  });

  it('an answer after the outcome is refused, even to a question that shares the outcome\'s name', () => {
    const flow = createFlow({ questions: [q('start', ['a', 'end'], ['b', 'end']), q('end', ['x', 'end-2'], ['y', 'end-2'])], outcomeIds: ['end', 'end-2'] });
    const r = walk(flow, [
      { question: 'start', option: 'a' },
      { question: 'end', option: 'x' },
    ]);
    expect(r).toMatchObject({ ok: false, at: { kind: 'outcome', id: 'end' }, path: [{ question: 'start', option: 'a' }] });
  });

  it('the summary of a step the flow does not know names it by its ids and links to the start', () => {
    expect(summary(chain(2), [{ question: 'ghost', option: 'z' }])).toEqual([{ question: 'ghost', answer: 'z', changeHref: '/check/' }]);
  });

  it('paths stop after 41 answers; options that lead nowhere are skipped', () => {
    const longest = (n: number) => Math.max(...allPaths(chain(n)).map((p) => p.path.length));
    expect(longest(41)).toBe(41);
    expect(longest(42)).toBe(41);
    const broken = createFlow({ questions: [q('start', ['a', 'nowhere'], ['b', 'end'])], outcomeIds: ['end'] });
    expect(allPaths(broken).map((p) => p.path)).toEqual([[{ question: 'start', option: 'b' }]]);
    expect(questionPages(broken)).toEqual([{ at: { kind: 'question', id: 'start' }, stage: undefined }]);
  });

  it('question pages go 40 answers deep', () => {
    expect(questionPages(chain(45))).toHaveLength(41);
  });

  it('a start question with one option is named with the stage still open', () => {
    const flow = createFlow({ questions: [q('start', ['a', 'end'])], outcomeIds: ['end'] });
    expect(graphProblems(flow)).toContain('问题 start 在阶段 （未定） 只有 1 个选项，走不下去或不用问');
  });
});
