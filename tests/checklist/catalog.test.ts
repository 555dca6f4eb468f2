import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import {
  buildCatalog,
  checklistHref,
  findType,
  isCatalog,
  progress,
  type DisputeType,
  checklistAddress,
} from '~/lib/checklist/catalog';
import { assess, stillObtainable, strength } from '~/lib/checklist/verdict';
import { progressLine, workingLine, type AssessInput } from '~/lib/checklist/progress';
import { labelLooksPersonal, toPlainText } from '~/lib/checklist/export';
import { parseShareParams, shareHref } from '~/lib/checklist/share-link';
import { LABEL_MAX } from '~/lib/checklist/case';
import { stageById } from '~/lib/shared/stages';

const catalog = buildCatalog({
  evidence: content.evidence,
  outcomes: content.outcomes,
  scenarios: content.scenarios.map((s) => ({ id: s.id, title: s.data.title, required: s.data.evidenceRequired, helpful: s.data.evidenceHelpful })),
  facts: new Map(content.facts.map((f) => [f.id, f])),
});
const emptyParcel = findType(catalog, 'outcome', 'apply-empty-parcel')!;

describe('catalogue', () => {
  it('has every evidence item once, with upload limits and their uncertainty', () => {
    expect(Object.keys(catalog.items).sort()).toEqual(content.evidence.map((e) => e.id).sort());
    const video = catalog.items['packing-video'];
    // A disputed limit says what the other sources say, as prose does (inlineMark), not a bare 说法不一.
    expect(video?.limits).toContain('售后“商家举证”入口：3 张，也有说能传视频');
    expect(video?.limits.some((l) => l.includes('1 张'))).toBe(true);
    expect(video?.limits.some((l) => l.includes('未能确认'))).toBe(true);
  });
  it('has a list for every scenario and every outcome with evidence', () => {
    expect(catalog.types.filter((s) => s.kind === 'scenario').map((t) => t.id)).toEqual(content.scenarios.map((s) => s.id));
    const withEvidence = content.outcomes.filter((o) => o.evidence.required.length + o.evidence.helpful.length > 0);
    expect(catalog.types.filter((s) => s.kind === 'outcome').map((t) => t.id)).toEqual(withEvidence.map((o) => o.id));
  });
  it('the empty-parcel outcome asks for the packing video, weights and courier weights', () => {
    expect(emptyParcel.required).toEqual(['packing-video', 'ship-weight', 'courier-weight']);
  });
  it('knows which items can only be made before the parcel leaves or when the return is opened', () => {
    expect(catalog.items['packing-video']?.obtainable).toBe('before-shipping');
    expect(catalog.items['return-unboxing-video']?.obtainable).toBe('at-return-unpacking');
    expect(catalog.items['chat-log']?.obtainable).toBe('anytime');
  });
});

describe('progress and strength', () => {
  it('counts required items apart from helpful ones', () => {
    const p = progress(emptyParcel, new Set(['packing-video', 'waybill-photo']));
    expect(p).toMatchObject({ done: 2, total: 6, requiredDone: 1, requiredTotal: 3, missingRequired: ['ship-weight', 'courier-weight'] });
    expect(progressLine(p)).toBe('已准备 2 / 6，必备项还差 2 项');
    expect(strength(p)).toBe('weak');
  });
  it('helpful items never make up for missing required ones', () => {
    const all = new Set([...emptyParcel.helpful, 'packing-video', 'ship-weight']);
    expect(strength(progress(emptyParcel, all))).toBe('partial');
    expect(strength(progress(emptyParcel, new Set(emptyParcel.required)))).toBe('ready');
    expect(progressLine(progress(emptyParcel, new Set(emptyParcel.required)))).toBe('已准备 3 / 6，必备项已全部备齐');
  });
  it('a case saved under an older list: ticks of items the list no longer has are not counted (never "5 / 4")', () => {
    const saved = new Set(['packing-video', 'ship-weight', 'courier-weight', 'retired-item', 'another-retired']);
    const p = progress(emptyParcel, saved);
    expect(p).toMatchObject({ done: 3, total: 6, requiredDone: 3, requiredTotal: 3, missingRequired: [] });
    expect(p.done).toBeLessThanOrEqual(p.total);
    expect(progressLine(p)).toBe('已准备 3 / 6，必备项已全部备齐');
  });
  const four: DisputeType = { kind: 'scenario', id: 'four', title: '四项', required: ['a', 'b', 'c', 'd'], helpful: [] };
  it('exactly half of the required items is "partial", one less is "weak"', () => {
    expect(strength(progress(four, new Set(['a', 'b'])))).toBe('partial');
    expect(strength(progress(four, new Set(['a'])))).toBe('weak');
    expect(strength(progress(four, new Set(['a', 'b', 'c'])))).toBe('partial');
    expect(strength(progress(four, new Set(['a', 'b', 'c', 'd'])))).toBe('ready');
  });
});

describe('the strength verdict comes when it is fair', () => {
  const base = (over: Partial<AssessInput>): AssessInput => ({
    type: emptyParcel,
    items: catalog.items,
    ticked: new Set(),
    lacking: new Set(),
    stage: stageById('applied'),
    asked: false,
    ...over,
  });
  it('while required items are unmarked, progress only: no "weak" after one tick of three', () => {
    const input = base({ ticked: new Set(['courier-weight']) });
    expect(assess(input)).toEqual({ kind: 'progress', unmarked: 2, line: expect.stringContaining('还有 2 项必备凭证') });
    expect(workingLine(input)).toMatch(/^还有 2 项必备凭证/);
    expect(workingLine({ ...input, asked: true })).toBeUndefined();
    expect(workingLine({ ...input, lacking: new Set(['packing-video', 'ship-weight']) })).toBeUndefined();
    expect(workingLine({ ...input, stage: stageById('decided') })).toBeUndefined();
  });
  it('gives the verdict once every required item is marked have or don\'t have', () => {
    const a = assess(base({ ticked: new Set(['courier-weight']), lacking: new Set(['ship-weight', 'packing-video']) }));
    expect(a.kind).toBe('verdict');
    if (a.kind !== 'verdict') return;
    expect(a.strength).toBe('weak');
    expect(a.headline).toMatch(/证据薄弱：必备凭证缺 2 项/);
    // Both can no longer be made: said, and not asked for ("先补").
    expect(a.lines.join('')).toMatch(/已经拿不到的：“发货打包视频”、“发货称重记录”/);
    expect(a.lines.join('')).not.toMatch(/先补/);
  });
  it('gives the verdict on request', () => {
    const a = assess(base({ ticked: new Set(['courier-weight', 'packing-video']), asked: true }));
    expect(a.kind === 'verdict' && a.strength).toBe('partial');
  });
  it('asks to get what can still be got before intervention', () => {
    const a = assess(base({ ticked: new Set(['packing-video', 'ship-weight']), lacking: new Set(['courier-weight']) }));
    expect(a.kind === 'verdict' && a.lines[0]).toBe('还能补的，先补：“快递派件 / 签收称重记录”。举证机会只有一次。');
  });
  it('ready when every required item is there', () => {
    const a = assess(base({ ticked: new Set(emptyParcel.required) }));
    expect(a.kind === 'verdict' && a.strength).toBe('ready');
  });
  it('in intervention: submit now, strongest first, with an honest word; a lost item never blocks', () => {
    const a = assess(base({ stage: stageById('intervention'), ticked: new Set(['courier-weight']), lacking: new Set(['packing-video', 'ship-weight']) }));
    expect(a.kind).toBe('verdict');
    if (a.kind !== 'verdict') return;
    expect(a.headline).toMatch(/^现在就提交：在举证截止前/);
    expect(a.lines[0]).toMatch(/^证据较弱/);
    expect(a.lines.join('')).toMatch(/已经拿不到的：“发货打包视频”、“发货称重记录”。这不妨碍现在提交/);
    expect(a.lines.join('')).not.toMatch(/先补齐|还不够/);
    expect(a.lines.join('')).toMatch(/同意退款/);
  });
  it('in intervention, unmarked items do not hold the seller: progress says submit before the deadline', () => {
    const a = assess(base({ stage: stageById('intervention') }));
    expect(a.kind === 'progress' && a.line).toMatch(/举证截止前一定要提交/);
  });
  it('in intervention a missing item that can still be got is "bring it if you can", not "wait"', () => {
    const a = assess(base({ stage: stageById('intervention'), ticked: new Set(['packing-video', 'ship-weight']), lacking: new Set(['courier-weight']) }));
    expect(a.kind === 'verdict' && a.lines[0]).toBe('证据一般：必备凭证缺 1 项。');
    expect(a.kind === 'verdict' && a.headline).toMatch(/^截止前一次交齐：举证只有一次，还能拿到的先去要，来不及就交手上已有的/);
    expect(a.kind === 'verdict' && a.lines[1]).toMatch(/^还能拿到的先去要：“快递派件 \/ 签收称重记录”。.*快到截止还没拿到，就用手上的一次交齐/);
  });
  it('decided or expired: the list cannot change the result', () => {
    expect(assess(base({ stage: stageById('decided') })).kind).toBe('closed');
    expect(assess(base({ stage: stageById('expired') })).kind).toBe('closed');
  });
  it('a return can be filmed until the platform has the case; a packing video never after shipping', () => {
    expect(stillObtainable('before-shipping', undefined)).toBe(false);
    expect(stillObtainable('at-return-unpacking', stageById('return-arrived'))).toBe(true);
    expect(stillObtainable('at-return-unpacking', undefined)).toBe(true);
    expect(stillObtainable('at-return-unpacking', stageById('intervention'))).toBe(false);
    expect(stillObtainable('at-return-unpacking', stageById('decided'))).toBe(false);
    expect(stillObtainable('anytime', stageById('intervention'))).toBe(true);
  });
});

describe('plain text export', () => {
  it('lists every item with its box, the case label, the stage and the progress', () => {
    const text = toPlainText(catalog, emptyParcel, new Set(['packing-video']), '订单尾号 1234', stageById('intervention'));
    expect(text.split('\n').slice(0, 8)).toEqual([
      `证据清单：${emptyParcel.title}`,
      '案件：订单尾号 1234',
      '阶段：平台已介入，让我举证',
      '已准备 1 / 6，必备项还差 2 项',
      '',
      '必备：',
      '[x] 发货打包视频',
      '[ ] 发货称重记录',
    ]);
    expect(text).toContain('有帮助：');
    expect(text).toContain('与拼多多无关联');
  });
});

describe('addresses', () => {
  it('result pages link the type with its stage', () => {
    expect(checklistHref({ kind: 'outcome', id: 'apply-empty-parcel' }, 'intervention')).toBe('/checklist/?outcome=apply-empty-parcel&stage=intervention');
    expect(checklistHref({ kind: 'scenario', id: 'quality' })).toBe('/checklist/?scenario=quality');
  });
  it('round-trips type, stage, ticks and label', () => {
    const href = shareHref({ kind: 'outcome', id: 'apply-empty-parcel' }, ['ship-weight', 'packing-video'], '我的案件', 'return-agreed');
    expect(href).toBe('/checklist/?outcome=apply-empty-parcel&stage=return-agreed&have=packing-video.ship-weight&label=%E6%88%91%E7%9A%84%E6%A1%88%E4%BB%B6');
    const parsed = parseShareParams(href.split('?')[1]!, catalog);
    expect(parsed.ok && parsed.shared).toMatchObject({ ticked: ['packing-video', 'ship-weight'], label: '我的案件', stage: 'return-agreed' });
    expect(parsed.ok && parsed.shared?.type.id).toBe('apply-empty-parcel');
  });
  it('an old share link (ticks=a.b, or a comma between) opens the same list as the new form (have=a.b)', () => {
    for (const [old, now] of [
      ['outcome=apply-empty-parcel&stage=return-agreed&ticks=packing-video.ship-weight&label=x', 'outcome=apply-empty-parcel&stage=return-agreed&have=packing-video.ship-weight&label=x'],
      ['scenario=quality&ticks=test-report,listing-screenshot', 'scenario=quality&have=test-report.listing-screenshot'],
      ['scenario=quality&have=test-report,listing-screenshot', 'scenario=quality&have=test-report.listing-screenshot'],
      ['scenario=quality&ticks=test-report', 'scenario=quality&have=test-report'],
      ['scenario=quality&ticks=', 'scenario=quality&have='],
    ] as const) {
      const read = parseShareParams(now, catalog);
      expect(read.ok, now).toBe(true);
      expect(parseShareParams(old, catalog), old).toEqual(read);
    }
    expect(parseShareParams('scenario=quality&ticks=test-report', catalog)).toMatchObject({ ok: true, shared: { ticked: ['test-report'] } });
  });
  it('an unknown stage keeps the list and says so; a stage without a type is rejected', () => {
    const parsed = parseShareParams('outcome=apply-empty-parcel&stage=nope%3Cb%3E', catalog);
    expect(parsed.ok && parsed.shared?.stage).toBeUndefined();
    expect(parsed.ok && parsed.notice).toMatch(/阶段「nope<b>」不认识/);
    expect(parseShareParams('stage=intervention', catalog)).toEqual({ ok: false, message: '清单链接缺少纠纷类型。' });
    expect(parseShareParams('outcome=apply-empty-parcel&stage=applied&stage=expired', catalog).ok).toBe(false);
  });
  it('a label of exactly the limit is accepted, one more is not', () => {
    expect(parseShareParams(`scenario=quality&label=${'长'.repeat(LABEL_MAX)}`, catalog).ok).toBe(true);
    expect(parseShareParams(`scenario=quality&label=${'长'.repeat(LABEL_MAX + 1)}`, catalog).ok).toBe(false);
  });
  it('carries no label unless the seller typed one, and flags labels that look personal', () => {
    expect(shareHref({ kind: 'scenario', id: 'quality' }, [], '  ')).toBe('/checklist/?scenario=quality');
    expect(labelLooksPersonal('订单 240612345678901')).toBe(true);
    expect(labelLooksPersonal('12345')).toBe(true);
    expect(labelLooksPersonal('尾号 1234')).toBe(false);
    expect(labelLooksPersonal('a@b')).toBe(true);
  });
  it('no parameters means "pick a type"', () => {
    expect(parseShareParams('', catalog)).toEqual({ ok: true, shared: undefined });
  });

  // Malformed links: each is rejected with a message, none throws.
  const bad = [
    'outcome=', 'outcome=nope', 'scenario=nope', 'scenario=%00', 'outcome=../etc', 'outcome=APPLY-EMPTY-PARCEL',
    'outcome=apply-empty-parcel&scenario=quality', 'outcome=a&outcome=b', 'scenario=quality&scenario=quality',
    'ticks=packing-video', 'label=x', 'ticks=&label=', 'outcome=apply-empty-parcel&ticks=nope',
    'outcome=apply-empty-parcel&ticks=packing-video.nope', 'outcome=apply-empty-parcel&ticks=.', 'outcome=apply-empty-parcel&ticks=..',
    'outcome=apply-empty-parcel&ticks=packing-video.', 'outcome=apply-empty-parcel&ticks=counterfeit', 'outcome=apply-empty-parcel&ticks=purchase-invoice',
    'scenario=quality&ticks=packing-video.packing-video.packing-video.packing-video.packing-video.packing-video.packing-video',
    'outcome=<script>alert(1)</script>', 'scenario=%3Cscript%3E',
    'scenario=quality&ticks=<img>', 'scenario=quality&ticks=test-report listing-screenshot',
    'scenario=' + 'x'.repeat(5000), 'outcome=stage', 'outcome=%E4%BD%A0%E5%A5%BD', 'scenario=empty parcel',
    'scenario=empty-parcel%20', 'scenario=%20empty-parcel', 'outcome=courier-claim&ticks=packing-video', 'scenario=transit-lost&ticks=signed-receipt',
    'scenario=review-extortion&ticks=packing-video', 'scenario=counterfeit&ticks=test-report.nope', 'scenario=not-received&ticks=NOPE',
    'scenario=refused-delivery&ticks=refusal-record.refusal-record.chat-log.tracking-screenshot.x', 'outcome=null', 'outcome=undefined',
    'scenario=constructor', 'scenario=__proto__', 'outcome=toString', 'scenario=hasOwnProperty', 'ticks=packing-video&label=x',
    'scenario=quality&ticks=%2E%2E', 'scenario=quality&ticks=test-report&ticks=nope', 'outcome=apply-empty-parcel&ticks=ship-weight%00',
    'scenario=swapped-return&ticks=return-unboxing-video.packing-video.ship-weight.product-marks.courier-weight.chat-log.return-parcel-photos.x',
    'outcome=settle-quality&ticks=chat-log.chat-log.test-report', 'stage=intervention&ticks=chat-log',
    // The same in the new form, and the two forms together.
    'have=packing-video', 'have=&label=', 'outcome=apply-empty-parcel&have=packing-video.nope', 'outcome=apply-empty-parcel&have=.', 'outcome=apply-empty-parcel&have=,',
    'outcome=apply-empty-parcel&have=packing-video.', 'scenario=quality&have=test-report;listing-screenshot', 'scenario=quality&have=test-report&have=nope',
    'scenario=quality&have=test-report&ticks=listing-screenshot', 'scenario=quality&ticks=test-report&have=listing-screenshot',
    'outcome=settle-quality&have=chat-log.chat-log.test-report', 'stage=intervention&have=chat-log',
  ];
  it.for(bad)('rejects ?%s', (search) => {
    let result: ReturnType<typeof parseShareParams> | undefined;
    expect(() => (result = parseShareParams(search, catalog))).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.message).toMatch(/清单链接/);
  });
});

describe('isCatalog: the downloaded catalogue is checked before it is rendered', () => {
  const good = { items: { a: {}, b: {} }, types: [{ id: 't', title: 'T', required: ['a'], helpful: ['b'] }] };
  it('accepts a catalogue whose lists name only its items', () => {
    expect(isCatalog(good)).toBe(true);
    expect(isCatalog({ items: {}, types: [] })).toBe(true);
  });
  it('rejects anything else: not an object, no items, no type list, a list naming a missing item', () => {
    for (const bad of [null, undefined, 'x', 42, [], { types: [] }, { items: {} }, { items: {}, types: {} }, { items: {}, types: [null] }, { items: {}, types: [{ id: 't' }] }]) expect(isCatalog(bad), JSON.stringify(bad)).toBe(false);
    expect(isCatalog({ ...good, types: [{ ...good.types[0], required: ['gone'] }] })).toBe(false);
    expect(isCatalog({ ...good, types: [{ ...good.types[0], helpful: ['gone'] }] })).toBe(false);
  });
});

describe('what a checklist address opens (read in lib, not by a regex in the island)', () => {
  it('a saved case, a dispute type, or nothing', () => {
    expect(checklistAddress('?case=c1')).toEqual({ caseId: 'c1', opensCase: true });
    expect(checklistAddress('?scenario=quality&ticks=a')).toEqual({ caseId: null, opensCase: true });
    expect(checklistAddress('?outcome=x')).toEqual({ caseId: null, opensCase: true });
    expect(checklistAddress('?ticks=a&label=x')).toEqual({ caseId: null, opensCase: false });
    expect(checklistAddress('')).toEqual({ caseId: null, opensCase: false });
  });
});
