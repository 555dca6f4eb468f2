/**
 * Survivors of the mutation run in src/lib/self-check/flow.ts: bugs that the tests over the real graph let through
 * (step limit off by one, the start picked wrongly, stale or forged links given the wrong message).
 * Small made-up graphs, so each edge case exists on purpose.
 */
import { describe, expect, it } from 'vitest';
import { createFlow, decodeAnswers, hrefFor, summary, targetOf, walk, type Step } from '~/lib/self-check/flow';
import { allPaths, graphProblems } from '~/lib/self-check/graph';
import type { CheckQuestion } from '../../src/schemas';
import { diamond } from '../support/question-graph';

/** Targets that are outcomes in these fixtures; every other target is a question (`next`). */
const OUTCOMES = new Set(['end', 'end-1', 'end-2', 'far']);
/** A question from [option, target] or [option, target, stage the answer names]. */
const q = (id: string, ...options: ([string, string] | [string, string, string])[]): CheckQuestion => ({
  id,
  title: `${id}？`,
  short: `${id}短`,
  options: options.map(([oid, to, stage]) => ({
    id: oid,
    label: `${oid}答`,
    ...(OUTCOMES.has(to) ? { outcome: to } : { next: to }),
    ...(stage ? { stage: stage as CheckQuestion['options'][number]['stage'] } : {}),
  })),
});

/**
 * start → mid → end-1 / end-2, or start → end-1 directly. The start's answers name the stage
 * (a → applied, b → decided). `mid` is listed first on purpose.
 */
const flow = createFlow({
  questions: [q('mid', ['a', 'end-1'], ['b', 'end-2']), q('start', ['a', 'mid', 'applied'], ['b', 'end-1', 'decided'])],
  outcomeIds: ['end-1', 'end-2'],
});

/** A straight line of `n` questions, each with a way forward and a way out, then the outcome `end`. */
function chain(n: number) {
  const questions = Array.from({ length: n }, (_, i) => q(`q${i}`, ['go', i + 1 < n ? `q${i + 1}` : 'end'], ['out', 'end']));
  return createFlow({ questions, outcomeIds: ['end'] });
}
const goAll = (n: number): Step[] => Array.from({ length: n }, (_, i) => ({ question: `q${i}`, option: 'go' }));

const BAD_FORMAT = '链接里的回答格式不对，可能被截断或改动过。';
const MISMATCH = '链接里的回答和自测的问题对不上，可能是旧链接或被改动过。';

describe('the start', () => {
  it('is the question no answer leads to, wherever it is listed', () => {
    expect(flow.start).toBe('start');
  });
  it('next() of an unknown question or option is undefined, not a crash', () => {
    expect(flow.next('nope', 'a', undefined)).toBeUndefined();
    expect(flow.next('start', 'zz', undefined)).toBeUndefined();
    expect(flow.next('start', 'a', undefined)).toEqual({ at: { kind: 'question', id: 'mid' }, stage: 'applied' });
    // An answer that names no stage keeps the stage the seller is in.
    expect(flow.next('mid', 'b', 'applied')).toEqual({ at: { kind: 'outcome', id: 'end-2' }, stage: 'applied' });
    expect(flow.next('mid', 'b', undefined)).toEqual({ at: { kind: 'outcome', id: 'end-2' }, stage: undefined });
  });
});

describe('step limit (40 answers)', () => {
  it('accepts a path of exactly 40 answers and rejects 41', () => {
    const forty = walk(chain(40), goAll(40));
    expect(forty).toEqual({ ok: true, path: goAll(40), at: { kind: 'outcome', id: 'end' }, stage: undefined });
    const fortyOne = walk(chain(41), goAll(41));
    expect(fortyOne.ok).toBe(false);
    expect(!fortyOne.ok && fortyOne.message).toBe(BAD_FORMAT);
    expect(fortyOne.path).toEqual([]);
    expect(fortyOne.at).toEqual({ kind: 'question', id: 'q0' });
  });

  it('allPaths lists a 40-step path, and stops on a path longer than the limit instead of running forever', () => {
    const paths = allPaths(chain(40));
    expect(paths).toHaveLength(41);
    expect(paths[0]).toEqual({ path: goAll(40), outcome: 'end', stage: undefined });
    expect(paths.map((p) => p.path.length).sort((a, b) => a - b)).toEqual(Array.from({ length: 41 }, (_, i) => (i === 40 ? 40 : i + 1)));
    const cyclic = createFlow({ questions: [q('x', ['a', 'y'], ['b', 'end']), q('y', ['a', 'x'], ['b', 'end'])], outcomeIds: ['end'] });
    expect(graphProblems(cyclic).some((p) => p.startsWith('有回路'))).toBe(true);
    expect(allPaths(cyclic).length).toBeGreaterThan(0);
  });

  it('allPaths on the small graph, path by path', () => {
    expect(allPaths(flow)).toEqual([
      { path: [{ question: 'start', option: 'a' }, { question: 'mid', option: 'a' }], outcome: 'end-1', stage: 'applied' },
      { path: [{ question: 'start', option: 'a' }, { question: 'mid', option: 'b' }], outcome: 'end-2', stage: 'applied' },
      { path: [{ question: 'start', option: 'b' }], outcome: 'end-1', stage: 'decided' },
    ]);
  });
});

describe('decodeAnswers edge cases', () => {
  const start = { kind: 'question', id: 'start' } as const;

  it('an empty or blank parameter is the start, or the page the seller is on', () => {
    expect(decodeAnswers(flow, '')).toEqual({ ok: true, path: [], at: start, stage: undefined });
    expect(decodeAnswers(flow, '   ')).toEqual({ ok: true, path: [], at: start, stage: undefined });
    expect(decodeAnswers(flow, null)).toEqual({ ok: true, path: [], at: start, stage: undefined });
    expect(decodeAnswers(flow, undefined, { node: 'mid', stage: 'applied' })).toEqual({
      ok: true,
      path: [],
      at: { kind: 'question', id: 'mid' },
      stage: 'applied',
    });
    expect(decodeAnswers(flow, '', { node: 'end-2', stage: undefined })).toEqual({
      ok: true,
      path: [],
      at: { kind: 'outcome', id: 'end-2' },
      stage: undefined,
    });
  });

  it('an unknown page without answers gets a message and the start', () => {
    expect(decodeAnswers(flow, '', { node: 'nope', stage: 'applied' })).toEqual({
      ok: false,
      message: MISMATCH,
      path: [],
      at: start,
      stage: undefined,
    });
  });

  it('spaces around a valid parameter are ignored', () => {
    expect(decodeAnswers(flow, '  start.b  ')).toEqual({
      ok: true,
      path: [{ question: 'start', option: 'b' }],
      at: { kind: 'outcome', id: 'end-1' },
      stage: 'decided',
    });
  });

  it('rejects a malformed parameter as a whole, even when its tail looks valid', () => {
    const bad = { ok: false, message: BAD_FORMAT, path: [], at: start, stage: undefined };
    expect(decodeAnswers(flow, 'X.y~start.a')).toEqual(bad);
    expect(decodeAnswers(flow, 'start.a~')).toEqual(bad);
    expect(decodeAnswers(flow, 'start')).toEqual(bad);
  });

  it('the length cap is 2000 characters: at 2000 the answers are read, beyond it they are not', () => {
    // One answer with a long question id: read, it names a question the site does not know.
    const at2000 = `${'q'.repeat(1998)}.o`;
    expect(at2000).toHaveLength(2000);
    const read = decodeAnswers(flow, at2000);
    expect(!read.ok && read.message).toBe(MISMATCH);
    const over = decodeAnswers(flow, `q${at2000}`);
    expect(!over.ok && over.message).toBe(BAD_FORMAT);
    // Many answers within the cap are read and then stopped by the step limit, with the same message.
    const many = decodeAnswers(flow, `q.o${'~q.o'.repeat(40)}`);
    expect(!many.ok && many.message).toBe(BAD_FORMAT);
    expect(many.path).toEqual([]);
  });

  it('a path that fails keeps its own message even when a page was expected', () => {
    const result = decodeAnswers(flow, 'start.zz', { node: 'end-1', stage: 'decided' });
    expect(result).toEqual({ ok: false, message: '问题「start短」里没有链接中的这个回答。', path: [], at: start, stage: undefined });
  });

  it('a valid path to another page is called stale', () => {
    const result = decodeAnswers(flow, 'start.b', { node: 'end-2', stage: 'decided' });
    expect(result).toEqual({
      ok: false,
      message: MISMATCH,
      path: [{ question: 'start', option: 'b' }],
      at: { kind: 'outcome', id: 'end-1' },
      stage: 'decided',
    });
    // The right node in another stage is stale too: the advice differs by stage.
    const otherStage = decodeAnswers(flow, 'start.b', { node: 'end-1', stage: 'applied' });
    expect(!otherStage.ok && otherStage.message).toBe(MISMATCH);
    expect(decodeAnswers(flow, 'start.b', { node: 'end-1', stage: 'decided' }).ok).toBe(true);
  });
});

describe('addresses and the answer summary', () => {
  it('carries ?a= only when there are answers', () => {
    const at = (kind: 'question' | 'outcome', id: string, stage?: 'applied') => ({ at: { kind, id }, stage });
    expect(hrefFor(flow, at('question', 'start'), [])).toBe('/check/');
    // The start stays /check/ whatever stage is passed: it is where the stage is named.
    expect(hrefFor(flow, at('question', 'start', 'applied'), [])).toBe('/check/');
    expect(hrefFor(flow, at('question', 'mid', 'applied'), [])).toBe('/check/applied/mid/');
    expect(hrefFor(flow, at('outcome', 'end-1'), [])).toBe('/check/result/end-1/');
    expect(hrefFor(flow, at('outcome', 'end-1', 'applied'), [])).toBe('/check/result/end-1/applied/');
    const path = [{ question: 'start', option: 'a' }];
    expect(hrefFor(flow, at('question', 'mid', 'applied'), path)).toBe('/check/applied/mid/?a=start.a');
    expect(hrefFor(flow, at('outcome', 'end-2', 'applied'), [...path, { question: 'mid', option: 'b' }])).toBe(
      '/check/result/end-2/applied/?a=start.a~mid.b',
    );
  });

  it('names the chosen option, and falls back to the raw ids for anything unknown', () => {
    expect(summary(flow, [{ question: 'start', option: 'a' }, { question: 'mid', option: 'b' }])).toEqual([
      { question: 'start短', answer: 'a答', changeHref: '/check/' },
      { question: 'mid短', answer: 'b答', changeHref: '/check/applied/mid/?a=start.a' },
    ]);
    // An unknown answer names no stage: the unknown step links back to the start, and the next (known)
    // question is asked without a stage, at /check/ask/.
    expect(summary(flow, [{ question: 'gone', option: 'x' }, { question: 'mid', option: 'zz' }])).toEqual([
      { question: 'gone', answer: 'x', changeHref: '/check/' },
      { question: 'mid短', answer: 'zz', changeHref: '/check/ask/mid/?a=gone.x' },
    ]);
  });
});

describe('graphProblems: reachability and cycles', () => {
  it('a cycle below a question reached twice is reported once', () => {
    const questions = [...diamond(q, 'loop'), q('loop', ['a', 'join'], ['b', 'end'])];
    expect(graphProblems(createFlow({ questions, outcomeIds: ['end'] }))).toEqual(['有回路：start → left → join → loop → join']);
  });

  it('a question reachable only through an answer that leads nowhere is unreachable', () => {
    const questions = [q('start', ['a', 'end'], ['b', 'gap']), q('island', ['a', 'end'], ['b', 'end'])];
    const problems = graphProblems(createFlow({ questions, outcomeIds: ['end', 'far'] }));
    expect(problems).toContain('问题 island 从起点走不到');
    expect(problems).toContain('结论 far 从起点走不到');
  });
});

describe('a page\'s part of the graph (partial flows) and questions the flow does not know', () => {
  it('a part keeps the start it is given, even when the part does not hold the start', () => {
    const mid = q('mid', ['a', 'end-1'], ['b', 'end-2']);
    const part = createFlow({ questions: [mid], outcomeIds: ['end-1', 'end-2'], partial: { start: 'start' } });
    expect(part.start).toBe('start');
    expect(part.partial).toBe(true);
    expect(hrefFor(part, { at: { kind: 'question', id: 'start' }, stage: undefined }, [])).toBe('/check/');
    // The same questions as a whole flow start at the one question they hold.
    expect(createFlow({ questions: [mid], outcomeIds: ['end-1', 'end-2'] }).start).toBe('mid');
  });

  it('an answer leading to a question outside the part still leads there (a page of its own); in a whole flow it leads nowhere', () => {
    const questions = [q('start', ['a', 'gap', 'applied'], ['b', 'end-1'])];
    const whole = createFlow({ questions, outcomeIds: ['end-1'] });
    expect(whole.partial).toBe(false);
    expect(whole.next('start', 'a', undefined)).toBeUndefined();
    expect(walk(whole, [{ question: 'start', option: 'a' }]).ok).toBe(false);
    const part = createFlow({ questions, outcomeIds: ['end-1'], partial: { start: 'start' } });
    expect(part.next('start', 'a', undefined)).toEqual({ at: { kind: 'question', id: 'gap' }, stage: 'applied' });
    expect(walk(part, [{ question: 'start', option: 'a' }])).toMatchObject({ ok: true, at: { id: 'gap' }, stage: 'applied' });
    // Outcomes are never guessed: one the part does not name leads nowhere, part or not.
    expect(part.next('start', 'b', undefined)).toEqual({ at: { kind: 'outcome', id: 'end-1' }, stage: undefined });
    const noOutcomes = createFlow({ questions, outcomeIds: [], partial: { start: 'start' } });
    expect(noOutcomes.next('start', 'b', undefined)).toBeUndefined();
  });

  it('a question the flow does not know links to its own page when a stage places it or the flow is a part; else to the start', () => {
    const questions = [q('start', ['a', 'end-1'], ['b', 'end-2'])];
    const whole = createFlow({ questions, outcomeIds: ['end-1', 'end-2'] });
    const part = createFlow({ questions, outcomeIds: ['end-1', 'end-2'], partial: { start: 'start' } });
    const gone = (stage?: 'applied') => ({ at: { kind: 'question' as const, id: 'gone' }, stage });
    expect(hrefFor(whole, gone(), [])).toBe('/check/');
    expect(hrefFor(whole, gone('applied'), [])).toBe('/check/applied/gone/');
    expect(hrefFor(part, gone(), [])).toBe('/check/ask/gone/');
    expect(hrefFor(part, gone('applied'), [{ question: 'start', option: 'a' }])).toBe('/check/applied/gone/?a=start.a');
  });

  it('an option with neither target names the empty id, which no question can have', () => {
    expect(targetOf({ id: 'x', label: 'x' })).toEqual({ kind: 'question', id: '' });
    expect(targetOf({ id: 'x', label: 'x', next: 'mid' })).toEqual({ kind: 'question', id: 'mid' });
  });
});
