import { describe, expect, it } from 'vitest';
import { content } from '../content-files';
import {
  buildCatalog,
  corruptKey,
  emptyStore,
  findSource,
  labelLooksPersonal,
  loadStore,
  nextLabel,
  parseShareParams,
  progress,
  progressLine,
  removeCase,
  saveStore,
  shareHref,
  STORAGE_VERSION,
  strength,
  toggle,
  toPlainText,
  upsertCase,
  type SavedCase,
} from '../../src/lib/checklist';

const catalog = buildCatalog({
  evidence: content.evidence,
  outcomes: content.outcomes,
  scenarios: content.scenarios.map((s) => ({ id: s.id, title: s.data.title, required: s.data.evidenceRequired, helpful: s.data.evidenceHelpful })),
  facts: new Map(content.facts.map((f) => [f.id, f])),
});
const emptyParcel = findSource(catalog, 'outcome', 'apply-empty-parcel')!;
const now = new Date('2026-11-26T08:00:00Z');
const aCase = (over: Partial<SavedCase> = {}): SavedCase => ({
  id: 'c1',
  label: '订单尾号 1234',
  source: { kind: 'outcome', id: 'apply-empty-parcel' },
  ticked: [],
  updatedAt: now.toISOString(),
  ...over,
});

describe('catalogue', () => {
  it('has every evidence item once, with upload limits and their uncertainty', () => {
    expect(Object.keys(catalog.items)).toHaveLength(content.evidence.length);
    const video = catalog.items['packing-video'];
    expect(video?.limits.some((l) => l.includes('3 张') && l.includes('说法不一'))).toBe(true);
    expect(video?.limits.some((l) => l.includes('1 张'))).toBe(true);
    expect(video?.limits.some((l) => l.includes('未能确认'))).toBe(true);
  });
  it('has a list for every scenario and every outcome with evidence', () => {
    expect(catalog.sources.filter((s) => s.kind === 'scenario')).toHaveLength(content.scenarios.length);
    const withEvidence = content.outcomes.filter((o) => o.evidence.required.length + o.evidence.helpful.length > 0);
    expect(catalog.sources.filter((s) => s.kind === 'outcome')).toHaveLength(withEvidence.length);
  });
  it('the empty-parcel outcome asks for the packing video, weights and courier weights', () => {
    expect(emptyParcel.required).toEqual(['packing-video', 'ship-weight', 'courier-weight']);
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
});

describe('plain text export', () => {
  it('lists every item with its box, the case label and the progress', () => {
    const text = toPlainText(catalog, emptyParcel, new Set(['packing-video']), '订单尾号 1234');
    expect(text.split('\n').slice(0, 7)).toEqual([
      `证据清单：${emptyParcel.title}`,
      '案件：订单尾号 1234',
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

describe('saved cases', () => {
  it('round-trips a store', () => {
    const store = upsertCase(emptyStore(), aCase({ ticked: ['packing-video'] }));
    const loaded = loadStore(saveStore(store), catalog);
    expect(loaded).toEqual({ ok: true, store, notices: [] });
  });
  it('nothing saved is an empty store', () => {
    expect(loadStore(null, catalog)).toEqual({ ok: true, store: emptyStore(), notices: [] });
  });
  it('keeps two cases apart and puts the newest first', () => {
    let store = upsertCase(emptyStore(), aCase({ id: 'a', ticked: ['packing-video'] }));
    store = upsertCase(store, aCase({ id: 'b', label: '案件 2', source: { kind: 'scenario', id: 'counterfeit' } }));
    store = upsertCase(store, toggle(store.cases[1]!, 'ship-weight', true, now));
    expect(store.cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(store.cases[0]?.ticked).toEqual(['packing-video', 'ship-weight']);
    expect(store.cases[1]?.ticked).toEqual([]);
    expect(removeCase(store, 'a').cases.map((c) => c.id)).toEqual(['b']);
    expect(nextLabel(store)).toBe('案件 3');
  });
  it('untick removes only that item', () => {
    expect(toggle(aCase({ ticked: ['a', 'b'] }), 'a', false, now).ticked).toEqual(['b']);
  });

  const corrupt: [string, string, RegExp][] = [
    ['not JSON', '{oops', /已损坏/],
    ['a number', '42', /格式不对/],
    ['an array', '[]', /格式不对/],
    ['no version', '{"cases":[]}', /格式不对/],
    ['a newer version', '{"version":2,"cases":[]}', /另一个版本（第 2 版）/],
    ['an older version', '{"version":0,"cases":[]}', /另一个版本/],
    ['cases not a list', '{"version":1,"cases":{}}', /格式不对/],
    ['a broken case', '{"version":1,"cases":[{"id":"x"}]}', /部分内容无法读取/],
    ['an unknown source kind', '{"version":1,"cases":[{"id":"x","label":"a","source":{"kind":"evil","id":"y"},"ticked":[]}]}', /无法读取/],
    ['script in an id', '{"version":1,"cases":[{"id":"<script>","label":"a","source":{"kind":"scenario","id":"y"},"ticked":[]}]}', /无法读取/],
  ];
  it.for(corrupt)('detects %s and returns the raw text to set aside', ([, raw, message]) => {
    const loaded = loadStore(raw, catalog);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.message).toMatch(message);
      expect(loaded.raw).toBe(raw);
    }
  });
  it('sets unreadable data aside under its own key', () => {
    expect(corruptKey(1)).toBe('shouhou-jieru:checklists:unreadable:1');
    expect(STORAGE_VERSION).toBe(1);
  });
  it('keeps ticks of items the catalogue no longer has, and says so', () => {
    const raw = saveStore(upsertCase(emptyStore(), aCase({ ticked: ['packing-video', 'retired-item'] })));
    const loaded = loadStore(raw, catalog);
    expect(loaded.ok && loaded.store.cases[0]?.ticked).toEqual(['packing-video', 'retired-item']);
    expect(loaded.ok && loaded.notices[0]).toMatch(/1 个已勾选的项目在新版清单中已不存在/);
  });
  it('keeps a case whose type was removed, and says so', () => {
    const raw = saveStore(upsertCase(emptyStore(), aCase({ source: { kind: 'scenario', id: 'retired-scenario' } })));
    const loaded = loadStore(raw, catalog);
    expect(loaded.ok && loaded.store.cases).toHaveLength(1);
    expect(loaded.ok && loaded.notices[0]).toMatch(/纠纷类型在新版清单中已不存在/);
  });
});

describe('share link', () => {
  it('round-trips type, ticks and label', () => {
    const href = shareHref({ kind: 'outcome', id: 'apply-empty-parcel' }, ['ship-weight', 'packing-video'], '我的案件');
    expect(href).toBe('/checklist/?outcome=apply-empty-parcel&ticks=packing-video.ship-weight&label=%E6%88%91%E7%9A%84%E6%A1%88%E4%BB%B6');
    const parsed = parseShareParams(href.split('?')[1]!, catalog);
    expect(parsed.ok && parsed.shared).toMatchObject({ ticked: ['packing-video', 'ship-weight'], label: '我的案件' });
    expect(parsed.ok && parsed.shared?.source.id).toBe('apply-empty-parcel');
  });
  it('carries no label unless the seller typed one, and flags labels that look personal', () => {
    expect(shareHref({ kind: 'scenario', id: 'quality' }, [], '  ')).toBe('/checklist/?scenario=quality');
    expect(labelLooksPersonal('订单 240612345678901')).toBe(true);
    expect(labelLooksPersonal('138001380000')).toBe(true);
    expect(labelLooksPersonal('尾号 1234')).toBe(false);
  });
  it('no parameters means "pick a type"', () => {
    expect(parseShareParams('', catalog)).toEqual({ ok: true, shared: undefined });
  });

  // 50 malformed links: each is rejected with a message, none throws.
  const bad = [
    'outcome=', 'outcome=nope', 'scenario=nope', 'scenario=%00', 'outcome=../etc', 'outcome=APPLY-EMPTY-PARCEL',
    'outcome=apply-empty-parcel&scenario=quality', 'outcome=a&outcome=b', 'scenario=quality&scenario=quality',
    'ticks=packing-video', 'label=x', 'ticks=&label=', 'outcome=apply-empty-parcel&ticks=nope',
    'outcome=apply-empty-parcel&ticks=packing-video.nope', 'outcome=apply-empty-parcel&ticks=.', 'outcome=apply-empty-parcel&ticks=..',
    'outcome=apply-empty-parcel&ticks=packing-video.', 'outcome=apply-empty-parcel&ticks=counterfeit', 'outcome=apply-empty-parcel&ticks=purchase-invoice',
    'scenario=quality&ticks=packing-video.packing-video.packing-video.packing-video.packing-video.packing-video.packing-video',
    `outcome=apply-empty-parcel&label=${'长'.repeat(61)}`, 'outcome=<script>alert(1)</script>', 'scenario=%3Cscript%3E',
    'scenario=quality&ticks=<img>', 'scenario=quality&ticks=test-report,listing-screenshot', 'scenario=quality&ticks=test-report listing-screenshot',
    'scenario=' + 'x'.repeat(5000), 'outcome=stage', 'outcome=%E4%BD%A0%E5%A5%BD', 'scenario=empty parcel',
    'scenario=empty-parcel%20', 'scenario=%20empty-parcel', 'outcome=courier-claim&ticks=packing-video', 'scenario=transit-lost&ticks=signed-receipt',
    'scenario=review-extortion&ticks=packing-video', 'scenario=counterfeit&ticks=test-report.nope', 'scenario=not-received&ticks=NOPE',
    'scenario=refused-delivery&ticks=refusal-record.refusal-record.chat-log.tracking-screenshot.x', 'outcome=null', 'outcome=undefined',
    'scenario=constructor', 'scenario=__proto__', 'outcome=toString', 'scenario=hasOwnProperty', 'ticks=packing-video&label=x',
    'scenario=quality&ticks=%2E%2E', 'scenario=quality&ticks=test-report&ticks=nope', 'outcome=apply-empty-parcel&ticks=ship-weight%00',
    'scenario=swapped-return&ticks=return-unboxing-video.packing-video.ship-weight.product-marks.courier-weight.chat-log.return-parcel-photos.x',
    'outcome=settle-quality&ticks=chat-log.chat-log.test-report',
  ];
  it('has 50 malformed links to try', () => expect(bad).toHaveLength(50));
  it.for(bad)('rejects ?%s', (search) => {
    let result: ReturnType<typeof parseShareParams> | undefined;
    expect(() => (result = parseShareParams(search, catalog))).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.message).toMatch(/清单链接/);
  });
});
