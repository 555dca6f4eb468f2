/** The self-check engine: broken-graph fixtures for its checks, then the real questions and outcomes. */
import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import { seededRandom } from '../support/seeded-random';
import { createFlow, decodeAnswers, encodeAnswers, hrefFor, namedOutcomes, positionsAlong, summary, walk, type FlowOption, type FlowQuestion, type Step } from '~/lib/self-check/flow';
import { allPaths, graphProblems, leadTo, pageQuestions, questionPages } from '~/lib/self-check/graph';
import { checklistHref } from '~/lib/checklist/catalog';
import { isCheckStepPath, outcomePath, parseCheckPath, questionPath } from '~/lib/self-check/urls';
import {
  deadlineFactsFor,
  flips,
  deadlineLine,
  nowSteps,
  resultPages,
  saidLines,
  stageAdvice,
  stageDeadlineFacts,
  strengthOf,
} from '~/lib/self-check/advice';
import { numbersOutsideFacts } from '~/lib/content/integrity';
import { STAGE_IDS, stageById, type StageId } from '~/lib/shared/stages';
import type { StageAdvice } from '../../src/schemas';

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });
const outcomes = new Map(content.outcomes.map((o) => [o.id, o]));
const steps = (...pairs: string[]): Step[] =>
  pairs.map((p) => {
    const [question = '', option = ''] = p.split('.');
    return { question, option };
  });

/* ---------- Fixtures: small graphs, sound and broken ---------- */

const opt = (id: string, to: Partial<FlowOption>): FlowOption => ({ id, label: id, ...to });
const q = (id: string, options: FlowOption[]): FlowQuestion => ({ id, title: id, short: id, options });
/** A sound little flow: a stage question, then a question whose second option is offered only in intervention. */
const sound = (): FlowQuestion[] => [
  q('s', [
    opt('a', { next: 'kind', stage: 'applied' }),
    opt('i', { next: 'kind', stage: 'intervention' }),
    opt('none', { outcome: 'o-none' }),
  ]),
  q('kind', [opt('x', { outcome: 'o-x' }), opt('y', { outcome: 'o-y', stages: ['intervention'] }), opt('z', { outcome: 'o-z' })]),
];
const fixture = (questions: FlowQuestion[], outcomeIds = ['o-none', 'o-x', 'o-y', 'o-z']) => createFlow({ questions, outcomeIds });

describe('graphProblems on fixtures', () => {
  it('finds nothing wrong with a sound graph', () => {
    expect(graphProblems(fixture(sound()))).toEqual([]);
  });

  const broken: [string, () => ReturnType<typeof fixture>, RegExp][] = [
    ['two starts', () => fixture([...sound(), q('orphan', [opt('a', { outcome: 'o-x' }), opt('b', { outcome: 'o-z' })])]), /只有一个起点.*s、orphan/],
    ['no start (every question is a target)', () => fixture([q('s', [opt('a', { next: 't' }), opt('b', { outcome: 'o-x' })]), q('t', [opt('a', { next: 's' }), opt('b', { outcome: 'o-x' })])], ['o-x']), /起点.*没有/],
    [
      'a cycle',
      () =>
        fixture(
          [
            q('s', [opt('a', { next: 't' }), opt('b', { outcome: 'o-x' })]),
            q('t', [opt('a', { next: 'u' }), opt('b', { outcome: 'o-x' })]),
            q('u', [opt('a', { next: 't' }), opt('b', { outcome: 'o-x' })]),
          ],
          ['o-x'],
        ),
      /有回路：s → t → u → t/,
    ],
    ['a target that does not exist', () => fixture(sound().map((x) => (x.id === 'kind' ? q('kind', [...x.options, opt('w', { next: 'ghost' })]) : x))), /选项 w 指向不存在的问题 ghost/],
    ['an outcome that does not exist', () => fixture(sound(), ['o-none', 'o-x', 'o-y']), /指向不存在的结论 o-z/],
    ['an outcome nothing reaches', () => fixture(sound(), ['o-none', 'o-x', 'o-y', 'o-z', 'o-lonely']), /结论 o-lonely 从起点走不到/],
    ['an option with no target', () => fixture(sound().map((x) => (x.id === 's' ? q('s', [...x.options, opt('bad', {})]) : x))), /bad 应当恰好指向/],
    ['an option with two targets', () => fixture(sound().map((x) => (x.id === 's' ? q('s', [...x.options, opt('two', { next: 'kind', outcome: 'o-x' })]) : x))), /two 应当恰好指向/],
    ['duplicate option ids', () => fixture(sound().map((x) => (x.id === 'kind' ? q('kind', [...x.options, opt('x', { outcome: 'o-z' })]) : x))), /选项 id 重复：x/],
    ['duplicate question ids', () => fixture([...sound(), q('kind', [opt('x', { outcome: 'o-x' }), opt('z', { outcome: 'o-z' })])]), /问题 id 重复：kind/],
    ['a question named like an outcome', () => fixture(sound(), ['o-none', 'o-x', 'o-y', 'o-z', 'kind']), /问题和结论同名：kind/],
    [
      'a dead end: a stage in which a question offers fewer than two options',
      () => fixture(sound().map((x) => (x.id === 'kind' ? q('kind', [opt('x', { outcome: 'o-x' }), opt('y', { outcome: 'o-y', stages: ['intervention'] })]) : x)), ['o-none', 'o-x', 'o-y']),
      /问题 kind 在阶段 applied 只有 1 个选项/,
    ],
    [
      'an option offered in no reachable stage',
      () => fixture(sound().map((x) => (x.id === 'kind' ? q('kind', [...x.options, opt('late', { outcome: 'o-z', stages: ['decided'] })]) : x))),
      /选项 late 在任何阶段都不会出现/,
    ],
    [
      'a stage set twice',
      () => fixture(sound().map((x) => (x.id === 'kind' ? q('kind', [opt('x', { outcome: 'o-x', stage: 'decided' }), ...x.options.slice(1)]) : x))),
      /选项 x 再次设定阶段（已经是 applied）/,
    ],
    [
      'a question unreachable because its only way in is never offered',
      () =>
        fixture(
          [
            q('s', [opt('a', { next: 'kind', stage: 'applied' }), opt('b', { outcome: 'o-x' })]),
            q('kind', [opt('x', { outcome: 'o-x' }), opt('z', { outcome: 'o-z' }), opt('deep', { next: 'deep', stages: ['expired'] })]),
            q('deep', [opt('x', { outcome: 'o-x' }), opt('y', { outcome: 'o-y' })]),
          ],
          ['o-x', 'o-y', 'o-z'],
        ),
      /问题 deep 从起点走不到/,
    ],
  ];
  it.for(broken)('finds %s', ([, make, message]) => {
    const problems = graphProblems(make());
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('the engine on a fixture', () => {
  const f = fixture(sound());
  it('offers stage-only options only in that stage, and carries the stage the start sets', () => {
    const kind = f.question('kind')!;
    expect(f.optionsFor(kind, 'applied').map((o) => o.id)).toEqual(['x', 'z']);
    expect(f.optionsFor(kind, 'intervention').map((o) => o.id)).toEqual(['x', 'y', 'z']);
    expect(f.optionsFor(kind, undefined).map((o) => o.id)).toEqual(['x', 'z']);
    expect(f.next('s', 'i', undefined)).toEqual({ at: { kind: 'question', id: 'kind' }, stage: 'intervention' });
    expect(f.next('kind', 'y', 'intervention')).toEqual({ at: { kind: 'outcome', id: 'o-y' }, stage: 'intervention' });
    expect(f.next('kind', 'y', 'applied')).toBeUndefined();
    expect(f.next('s', 'none', undefined)).toEqual({ at: { kind: 'outcome', id: 'o-none' }, stage: undefined });
    expect(f.next('nope', 'x', undefined)).toBeUndefined();
  });
  it('lists every path with its stage, and every question page', () => {
    expect(allPaths(f).map((p) => `${encodeAnswers(p.path)}→${p.outcome}@${p.stage ?? '-'}`)).toEqual([
      's.a~kind.x→o-x@applied',
      's.a~kind.z→o-z@applied',
      's.i~kind.x→o-x@intervention',
      's.i~kind.y→o-y@intervention',
      's.i~kind.z→o-z@intervention',
      's.none→o-none@-',
    ]);
    expect(questionPages(f).map((p) => `${p.stage ?? '-'}/${p.at.id}`)).toEqual(['-/s', 'applied/kind', 'intervention/kind']);
  });
  it('names outcomes from the options, without guessing', () => {
    expect(namedOutcomes(sound())).toEqual(['o-none', 'o-x', 'o-y', 'o-z']);
  });
  it('refuses an option the stage does not offer, naming the question', () => {
    expect(walk(f, steps('s.a', 'kind.y'))).toMatchObject({ ok: false, message: expect.stringMatching(/「kind」在这一步没有「y」/), stage: 'applied' });
    expect(walk(f, steps('s.i', 'kind.y'))).toMatchObject({ ok: true, at: { id: 'o-y' }, stage: 'intervention' });
  });
  it('knows the stage before each answer', () => {
    expect(positionsAlong(f, steps('s.i', 'kind.y')).map((p) => p.stage)).toEqual([undefined, 'intervention']);
  });
  it('a page is only reached in its own stage', () => {
    expect(decodeAnswers(f, 's.i~kind.x', { node: 'o-x', stage: 'intervention' }).ok).toBe(true);
    expect(decodeAnswers(f, 's.i~kind.x', { node: 'o-x', stage: 'applied' }).ok).toBe(false);
    expect(decodeAnswers(f, 's.i~kind.x', { node: 'o-z', stage: 'intervention' }).ok).toBe(false);
  });
  it('the empty fixture throws instead of guessing a start', () => {
    expect(() => createFlow({ questions: [], outcomeIds: [] })).toThrow(/没有任何问题/);
  });
});

/* ---------- The URL scheme ---------- */

describe('check URL scheme', () => {
  it('builds and reads every kind of address', () => {
    expect(questionPath('type', 'intervention', false)).toBe('/check/intervention/type/');
    expect(questionPath('stage', undefined, true)).toBe('/check/');
    expect(outcomePath('courier-claim', 'applied')).toBe('/check/result/courier-claim/applied/');
    expect(outcomePath('report-review')).toBe('/check/result/report-review/');
    expect(parseCheckPath('/check/')).toEqual({ kind: 'start' });
    expect(parseCheckPath('/check/intervention/type/')).toEqual({ kind: 'question', stage: 'intervention', id: 'type' });
    expect(parseCheckPath('/check/result/courier-claim/applied/')).toEqual({ kind: 'outcome', id: 'courier-claim', stage: 'applied' });
    expect(parseCheckPath('/check/result/report-review/')).toEqual({ kind: 'outcome', id: 'report-review', stage: undefined });
    expect(checklistHref({ kind: 'outcome', id: 'courier-claim' }, 'applied')).toBe('/checklist/?outcome=courier-claim&stage=applied');
  });
  it.for(['/check/nonsense/type/', '/check/result/x/nonsense/', '/check/type/', '/check/result/', '/guide/check/', '/check/applied/Type/', '/check'])(
    'refuses %s',
    (path) => {
      expect(parseCheckPath(path)).toBeUndefined();
    },
  );
  it('keeps question steps, and only them, out of the sitemap', () => {
    expect(isCheckStepPath('/check/applied/type/')).toBe(true);
    expect(isCheckStepPath('/check/')).toBe(false);
    expect(isCheckStepPath('/check/result/courier-claim/applied/')).toBe(false);
    expect(isCheckStepPath('/check/result/courier-claim/')).toBe(false);
  });
  it('every address the engine builds reads back as the same page', () => {
    for (const p of allPaths(flow)) {
      const href = hrefFor(flow, { at: { kind: 'outcome', id: p.outcome }, stage: p.stage }, []);
      expect(parseCheckPath(href), href).toEqual({ kind: 'outcome', id: p.outcome, stage: p.stage });
    }
    for (const p of questionPages(flow)) {
      const href = hrefFor(flow, p, []);
      expect(parseCheckPath(href), href).toEqual(p.at.id === flow.start ? { kind: 'start' } : { kind: 'question', id: p.at.id, stage: p.stage });
    }
  });
});

/* ---------- The real graph ---------- */

const paths = allPaths(flow);
const pages = resultPages(flow);

describe('graph invariants over the real data', () => {
  it('is sound: one start, every node reachable, every option offered somewhere, no dead ends, no cycles', () => {
    expect(graphProblems(flow)).toEqual([]);
    expect(flow.start).toBe('situation');
  });

  it('every path ends at an outcome, and every outcome is reached', () => {
    expect(paths.every((p) => outcomes.has(p.outcome))).toBe(true);
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(outcomes.keys()));
    expect(new Set(namedOutcomes(content.questions))).toEqual(new Set(outcomes.keys()));
    console.info(
      `自测：${content.questions.length} 个问题，${outcomes.size} 个结论，${pages.length} 个（阶段，结论）页面，${paths.length} 条路径，${questionPages(flow).length} 个问题页面`,
    );
  });

  it('the stage is named once, on the stage question, and never changes after', () => {
    for (const p of paths) {
      const along = positionsAlong(flow, p.path);
      const stages = along.map((x) => x.stage).filter((x) => x !== undefined);
      expect(new Set(stages).size, encodeAnswers(p.path)).toBeLessThanOrEqual(1);
      if (stages.length > 0) expect(stages[0], encodeAnswers(p.path)).toBe(p.stage);
      // Only the stage question names it: before it, no stage.
      const named = p.path.findIndex((s) => s.question === 'stage');
      for (const [i, pos] of along.entries()) if (named < 0 || i <= named) expect(pos.stage, encodeAnswers(p.path)).toBeUndefined();
    }
  });

  it('a review threat with no after-sales case is one question, with no stage and no 是否发货', () => {
    const r = walk(flow, steps('situation.no-request', 'pre.review-threat'));
    expect(r).toMatchObject({ ok: true, at: { kind: 'outcome', id: 'report-review' }, stage: undefined });
  });

  it('offers "不确定" where a seller may honestly not know', () => {
    for (const id of ['stage', 'type', 'nr-tracking', 'nr-proof', 'quality-proof']) {
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

  it('return questions are asked only once a return exists, and not-shipped-yet only before', () => {
    const type = flow.question('type')!;
    const offered = (stage: (typeof STAGE_IDS)[number]) => flow.optionsFor(type, stage).map((o) => o.id);
    expect(offered('applied')).not.toContain('swapped-return');
    expect(offered('return-arrived')).toEqual(expect.arrayContaining(['swapped-return', 'return-damaged', 'return-ok', 'serial-buyer']));
    expect(offered('return-arrived')).not.toContain('unshipped');
    expect(offered('return-agreed')).toEqual(expect.arrayContaining(['return-not-sent', 'return-on-way']));
    expect(offered('intervention')).toEqual(expect.arrayContaining(['not-received', 'swapped-return', 'unshipped']));
  });
});

describe('every reachable (stage, outcome) page', () => {
  const avoidIntervention = /避免.{0,6}介入|别.{0,8}走到介入|不要.{0,6}走到介入|别让.{0,8}介入|比拖到介入/;
  const pageText = (o: NonNullable<ReturnType<typeof outcomes.get>>, stage: (typeof pages)[number]['stage']) =>
    [o.title, o.summary, ...o.reasons, deadlineLine(o, stage) ?? '', ...nowSteps(o, stage), strengthOf(o, stage)].join('\n');

  it.for(pages.map((p) => [`${p.outcome}@${p.stage ?? '-'}`, p] as const))('%s leads with 1–3 actions fit for its stage', ([, page]) => {
    const o = outcomes.get(page.outcome)!;
    const now = nowSteps(o, page.stage);
    // "None of these" has nothing to do before a stage is known: it offers search, never a pretend action.
    expect(now.length).toBeGreaterThanOrEqual(o.verdict === 'no-answer' && !page.stage ? 0 : 1);
    expect(now.length).toBeLessThanOrEqual(3);
    for (const line of now) expect(numbersOutsideFacts(line), line).toEqual([]);
    if (page.stage) {
      // The stage's own action (or an override written for this stage) is part of 现在就做.
      const stageLines = stageAdvice.get(page.stage)?.verdicts[o.verdict] ?? [];
      const override = o.byStage[page.stage];
      expect(override ?? stageLines, `${page.outcome}@${page.stage}: no advice for this stage`).not.toEqual([]);
      if (!override) expect(now).toEqual(expect.arrayContaining(stageLines.slice(0, 3 - Math.min(o.steps.length, 2))));
      // The deadline that runs in this stage is the first rule the page shows: the stage's, unless the
      // outcome names the one that runs for it instead (an unshipped order's), and then only that one.
      const own = o.deadlineByStage?.[page.stage];
      expect(deadlineFactsFor(o, page.stage)[0]).toBe((own ?? stageAdvice.get(page.stage)?.deadlineFacts)?.[0]);
      if (own) expect(stageDeadlineFacts(o, page.stage)).not.toContain(stageAdvice.get(page.stage)?.deadlineFacts[0]);
    }
    if (page.stage === 'intervention') {
      expect(pageText(o, page.stage)).not.toMatch(avoidIntervention);
      // Issue 22: once the platform has the case, nothing speaks of intervention as still ahead.
      expect(pageText(o, page.stage)).not.toMatch(/走到介入|介入前|申请介入前|会申请介入|再申请介入/);
      expect(deadlineFactsFor(o, page.stage)).toEqual(expect.arrayContaining(['evidence-window', 'evidence-one-chance', 'evidence-image-limit']));
      // 现在就做 opens with the evidence deadline.
      expect(deadlineLine(o, page.stage)).toMatch(/截止|举证/);
      // Once in 举证, "还差一步" would read as "wait": the stage names it as submit-now.
      if (o.verdict === 'not-yet') expect(stageAdvice.get('intervention')?.labels['not-yet']).toMatch(/先交/);
    }
    if (stageById(page.stage)?.closed) expect(o.verdict).toBe('too-late');
  });

  it('the same outcome reached in two stages says something different to do now', () => {
    const byOutcome = new Map<string, string[]>();
    for (const p of pages) byOutcome.set(p.outcome, [...(byOutcome.get(p.outcome) ?? []), p.stage ?? '-']);
    let compared = 0;
    for (const [id, stages] of byOutcome) {
      const o = outcomes.get(id)!;
      const texts = stages.filter((s) => s !== '-').map((s) => nowSteps(o, s as (typeof STAGE_IDS)[number]).join('|'));
      expect(new Set(texts).size, `${id}: ${stages.join(', ')}`).toBe(texts.length);
      compared += texts.length > 1 ? 1 : 0;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('no outcome text tells a seller to avoid intervention, or prints a rule value instead of citing a fact', () => {
    for (const o of content.outcomes) {
      const text = [o.title, o.summary, ...o.reasons, ...o.steps, ...Object.values(o.byStage).flat()].join('\n');
      expect(text, o.id).not.toMatch(avoidIntervention);
      expect(numbersOutsideFacts(text), o.id).toEqual([]);
      // R1: a refund can happen without the seller (timers, pickup scan): never say it cannot.
      expect(text, o.id).not.toMatch(/不会自动|退款不会发生/);
      // R5: every intervened order counts in 介入率, won or lost.
      expect(text, o.id).not.toMatch(/输掉.{0,6}(计入|记入)介入率/);
    }
    for (const a of stageAdvice.values()) {
      const text = [...Object.values(a.verdicts).flat(), ...Object.values(a.strength)].join('\n');
      expect(text, a.stage).not.toMatch(a.stage === 'intervention' ? avoidIntervention : /$^/);
      expect(numbersOutsideFacts(text), a.stage).toEqual([]);
    }
  });

  it('"为什么" says only answers every way to the page shares; the others wait for the address', () => {
    const page = pages.find((p) => p.outcome === 'settle-quality' && p.stage === 'applied')!;
    const lines = saidLines(flow, page.paths);
    const certain = lines.filter((l) => l.certain).map((l) => l.key);
    expect(certain).toEqual(['situation.order', 'type.quality']);
    // 刚申请 or 不确定, 确实有问题 or 拿不出证明: never printed together as if the seller had said both.
    expect(lines.filter((l) => !l.certain).map((l) => l.key)).toEqual(
      expect.arrayContaining(['stage.applied', 'stage.unsure', 'quality-proof.real', 'quality-proof.no-proof']),
    );
    for (const l of lines) {
      expect(l.text).toMatch(/^[^。]+。$/);
      expect(l.text, l.text).not.toMatch(/我/);
    }
  });

  it('"什么会改变这个结论" links the other answers of the last question, in the same stage', () => {
    const page = pages.find((p) => p.outcome === 'settle-empty-parcel' && p.stage === 'intervention')!;
    expect(flips(flow, page)).toEqual([
      expect.objectContaining({ answer: '有打包视频（最好也有称重）', href: '/check/result/apply-empty-parcel/intervention/', to: { kind: 'outcome', id: 'apply-empty-parcel' } }),
      expect.objectContaining({ answer: '没有视频，但有称重照片或快递揽收重量', href: '/check/result/apply-empty-parcel-weight/intervention/' }),
    ]);
    const tag = pages.find((p) => p.outcome === 'settle-return-opened' && p.stage === 'return-arrived')!;
    expect(flips(flow, tag).map((f) => f.href)).toEqual(['/check/return-arrived/return-proof/', '/check/return-arrived/return-proof/', '/check/return-arrived/damage-proof/']);
    for (const p of pages) for (const f of flips(flow, p)) expect(f.href.startsWith('/check/'), f.href).toBe(true);
  });

  it('"什么会改变这个结论" covers every way to the page, and a stage change counts as a change', () => {
    const both = pages.find((p) => p.outcome === 'courier-claim' && p.stage === 'applied')!;
    const questionsAsked = new Set(flips(flow, both).map((f) => f.question));
    expect(questionsAsked).toEqual(new Set(['纠纷类型', '物流状态', '退回情况']));
    const f = fixture([q('s', [opt('a', { outcome: 'o-x', stage: 'applied' }), opt('i', { outcome: 'o-x', stage: 'intervention' })])], ['o-x']);
    const page = resultPages(f).find((p) => p.stage === 'applied')!;
    expect(flips(f, page)).toEqual([{ question: 's', answer: 'i', href: '/check/result/o-x/intervention/', to: { kind: 'outcome', id: 'o-x' } }]);
  });
});

describe('result advice on fixtures', () => {
  const base = content.outcomes.find((o) => o.id === 'apply-empty-parcel')!;
  const outcome = (over: Partial<typeof base>) => ({ ...base, steps: ['甲', '乙'], byStage: {}, strength: undefined, refundOnly: undefined, deadlineFacts: ['f-own', 'f-shared'], ...over });
  const advice = new Map<StageId, StageAdvice>([
    [
      'applied' as const,
      {
        stage: 'applied' as const,
        deadlineFacts: ['f-stage', 'f-shared'],
        where: '某处',
        verdicts: { apply: ['阶段一', '阶段二'], settle: ['和解'] },
        strength: { apply: '阶段的说法' },
        labels: {},
      },
    ],
  ]);
  it('puts the outcome steps first, then the stage, never more than three', () => {
    expect(nowSteps(outcome({}), 'applied', advice)).toEqual(['甲', '乙', '阶段一']);
    expect(nowSteps(outcome({ steps: [] }), 'applied', advice)).toEqual(['阶段一', '阶段二']);
  });
  it('puts settling in the stage first when the advice is to settle', () => {
    expect(nowSteps(outcome({ verdict: 'settle' }), 'applied', advice)).toEqual(['和解', '甲', '乙']);
  });
  it('uses a stage override as written, and only the outcome steps without a stage', () => {
    expect(nowSteps(outcome({ byStage: { applied: ['只此一条'] } }), 'applied', advice)).toEqual(['只此一条']);
    expect(nowSteps(outcome({ byStage: { intervention: ['别处'] } }), undefined, advice)).toEqual(['甲', '乙']);
    expect(nowSteps(outcome({}), 'expired', advice)).toEqual(['甲', '乙']);
  });
  it('says how strong the case is: the outcome first, then the stage, then the verdict', () => {
    expect(strengthOf(outcome({ strength: '自己的说法' }), 'applied', advice)).toBe('自己的说法');
    expect(strengthOf(outcome({}), 'applied', advice)).toBe('阶段的说法');
    expect(strengthOf(outcome({ verdict: 'settle' }), 'applied', advice)).toBe('凭证不足，争下去多半会输');
    expect(strengthOf(outcome({}), undefined, advice)).toBe('凭证够硬，有依据争取');
  });
  it('lists the stage deadline first and every rule once', () => {
    expect(deadlineFactsFor(outcome({}), 'applied', advice)).toEqual(['f-stage', 'f-shared', 'f-own']);
    expect(deadlineFactsFor(outcome({}), undefined, advice)).toEqual(['f-own', 'f-shared']);
  });
});

describe('important routes', () => {
  const outcomeOf = (...pairs: string[]) => {
    const r = walk(flow, steps(...pairs));
    if (!r.ok) throw new Error(r.message);
    return { id: r.at.id, stage: r.stage, o: outcomes.get(r.at.id)! };
  };
  it('in intervention a weak case is told to settle on the evidence page, not to avoid intervention', () => {
    const { o, stage } = outcomeOf('situation.order', 'stage.intervention', 'type.refund-only-abuse', 'roa-proof.no');
    expect(nowSteps(o, stage)[0]).toMatch(/举证页面.*同意退款/);
  });
  it('in intervention a missing item is chased only if it can arrive in time; otherwise submit what there is', () => {
    const { o, stage } = outcomeOf('situation.order', 'stage.intervention', 'type.counterfeit', 'cf-proof.ask');
    expect(nowSteps(o, stage).join('')).toMatch(/来不及.*交上去/);
  });
  it('a parcel at a station asks for the pickup record first', () => {
    expect(outcomeOf('situation.order', 'stage.applied', 'type.not-received', 'nr-tracking.station', 'station-record.not-asked').id).toBe('not-yet-station-record');
  });
  it('a cut tag without video keeps the law and is not sent to a transit-damage page', () => {
    const { id, o } = outcomeOf('situation.order', 'stage.return-arrived', 'type.return-damaged', 'return-condition.tag', 'return-proof.no-video');
    expect(id).toBe('settle-return-not-intact');
    expect(o.deadlineFacts).toContain('law-intact-definition');
    expect(o.channels).not.toContain('courier-claim');
  });
  it('customised goods: reject the no-reason return, citing the law', () => {
    const { o } = outcomeOf('situation.order', 'stage.applied', 'type.custom-return');
    expect(o.verdict).toBe('apply');
    expect(o.deadlineFacts).toContain('law-seven-day-return');
  });
  it('transit loss: the seller carries the risk toward the buyer', () => {
    const { o } = outcomeOf('situation.order', 'stage.applied', 'type.transit-lost');
    expect(o.deadlineFacts).toContain('law-transit-risk');
    expect(o.summary).toMatch(/先退款或补发/);
  });
  it('a serial buyer: report the buyer while handling this order', () => {
    const { o, stage } = outcomeOf('situation.order', 'stage.applied', 'type.serial-buyer');
    expect(o.channels).toContain('report-buyer');
    expect(nowSteps(o, stage).join('')).toMatch(/这一单/);
  });
});

describe('answers in the URL', () => {
  const path = steps('situation.order', 'stage.intervention', 'type.empty-parcel');

  it('round-trips a path', () => {
    const encoded = encodeAnswers(path);
    expect(encoded).toBe('situation.order~stage.intervention~type.empty-parcel');
    expect(decodeAnswers(flow, encoded, { node: 'empty-proof', stage: 'intervention' })).toEqual({
      ok: true,
      path,
      at: { kind: 'question', id: 'empty-proof' },
      stage: 'intervention',
    });
  });

  it('builds addresses for questions and outcomes, with the stage in them', () => {
    expect(hrefFor(flow, { at: { kind: 'question', id: 'situation' }, stage: undefined }, [])).toBe('/check/');
    expect(hrefFor(flow, { at: { kind: 'question', id: 'stage' }, stage: undefined }, steps('situation.order'))).toBe('/check/ask/stage/?a=situation.order');
    expect(hrefFor(flow, { at: { kind: 'question', id: 'empty-proof' }, stage: 'intervention' }, path)).toBe(
      '/check/intervention/empty-proof/?a=situation.order~stage.intervention~type.empty-parcel',
    );
    expect(hrefFor(flow, { at: { kind: 'outcome', id: 'too-late-expired' }, stage: 'expired' }, steps('situation.order', 'stage.expired'))).toBe(
      '/check/result/too-late-expired/expired/?a=situation.order~stage.expired',
    );
  });

  it('summarises answers with links that change them, in the stage each was asked in', () => {
    const lines = summary(flow, [...path, { question: 'empty-proof', option: 'video' }]);
    expect(lines.map((l) => l.question)).toEqual(['情况', '进度', '纠纷类型', '发货凭证']);
    expect(lines[0]?.changeHref).toBe('/check/');
    expect(lines[1]?.changeHref).toBe('/check/ask/stage/?a=situation.order');
    expect(lines[2]?.changeHref).toBe('/check/intervention/type/?a=situation.order~stage.intervention');
    expect(lines[3]?.changeHref).toBe('/check/intervention/empty-proof/?a=situation.order~stage.intervention~type.empty-parcel');
  });

  it('a page opened without answers is fine; an unknown page is not', () => {
    expect(decodeAnswers(flow, null, { node: 'type', stage: 'applied' })).toMatchObject({ ok: true, path: [], at: { id: 'type' }, stage: 'applied' });
    expect(decodeAnswers(flow, '', { node: 'no-such-node', stage: undefined })).toMatchObject({ ok: false });
    expect(decodeAnswers(flow, '')).toMatchObject({ ok: true, at: { id: 'situation' } });
  });

  const forged: [string, { node: string; stage: (typeof STAGE_IDS)[number] | undefined } | undefined, RegExp][] = [
    // L8: a message names the option in words, or says plainly that the answer is unknown; never a raw id.
    ['situation.nope', undefined, /问题「情况」里没有链接中的这个回答/],
    ['stage.nope', undefined, /对不上/],
    ['ghost.x', undefined, /对不上/],
    ['type.quality', undefined, /对不上/],
    ['stage.applied~stage.applied', undefined, /对不上/],
    ['situation.order~stage.applied~type.swapped-return', undefined, /在这一步没有「退回来的东西被调包、是空包，或不是我发的」这个选项/],
    ['stage.expired~type.quality', undefined, /对不上/],
    ['stage.intervention', { node: 'empty-proof', stage: 'intervention' }, /对不上/],
    ['stage.intervention~type.empty-parcel', { node: 'empty-proof', stage: 'applied' }, /对不上/],
    ['<script>', undefined, /格式不对/],
    ['stage.applied~', undefined, /格式不对/],
    ['STAGE.APPLIED', undefined, /格式不对/],
    [Array(41).fill('stage.applied').join('~'), undefined, /格式不对/],
    ['x'.repeat(5000), undefined, /格式不对/],
  ];
  it.for(forged)('rejects %s with a clear message and never throws', ([param, page, message]) => {
    const result = decodeAnswers(flow, param, page);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    if (!result.ok) expect(result.message).not.toMatch(/「[a-z0-9-]+」/);
    // The valid part is kept, so the seller can carry on from there or restart.
    expect(['question', 'outcome']).toContain(result.at.kind);
  });

  it('forty answers are still read; forty-one are refused', () => {
    // Boundary of the guard against endless forged paths (no real path is near it).
    expect(walk(flow, Array(40).fill({ question: 'stage', option: 'applied' })).ok).toBe(false);
    expect(walk(flow, Array(40).fill({ question: 'stage', option: 'applied' }))).toMatchObject({ message: expect.stringMatching(/对不上/) });
    expect(walk(flow, Array(41).fill({ question: 'stage', option: 'applied' }))).toMatchObject({ message: expect.stringMatching(/格式不对/) });
    expect(Math.max(...paths.map((p) => p.path.length))).toBeLessThan(10);
  });
});

describe('seeded random walks through the engine', () => {
  // The browser suite walks a few of these paths in Chromium; the engine walks many, fast and without timing.
  it.for(Array.from({ length: 100 }, (_, i) => 1 + i * 104729))('seed %i ends at an outcome with a round-tripping address', (seed) => {
    const random = seededRandom(seed);
    const taken: Step[] = [];
    let pos = { at: { kind: 'question' as 'question' | 'outcome', id: flow.start }, stage: undefined as (typeof STAGE_IDS)[number] | undefined };
    for (let n = 0; n < 50 && pos.at.kind === 'question'; n++) {
      const q = flow.question(pos.at.id);
      expect(q, `seed ${seed}: unknown node ${pos.at.id}`).toBeDefined();
      const options = flow.optionsFor(q!, pos.stage);
      const option = options[Math.floor(random() * options.length)]!;
      taken.push({ question: q!.id, option: option.id });
      pos = flow.next(q!.id, option.id, pos.stage)!;
    }
    expect(pos.at.kind, `seed ${seed} stopped at ${pos.at.id}`).toBe('outcome');
    expect(walk(flow, taken)).toMatchObject({ ok: true, at: pos.at, stage: pos.stage });
    expect(decodeAnswers(flow, encodeAnswers(taken), { node: pos.at.id, stage: pos.stage })).toMatchObject({ ok: true, path: taken });
  });
});

/* ---------- Self-check v3 (issue 22) ---------- */

describe('self-check v3: every situation has a path', () => {
  it('the first question decides the kind of situation, and "none of these" is a real answer', () => {
    const first = flow.question(flow.start)!;
    expect(first.options.map((o) => o.id)).toEqual(['order', 'no-request', 'shop', 'conduct', 'none']);
    expect(first.options.every((o) => o.stage === undefined)).toBe(true);
    expect(walk(flow, steps('situation.none'))).toMatchObject({ ok: true, at: { id: 'none-of-these' }, stage: undefined });
    // In every stage that asks the type question, "这里都不像" is offered and leads to the same honest page.
    for (const stage of ['applied', 'return-agreed', 'return-arrived', 'intervention'] as const) {
      const to = flow.next('type', 'none', stage);
      expect(to, stage).toMatchObject({ at: { kind: 'outcome', id: 'none-of-these' }, stage });
    }
  });

  it('"none of these" never pretends: its own verdict, no evidence, no strength, nothing but the running deadline to do', () => {
    const o = outcomes.get('none-of-these')!;
    expect(o.verdict).toBe('no-answer');
    expect(o.evidence.required.length + o.evidence.helpful.length).toBe(0);
    expect(o.steps).toEqual([]);
    expect(o.summary).toMatch(/还没有答案/);
    expect(o.summary).toMatch(/搜索/);
  });

  it('every review-extortion result says not to pay, in every stage', () => {
    for (const p of pages.filter((x) => x.outcome === 'report-review')) {
      const o = outcomes.get(p.outcome)!;
      expect([o.title, o.summary, ...nowSteps(o, p.stage)].join(''), p.stage ?? '-').toMatch(/别付钱/);
    }
    for (const id of ['complaint-threat']) expect(outcomes.get(id)!.steps.join('')).toMatch(/不要为了撤投诉付钱/);
  });

  it('a seller being insulted is told to report, never to reply in kind, and not sent to "ask the buyer politely"', () => {
    const r = walk(flow, steps('situation.conduct', 'conduct.insults'));
    expect(r).toMatchObject({ ok: true, at: { id: 'report-harassment' } });
    const o = outcomes.get('report-harassment')!;
    expect(o.channels).toContain('report-buyer');
    expect(o.steps.join('')).toMatch(/别回骂/);
    expect(o.steps.join('')).not.toMatch(/礼貌地问清楚/);
  });

  it('out of stock: never a fake shipment', () => {
    const o = outcomes.get('settle-out-of-stock')!;
    const text = [o.summary, ...o.reasons, ...o.steps].join('');
    expect(text).toMatch(/虚假发货/);
    expect(text).not.toMatch(/先填|随便填/);
    expect(o.deadlineFacts).toContain('urge-shipment-window');
  });

  it('B1: every refund-without-return result after receipt starts from the 2025 change', () => {
    const scenarios = ['refund-only-abuse', 'fresh-produce', 'not-received', 'short-wrong', 'empty-parcel', 'quality', 'counterfeit'];
    for (const o of content.outcomes) if (o.scenario && scenarios.includes(o.scenario)) expect(o.refundOnly, o.id).toBe(true);
  });

  it('A2: a station pickup record helps, but the stamped delivery proof stays 必备', () => {
    const o = outcomes.get('apply-not-received-station')!;
    expect(o.evidence.required).toContain('signed-receipt');
    expect(o.summary).not.toMatch(/主证据/);
    expect(o.strength).not.toMatch(/够硬/);
  });

  it('one time limit per result: an unshipped order shows its own limit, not the shipped order’s', () => {
    const o = outcomes.get('settle-unshipped')!;
    expect(stageDeadlineFacts(o, 'applied')).toContain('unshipped-refund-window');
    expect(deadlineFactsFor(o, 'applied')).not.toContain('seller-response-window');
    for (const p of pages) {
      const shown = deadlineFactsFor(outcomes.get(p.outcome)!, p.stage);
      expect(shown.includes('seller-response-window') && shown.includes('unshipped-refund-window'), `${p.outcome}@${p.stage}`).toBe(false);
    }
  });

  it('each page carries only its part of the tree, and that part replays every way to it', () => {
    const start = pageQuestions(flow, flow.start, undefined).map((q) => q.id);
    expect(start).toContain('stage');
    expect(start).not.toContain('type');
    expect(pageQuestions(flow, flow.start, undefined, true).length).toBe(flow.questions.length);
    for (const page of pages) {
      const part = pageQuestions(flow, page.outcome, page.stage);
      const partFlow = createFlow({ questions: part, outcomeIds: namedOutcomes(part), partial: { start: flow.start } });
      expect(part.length, page.outcome).toBeLessThan(flow.questions.length);
      for (const path of page.paths) {
        expect(walk(partFlow, path), `${page.outcome}@${page.stage}: ${encodeAnswers(path)}`).toMatchObject({ ok: true, at: { id: page.outcome }, stage: page.stage });
      }
    }
    for (const p of questionPages(flow)) {
      const part = pageQuestions(flow, p.at.id, p.stage, true);
      const partFlow = createFlow({ questions: part, outcomeIds: namedOutcomes(part), partial: { start: flow.start } });
      // Every answer offered here leads somewhere the island can show or load.
      for (const o of flow.optionsFor(flow.question(p.at.id)!, p.stage)) expect(partFlow.next(p.at.id, o.id, p.stage), `${p.at.id}.${o.id}`).toBeDefined();
    }
  });

  it('an embedded self-check that starts at the stage question carries the answer that leads there', () => {
    expect(leadTo(flow, 'stage')).toEqual([{ question: 'situation', option: 'order' }]);
    expect(leadTo(flow, flow.start)).toEqual([]);
  });
});
