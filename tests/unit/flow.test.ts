/** The self-check engine, over the real questions and outcomes in content/check/. */
import { describe, expect, it } from 'vitest';
import { content } from '../content-files';
import { seededRandom } from '../seeded-random';
import {
  allPaths,
  createFlow,
  decodeAnswers,
  encodeAnswers,
  graphProblems,
  hrefFor,
  summary,
  walk,
  type Step,
} from '../../src/lib/flow';

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });
const outcomes = new Map(content.outcomes.map((o) => [o.id, o]));
const evidenceIds = new Set(content.evidence.map((e) => e.id));
const factIds = new Set(content.facts.map((f) => f.id));
const scenarioIds = new Set(content.scenarios.map((s) => s.id));

/** Answers given as "question.option" pairs, replayed from the start; returns the outcome reached. */
function outcomeOf(...pairs: string[]): string {
  const steps: Step[] = pairs.map((p) => {
    const [question = '', option = ''] = p.split('.');
    return { question, option };
  });
  const result = walk(flow, steps);
  if (!result.ok) throw new Error(result.message);
  expect(result.at.kind).toBe('outcome');
  return result.at.id;
}

describe('graph invariants over the real data', () => {
  const paths = allPaths(flow);

  it('is sound: one start, every node reachable, every option leads somewhere, no cycles', () => {
    expect(graphProblems(flow)).toEqual([]);
    expect(flow.start).toBe('stage');
  });

  it('every path ends at an outcome, and every outcome is reached', () => {
    expect(paths.every((p) => outcomes.has(p.outcome))).toBe(true);
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(outcomes.keys()));
    console.info(`自测：${content.questions.length} 个问题，${outcomes.size} 个结论，${paths.length} 条路径`);
  });

  it('every outcome has reasons, next steps, and evidence, fact and scenario ids that exist', () => {
    for (const o of content.outcomes) {
      expect(o.reasons.length, o.id).toBeGreaterThan(0);
      expect(o.nextSteps.length, o.id).toBeGreaterThan(0);
      for (const e of [...o.evidence.required, ...o.evidence.helpful]) expect(evidenceIds.has(e), `${o.id}: ${e}`).toBe(true);
      for (const f of o.deadlineFacts) expect(factIds.has(f), `${o.id}: ${f}`).toBe(true);
      if (o.scenario) expect(scenarioIds.has(o.scenario), `${o.id}: ${o.scenario}`).toBe(true);
      if (o.verdict !== 'too-late') expect(o.evidence.required.length, o.id).toBeGreaterThan(0);
    }
  });

  it('offers "不确定" where a seller may honestly not know', () => {
    for (const id of ['stage', 'shipped', 'type', 'nr-tracking', 'nr-proof', 'quality-proof']) {
      expect(flow.question(id)?.options.some((o) => o.id === 'unsure'), id).toBe(true);
    }
  });

  it('the type question covers every scenario page (or the page is decided before it, e.g. unshipped orders)', () => {
    const types = new Set(flow.question('type')?.options.map((o) => o.id));
    const beforeType = new Set(['stage', 'shipped'].flatMap((q) => flow.question(q)?.options.map((o) => o.next) ?? []));
    for (const s of content.scenarios) {
      if (s.data.checkType) expect(types.has(s.data.checkType), s.id).toBe(true);
      else expect(s.data.outcomes.some((o) => beforeType.has(o)), s.id).toBe(true);
    }
  });
});

describe('important routes', () => {
  it('empty parcel with a packing video → answer with evidence', () => {
    expect(outcomeOf('stage.escalated', 'shipped.yes', 'type.empty-parcel', 'empty-proof.video')).toBe('apply-empty-parcel');
    expect(outcomes.get('apply-empty-parcel')?.verdict).toBe('apply');
  });
  it('swapped return with an unboxing video → answer with evidence', () => {
    expect(outcomeOf('stage.buyer-applied', 'shipped.yes', 'type.swapped-return', 'swap-proof.video')).toBe('apply-swapped-return');
  });
  it('a quality problem the seller admits → settle', () => {
    const id = outcomeOf('stage.buyer-applied', 'shipped.yes', 'type.quality', 'quality-proof.real');
    expect(outcomes.get(id)?.verdict).toBe('settle');
  });
  it('lost in transit → courier claim', () => {
    const id = outcomeOf('stage.buyer-applied', 'shipped.yes', 'type.transit-lost');
    expect(id).toBe('courier-claim');
    expect(outcomes.get(id)?.verdict).toBe('other-channel');
    expect(outcomes.get(id)?.channels).toContain('courier-claim');
  });
  it('missed the evidence window → too late', () => {
    expect(outcomes.get(outcomeOf('stage.expired'))?.verdict).toBe('too-late');
  });
  it('review extortion → review report and buyer report', () => {
    const o = outcomes.get(outcomeOf('stage.unsure', 'shipped.yes', 'type.review-extortion'));
    expect(o?.verdict).toBe('other-channel');
    expect(o?.channels).toEqual(expect.arrayContaining(['review-report', 'report-buyer']));
  });
  it('parcel left at a station → ask the courier first, not intervention', () => {
    expect(outcomes.get(outcomeOf('stage.buyer-applied', 'shipped.yes', 'type.not-received', 'nr-tracking.station'))?.verdict).toBe('other-channel');
  });
  it('"不确定" about the tracking → a step comes first', () => {
    expect(outcomes.get(outcomeOf('stage.unsure', 'shipped.yes', 'type.not-received', 'nr-tracking.unsure'))?.verdict).toBe('not-yet');
  });
  it('an order not shipped yet → settle, with the disputed unshipped time limits', () => {
    const o = outcomes.get(outcomeOf('stage.buyer-applied', 'shipped.no'));
    expect(o?.verdict).toBe('settle');
    expect(o?.deadlineFacts).toContain('unshipped-refund-window');
  });
  it('a return only opened for inspection → settle (law)', () => {
    const o = outcomes.get(outcomeOf('stage.buyer-applied', 'shipped.yes', 'type.return-damaged', 'damaged-proof.opened'));
    expect(o?.verdict).toBe('settle');
    expect(o?.deadlineFacts).toContain('law-intact-definition');
  });
});

describe('URL codec', () => {
  const path: Step[] = [
    { question: 'stage', option: 'escalated' },
    { question: 'shipped', option: 'yes' },
    { question: 'type', option: 'empty-parcel' },
  ];

  it('round-trips a path', () => {
    const encoded = encodeAnswers(path);
    expect(encoded).toBe('stage.escalated~shipped.yes~type.empty-parcel');
    const decoded = decodeAnswers(flow, encoded, 'empty-proof');
    expect(decoded).toEqual({ ok: true, path, at: { kind: 'question', id: 'empty-proof' } });
  });

  it('builds addresses for questions and outcomes', () => {
    expect(hrefFor(flow, { kind: 'question', id: 'stage' }, [])).toBe('/check/');
    expect(hrefFor(flow, { kind: 'question', id: 'empty-proof' }, path)).toBe(
      '/check/empty-proof/?a=stage.escalated~shipped.yes~type.empty-parcel',
    );
    expect(hrefFor(flow, { kind: 'outcome', id: 'too-late-expired' }, [{ question: 'stage', option: 'expired' }])).toBe(
      '/check/result/too-late-expired/?a=stage.expired',
    );
  });

  it('summarises answers with links that change them', () => {
    const lines = summary(flow, path);
    expect(lines.map((l) => l.question)).toEqual(['进度', '是否发货', '纠纷类型']);
    expect(lines[0]?.changeHref).toBe('/check/');
    expect(lines[2]?.changeHref).toBe('/check/type/?a=stage.escalated~shipped.yes');
  });

  it('a page opened without answers is fine; an unknown page is not', () => {
    expect(decodeAnswers(flow, null, 'type')).toMatchObject({ ok: true, path: [], at: { id: 'type' } });
    expect(decodeAnswers(flow, '', 'no-such-node')).toMatchObject({ ok: false });
  });

  const forged: [string, string | undefined, RegExp][] = [
    ['stage.nope', undefined, /没有「nope」这个选项/],
    ['ghost.x', undefined, /不认识的问题「ghost」/],
    ['type.quality', undefined, /顺序对不上/],
    ['stage.escalated~stage.escalated', undefined, /顺序对不上/],
    ['stage.escalated~type.quality', undefined, /顺序对不上/],
    ['stage.expired~type.quality', undefined, /多余的回答/],
    ['stage.escalated', 'empty-proof', /不会走到这一步/],
    ['<script>', undefined, /格式不对/],
    ['stage.escalated~', undefined, /格式不对/],
    ['STAGE.ESCALATED', undefined, /格式不对/],
    [Array(50).fill('stage.escalated').join('~'), undefined, /太多/],
    ['x'.repeat(5000), undefined, /格式不对/],
  ];
  it.for(forged)('rejects %s with a clear message and never throws', ([param, expected, message]) => {
    const result = decodeAnswers(flow, param, expected);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    // The valid part is kept, so the seller can carry on from there or restart.
    expect(['question', 'outcome']).toContain(result.at.kind);
  });
});

describe('seeded random walks through the engine', () => {
  // The browser suite walks a few of these paths in Chromium; the engine walks many, fast and without timing.
  it.for(Array.from({ length: 100 }, (_, i) => 1 + i * 104729))('seed %i ends at an outcome with a round-tripping address', (seed) => {
    const random = seededRandom(seed);
    const steps: Step[] = [];
    let at = flow.start;
    for (let n = 0; n < 50 && !flow.isOutcome(at); n++) {
      const q = flow.question(at);
      expect(q, `seed ${seed}: unknown node ${at}`).toBeDefined();
      const option = q!.options[Math.floor(random() * q!.options.length)]!;
      steps.push({ question: q!.id, option: option.id });
      at = option.next;
    }
    expect(flow.isOutcome(at), `seed ${seed} stopped at ${at}`).toBe(true);
    const result = walk(flow, steps);
    expect(result).toMatchObject({ ok: true, at: { kind: 'outcome', id: at } });
    expect(decodeAnswers(flow, encodeAnswers(steps), at)).toMatchObject({ ok: true, path: steps });
  });
});
