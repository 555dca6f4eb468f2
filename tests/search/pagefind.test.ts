/**
 * pagefind.ts: what Pagefind is asked (pagefindTerms).
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import type { QueryTerms } from '~/lib/search/data';
import { pagefindTerms } from '~/lib/search/pagefind';
import { PAGEFIND_WORDS } from '~/lib/search/tuning';

describe('pagefindTerms', () => {
  it('asks Pagefind for guesses of certainty one half and more', () => {
    const t: QueryTerms = { known: [{ term: '半信半疑', certainty: 0.5 }, { term: '猜的', certainty: 0.49 }], free: [], marks: [] };
    expect(pagefindTerms(t)).toEqual(['半信半疑']);
  });

  describe('with a word budget', () => {
    // Two characters a word, as Pagefind cuts these terms.
    const pairs = (t: string) => t.match(/../gu) ?? [t];
    const asking = (...terms: string[]): QueryTerms => ({ known: terms.map((term) => ({ term, certainty: 1 })), free: [], marks: [] });

    it('skips a term that would take the query over the budget, and keeps looking for one that fits', () => {
      // 买家收到 (2 words) + 部分退款 (2) fill four; 签收证明 would make six; 退款 is already looked up and costs nothing.
      expect(pagefindTerms(asking('买家收到', '部分退款', '签收证明', '退款'), 4, pairs, 4)).toEqual(['买家收到', '部分退款', '退款']);
      expect(pagefindTerms(asking('买家收到', '部分退款', '签收证明'), 4, pairs, 5)).toEqual(['买家收到', '部分退款']);
      expect(pagefindTerms(asking('买家收到', '部分退款', '签收证明'), 4, pairs, 6)).toEqual(['买家收到', '部分退款', '签收证明']);
    });

    it('always asks the first term, even over the budget', () => {
      expect(pagefindTerms(asking('买家收到货以后', '退款'), 4, pairs, 2)).toEqual(['买家收到货以后']);
    });

    it('stops at the term limit, and without a splitter counts no words', () => {
      expect(pagefindTerms(asking('甲乙', '丙丁', '戊己'), 2, pairs, 9)).toEqual(['甲乙', '丙丁']);
      expect(pagefindTerms(asking('甲乙丙丁', '戊己庚辛', '壬癸子丑'), 4, undefined, 1)).toEqual(['甲乙丙丁', '戊己庚辛', '壬癸子丑']);
    });

    it('asks Pagefind for at most four words by default', () => {
      expect(PAGEFIND_WORDS).toBe(4);
      expect(pagefindTerms(asking('甲乙丙丁', '戊己庚辛', '壬癸'), 4, pairs)).toEqual(['甲乙丙丁', '戊己庚辛']);
    });
  });
});
