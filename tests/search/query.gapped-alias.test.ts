/**
 * A seller word said with a word or two put inside it (钱被平台扣 for 钱被扣, 没有收到货 for 没收到货):
 * read as the seller word, a little less surely, with the words inside read on their own.
 */
import { describe, expect, it } from 'vitest';
import { type DocInput } from '~/lib/search/data';
import { extractTerms } from '~/lib/search/query';
import { GAPPED } from '~/lib/search/tuning';
import { searchData } from '../support/search-sites';

const page = (u: string, ...phrases: string[]): DocInput => ({ u, t: u, section: '指南', fields: phrases.map((text) => ({ text, weight: 5 })) });
const fixture = () =>
  searchData(
    [page('/outcomes/', '扣款', '平台介入'), page('/not-received/', '买家称未收到货', '没收到货')],
    [
      { term: '扣款', aliases: ['钱被扣', '扣钱'] },
      { term: '买家称未收到货', aliases: ['没收到货', '说没到'] },
    ],
  );
const certainty = (q: string, term: string) => extractTerms(q, fixture()).known.find((k) => k.term === term)?.certainty;

describe('seller words with a word inside', () => {
  it('reads 钱被平台扣 as 钱被扣, less surely than the word itself, and keeps 平台 apart', () => {
    const terms = extractTerms('钱被平台扣了', fixture());
    expect(terms.known).toContainEqual({ term: '扣款', certainty: GAPPED });
    expect(terms.known.map((k) => k.term)).toContain('平台');
    expect(terms.marks).toContain('钱被平台扣');
    expect(certainty('钱被扣了', '扣款')).toBe(1);
  });

  it('takes one or two characters inside, not three', () => {
    expect(certainty('钱被他扣了', '扣款')).toBe(GAPPED);
    expect(certainty('钱被平台扣了', '扣款')).toBe(GAPPED);
    expect(certainty('钱被那个平台扣了', '扣款')).toBeUndefined();
  });

  it('only inside seller words of three characters or more, and only with Chinese characters inside', () => {
    // 扣钱 has two characters: 扣了钱 is not read as it.
    expect(certainty('扣了钱', '扣款')).toBeUndefined();
    // Punctuation or a space splits the sentence: 钱被，扣 is two pieces.
    expect(certainty('钱被，扣', '扣款')).toBeUndefined();
    expect(certainty('钱被 x 扣', '扣款')).toBeUndefined();
  });

  it('a seller word the site also prints counts, as surely as the seller word itself', () => {
    // 没收到货 is an alias and a printed phrase: 没有收到货 gives both, at GAPPED.
    const terms = extractTerms('买家没有收到货', fixture());
    expect(terms.known).toContainEqual({ term: '买家称未收到货', certainty: GAPPED });
    expect(terms.known).toContainEqual({ term: '没收到货', certainty: GAPPED });
  });

  it('the printed siblings of a seller word count less when it was said with a gap', () => {
    // 说没到 → 买家称未收到货, whose printed sibling 没收到货 gets 0.45 of the certainty.
    expect(certainty('说没到', '没收到货')).toBeCloseTo(0.45);
    expect(certainty('说还没到', '没收到货')).toBeCloseTo(0.45 * GAPPED);
  });

  it('only the words inside are read again, each on its own', () => {
    // The seller word itself is not read a second time as a piece (钱被 is part of the alias corpus).
    expect(extractTerms('钱被平台扣了', fixture()).known.map((k) => k.term).sort()).toEqual(['平台', '扣款'].sort());
    // Words in two gaps are not glued together: 退 and 款 on either side of 被 do not make 退款.
    const data = searchData([page('/refund/', '退款'), page('/outcomes/', '扣款')], [{ term: '扣款', aliases: ['钱被扣'] }]);
    expect(extractTerms('钱退被款扣', data).known.map((k) => k.term)).toEqual(['扣款']);
  });
});
