/**
 * Survivors of the mutation run in src/lib/flow.ts: bugs that the tests over the real graph let through
 * (step limit off by one, the start picked wrongly, stale or forged links given the wrong message).
 * Small made-up graphs, so each edge case exists on purpose.
 */
import { describe, expect, it } from 'vitest';
import { allPaths, createFlow, decodeAnswers, graphProblems, hrefFor, summary, walk, type Step } from '../../src/lib/flow';
import type { CheckQuestion } from '../../src/schemas';

const q = (id: string, ...options: [string, string][]): CheckQuestion => ({
  id,
  title: `${id}？`,
  short: `${id}短`,
  options: options.map(([oid, next]) => ({ id: oid, label: `${oid}答`, next })),
});

/** start → mid → end-1 / end-2, or start → end-1 directly. `mid` is listed first on purpose. */
const flow = createFlow({
  questions: [q('mid', ['a', 'end-1'], ['b', 'end-2']), q('start', ['a', 'mid'], ['b', 'end-1'])],
  outcomeIds: ['end-1', 'end-2'],
});

/** A straight line of `n` questions, each with a way forward and a way out, then the outcome `end`. */
function chain(n: number) {
  const questions = Array.from({ length: n }, (_, i) => q(`q${i}`, ['go', i + 1 < n ? `q${i + 1}` : 'end'], ['out', 'end']));
  return createFlow({ questions, outcomeIds: ['end'] });
}
const goAll = (n: number): Step[] => Array.from({ length: n }, (_, i) => ({ question: `q${i}`, option: 'go' }));

describe('the start', () => {
  it('is the question no answer leads to, wherever it is listed', () => {
    expect(flow.start).toBe('start');
  });
  it('next() of an unknown question or option is undefined, not a crash', () => {
    expect(flow.next('nope', 'a')).toBeUndefined();
    expect(flow.next('start', 'zz')).toBeUndefined();
    expect(flow.next('start', 'a')).toEqual({ kind: 'question', id: 'mid' });
    expect(flow.next('mid', 'b')).toEqual({ kind: 'outcome', id: 'end-2' });
  });
});

describe('step limit (40 answers)', () => {
  it('accepts a path of exactly 40 answers and rejects 41', () => {
    const forty = walk(chain(40), goAll(40));
    expect(forty).toEqual({ ok: true, path: goAll(40), at: { kind: 'outcome', id: 'end' } });
    const fortyOne = walk(chain(41), goAll(41));
    expect(fortyOne.ok).toBe(false);
    expect(!fortyOne.ok && fortyOne.message).toBe('链接里的回答太多，不像是本站生成的链接。');
    expect(fortyOne.path).toEqual([]);
  });

  it('allPaths lists a 40-step path, and stops on a path longer than the limit instead of running forever', () => {
    const paths = allPaths(chain(40));
    expect(paths).toHaveLength(41);
    expect(paths[0]).toEqual({ path: goAll(40), outcome: 'end' });
    expect(paths.map((p) => p.path.length).sort((a, b) => a - b)).toEqual(Array.from({ length: 41 }, (_, i) => (i === 40 ? 40 : i + 1)));
    const cyclic = createFlow({ questions: [q('x', ['a', 'y'], ['b', 'end']), q('y', ['a', 'x'], ['b', 'end'])], outcomeIds: ['end'] });
    expect(graphProblems(cyclic).some((p) => p.startsWith('有回路'))).toBe(true);
    expect(allPaths(cyclic).length).toBeGreaterThan(0);
  });

  it('allPaths on the small graph, path by path', () => {
    expect(allPaths(flow)).toEqual([
      { path: [{ question: 'start', option: 'a' }, { question: 'mid', option: 'a' }], outcome: 'end-1' },
      { path: [{ question: 'start', option: 'a' }, { question: 'mid', option: 'b' }], outcome: 'end-2' },
      { path: [{ question: 'start', option: 'b' }], outcome: 'end-1' },
    ]);
  });
});

describe('decodeAnswers edge cases', () => {
  const start = { kind: 'question', id: 'start' } as const;

  it('an empty or blank parameter is the start, or the page the seller is on', () => {
    expect(decodeAnswers(flow, '')).toEqual({ ok: true, path: [], at: start });
    expect(decodeAnswers(flow, '   ')).toEqual({ ok: true, path: [], at: start });
    expect(decodeAnswers(flow, null)).toEqual({ ok: true, path: [], at: start });
    expect(decodeAnswers(flow, undefined, 'mid')).toEqual({ ok: true, path: [], at: { kind: 'question', id: 'mid' } });
    expect(decodeAnswers(flow, '', 'end-2')).toEqual({ ok: true, path: [], at: { kind: 'outcome', id: 'end-2' } });
  });

  it('an unknown page without answers gets a message and the start', () => {
    expect(decodeAnswers(flow, '', 'nope')).toEqual({ ok: false, message: '自测里没有「nope」这一步。', path: [], at: start });
  });

  it('spaces around a valid parameter are ignored', () => {
    expect(decodeAnswers(flow, '  start.b  ')).toEqual({ ok: true, path: [{ question: 'start', option: 'b' }], at: { kind: 'outcome', id: 'end-1' } });
  });

  it('rejects a malformed parameter as a whole, even when its tail looks valid', () => {
    const bad = { ok: false, message: '链接里的回答格式不对，可能被截断或改动过。', path: [], at: start };
    expect(decodeAnswers(flow, 'X.y~start.a')).toEqual(bad);
    expect(decodeAnswers(flow, 'start.a~')).toEqual(bad);
    expect(decodeAnswers(flow, 'start')).toEqual(bad);
  });

  it('the length cap is 2000 characters: at 2000 the answers are read, beyond it they are not', () => {
    const at2000 = `qq.o${'~q.o'.repeat(499)}`;
    expect(at2000).toHaveLength(2000);
    const read = decodeAnswers(flow, at2000);
    expect(!read.ok && read.message).toBe('链接里的回答太多，不像是本站生成的链接。');
    const over = decodeAnswers(flow, `${at2000}x`);
    expect(!over.ok && over.message).toBe('链接里的回答格式不对，可能被截断或改动过。');
    const long = decodeAnswers(flow, `q.o${'~q.o'.repeat(500)}`);
    expect(long.ok).toBe(false);
    expect(!long.ok && long.message).toBe('链接里的回答格式不对，可能被截断或改动过。');
  });

  it('a path that fails keeps its own message even when a page was expected', () => {
    const result = decodeAnswers(flow, 'start.zz', 'end-1');
    expect(result).toEqual({ ok: false, message: '问题「start短」没有「zz」这个选项。', path: [], at: start });
  });

  it('a valid path to another page is called stale', () => {
    const result = decodeAnswers(flow, 'start.b', 'end-2');
    expect(result).toEqual({
      ok: false,
      message: '链接里的回答不会走到这一步，可能是旧链接或被改动过。',
      path: [{ question: 'start', option: 'b' }],
      at: { kind: 'outcome', id: 'end-1' },
    });
  });
});

describe('addresses and the answer summary', () => {
  it('carries ?a= only when there are answers', () => {
    expect(hrefFor(flow, { kind: 'question', id: 'start' }, [])).toBe('/check/');
    expect(hrefFor(flow, { kind: 'question', id: 'mid' }, [])).toBe('/check/mid/');
    expect(hrefFor(flow, { kind: 'outcome', id: 'end-1' }, [])).toBe('/check/result/end-1/');
    const path = [{ question: 'start', option: 'a' }];
    expect(hrefFor(flow, { kind: 'question', id: 'mid' }, path)).toBe('/check/mid/?a=start.a');
    expect(hrefFor(flow, { kind: 'outcome', id: 'end-2' }, [...path, { question: 'mid', option: 'b' }])).toBe(
      '/check/result/end-2/?a=start.a~mid.b',
    );
  });

  it('names the chosen option, and falls back to the raw ids for anything unknown', () => {
    expect(summary(flow, [{ question: 'start', option: 'a' }, { question: 'mid', option: 'b' }])).toEqual([
      { question: 'start短', answer: 'a答', changeHref: '/check/' },
      { question: 'mid短', answer: 'b答', changeHref: '/check/mid/?a=start.a' },
    ]);
    expect(summary(flow, [{ question: 'gone', option: 'x' }, { question: 'mid', option: 'zz' }])).toEqual([
      { question: 'gone', answer: 'x', changeHref: '/check/gone/' },
      { question: 'mid短', answer: 'zz', changeHref: '/check/mid/?a=gone.x' },
    ]);
  });
});

describe('graphProblems: reachability and cycles', () => {
  it('a cycle below a question reached twice is reported once', () => {
    const questions = [
      q('start', ['a', 'left'], ['b', 'right']),
      q('left', ['a', 'join'], ['b', 'end']),
      q('right', ['a', 'join'], ['b', 'end']),
      q('join', ['a', 'loop'], ['b', 'end']),
      q('loop', ['a', 'join'], ['b', 'end']),
    ];
    expect(graphProblems(createFlow({ questions, outcomeIds: ['end'] }))).toEqual(['有回路：start → left → join → loop → join']);
  });

  it('a question reachable only through an answer that leads nowhere is unreachable', () => {
    const questions = [q('start', ['a', 'end'], ['b', 'gap']), q('island', ['a', 'end'], ['b', 'end'])];
    const problems = graphProblems(createFlow({ questions, outcomeIds: ['end', 'far'] }));
    expect(problems).toContain('问题 island 从起点走不到');
    expect(problems).toContain('结论 far 从起点走不到');
  });
});
