/**
 * The whole-graph helpers in src/lib/self-check/graph.ts on small made-up graphs: which questions a page
 * carries (`pageQuestions`), the JSON that carries them (`graphJson`), the answers an embedded self-check
 * starts with (`leadTo`, `embeddedSelfCheck`). Fixtures are built inside each test (Stryker attributes
 * top-level data to no test).
 */
import { describe, expect, it } from 'vitest';
import { createFlow, namedOutcomes, walk, type FlowOption, type FlowQuestion, type Step } from '~/lib/self-check/flow';
import { embeddedSelfCheck, graphJson, graphProblems, leadTo, pageQuestions } from '~/lib/self-check/graph';

const ask = (id: string, ...options: FlowOption[]): FlowQuestion => ({ id, title: `${id}？`, short: `${id}短`, options });
/** An answer that leads to the question `next`; `more` can name a stage or list the stages it is offered in. */
const to = (id: string, next: string, more: Partial<FlowOption> = {}): FlowOption => ({ id, label: `${id}答`, next, ...more });
/** An answer that leads to the outcome `outcome`. */
const end = (id: string, outcome: string, more: Partial<FlowOption> = {}): FlowOption => ({ id, label: `${id}答`, outcome, ...more });
const flowOf = (questions: FlowQuestion[]) => createFlow({ questions, outcomeIds: namedOutcomes(questions) });
const ids = (questions: readonly FlowQuestion[]) => questions.map((q) => q.id);

/**
 * start → kind → stage, where the stage is named: 刚申请 goes to proof, 已判 to proof too, and in 已判
 * proof offers one more answer, to appeal. kind's other answer goes to money, off the way to the stage.
 */
function staged(): FlowQuestion[] {
  return [
    ask('start', to('order', 'kind'), end('other', 'elsewhere')),
    ask('kind', to('goods', 'stage'), to('refund', 'money')),
    ask('stage', to('applied', 'proof', { stage: 'applied' }), to('decided', 'proof', { stage: 'decided' })),
    ask('proof', end('video', 'win'), end('none', 'lose'), to('late', 'appeal', { stages: ['decided'] })),
    ask('appeal', end('yes', 'win'), end('no', 'lose')),
    ask('money', end('a', 'win'), end('b', 'lose')),
  ];
}

/** `n` layers of two questions (L, R); both answers of each lead to both questions of the next layer. */
function ladder(n: number): FlowQuestion[] {
  const layer = (i: number, side: string) =>
    ask(`${side}${i}`, ...(i + 1 < n ? [to('l', `l${i + 1}`), to('r', `r${i + 1}`)] : [end('l', 'win'), end('r', 'lose')]));
  return [ask('start', to('l', 'l0'), to('r', 'r0')), ...Array.from({ length: n }, (_, i) => [layer(i, 'l'), layer(i, 'r')]).flat()];
}

describe('pageQuestions: the part of the graph a page carries', () => {
  it('a question page holds the questions that lead to it and those below it in its stage, and nothing else', () => {
    const flow = flowOf(staged());
    expect(graphProblems(flow)).toEqual([]);
    // 刚申请: proof offers no answer to appeal, and money is off the way.
    expect(ids(pageQuestions(flow, 'proof', 'applied'))).toEqual(['start', 'kind', 'stage', 'proof']);
    expect(ids(pageQuestions(flow, 'proof', 'decided'))).toEqual(['start', 'kind', 'stage', 'proof', 'appeal']);
    // A result page: only the questions on the ways to it.
    expect(ids(pageQuestions(flow, 'elsewhere', undefined))).toEqual(['start']);
  });

  it('the start page stops at the answers that name a stage, unless it moves on across stages in place', () => {
    const flow = flowOf(staged());
    expect(ids(pageQuestions(flow, 'start', undefined))).toEqual(['start', 'kind', 'stage', 'money']);
    expect(ids(pageQuestions(flow, 'start', undefined, true))).toEqual(['start', 'kind', 'stage', 'proof', 'appeal', 'money']);
  });

  it('questions asked in a different order in different stages: each page gets both, and the slice is found', () => {
    // 刚申请 asks logistics then proof; 已判 asks proof then logistics. Sound: no cycle in any one stage.
    const flow = flowOf([
      ask('start', to('a', 'logistics', { stage: 'applied' }), to('d', 'proof', { stage: 'decided' })),
      ask('logistics', to('next', 'proof', { stages: ['applied'] }), end('lost', 'win'), end('ok', 'lose')),
      ask('proof', to('next', 'logistics', { stages: ['decided'] }), end('video', 'win'), end('none', 'lose')),
    ]);
    expect(graphProblems(flow)).toEqual([]);
    expect(ids(pageQuestions(flow, 'proof', 'applied'))).toEqual(['start', 'logistics', 'proof']);
    expect(ids(pageQuestions(flow, 'logistics', 'decided'))).toEqual(['start', 'logistics', 'proof']);
  });

  it('the start page holds every question a link can stand on: 40 answers deep, not 41', () => {
    const questions = Array.from({ length: 42 }, (_, i) => ask(`q${i}`, i < 41 ? to('go', `q${i + 1}`) : end('go', 'end'), end('out', 'end')));
    const flow = flowOf(questions);
    const goAll = (n: number): Step[] => Array.from({ length: n }, (_, i) => ({ question: `q${i}`, option: 'go' }));
    const slice = new Set(ids(pageQuestions(flow, 'q0', undefined)));
    for (let k = 0; k < 42; k++) expect(slice.has(`q${k}`), `q${k}`).toBe(walk(flow, goAll(k)).ok);
    expect(slice.size).toBe(41);
  });

  it('a graph where answers rejoin is sliced with one visit per question (28 layers, 2^28 ways)', () => {
    const flow = flowOf(ladder(28));
    expect(pageQuestions(flow, 'start', undefined)).toHaveLength(57);
    // Every question of every layer above is on a way to the last layer; its neighbour r27 is not.
    expect(ids(pageQuestions(flow, 'l27', undefined))).toEqual(ids(flow.questions).filter((id) => id !== 'r27'));
  });

  it('an answer that points to a question not written yet leaves the rest of the slice intact (graphProblems names it)', () => {
    const flow = flowOf([ask('start', to('a', 'draft'), to('b', 'kind')), ask('kind', end('x', 'win'), end('y', 'lose'))]);
    expect(graphProblems(flow)).toContain('问题 start 的选项 a 指向不存在的问题 draft');
    expect(ids(pageQuestions(flow, 'start', undefined))).toEqual(['start', 'kind']);
    expect(leadTo(flow, 'kind')).toEqual([{ question: 'start', option: 'b' }]);
  });
});

describe('graphJson', () => {
  it('escapes < so the JSON cannot close the script element, and reads back as the same questions', () => {
    const questions = [ask('start', end('a', 'win'), end('b', 'lose'))];
    questions[0]!.title = '有人写了 </script><script>alert(1)</script> 怎么办？';
    const json = graphJson(questions);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(questions);
  });
});

describe('leadTo and embeddedSelfCheck: a self-check embedded in an article', () => {
  /**
   * start → kind → proof → appeal without a stage. Shorter ways exist only through a stage: 已判 goes
   * straight to proof, and kind's 快 answer (offered only in 刚申请) straight to appeal.
   */
  function shortcuts(): FlowQuestion[] {
    return [
      ask('start', to('order', 'kind'), to('quick', 'kind', { stage: 'applied' }), to('late', 'proof', { stage: 'decided' })),
      ask('kind', to('goods', 'proof'), to('fast', 'appeal', { stages: ['applied'] }), end('other', 'lose')),
      ask('proof', to('more', 'appeal'), end('video', 'win')),
      ask('appeal', end('yes', 'win'), end('no', 'lose')),
    ];
  }

  it('an article embedding the self-check at a question gets the shortest lead to it that names no stage', () => {
    const flow = flowOf(shortcuts());
    expect(graphProblems(flow)).toEqual([]);
    expect(leadTo(flow, 'start')).toEqual([]);
    expect(leadTo(flow, 'proof')).toEqual([
      { question: 'start', option: 'order' },
      { question: 'kind', option: 'goods' },
    ]);
    const lead = leadTo(flow, 'appeal');
    expect(lead).toEqual([
      { question: 'start', option: 'order' },
      { question: 'kind', option: 'goods' },
      { question: 'proof', option: 'more' },
    ]);
    // The lead replays: the seller stands on the question, with no stage yet.
    expect(walk(flow, lead)).toEqual({ ok: true, path: lead, at: { kind: 'question', id: 'appeal' }, stage: undefined });
  });

  it('a lead through a graph where answers rejoin is found with each question queued once (28 layers)', () => {
    const lead = leadTo(flowOf(ladder(28)), 'r27');
    expect(lead).toHaveLength(28);
    expect(lead.at(-1)).toEqual({ question: 'l26', option: 'r' });
  });

  it('an article embedding the self-check at a question asked only once a stage is named, or at one the graph lacks, starts with no answers behind it', () => {
    const flow = flowOf(staged());
    expect(leadTo(flow, 'proof')).toEqual([]);
    expect(leadTo(flow, 'ghost')).toEqual([]);
  });

  it('embeddedSelfCheck gives the island the start, the lead, the node and the graph below it across stages', () => {
    const embedded = embeddedSelfCheck(staged(), 'stage');
    expect(embedded).toMatchObject({
      start: 'start',
      node: 'stage',
      lead: [
        { question: 'start', option: 'order' },
        { question: 'kind', option: 'goods' },
      ],
    });
    // The seller answers the stage question in place, so the questions after it come along; money does not.
    expect(ids(JSON.parse(embedded.graph) as FlowQuestion[])).toEqual(['start', 'kind', 'stage', 'proof', 'appeal']);
  });
});
