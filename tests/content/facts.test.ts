import { describe, expect, it } from 'vitest';
import {
  claimParts,
  claimText,
  factCaveat,
  factIdsIn,
  factIdsInText,
  factMark,
  factShort,
  factTextPlain,
  factTextProblems,
  factValue,
  inlineMark,
  isUncertain,
  requireFact,
  splitFactRefs,
} from '~/lib/content/facts';
import type { Fact } from '../../src/schemas';
import { content } from '../support/content-files';

const base: Fact = {
  id: 'x',
  claim: '商家要在 {value} 内处理。',
  display: '48 小时',
  value: 48,
  unit: '小时',
  appliesTo: '测试',
  confidence: 'medium',
  sources: [{ title: 't', url: 'https://example.org', kind: 'seo' }],
  conflicts: [],
  scope: 'pdd',
  lastChecked: '2026-11-26',
};
const disputed: Fact = {
  ...base,
  display: '24 小时',
  value: 24,
  checkIn: '售后单详情页的倒计时',
  conflicts: [
    { display: '36 小时', confidence: 'low', sources: base.sources },
    { display: '48 小时', confidence: 'low', sources: base.sources },
  ],
};
const missing: Fact = { ...base, claim: '没有找到。', display: undefined, value: undefined, confidence: 'not-found', checkIn: '工单页面' };

describe('fact wording', () => {
  it('fills the value into the claim once, so the claim reads as one sentence', () => {
    expect(claimText(base)).toBe('商家要在 48 小时 内处理。');
    expect(claimParts(base)).toEqual([{ text: '商家要在 ' }, { value: '48 小时' }, { text: ' 内处理。' }]);
    expect(() => claimParts({ ...base, display: undefined })).toThrow(/display/);
  });

  it('gives one short mark: 说法不一, 未经证实 or 未能确认, and none for a solid fact', () => {
    expect(factMark(disputed)).toBe('说法不一');
    expect(factMark({ ...base, confidence: 'low' })).toBe('未经证实');
    expect(factMark(missing)).toBe('未能确认');
    expect(factMark({ ...base, confidence: 'high' })).toBeUndefined();
    expect(isUncertain({ ...base, confidence: 'high' })).toBe(false);
  });

  it('writes the detail once, with the other values and where to check, without repeating our value twice or using parentheses', () => {
    const detail = factCaveat(disputed) ?? '';
    expect(detail).toBe('本站采用 24 小时，其他说法：36 小时；48 小时。在哪里核实：售后单详情页的倒计时。');
    expect(detail).not.toMatch(/[（()）]/);
    expect(factCaveat({ ...base, confidence: 'low' })).toMatch(/个别网络文章/);
    expect(factCaveat(missing)).toBe('在哪里核实：工单页面。');
    expect(factCaveat({ ...base, confidence: 'high' })).toBeUndefined();
  });

  it('prints a value only when the fact has one; a fact not found prints 未能确认 once', () => {
    expect(factValue(base)).toBe('48 小时');
    expect(factValue(missing)).toBe('未能确认');
    expect(() => factValue({ ...base, display: undefined })).toThrow(/claim/);
    expect(factShort(disputed)).toBe('24 小时，说法不一');
    expect(factShort(missing)).toBe('未能确认');
    // C3: the plain-text badge is the one prose gives: the other figures, and none after words that say it.
    expect(factShort({ ...disputed, otherFigures: '36、48 小时' })).toBe('24 小时，也有说 36、48 小时');
    expect(factShort({ ...disputed, display: '没有官方说法' })).toBe('没有官方说法');
    expect(factShort({ ...base, confidence: 'low' })).toBe('48 小时，未经证实');
  });

  it('finds cited ids in MDX and data text in order of first use, once each', () => {
    expect(factIdsIn('a <Fact id="b" /> c <Fact claim id="a" /> <Fact id=\'b\' />')).toEqual(['b', 'a']);
    expect(factIdsInText('<Fact id="b" />', '见 {{a:claim}} 和 {{b}}，再 {{c}}')).toEqual(['b', 'a', 'c']);
  });

  it('splits data text into words, values and claims', () => {
    expect(splitFactRefs('时限 {{x}}，{{x:claim}}')).toEqual([
      { text: '时限 ' },
      { factId: 'x', claim: false },
      { text: '，' },
      { factId: 'x', claim: true },
    ]);
  });

  it('refuses data text that cannot render: unknown id, a value of a fact without one, a stray brace', () => {
    const facts = new Map<string, Fact>([
      ['x', base],
      ['y', { ...base, id: 'y', claim: '没有值的说法。', display: undefined, value: undefined }],
    ]);
    expect(factTextProblems('时限 {{x}}，{{y:claim}}', facts)).toEqual([]);
    expect(factTextProblems('{{nope}}', facts)).toEqual([expect.stringContaining('nope')]);
    expect(factTextProblems('{{y}}', facts)).toEqual([expect.stringContaining('{{y:claim}}')]);
    expect(factTextProblems('时限 {{x}', facts)).toEqual([expect.stringContaining('占位符')]);
    expect(factTextPlain('时限 {{x}}。{{y:claim}}', facts)).toBe('时限 48 小时。没有值的说法。');
  });

  it('fails loudly on an unknown id', () => {
    expect(() => requireFact(new Map([['x', base]]), 'nope', '/p/')).toThrow(/nope.*\/p\//);
  });
});

describe('the real facts read as sentences', () => {
  it('a fact with a number says it in its claim, through {value}, never with a stand-in like "这段时间"', () => {
    for (const f of content.facts) {
      if (f.value !== undefined) expect(f.claim, f.id).toContain('{value}');
      expect(f.claim, f.id).not.toMatch(/这段时间内|这么久|这个时长|这个倍数/);
    }
  });
  it('short values are values, not sentences; details have no parentheses', () => {
    for (const f of content.facts) {
      if (f.display) expect(f.display.length, f.id).toBeLessThanOrEqual(8);
      expect(factCaveat(f) ?? '', f.id).not.toMatch(/[（()）]/);
      expect(f.checkIn ?? '', f.id).not.toMatch(/^请以|为准$/);
      // The detail of a fact not found only says where to look, so its claim must say it was not found.
      if (f.confidence === 'not-found') expect(f.claim, f.id).toMatch(/没有找到|未找到/);
    }
  });
});

describe('the badge beside a fact in prose (review C3)', () => {
  it('names the other figures of a disputed value instead of only saying they differ', () => {
    expect(inlineMark({ ...disputed, otherFigures: '36、48 小时' }, false)).toBe('也有说 36、48 小时');
    expect(inlineMark({ ...disputed, otherFigures: '能传视频' }, false)).toBe('也有说能传视频');
    // The source list keeps the plain mark.
    expect(factMark({ ...disputed, otherFigures: '36、48 小时' })).toBe('说法不一');
  });
  it('adds no second badge where the words already say nothing was found', () => {
    expect(inlineMark({ ...disputed, confidence: 'low', display: '没有官方说法' }, false)).toBeUndefined();
    expect(inlineMark({ ...missing, claim: '售后让货款晚多久结算，没有找到拼多多的可靠说法。' }, true)).toBeUndefined();
    expect(inlineMark({ ...base, confidence: 'low' }, true)).toBe('未经证实');
    expect(inlineMark(missing, false)).toBe('未能确认');
    expect(inlineMark(base, false)).toBeUndefined();
  });
  it('every disputed fact on the site says what the other figures are, or says it found nothing', () => {
    for (const f of content.facts.filter((x) => x.conflicts.length > 0)) {
      expect(inlineMark(f, false) ?? '', f.id).not.toBe('说法不一');
      expect(inlineMark(f, true) ?? '', f.id).not.toBe('说法不一');
    }
  });
});
