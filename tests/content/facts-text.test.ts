/** Survivors of `npx stryker run --mutate src/lib/content/facts.ts`: citations in any text, and the words of a problem. */
import { describe, expect, it } from 'vitest';
import { claimParts, factIdsInText, factTextPlain, factTextProblems } from '~/lib/content/facts';
import type { Fact } from '../../src/schemas';

const fact: Fact = {
  id: 'window',
  claim: '{value}内处理。',
  display: '48 小时',
  value: 48,
  unit: '小时',
  appliesTo: '测试',
  confidence: 'high',
  sources: [{ title: '来源', url: 'https://example.org', kind: 'seo' }],
  conflicts: [],
  scope: 'pdd',
  lastChecked: '2026-11-26',
};

describe('facts in text', () => {
  it('a claim that starts with its value', () => {
    expect(claimParts(fact)).toEqual([{ value: '48 小时' }, { text: '内处理。' }]);
  });

  it('finds ids of several characters, with other attributes first, in MDX and in data text', () => {
    expect(factIdsInText('<Fact claim id="long-id" />', '{{window}} 和 {{x-1:claim}}')).toEqual(['long-id', 'window', 'x-1']);
  });

  it('quotes a mistyped placeholder trimmed and cut at 30 characters', () => {
    expect(factTextProblems(`  {window} ${'字'.repeat(40)}`, new Map())).toEqual([`无法识别的占位符：「{window} ${'字'.repeat(21)}」`]);
  });

  it('an unknown fact in plain text names the first 20 characters of the text', () => {
    const text = `${'前'.repeat(25)}{{nope}}`;
    expect(() => factTextPlain(text, new Map([['window', fact]]))).toThrow(`未知的事实 id「nope」（引用位置：${'前'.repeat(20)}）`);
  });
});
