/**
 * The checkers on broken input. `graphProblems` and `integrityProblems` otherwise only ever see the real,
 * correct content, where "no problems" proves nothing: each fixture here breaks one thing and the check
 * must name it.
 */
import { describe, expect, it } from 'vitest';
import { createFlow } from '~/lib/self-check/flow';
import { graphProblems } from '~/lib/self-check/graph';
import { integrityProblems, numbersOutsideFacts, termIdsIn, type ContentBundle, type PageSource } from '~/lib/content/integrity';
import { diamond } from '../support/question-graph';
import type { CheckOutcome, CheckQuestion, EvidenceItem, Fact, FaqEntry, GlossaryTerm } from '../../src/schemas';

/* ---------- the self-check graph ---------- */

/** Targets that are outcomes in these fixtures (an option says `outcome`); anything else is a question (`next`). */
const OUTCOMES = new Set(['end', 'end-1', 'end-2', 'done', 'orphan']);
/** A question from "option id → target" pairs. */
const q = (id: string, ...options: [string, string][]): CheckQuestion => ({
  id,
  title: `${id}？`,
  short: id,
  options: options.map(([oid, to]) => ({ id: oid, label: oid, ...(OUTCOMES.has(to) ? { outcome: to } : { next: to }) })),
});

const problemsOf = (questions: CheckQuestion[], outcomeIds: string[]) => graphProblems(createFlow({ questions, outcomeIds }));

describe('graphProblems on broken graphs', () => {
  const sound = [q('start', ['a', 'mid'], ['b', 'end-1']), q('mid', ['a', 'end-1'], ['b', 'end-2'])];

  it('finds nothing in a small sound graph (the fixtures below each break one thing)', () => {
    expect(problemsOf(sound, ['end-1', 'end-2'])).toEqual([]);
  });

  it('zero starts: every question is the target of some answer', () => {
    const problems = problemsOf([q('one', ['a', 'two'], ['b', 'end']), q('two', ['a', 'one'], ['b', 'end'])], ['end']);
    expect(problems).toContain('自测应当只有一个起点（没有答案指向的问题），现在是：没有');
  });

  it('two starts: two questions that no answer leads to, both named', () => {
    const problems = problemsOf([...sound, q('stray', ['a', 'end-1'], ['b', 'end-2'])], ['end-1', 'end-2']);
    expect(problems).toContain('自测应当只有一个起点（没有答案指向的问题），现在是：start、stray');
    expect(problems).toContain('问题 stray 从起点走不到');
  });

  it('a cycle, with the path that closes it', () => {
    const problems = problemsOf(
      [q('start', ['a', 'one'], ['b', 'end']), q('one', ['a', 'two'], ['b', 'end']), q('two', ['a', 'one'], ['b', 'end'])],
      ['end'],
    );
    expect(problems).toEqual(['有回路：start → one → two → one']);
  });

  it('a question reached twice without a cycle is not a cycle (diamond)', () => {
    expect(problemsOf(diamond(q), ['end'])).toEqual([]);
  });

  it('an outcome that no answer leads to', () => {
    expect(problemsOf(sound, ['end-1', 'end-2', 'orphan'])).toEqual(['结论 orphan 从起点走不到']);
  });

  it('an option that leads nowhere', () => {
    const problems = problemsOf([q('start', ['a', 'end'], ['b', 'nowhere'])], ['end']);
    // The dead answer is not offered as a way on, so the start is left with one real choice.
    expect(problems).toEqual(['问题 start 的选项 b 指向不存在的问题 nowhere']);
    const toMissingOutcome = problemsOf([q('start', ['a', 'end'], ['b', 'orphan'])], ['end']);
    expect(toMissingOutcome).toEqual(['问题 start 的选项 b 指向不存在的结论 orphan']);
  });

  it('duplicate question ids and duplicate option ids', () => {
    const problems = problemsOf([...sound, q('mid', ['a', 'end-1'], ['a', 'end-2'])], ['end-1', 'end-2']);
    expect(problems).toContain('问题 id 重复：mid');
    expect(problems).toContain('问题 mid 的选项 id 重复：a');
    expect(problems.filter((p) => p.includes('重复'))).toHaveLength(2);
  });

  it('a question named like an outcome', () => {
    expect(problemsOf(sound, ['end-1', 'end-2', 'mid'])).toEqual(['问题和结论同名：mid']);
  });

  it('a flow without questions cannot be built', () => {
    expect(() => createFlow({ questions: [], outcomeIds: ['end'] })).toThrow('自测没有任何问题');
  });
});

/* ---------- content cross-references ---------- */

const source = { title: '来源', url: 'https://example.org', kind: 'seo' as const };
const fact = (id: string): Fact => ({
  id,
  claim: '一条规则。',
  display: '48 小时',
  value: 48,
  unit: '小时',
  appliesTo: '测试',
  confidence: 'high',
  sources: [source],
  conflicts: [],
  scope: 'pdd',
  lastChecked: '2026-11-26',
});
const evidence = (id: string, limitFacts: string[] = []): EvidenceItem => ({
  id,
  title: id,
  what: 'w',
  why: 'w',
  how: ['h'],
  good: 'g',
  mistakes: [],
  limitFacts,
  obtainable: 'anytime',
});
const term = (id: string): GlossaryTerm => ({ id, term: id, aliases: [], definition: 'd' });
const faq = (id: string, answer: string, facts: string[] = []): FaqEntry => ({ id, question: `${id}？`, topic: 'evidence', answer, facts, more: '/faq/', asked: [] });
const outcome = (id: string, over: Partial<CheckOutcome> = {}): CheckOutcome => ({
  id,
  verdict: 'apply',
  title: id,
  summary: 's',
  reasons: ['r'],
  deadlineFacts: [],
  steps: ['n'],
  byStage: {},
  evidence: { required: ['ev'], helpful: [] },
  channels: [],
  ...over,
});
const page = (id: string, body: string, data: PageSource['data'] = {}, collection: PageSource['collection'] = 'guide'): PageSource => ({
  collection,
  id,
  body,
  data,
});

const scenarioPage = page('damaged', '破损。', { evidenceRequired: ['ev'], evidenceHelpful: [], outcomes: ['done'], checkType: 'damaged' }, 'scenarios');
/** A small bundle with no problem; each test adds one broken piece. */
const clean: ContentBundle = {
  facts: [fact('window')],
  evidence: [evidence('ev', ['window'])],
  glossary: [term('refund')],
  faq: [faq('how-long', '时限是 {{window}}，以后台为准。', ['window'])],
  questions: [q('type', ['damaged', 'done'], ['lost', 'done'])],
  outcomes: [outcome('done', { scenario: 'damaged' })],
  pages: [
    page('intro', '时限 <Fact id="window" />，见 <Term id="refund">仅退款</Term>。'),
    scenarioPage,
  ],
};
const with_ = (over: Partial<ContentBundle>) => integrityProblems({ ...clean, ...over });

describe('integrityProblems on broken content', () => {
  it('finds nothing in the clean fixture', () => {
    expect(integrityProblems(clean)).toEqual([]);
  });

  it('duplicate ids in every list, each named once', () => {
    const problems = with_({
      facts: [fact('window'), fact('window')],
      evidence: [evidence('ev'), evidence('ev')],
      glossary: [term('refund'), term('refund'), term('refund')],
      faq: [...clean.faq, ...clean.faq],
      outcomes: [outcome('done', { scenario: 'damaged' }), outcome('done')],
    });
    expect(problems).toEqual([
      'facts 中 id 重复：window',
      'evidence 中 id 重复：ev',
      'glossary 中 id 重复：refund',
      'glossary 中 id 重复：refund',
      'faq 中 id 重复：how-long',
      'outcomes 中 id 重复：done',
    ]);
  });

  it('an unknown fact cited in a page, an outcome and a FAQ answer (by list and inline)', () => {
    const problems = with_({
      pages: [page('intro', '见 <Fact id="nope" />。')],
      outcomes: [outcome('done', { deadlineFacts: ['gone'] })],
      faq: [faq('how-long', '时限是 {{missing}}。', ['absent'])],
    });
    expect(problems).toEqual([
      'guide/intro 引用了不存在的事实 nope',
      '结论 done 引用了不存在的事实 gone',
      '常见问题 how-long 引用了不存在的事实 absent',
      '常见问题 how-long 的回答：不存在的事实 missing',
    ]);
  });

  it('a fact without a short value cited for its value, in a page and in data text; as a claim it is fine', () => {
    const noValue = { ...fact('window'), display: undefined, value: undefined, unit: undefined };
    expect(with_({ facts: [noValue] })).toEqual([
      'guide/intro：事实 window 没有简短的值，请写 <Fact id="window" claim />',
      '常见问题 how-long 的回答：事实 window 没有简短的值，请写 {{window:claim}}',
    ]);
    expect(
      with_({
        facts: [noValue],
        faq: [faq('how-long', '规则是 {{window:claim}}', ['window'])],
        pages: [page('intro', '规则 <Fact id="window" claim />。'), scenarioPage],
      }),
    ).toEqual([]);
    expect(with_({ facts: [{ ...noValue, claim: '时限是 {value}。' }], faq: [], pages: [scenarioPage] })).toEqual([
      '事实 window 的说法里有 {value}，却没有 display',
    ]);
  });

  it('an evidence item whose limit fact is missing', () => {
    expect(with_({ evidence: [evidence('ev', ['window', 'photo-limit'])] })).toEqual(['证据 ev 引用了不存在的事实 photo-limit']);
  });

  it('an unknown glossary term, evidence item and outcome in a page', () => {
    const problems = with_({
      pages: [
        page('intro', '<Term id="nobody">x</Term>'),
        page('damaged', '破损。', { evidenceRequired: ['ev', 'req-x'], evidenceHelpful: ['help-x'], outcomes: ['done', 'out-x'] }, 'scenarios'),
      ],
    });
    expect(problems).toEqual([
      'guide/intro 链接了不存在的术语 nobody',
      'scenarios/damaged 引用了不存在的证据 req-x',
      'scenarios/damaged 引用了不存在的证据 help-x',
      'scenarios/damaged 引用了不存在的自测结论 out-x',
    ]);
  });

  it('a scenario whose checkType is not an option of the type question, and one when there is no type question', () => {
    const scenario = page('damaged', '破损。', { checkType: 'stolen' }, 'scenarios');
    expect(with_({ pages: [scenario] })).toEqual(['scenarios/damaged 的 checkType stolen 不是纠纷类型问题的选项']);
    const noType = with_({ questions: [q('start', ['damaged', 'done'], ['lost', 'done'])] });
    expect(noType).toEqual(['scenarios/damaged 的 checkType damaged 不是纠纷类型问题的选项']);
  });

  it('an outcome with unknown evidence, scenario or channel, or no evidence at all', () => {
    const problems = with_({
      outcomes: [
        outcome('done', {
          evidence: { required: ['ev', 'req-x'], helpful: ['help-x'] },
          scenario: 'guide-only',
          channels: ['settle', 'carrier-pigeon'],
        }),
      ],
      pages: [page('guide-only', '无。')],
      questions: [q('start', ['a', 'done'], ['b', 'done'])],
    });
    expect(problems).toEqual([
      '结论 done 引用了不存在的证据 req-x',
      '结论 done 引用了不存在的证据 help-x',
      '结论 done 指向不存在的场景 guide-only',
      '结论 done 的渠道 carrier-pigeon 未定义',
    ]);
    const bare = outcome('done', { evidence: { required: [], helpful: [] } });
    expect(with_({ outcomes: [bare] })).toEqual(['结论 done 没有任何证据项']);
    // Too late: there is nothing left to prove, so no evidence is fine.
    expect(with_({ outcomes: [{ ...bare, verdict: 'too-late' }] })).toEqual([]);
    expect(with_({ outcomes: [{ ...bare, evidence: { required: [], helpful: ['ev'] } }] })).toEqual([]);
  });

  it('a bare number in prose and in a FAQ answer, but not inside a cited fact', () => {
    expect(with_({ pages: [page('intro', '商家有48小时处理。'), scenarioPage] })).toEqual([
      'guide/intro 的正文直接写了数字「48小时」，请改用 <Fact id="…" />',
    ]);
    expect(with_({ faq: [faq('how-long', '一般 3 天，见 {{window}}。')] })).toEqual([
      '常见问题 how-long 的回答 直接写了数字「3 天」，请改用 {{事实 id}}',
    ]);
    // Text on both sides of a citation is checked.
    expect(with_({ faq: [faq('how-long', '{{window}}后再等 5 张。')] })).toEqual([
      '常见问题 how-long 的回答 直接写了数字「5 张」，请改用 {{事实 id}}',
    ]);
    // The words around a citation are read with a space where the citation was.
    expect(with_({ faq: [faq('how-long', '最多3{{window}}张')] })).toEqual([
      '常见问题 how-long 的回答 直接写了数字「3 张」，请改用 {{事实 id}}',
    ]);
  });

  it('the graph is checked too, and an empty self-check is a problem', () => {
    expect(with_({ questions: [q('type', ['damaged', 'done'], ['lost', 'nowhere'])] })).toEqual([
      '问题 type 的选项 lost 指向不存在的问题 nowhere',
    ]);
    expect(with_({ questions: [], pages: [page('intro', '无。')], outcomes: [outcome('done')] })).toEqual(['自测没有任何问题']);
  });
});

describe('numbersOutsideFacts, unit by unit', () => {
  it.each(['小时', '个工作日', '天', '日', '张', '%', '％', '倍'])('a digit before %s is a bare number', (unit) => {
    expect(numbersOutsideFacts(`大约 12${unit}左右`)).toEqual([`12${unit}`]);
    expect(numbersOutsideFacts(`大约 １２ ${unit}左右`)).toEqual([`１２ ${unit}`]);
    expect(numbersOutsideFacts(`大约 1.25${unit}左右`)).toEqual([`1.25${unit}`]);
  });

  it('Chinese numerals count before hours, working days and days', () => {
    expect(numbersOutsideFacts('二十四 小时内')).toEqual(['二十四 小时']);
    expect(numbersOutsideFacts('十五个工作日')).toEqual(['十五个工作日']);
    expect(numbersOutsideFacts('十五天内')).toEqual(['十五天']);
    expect(numbersOutsideFacts('七天无理由')).toEqual([]);
    // A Chinese numeral only counts right before the unit: "一个" is not a count of hours.
    expect(numbersOutsideFacts('一个半小时')).toEqual([]);
  });

  it('a number without a unit, or a unit without a number, is fine', () => {
    expect(numbersOutsideFacts('订单号 12345，几天后')).toEqual([]);
  });

  it('strips every {…} expression, not only the first, and every cited fact and import line', () => {
    expect(numbersOutsideFacts('{a} 与 {b} 和 {c}')).toEqual([]);
    expect(numbersOutsideFacts('{x} 不算 {"3天"} 也不算 {"5张"}')).toEqual([]);
    expect(numbersOutsideFacts('{x} 但 3天 算')).toEqual(['3天']);
    expect(numbersOutsideFacts('<Fact id="a" note="3天" /> 与 <Fact id="b" note="5张" />')).toEqual([]);
    expect(numbersOutsideFacts('import X from "../unit/3天.mjs";\nimport Y from "../unit/5张.mjs";\n正文')).toEqual([]);
    // Only a line that starts with import is an import; prose mentioning "import" keeps its numbers.
    expect(numbersOutsideFacts('正文 import 3天')).toEqual(['3天']);
    // A self-closing Fact is removed; anything after its end is prose again.
    expect(numbersOutsideFacts('<Fact id="a" />3天')).toEqual(['3天']);
    // A number cut off from its unit by a citation or an expression is still a bare number.
    expect(numbersOutsideFacts('最多3<Fact id="a" />张')).toEqual(['3张']);
    expect(numbersOutsideFacts('最多3{x}张')).toEqual(['3张']);
  });
});

describe('termIdsIn', () => {
  it('finds ids whatever the attribute order and quotes, once each', () => {
    expect(termIdsIn('<Term id="a">x</Term> <Term  class="k" id=\'b\'>y</Term> <Term id="a">z</Term>')).toEqual(['a', 'b']);
  });
  it('does not read past the end of a tag', () => {
    expect(termIdsIn('<Term>x</Term> <span id="c">y</span>')).toEqual([]);
  });
  it('needs a space after the tag name', () => {
    expect(termIdsIn('<Termid="a">x</Term>')).toEqual([]);
  });
});

describe('integrityProblems reads every text of the data files, and says which', () => {
  const bare = (n: number) => `约 ${n} 天`;
  it('a glossary definition', () => {
    expect(with_({ glossary: [{ ...term('refund'), definition: bare(3) }] })).toEqual(['术语 refund 的解释 直接写了数字「3 天」，请改用 {{事实 id}}']);
  });
  it('each text of an evidence item, counted from 1: what, why, good, how, mistakes', () => {
    const ev: EvidenceItem = { ...evidence('ev', ['window']), what: bare(1), why: bare(2), good: bare(3), how: ['无', bare(4)], mistakes: [bare(5)] };
    expect(with_({ evidence: [ev] })).toEqual(
      [[1, 1], [2, 2], [3, 3], [5, 4], [6, 5]].map(([i, n]) => `证据 ev 的第 ${i} 段文字 直接写了数字「${n} 天」，请改用 {{事实 id}}`),
    );
  });
  it('each text of an outcome, counted from 1: summary, reasons, steps, stage steps, strength', () => {
    const o = outcome('done', { scenario: 'damaged', summary: bare(1), reasons: [bare(2)], steps: [bare(3)], byStage: { applied: [bare(4)] }, strength: bare(5) });
    expect(with_({ outcomes: [o] })).toEqual([1, 2, 3, 4, 5].map((n) => `结论 done 的第 ${n} 段文字 直接写了数字「${n} 天」，请改用 {{事实 id}}`));
  });
});

describe('numbersOutsideFacts and dates', () => {
  it('a calendar date, with or without spaces and a year, is no rule value', () => {
    expect(numbersOutsideFacts('2021 年 2 月 4 日起，到 11月26日，2026年12月31日')).toEqual([]);
    // The whole date goes: no digit of it is left to read with the words after it.
    expect(numbersOutsideFacts('11月26日天亮前')).toEqual([]);
  });
  it('the date is cut out, so a number and a unit on both sides of it meet', () => {
    expect(numbersOutsideFacts('7 3月4日天')).toEqual(['7 天']);
  });
});
