/** Survivors of the mutation run in src/lib/content/faq.ts: where a long answer is cut, and the order of entries. */
import { describe, expect, it } from 'vitest';
import { faqSummary, inFileOrder } from '~/lib/content/faq';
import { factValue } from '~/lib/content/facts';
import { content } from '../support/content-files';

/** Any real fact with a short value: the summary prints it as the page does. */
const fact = content.facts.find((f) => f.display)!;
const facts = new Map([[fact.id, fact]]);
const s = (text: string, max = 10) => faqSummary(text, facts, max);

describe('faqSummary', () => {
  it('folds and trims spaces, prints facts, and keeps a text of exactly `max` characters whole', () => {
    expect(s('  一  二\n三 ')).toBe('一 二 三');
    expect(s(`时限 {{${fact.id}}}`, 90)).toBe(`时限 ${factValue(fact)}`);
    expect(s('甲'.repeat(10))).toBe('甲'.repeat(10));
  });

  it('one character over `max` is cut, at the last sentence mark past the middle', () => {
    expect(s('甲'.repeat(11))).toBe(`${'甲'.repeat(10)}……`);
    expect(s(`${'甲'.repeat(6)}。${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(6)}……`);
    expect(s(`${'甲'.repeat(6)}；${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(6)}……`);
    expect(s(`${'甲'.repeat(6)}，${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(6)}……`);
    // The latest of the three marks wins, whichever it is.
    expect(s(`甲。甲甲甲，甲甲；乙${'乙'.repeat(10)}`)).toBe('甲。甲甲甲，甲甲……');
  });

  it('a mark at or before the middle is not used: the text is cut at `max`', () => {
    expect(s(`${'甲'.repeat(5)}。${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(5)}。乙乙乙乙……`);
    expect(s(`${'甲'.repeat(2)}。${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(2)}。${'乙'.repeat(7)}……`);
    expect(faqSummary('甲'.repeat(100), facts)).toBe(`${'甲'.repeat(90)}……`);
  });
});

describe('inFileOrder', () => {
  it('follows the file, puts unknown ids last in their own order, and does not change its input', () => {
    const entries = [{ id: 'x' }, { id: 'c' }, { id: 'y' }, { id: 'a' }];
    expect(inFileOrder(entries, [{ id: 'a' }, { id: 'c' }]).map((e) => e.id)).toEqual(['a', 'c', 'x', 'y']);
    expect(entries.map((e) => e.id)).toEqual(['x', 'c', 'y', 'a']);
  });
});
