import { describe, expect, it } from 'vitest';
import { factCaveat, factIdsIn, factInlineText, isUncertain, requireFact } from '../../src/lib/facts';
import type { Fact } from '../../src/schemas';

const base: Fact = {
  id: 'x',
  claim: '一条规则。',
  display: '48 小时',
  appliesTo: '测试',
  confidence: 'medium',
  sources: [{ title: 't', url: 'https://example.org', kind: 'seo' }],
  conflicts: [],
  scope: 'pdd',
  lastChecked: '2026-11-26',
};

describe('fact wording', () => {
  it('prints the short value, or the claim when there is none', () => {
    expect(factInlineText(base)).toBe('48 小时');
    expect(factInlineText({ ...base, display: undefined })).toBe('一条规则。');
  });

  it('names every value when sources disagree and says where to check', () => {
    const fact: Fact = {
      ...base,
      display: '24 小时',
      value: 24,
      checkIn: '售后单详情页的倒计时',
      conflicts: [
        { display: '36 小时', confidence: 'low', sources: base.sources },
        { display: '48 小时', confidence: 'low', sources: base.sources },
      ],
    };
    expect(factCaveat(fact)).toBe('各来源说法不一：24 小时 / 36 小时 / 48 小时，请以售后单详情页的倒计时为准');
    expect(isUncertain(fact)).toBe(true);
  });

  it('for a fact without a value of its own, lists only what the sources claim', () => {
    const fact: Fact = {
      ...base,
      display: '没有官方说法',
      confidence: 'low',
      conflicts: [{ display: '1–3 天', confidence: 'low', sources: base.sources }],
    };
    expect(factCaveat(fact)).toBe('网上的说法有：1–3 天，均无可靠出处，请以商家后台显示为准');
  });

  it('warns on low confidence and says "could not confirm" for facts not found', () => {
    expect(factCaveat({ ...base, confidence: 'low' })).toMatch(/未经证实/);
    const missing: Fact = { ...base, confidence: 'not-found', display: undefined, checkIn: '工单页面' };
    expect(factInlineText(missing)).toBe('我们未能确认');
    expect(factCaveat(missing)).toBe('可在工单页面查看');
  });

  it('has no caveat for a well-supported fact', () => {
    expect(factCaveat({ ...base, confidence: 'high' })).toBeUndefined();
    expect(isUncertain({ ...base, confidence: 'high' })).toBe(false);
  });

  it('finds cited ids in MDX in order of first use, once each', () => {
    const body = 'a <Fact id="b" /> c <Fact claim id="a" /> <Fact id=\'b\' />';
    expect(factIdsIn(body)).toEqual(['b', 'a']);
  });

  it('fails loudly on an unknown id', () => {
    expect(() => requireFact(new Map([['x', base]]), 'nope', '/p/')).toThrow(/nope.*\/p\//);
  });
});
