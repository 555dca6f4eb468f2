/**
 * Survivors of `npx stryker run --mutate src/lib/checklist*.ts`: the verdict's exact words in each
 * stage (and with no stage), items the catalogue does not know, the plain text of a list without
 * helpful items, the share link's label, the one-type catalogue, and a forged checklist address.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogFor, findType, type ChecklistCatalog, type DisputeType } from '~/lib/checklist/catalog';
import { parseShareParams, shareHref } from '~/lib/checklist/share-link';
import { assess } from '~/lib/checklist/verdict';
import { workingLine, type AssessInput } from '~/lib/checklist/progress';
import { toPlainText } from '~/lib/checklist/export';
import { LABEL_MAX } from '~/lib/checklist/case';
import { stageById, type StageId } from '~/lib/shared/stages';
import type { CheckOutcome, EvidenceItem } from '../../src/schemas';

/** Three required items, one of each kind of obtainability; `ghost` is a required id the catalogue lacks. */
const type: DisputeType = { kind: 'scenario', id: 's', title: '测试纠纷', required: ['video', 'return', 'chat'], helpful: ['extra'] };
const items: AssessInput['items'] = {
  video: { title: '打包视频', obtainable: 'before-shipping' },
  return: { title: '拆包视频', obtainable: 'at-return-unpacking' },
  chat: { title: '聊天记录', obtainable: 'anytime' },
};
const input = (ticked: string[], lacking: string[], stage: StageId | undefined, over: Partial<AssessInput> = {}): AssessInput => ({
  type,
  items,
  ticked: new Set(ticked),
  lacking: new Set(lacking),
  stage: stageById(stage),
  asked: false,
  ...over,
});

describe('assess, word for word', () => {
  it('decided and expired each have their own closing line', () => {
    expect(assess(input([], [], 'decided'))).toEqual({
      kind: 'closed',
      headline: '平台已经判定：这份清单改变不了这笔订单的结果。后台如果还有补充材料的入口，就按它整理；否则留作下一笔订单的准备。',
    });
    expect(assess(input([], [], 'expired'))).toEqual({ kind: 'closed', headline: '处理时限已经过了：这份清单改变不了这笔订单的结果，留作下一笔订单的准备。' });
  });

  it('with no stage: a return can still be filmed, a packing video cannot', () => {
    expect(assess(input(['chat'], ['video', 'return'], undefined))).toEqual({
      kind: 'verdict',
      strength: 'weak',
      headline: '证据薄弱：必备凭证缺 2 项，走到介入很可能输，考虑和买家协商。',
      lines: ['还能补的，先补：“拆包视频”。举证机会只有一次。', '已经拿不到的：“打包视频”。用其他凭证把事情说清楚。'],
    });
    expect(workingLine(input([], [], undefined))).toBe('还有 3 项必备凭证没标“有”或“没有”。逐项标完，这里会判断证据够不够。');
  });

  it('before intervention: ready has no further lines; partial names only what can still be got', () => {
    expect(assess(input(['video', 'return', 'chat'], [], 'applied'))).toEqual({
      kind: 'verdict',
      strength: 'ready',
      headline: '必备凭证已齐：可以去举证了，提交前再核对一遍平台要求的类型。',
      lines: [],
    });
    expect(assess(input(['video', 'return'], ['chat'], 'applied'))).toEqual({
      kind: 'verdict',
      strength: 'partial',
      headline: '还不够：必备凭证缺 1 项。',
      lines: ['还能补的，先补：“聊天记录”。举证机会只有一次。'],
    });
  });

  it('an item the catalogue does not know is named by its id and counted as obtainable', () => {
    const ghost = { ...type, required: ['video', 'ghost'] };
    expect(assess({ ...input(['video'], ['ghost'], 'applied'), type: ghost })).toMatchObject({ lines: ['还能补的，先补：“ghost”。举证机会只有一次。'] });
  });

  it('in intervention: ready is one honest line; partial has no "agree to refund" line; nothing lost, nothing said about it', () => {
    expect(assess(input(['video', 'return', 'chat'], [], 'intervention'))).toEqual({
      kind: 'verdict',
      strength: 'ready',
      headline: '现在就提交：在举证截止前把你已有的凭证交上去，最有力的放在前面，不超过上传张数上限。举证只有一次。',
      lines: ['证据较强：必备凭证都有。'],
    });
    expect(assess(input(['video', 'return'], ['chat'], 'intervention'))).toEqual({
      kind: 'verdict',
      strength: 'partial',
      headline: '截止前一次交齐：举证只有一次，还能拿到的先去要，来不及就交手上已有的，最有力的放在前面，不超过上传张数上限。',
      lines: ['证据一般：必备凭证缺 1 项。', '还能拿到的先去要：“聊天记录”。给自己留出提交的时间：快到截止还没拿到，就用手上的一次交齐，不要等到超时。'],
    });
    expect(assess(input(['chat'], ['video', 'return'], 'intervention'))).toEqual({
      kind: 'verdict',
      strength: 'weak',
      headline: '现在就提交：在举证截止前把你已有的凭证交上去，最有力的放在前面，不超过上传张数上限。举证只有一次。',
      lines: ['证据较弱：必备凭证缺 2 项，判给你的可能不大。', '已经拿不到的：“打包视频”、“拆包视频”。这不妨碍现在提交。', '如果判断赢面小，举证页上也可以选择同意退款，免得拖到判定。'],
    });
  });
});

describe('plain text and share link', () => {
  const catalog: ChecklistCatalog = {
    items: { video: { id: 'video', title: '打包视频', what: '', why: '', how: [], good: '', mistakes: [], limits: [], obtainable: 'before-shipping' } },
    types: [type],
  };
  it('a list without helpful items has no helpful section; an item the catalogue lacks shows its id', () => {
    const noHelpful = { ...type, required: ['video', 'ghost'], helpful: [] };
    expect(toPlainText(catalog, noHelpful, new Set(['video']), '', undefined)).toBe(
      ['证据清单：测试纠纷', '已准备 1 / 2，必备项还差 1 项', '', '必备：', '[x] 打包视频', '[ ] ghost', '', '（售后介入指南，与拼多多无关联；时限以商家后台为准）'].join('\n'),
    );
    expect(toPlainText(catalog, { ...type, required: ['video'], helpful: ['ghost'] }, new Set(), '', undefined).split('\n').slice(3)).toEqual([
      '必备：',
      '[ ] 打包视频',
      '',
      '有帮助：',
      '[ ] ghost',
      '',
      '（售后介入指南，与拼多多无关联；时限以商家后台为准）',
    ]);
  });

  it('a label of spaces is no label; a label is sent trimmed', () => {
    expect(shareHref(type, [], '   ')).toBe('/checklist/?scenario=s');
    expect(shareHref(type, [], ' 张三 ')).toBe('/checklist/?scenario=s&label=%E5%BC%A0%E4%B8%89');
  });
});

describe('catalogue', () => {
  const evidence = (id: string, limitFacts: string[]): EvidenceItem => ({ id, title: id, what: 'w', why: 'w', how: [], good: 'g', mistakes: [], limitFacts, obtainable: 'anytime' });
  const outcome = (id: string, required: string[], scenario?: string, helpful: string[] = []): CheckOutcome => ({
    id,
    verdict: 'apply',
    title: `结论 ${id}`,
    summary: 's',
    reasons: [],
    deadlineFacts: [],
    steps: [],
    byStage: {},
    evidence: { required, helpful },
    channels: [],
    ...(scenario ? { scenario } : {}),
  });
  const catalog = () =>
    buildCatalog({
      evidence: [evidence('a', ['no-such-fact']), evidence('b', []), evidence('c', [])],
      outcomes: [outcome('o1', ['a'], 'x'), outcome('o2', []), outcome('o3', ['c']), outcome('o4', [], undefined, ['b'])],
      scenarios: [
        { id: 'x', title: 'X', required: ['a'], helpful: ['b'] },
        { id: 'y', title: 'Y', required: ['c'], helpful: [] },
      ],
      facts: new Map(),
    });

  it('lists scenarios, then outcomes that need evidence, with the scenario they belong to', () => {
    expect(catalog().types.map((t) => [t.kind, t.id, t.title, t.scenario, t.required, t.helpful])).toEqual([
      ['scenario', 'x', 'X', 'x', ['a'], ['b']],
      ['scenario', 'y', 'Y', 'y', ['c'], []],
      ['outcome', 'o1', '结论 o1', 'x', ['a'], []],
      ['outcome', 'o3', '结论 o3', undefined, ['c'], []],
      ['outcome', 'o4', '结论 o4', undefined, [], ['b']],
    ]);
    expect('scenario' in (catalog().types[3] ?? {})).toBe(false);
  });

  it('an upload limit whose fact is missing is left out', () => {
    expect(catalog().items.a?.limits).toEqual([]);
  });

  it('finds a type by kind and id together', () => {
    expect(findType(catalog(), 'scenario', 'x')?.title).toBe('X');
    expect(findType(catalog(), 'outcome', 'x')).toBeUndefined();
  });

  it('catalogFor keeps just one type and its items; an unknown type is an error', () => {
    const c = catalog();
    expect(catalogFor(c, 'scenario', 'x')).toEqual({ items: { a: c.items.a, b: c.items.b }, types: [c.types[0]] });
    expect(() => catalogFor(c, 'outcome', 'x')).toThrow('清单里没有「outcome:x」');
  });
});

describe('a forged checklist address', () => {
  const catalog: ChecklistCatalog = { items: {}, types: [{ ...type, required: ['a', 'b'], helpful: [] }] };
  const parse = (q: string) => parseShareParams(q, catalog);

  it('a repeated label is refused', () => {
    expect(parse('scenario=s&label=a&label=b')).toEqual({ ok: false, message: '清单链接里的勾选项、阶段或案件名称重复出现，可能被改动过。' });
  });

  it('ticks up to every item are read; more ticks than items are refused', () => {
    expect(parse('scenario=s&ticks=a.b')).toMatchObject({ ok: true, shared: { ticked: ['a', 'b'] } });
    expect(parse('scenario=s&ticks=a.b.a')).toMatchObject({ ok: false });
    expect(parse('scenario=s&ticks=a.a')).toMatchObject({ ok: true, shared: { ticked: ['a'] } });
  });

  it('the label is trimmed, absent is empty, and over the limit is refused', () => {
    expect(parse('scenario=s&label=%20x%20')).toMatchObject({ ok: true, shared: { label: 'x' } });
    expect(parse('scenario=s')).toMatchObject({ ok: true, shared: { label: '' } });
    expect(parse(`scenario=s&label=${'x'.repeat(LABEL_MAX)}`)).toMatchObject({ ok: true });
    expect(parse(`scenario=s&label=${'x'.repeat(LABEL_MAX + 1)}`)).toEqual({ ok: false, message: '清单链接里的案件名称太长。' });
  });

  it('a long unknown type or stage is quoted at 40 characters', () => {
    const long = 'z'.repeat(50);
    expect(parse(`scenario=${long}`)).toEqual({ ok: false, message: `清单链接里的纠纷类型「${'z'.repeat(40)}」不存在，可能是旧链接或被改动过。` });
    expect(parse(`scenario=s&stage=${long}`)).toMatchObject({
      ok: true,
      notice: `清单链接里的阶段「${'z'.repeat(40)}」不认识，可能是旧链接或被改动过。清单照常显示；请在下面选择你现在的阶段。`,
    });
  });

  it('an outcome address reads the outcome', () => {
    const both: ChecklistCatalog = { items: {}, types: [...catalog.types, { ...type, kind: 'outcome', id: 'o' }] };
    expect(parseShareParams('outcome=o', both)).toMatchObject({ ok: true, shared: { type: { kind: 'outcome', id: 'o' } } });
  });
});
