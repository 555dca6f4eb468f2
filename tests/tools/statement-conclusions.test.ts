/**
 * What the 举证说明 draft may conclude (review items A8, A13) and the two letters (issue 21): a
 * conclusion only once the seller confirmed it or the fields show it, evidence numbered by image when
 * it is more than one upload takes, the numbers from facts.json, and letters that ask and assert nothing
 * the seller has not filled in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementTemplateSchema } from '../../src/schemas';
import {
  composeStatement, confirmGap, confirmKey, confirmsFor, CONFIRMED, factSentence, gapFor, gapsIn, GENERIC_TEMPLATE, imageGroups, isLetter,
  sameValue, statementTemplateProblems, uploadNote, type StatementTemplate,
} from '~/lib/tools/statement';
import { content } from '../support/content-files';
import { TOOL_PAGES } from '~/lib/tools/registry';

const dir = new URL('../../content/statements/', import.meta.url);
const templates: StatementTemplate[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => statementTemplateSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const byId = (id: string) => templates.find((t) => t.id === id)!;
const generic = byId(GENERIC_TEMPLATE);
const evidenceTitles = Object.fromEntries(content.evidence.map((e) => [e.id, e.title]));
const allEvidence = content.evidence.map((e) => e.id);
const compose = (id: string, fields: Partial<Record<string, string>>, have: readonly string[] = allEvidence, imageLimits?: { evidence: number; workOrder: number }) =>
  composeStatement({ template: byId(id), generic, stage: 'intervention', fields, have, evidenceTitles, imageLimits });

/** The upload limits as facts.json has them: the tests read them, they never type them. */
const factValue = (id: string) => {
  const v = content.facts.find((f) => f.id === id)?.value;
  if (typeof v !== 'number') throw new Error(`${id} has no number`);
  return v;
};
const limits = { evidence: factValue('evidence-image-limit'), workOrder: factValue('work-order-image-limit') };

describe('A8: the two weights', () => {
  const SAME = '与发货称重相符';
  const ASK = confirmGap('两次称重是否一致');
  it.for(['empty-parcel', 'short-wrong'])('%s: “相符” only when both weights are filled in and equal', (id) => {
    expect(compose(id, { shipWeight: '1.25 kg', courierWeight: '1.25 kg' }).text).toContain(SAME);
    expect(compose(id, { shipWeight: '1.25 kg', courierWeight: '1.25 kg' }).text).not.toContain(ASK);
    for (const fields of [{}, { shipWeight: '1.25 kg' }, { courierWeight: '1.25 kg' }, { shipWeight: '1.25 kg', courierWeight: '0.30 kg' }]) {
      const r = compose(id, fields);
      expect(r.text, JSON.stringify(fields)).not.toContain(SAME);
      expect(r.text, JSON.stringify(fields)).toContain(ASK);
      expect(gapsIn(r.text)).toContain(ASK);
    }
  });
  it('reads the same weight in other units and spacing, and refuses to guess a missing unit', () => {
    expect(sameValue('1.25 kg', '1250g')).toBe(true);
    expect(sameValue('1.25KG', '1.25 公斤')).toBe(true);
    expect(sameValue('2.5斤', '1.25 千克')).toBe(true);
    expect(sameValue('1.25', '1.25')).toBe(true);
    expect(sameValue('1.25', '1.25 kg')).toBe(false);
    expect(sameValue('1.25 kg', '1.26 kg')).toBe(false);
    expect(sameValue('约一斤', '约一斤')).toBe(true);
    expect(sameValue('', '')).toBe(false);
    expect(sameValue(' ', undefined)).toBe(false);
  });
  it('reads grams written 克 and a bare number written longer, and tells a bare number from a weight', () => {
    expect(sameValue('1250 克', '1.25kg')).toBe(true);
    expect(sameValue('1.250', '1.25')).toBe(true);
    expect(sameValue('1250', '1.25 kg')).toBe(false);
    expect(sameValue('1.25 kg', '1250')).toBe(false);
  });
  it('a weight with words around it, or a word against a weight, is not known to agree', () => {
    expect(sameValue('约1.25 kg', '1250 g')).toBe(false);
    expect(sameValue('1.25 kg左右', '1250 g')).toBe(false);
    expect(sameValue('约一斤', '500g')).toBe(false);
    expect(sameValue('500g', '约一斤')).toBe(false);
  });
  it('the same words agree however they are spaced at the ends or inside, and in either case of letters', () => {
    expect(sameValue('约一斤 ', ' 约一斤')).toBe(true);
    expect(sameValue('约  一斤', '约 一斤')).toBe(true);
    expect(sameValue('约 一斤', '约\t\t一斤')).toBe(true);
    expect(sameValue('SF123', 'sf123')).toBe(true);
    expect(sameValue('sf123', 'SF123')).toBe(true);
    // A space still parts what it parts.
    expect(sameValue('1 2', '12')).toBe(false);
    expect(sameValue('12', '1 2')).toBe(false);
  });
  it('without the courier weight ticked, the comparison is not printed at all', () => {
    const r = compose('empty-parcel', { shipWeight: '1 kg', courierWeight: '1 kg' }, ['ship-weight']);
    expect(r.text).not.toContain(SAME);
    expect(r.text).not.toContain(ASK);
  });
});

describe('A8: conclusions the seller ticks', () => {
  const confirmed = templates.flatMap((t) => t.facts.flatMap((f) => (f.confirm ? [{ template: t.id, ...f.confirm }] : [])));
  it('the review’s three conclusions and the like are behind a tick', () => {
    const texts = (id: string) => confirmed.filter((c) => c.template === id).map((c) => c.text).join('');
    expect(texts('fresh-produce')).toContain('新鲜、无破损');
    expect(texts('refund-only-abuse')).toContain('与详情页的描述一致');
    expect(confirmed.length).toBe(7);
  });
  it('no template says 相符, 一致, 完好, 新鲜 or 无破损 outside a tick or a weight comparison', () => {
    for (const t of templates) {
      const plain = [t.opening, ...t.facts.map((f) => f.text), ...t.closings.map((c) => c.text)].join('\n');
      expect(plain, t.id).not.toMatch(/相符|一致|完好|新鲜|无破损|没有问题|属实/);
    }
  });
  it.for(confirmed.map((c) => [c.template, c.id] as const))('%s %s: printed once ticked, absent until then', ([id, confirmId]) => {
    const c = confirmed.find((x) => x.template === id && x.id === confirmId)!;
    const off = compose(id, {});
    const on = compose(id, { [confirmKey(confirmId)]: CONFIRMED });
    expect(off.text).not.toContain(c.text.replace(/^，/, ''));
    expect(on.text).toContain(c.text.replace(/^，/, ''));
    // Put inside the fact's sentence, not after its evidence number.
    expect(on.text).toMatch(new RegExp(`${c.text.replace(/^，/, '')}。（见凭证 \\d+）`));
    // A value other than the tick is not a tick.
    expect(compose(id, { [confirmKey(confirmId)]: 'yes' }).text).not.toContain(c.text.replace(/^，/, ''));
  });
  it('a tick saved by an earlier visit (the field confirm:<id>) still counts', () => {
    expect(compose('fresh-produce', { 'confirm:fresh-on-packing': CONFIRMED }, ['packing-video']).text).toMatch(/新鲜/);
  });
  it('the conclusion goes before the sentence’s full stop, or at its end when it has none', () => {
    const f = byId('fresh-produce').facts.find((x) => x.confirm)!;
    const ticked = { [confirmKey(f.confirm!.id)]: CONFIRMED };
    expect(factSentence({ ...f, text: '打包时拍了视频。' }, ticked)).toBe(`打包时拍了视频${f.confirm!.text}。`);
    expect(factSentence({ ...f, text: '打包时拍了视频' }, ticked)).toBe(`打包时拍了视频${f.confirm!.text}`);
  });
  it('offers the ticks of the printed facts that have one, nothing for the others', () => {
    expect(confirmsFor(byId('counterfeit'), 'intervention', allEvidence).map((c) => c.id)).toEqual(['invoice-matches']);
    expect(confirmsFor(byId('empty-parcel'), 'intervention', allEvidence)).toEqual([]);
  });
  it('offers a tick only for a fact the draft prints', () => {
    const t = byId('fresh-produce');
    expect(confirmsFor(t, 'intervention', []).map((c) => c.id)).toEqual([]);
    expect(confirmsFor(t, 'intervention', ['packing-video']).map((c) => c.id)).toEqual(['fresh-on-packing']);
    // Ticked but its evidence unticked: the fact, and so the conclusion, stays out.
    expect(compose('fresh-produce', { [confirmKey('fresh-on-packing')]: CONFIRMED }, ['chat-log']).text).not.toContain('新鲜');
  });
  it('a conclusion id used twice in one template is reported', () => {
    const t = byId('fresh-produce');
    const twice = { ...t, facts: [...t.facts, t.facts.find((f) => f.confirm)!] };
    expect(statementTemplateProblems([twice, generic], ['fresh-produce'], allEvidence, [])).toEqual(['举证说明模板 fresh-produce 的确认项 fresh-on-packing 用了不止一次']);
  });
});

describe('A13: more evidence than one upload takes', () => {
  it('the limits come from facts.json', () => {
    expect(limits.evidence).toBeGreaterThan(limits.workOrder);
  });
  it('splits evidence over the images in order, the earlier images taking the extra ones', () => {
    expect(imageGroups(5, 3)).toEqual([1, 1, 2, 2, 3]);
    expect(imageGroups(4, 3)).toEqual([1, 1, 2, 3]);
    expect(imageGroups(7, 3)).toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(imageGroups(2, 3)).toEqual([1, 2]);
    for (let count = 1; count <= 12; count++) {
      const g = imageGroups(count, 3);
      expect(g).toHaveLength(count);
      expect(Math.max(...g)).toBe(Math.min(count, 3));
      expect([...g].sort((a, b) => a - b)).toEqual(g);
    }
  });
  it(`more than the entry takes: numbered by image, with the limits and the collage tool named`, () => {
    const r = compose('empty-parcel', { shipWeight: '1 kg', courierWeight: '1 kg' }, allEvidence, limits);
    expect(r.evidence.length).toBeGreaterThan(limits.evidence);
    expect(r.images).toBe(limits.evidence);
    expect(r.text).toContain('凭证图 1：发货打包视频、发货称重记录');
    expect(r.text).toMatch(/（见凭证图 1）/);
    expect(r.text).not.toMatch(/凭证 \d/);
    expect(r.text).toContain(uploadNote(r.evidence.length, limits));
    expect(uploadNote(5, limits)).toContain(`举证入口一次最多传 ${limits.evidence} 张图片`);
    expect(uploadNote(5, limits)).toContain(`工单只能传 ${limits.workOrder} 张`);
    expect(uploadNote(5, limits)).toContain('凭证拼图');
    // The note is a gap: the seller acts on it and deletes it before submitting.
    expect(gapsIn(r.text)).toContain(uploadNote(r.evidence.length, limits));
  });
  it('lists under each image exactly the evidence numbered for it', () => {
    const r = compose('empty-parcel', {}, allEvidence, { evidence: 2, workOrder: 1 });
    expect(r.text).toContain('附凭证：\n凭证图 1：发货打包视频、发货称重记录、快递派件 / 签收称重记录\n凭证图 2：物流轨迹截图、与买家的聊天记录\n【请先处理');
  });
  it('an upload limit of 0 (unknown) numbers the evidence one by one', () => {
    const r = compose('empty-parcel', {}, allEvidence, { evidence: 0, workOrder: 0 });
    expect(r.images).toBeUndefined();
    expect(r.text).toContain('凭证 1：发货打包视频');
    expect(r.text).not.toContain('【请先处理');
  });
  it('as many as the entry takes, or no limits given: numbered one by one, no note', () => {
    const three = allEvidence.filter((id) => ['packing-video', 'ship-weight', 'courier-weight'].includes(id));
    for (const r of [compose('empty-parcel', {}, three, limits), compose('empty-parcel', {})]) {
      expect(r.images).toBeUndefined();
      expect(r.text).not.toContain('凭证图');
      expect(r.text).not.toContain('【请先处理');
    }
    expect(compose('empty-parcel', {}, three, limits).text).toContain('凭证 3：');
  });
});

describe('the two letters', () => {
  const letters = templates.filter(isLetter);
  it('belong to no scenario and rest on facts the tool page prints', () => {
    expect(letters.map((t) => t.id).sort()).toEqual(['appeal-new-evidence', 'penalty-reasons']);
    for (const t of letters) for (const b of t.basis ?? []) expect(TOOL_PAGES.statement.facts).toContain(b);
    expect(byId('penalty-reasons').basis).toContain('measures-right-to-reasons');
  });
  it('a letter without a basis, or resting on a fact the page does not print, is reported', () => {
    const t = byId('penalty-reasons');
    expect(statementTemplateProblems([{ ...t, basis: [] }, generic], [], allEvidence, TOOL_PAGES.statement.facts)).toEqual(['信件模板 penalty-reasons 没有写依据的事实（basis）']);
    expect(statementTemplateProblems([{ ...t, basis: ['refund-only-context'] }, generic], [], allEvidence, TOOL_PAGES.statement.facts)).toEqual([
      '信件模板 penalty-reasons 依据的事实 refund-only-context 不在举证说明页上（TOOL_PAGES.statement.facts）',
    ]);
    expect(statementTemplateProblems([{ ...byId('empty-parcel'), basis: ['appeal-path'] }, generic], ['empty-parcel'], allEvidence, TOOL_PAGES.statement.facts)).toEqual([
      '举证说明模板 empty-parcel 写了 basis：只有信件模板才列依据',
    ]);
  });
  it('a letter named like a scenario, or with no basis at all, is reported', () => {
    const t = byId('penalty-reasons');
    expect(statementTemplateProblems([{ ...t, id: 'empty-parcel' }, generic], ['empty-parcel'], allEvidence, TOOL_PAGES.statement.facts)).toEqual([
      '信件模板 empty-parcel 和场景同名：场景的模板应是举证说明',
    ]);
    const { basis: _, ...noBasis } = t;
    expect(statementTemplateProblems([noBasis, generic], [], allEvidence, TOOL_PAGES.statement.facts)).toEqual(['信件模板 penalty-reasons 没有写依据的事实（basis）']);
  });
  it('the request for reasons asks for the facts, reasons, basis, calculation and the appeal channel, and leaves the rest as gaps', () => {
    const r = compose('penalty-reasons', {}, []);
    expect(r.text).toContain('《网络交易平台规则监督管理办法》');
    for (const ask of ['认定的事实', '理由', '规则条款', '怎样算出来', '在哪里申诉']) expect(r.text).toContain(ask);
    for (const f of ['decisionTitle', 'decisionDate', 'sellerView']) expect(r.text).toContain(gapFor(f));
    expect(r.evidence).toEqual([]);
    expect(r.text).not.toMatch(/凭证 \d|附凭证/);
    const filled = compose('penalty-reasons', { decisionTitle: '虚假发货 违规编号 V123', decisionDate: '12月1日', sellerView: '包裹 11月30日 已揽收' }, ['tracking-screenshot']);
    expect(gapsIn(filled.text)).toEqual([]);
    expect(filled.text).toContain('关于“虚假发货 违规编号 V123”');
    expect(filled.text).toContain('（见凭证 1）');
  });
  it('the appeal with new evidence lists only the new evidence ticked, and the reason only as the notice gives it', () => {
    const r = compose('appeal-new-evidence', { orderNo: '1', decisionTitle: '平台同意退款', decisionDate: '12月1日', sellerView: '签收证明显示本人签收' }, ['signed-receipt']);
    expect(r.evidence.map((e) => e.id)).toEqual(['signed-receipt']);
    expect(r.text).toContain('补充快递盖章的签收证明');
    expect(r.text).not.toContain('打包录像');
    expect(r.text).toContain(gapFor('decisionReason'));
    expect(r.text).toContain('当时没有提交');
  });
});
