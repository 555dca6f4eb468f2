/**
 * Survivors of the mutation run in src/lib/search/search.ts: the seller-word map, alias order, filler removal,
 * the one-character floor, and one result per page. (The first edition's `buildAliasMap`,
 * `expandQuery` and `bestBets` became `buildSearchData`, `extractTerms` and `rank`; the intents stay.)
 */
import { describe, expect, it } from 'vitest';
import { type DocInput } from '~/lib/search/data';
import { extractTerms } from '~/lib/search/query';
import { normalise } from '~/lib/search/normalise';
import { pagefindTerms } from '~/lib/search/pagefind';
import { rank } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import { searchData } from '../support/search-sites';

const page = (u: string, ...phrases: [string, number][]): DocInput => ({
  u,
  t: u,
  section: '指南',
  fields: phrases.map(([text, weight]) => ({ text, weight })),
});
const known = (q: string, data: ReturnType<typeof searchData>) => extractTerms(q, data).known.map((k) => k.term);

describe('aliases', () => {
  it('first definition wins; a term is not its own alias; blank aliases are dropped', () => {
    const { aliases } = searchData(
      [],
      [
        { term: '调包', aliases: ['掉包', '调包', '  ', '？'] },
        { term: '其他', aliases: ['掉包', '换货'] },
      ],
    );
    expect(aliases).toEqual({ 掉包: '调包', 换货: '其他' });
  });

  it('aliases are compared without case, width or spaces', () => {
    const { aliases } = searchData([], [{ term: '仅 退款', aliases: ['ＰＤＤ 退款', '仅退款'] }]);
    expect(aliases).toEqual({ pdd退款: '仅退款' });
  });

  it('the longest alias is replaced first, whatever order the map lists them in', () => {
    const data = searchData(
      [],
      [
        { term: '邮费', aliases: ['运费'] },
        { term: '退货包运费', aliases: ['运费险'] },
        { term: '退运险全称', aliases: ['退货运费险'] },
      ],
    );
    const t = extractTerms('运费险多少', data);
    expect(t.known.map((k) => k.term)).toEqual(['退货包运费']);
    // The query keeps the seller's own word, as typed, for marking in excerpts.
    expect(t.marks).toContain('运费险');
    expect(t.marks).not.toContain('运费');
    expect(known('退货运费险', data)).toEqual(['退运险全称']);
    expect(known('运费', data)).toEqual(['邮费']);
  });

  it('filler words split the query into the words that remain', () => {
    const data = searchData([page('/a/', ['买家', WEIGHT.keyword], ['退货', WEIGHT.keyword])], []);
    expect(known('买家的了退货怎么办', data)).toEqual(['买家', '退货']);
    expect(known('买家怎么退货', data)).toEqual(['买家', '退货']);
    // Without the filler cut, 买家怎么退货 would be one piece whose middle the site does not know.
    expect(extractTerms('买家怎么退货', data).free).toEqual([]);
  });

  it('a query of filler words or punctuation only has no key term and finds nothing', () => {
    const data = searchData([page('/a/', ['怎么办理退货', WEIGHT.title])], []);
    for (const q of ['怎么办', '？！', '拼多多 怎么办 吗']) {
      const t = extractTerms(q, data);
      expect(t, q).toEqual({ known: [], free: [], marks: [] });
      expect(rank(t, data), q).toEqual([]);
    }
  });

  it('normalise folds runs of spaces', () => {
    expect(normalise('退货  \t 退款')).toBe('退货 退款');
    expect(normalise('退货？！退款')).toBe('退货 退款');
  });
});

describe('ranking (successor of best bets)', () => {
  const data = searchData(
    [
      page('/short/', ['收到', WEIGHT.keyword]),
      page('/long/', ['没收到货', WEIGHT.title], ['收到货', WEIGHT.keyword]),
      page('/mid/', ['没收到', WEIGHT.heading]),
    ],
    [],
  );
  const paths = (q: string) => rank(extractTerms(q, data), data).map((r) => data.docs[r.doc]?.path);

  it('punctuation and spaces split the query; a single character left alone is dropped', () => {
    expect(known('没收到货？', data)).toEqual(['没收到货']);
    expect(known('？没收到货！', data)).toEqual(['没收到货']);
    expect(known('没 收到货', data)).toEqual(['收到货']);
  });

  it('a one-character query finds nothing', () => {
    const one = searchData([page('/a/', ['空', WEIGHT.title], ['空包', WEIGHT.keyword])], []);
    expect(extractTerms('空', one)).toEqual({ known: [], free: [], marks: [] });
    expect(rank(extractTerms('空', one), one)).toEqual([]);
  });

  it('the page whose whole phrase the query is ranks first, one entry per page', () => {
    const ranked = paths('没收到货');
    expect(ranked[0]).toBe('/long/');
    expect(new Set(ranked).size).toBe(ranked.length);
    // 没收到货 is a piece of no other page's phrase: only the page that uses it matches.
    expect(ranked).toEqual(['/long/']);
    expect(paths('收到')).toEqual(['/short/', '/long/', '/mid/']);
  });

  it('pagefindTerms puts the longest term first and stops at the limit', () => {
    const t = { known: [{ term: '收到', certainty: 1 }, { term: '没收到货', certainty: 1 }, { term: '猜的', certainty: 0.4 }], free: ['衣服色差'], marks: [] };
    expect(pagefindTerms(t)).toEqual(['没收到货', '衣服色差', '收到']);
    expect(pagefindTerms(t, 1)).toEqual(['没收到货']);
  });
});
