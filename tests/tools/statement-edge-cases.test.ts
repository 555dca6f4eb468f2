/**
 * Survivors of the mutation run in statement.ts, on a small template made for the purpose: a fact with
 * part of its evidence, evidence cited twice, a fact with none, a stage-only fact, a closing with a field,
 * and every way a saved draft can be the wrong shape.
 */
import { parseSavedStatement } from '~/lib/tools/statement-draft';
import { setAsideKey } from '~/lib/shared/storage';
import { describe, expect, it } from 'vitest';
import {
  closingAt, composeStatement, evidenceGap, fill, gapsIn, placeholdersIn,
  type StatementTemplate,
} from '~/lib/tools/statement';

const template: StatementTemplate = {
  id: 'empty-parcel',
  title: '空包',
  opening: '订单 {orderNo}：',
  facts: [
    { text: '{shipDate} 发货', evidence: [] },
    { text: '发货称重 {shipWeight}', evidence: ['w', 'v'] },
    { text: '快递称重一致', evidence: ['w'] },
    { text: '开箱录像完整', evidence: ['v'] },
    { text: '订单 {orderNo} 已介入', evidence: [], stages: ['intervention'] },
  ],
  closings: [{ stages: ['intervention'], text: '请核实 {trackingNo}。' }],
};
const generic: StatementTemplate = {
  id: 'generic',
  title: '通用',
  opening: '',
  facts: [],
  closings: [
    { stages: ['applied'], text: '通用收尾。' },
    { stages: ['decided'], text: '已判定。' },
  ],
};
const evidenceTitles = { w: '称重照片', v: '打包视频' };

describe('composing a statement', () => {
  it('numbers facts from 1, cites evidence once by number, shows a gap for missing evidence, drops a fact with none of its own', () => {
    const r = composeStatement({
      template,
      generic,
      stage: 'intervention',
      fields: { orderNo: ' 1  2\n3 ', shipDate: '11月20日' },
      have: ['w'],
      evidenceTitles,
    });
    expect(r.text).toBe(
      [
        '订单 1 2 3：',
        '1. 11月20日 发货',
        '2. 发货称重 【请填写：发货称重】（见凭证 1、【缺凭证：打包视频】）',
        '3. 快递称重一致（见凭证 1）',
        '4. 订单 1 2 3 已介入',
        '请核实 【请填写：快递单号】。',
        '附凭证：',
        '凭证 1：称重照片',
      ].join('\n'),
    );
    expect(r.evidence).toEqual([{ n: 1, id: 'w', title: '称重照片' }]);
    expect(r.missingFields).toEqual(['发货称重', '快递单号']);
    expect(r.missingEvidence).toEqual(['打包视频']);
  });

  it('two pieces of evidence are numbered in the order cited, joined with 、', () => {
    const r = composeStatement({ template, generic, stage: 'return-arrived', fields: {}, have: ['v', 'w'], evidenceTitles });
    expect(r.text.split('\n').slice(2, 5)).toEqual([
      '2. 发货称重 【请填写：发货称重】（见凭证 1、凭证 2）',
      '3. 快递称重一致（见凭证 1）',
      '4. 开箱录像完整（见凭证 2）',
    ]);
    // The order the seller ticked them in does not matter.
    expect(r.evidence.map((e) => [e.n, e.id])).toEqual([[1, 'w'], [2, 'v']]);
    expect(r.text.endsWith('\n附凭证：\n凭证 1：称重照片\n凭证 2：打包视频')).toBe(true);
  });

  it('with no evidence and no closing for the stage: no evidence list and no closing line', () => {
    const r = composeStatement({ template, generic, stage: 'return-agreed', fields: { orderNo: '9', shipDate: '今天' }, have: [], evidenceTitles });
    expect(r.text).toBe('订单 9：\n1. 今天 发货');
    expect(r.evidence).toEqual([]);
    expect(r.missingFields).toEqual([]);
    expect(r.missingEvidence).toEqual(['称重照片', '打包视频']);
  });

  it('a field of only spaces is still missing, and a field used twice is listed once; unknown evidence is named by id', () => {
    const r = composeStatement({ template, generic, stage: 'intervention', fields: { orderNo: '   ' }, have: [], evidenceTitles: {} });
    expect(r.missingFields).toEqual(['订单号', '发货时间', '快递单号']);
    expect(r.text.startsWith('订单 【请填写：订单号】：\n')).toBe(true);
    expect(r.missingEvidence).toEqual(['w', 'v']);
  });

  it('evidence missing from a fact that is kept is still named as missing', () => {
    const partial: StatementTemplate = { ...template, facts: [{ text: '称重一致', evidence: ['w', 'x'] }], closings: [] };
    const r = composeStatement({ template: partial, generic, stage: 'return-agreed', fields: {}, have: ['w'], evidenceTitles });
    expect(r.text).toBe('订单 【请填写：订单号】：\n1. 称重一致（见凭证 1、【缺凭证：x】）\n附凭证：\n凭证 1：称重照片');
    expect(r.missingEvidence).toEqual(['x']);
  });

  it('without a stage: every fact, and the first closing of the template', () => {
    const r = composeStatement({ template, generic, stage: undefined, fields: {}, have: ['w', 'v'], evidenceTitles });
    expect(r.text).toContain('5. 订单 【请填写：订单号】 已介入');
    expect(r.text).toContain('请核实 【请填写：快递单号】。');
  });
});

describe('closings', () => {
  it('the template’s for the stage, else the generic one’s, else none', () => {
    expect(closingAt(template, generic, 'intervention')).toBe('请核实 {trackingNo}。');
    expect(closingAt(template, generic, 'decided')).toBe('已判定。');
    expect(closingAt(template, generic, 'expired')).toBeUndefined();
    expect(closingAt({ ...template, closings: [] }, generic, undefined)).toBe('通用收尾。');
    expect(closingAt({ ...template, closings: [] }, { ...generic, closings: [] }, undefined)).toBeUndefined();
  });
});

describe('placeholders and gaps', () => {
  it('lists the placeholders of a text', () => {
    expect(placeholdersIn('{orderNo} 与 {trackingNo}，{orderNo}')).toEqual(['orderNo', 'trackingNo', 'orderNo']);
  });

  it('fills with the seller’s words, whitespace squeezed, and a gap for an unknown or empty field', () => {
    expect(fill('{orderNo}|{nope}|{courier}', { orderNo: '  a \t b  ', courier: ' ' })).toBe('a b|【请填写：nope】|【请填写：快递公司】');
    expect(evidenceGap('打包视频')).toBe('【缺凭证：打包视频】');
  });

  it('finds every gap left in an edited text, and nothing else in 【】', () => {
    expect(gapsIn('甲【请填写：订单号】乙【缺凭证：打包视频】丙【备注】丁【请填写：】')).toEqual([
      '【请填写：订单号】',
      '【缺凭证：打包视频】',
      '【请填写：】',
    ]);
  });
});

describe('the saved draft, every wrong shape', () => {
  const draft = { v: 1, type: 'generic', stage: 'intervention', fields: { orderNo: '1' }, have: ['w'], text: 'x', edited: false, updatedAt: '2026-11-26' };
  it('reads back exactly what was saved; a missing time reads as empty', () => {
    expect(parseSavedStatement(JSON.stringify(draft))).toEqual({ kind: 'ok', draft });
    const { updatedAt: _, ...noTime } = draft;
    expect(parseSavedStatement(JSON.stringify(noTime))).toEqual({ kind: 'ok', draft: { ...noTime, updatedAt: '' } });
    expect(parseSavedStatement('')).toEqual({ kind: 'empty' });
  });

  it.each([
    'null',
    '"x"',
    '5',
    '[]',
    JSON.stringify({ ...draft, v: 2 }),
    JSON.stringify({ ...draft, type: 5 }),
    JSON.stringify({ ...draft, fields: [] }),
    JSON.stringify({ ...draft, fields: ['1'] }),
    JSON.stringify({ ...draft, fields: null }),
    JSON.stringify({ ...draft, fields: 'x' }),
    JSON.stringify({ ...draft, fields: { a: '1', b: 2 } }),
    JSON.stringify({ ...draft, have: 'w' }),
    JSON.stringify({ ...draft, have: ['w', 1] }),
    JSON.stringify({ ...draft, text: 5 }),
    JSON.stringify({ ...draft, edited: 'yes' }),
  ])('%s is unreadable and kept', (raw) => {
    expect(parseSavedStatement(raw)).toEqual({ kind: 'unreadable', raw });
  });

  it('an unreadable draft is copied to a set-aside key that names the kind, the case and the time', () => {
    expect(setAsideKey('statement', 'c1', 1764133200000)).toBe('shouhou-jieru:set-aside:statement:c1:1764133200000');
  });
});
