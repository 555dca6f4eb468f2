/** Survivors of the mutation run in src/lib/content/facts.ts: labels, caveats without a check-in place, citations in data text. */
import { describe, expect, it } from 'vitest';
import { confidenceLabel, factCaveat, isUncertain, requireFact, sourceKindLabel, splitFactRefs } from '~/lib/content/facts';
import { confidenceSchema, sourceSchema, type Fact } from '../../src/schemas';

const base: Fact = {
  id: 'x',
  claim: '一条规则。',
  display: '48 小时',
  appliesTo: '测试',
  confidence: 'high',
  sources: [{ title: 't', url: 'https://example.org', kind: 'seo' }],
  conflicts: [],
  scope: 'pdd',
  lastChecked: '2026-11-26',
};
const conflict = (display: string) => ({ display, confidence: 'low' as const, sources: base.sources });

describe('labels', () => {
  it('every confidence level and every source kind has its own label', () => {
    const levels = confidenceSchema.options.map((c) => confidenceLabel[c]);
    const kinds = sourceSchema.shape.kind.options.map((k) => sourceKindLabel[k]);
    for (const labels of [levels, kinds]) {
      expect(labels.every((l) => typeof l === 'string' && l.length >= 2)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(confidenceLabel['not-found']).toBe('未能确认');
    expect(sourceKindLabel['non-pdd']).toMatch(/非拼多多/);
  });
});

describe('caveats', () => {
  it('a fact not found and without a check-in place sends the seller to the back end', () => {
    expect(factCaveat({ ...base, confidence: 'not-found', checkIn: undefined })).toBe('以商家后台显示为准。');
    expect(factCaveat({ ...base, confidence: 'not-found', checkIn: '售后工作台' })).toBe('在哪里核实：售后工作台。');
  });
  it('lists every claim when a fact without a value has several conflicting ones', () => {
    const fact: Fact = { ...base, display: undefined, confidence: 'low', conflicts: [conflict('1 天'), conflict('3 天')] };
    expect(factCaveat(fact)).toBe('其他说法：1 天；3 天。以商家后台显示为准。');
    // With a value of its own, the site says which one it uses before the others.
    expect(factCaveat({ ...fact, display: '48 小时', value: 48 })).toBe('本站采用 48 小时，其他说法：1 天；3 天。以商家后台显示为准。');
    // A display without a number is not "adopted": the claim stands on its own.
    expect(factCaveat({ ...fact, display: '48 小时' })).toBe('其他说法：1 天；3 天。以商家后台显示为准。');
  });
  it('isUncertain: low, not found, or disputed, each on its own', () => {
    expect(isUncertain({ ...base, confidence: 'low' })).toBe(true);
    expect(isUncertain({ ...base, confidence: 'not-found' })).toBe(true);
    expect(isUncertain({ ...base, conflicts: [conflict('1 天')] })).toBe(true);
    expect(isUncertain({ ...base, confidence: 'medium' })).toBe(false);
    expect(isUncertain(base)).toBe(false);
  });
  it('requireFact returns the fact it finds', () => {
    expect(requireFact(new Map([['x', base]]), 'x', '/p/')).toBe(base);
  });
});

describe('splitFactRefs', () => {
  it('splits words and citations in order, with words at either end or none', () => {
    expect(splitFactRefs('时限是 {{evidence-window}}，请尽快。')).toEqual([
      { text: '时限是 ' },
      { factId: 'evidence-window', claim: false },
      { text: '，请尽快。' },
    ]);
    expect(splitFactRefs('{{a}}{{b-2:claim}}')).toEqual([
      { factId: 'a', claim: false },
      { factId: 'b-2', claim: true },
    ]);
    expect(splitFactRefs('没有引用')).toEqual([{ text: '没有引用' }]);
    expect(splitFactRefs('')).toEqual([]);
    expect(splitFactRefs('x{{a:claim}}')).toEqual([{ text: 'x' }, { factId: 'a', claim: true }]);
  });
  it('leaves anything that is not a well-formed id as words', () => {
    expect(splitFactRefs('{{}} {{Upper}} {{a b}} {a} {{a:value}}')).toEqual([{ text: '{{}} {{Upper}} {{a b}} {a} {{a:value}}' }]);
  });
});
