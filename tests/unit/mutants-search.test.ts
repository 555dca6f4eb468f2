/** Survivors of the mutation run in src/lib/search.ts: alias order, filler removal, best-bet thresholds and limits. */
import { describe, expect, it } from 'vitest';
import { bestBets, buildAliasMap, expandQuery, normalise, type BestBet } from '../../src/lib/search';

describe('aliases', () => {
  it('first definition wins; a term is not its own alias; blank aliases are dropped', () => {
    const map = buildAliasMap([
      { term: '调包', aliases: ['掉包', '调包', '  ', '？'] },
      { term: '其他', aliases: ['掉包', '换货'] },
    ]);
    expect(map).toEqual({ 掉包: '调包', 换货: '其他' });
  });

  it('the longest alias is replaced first, whatever order the map lists them in', () => {
    const aliases = { 运费: '邮费', 运费险: '退货包运费', 退货运费险: '退运险全称' };
    const variants = expandQuery('运费险多少', aliases);
    expect(variants[0]).toBe('运费险多少');
    expect(variants).toContain('退货包运费');
    expect(variants).not.toContain('邮费 险多少');
    expect(expandQuery('退货运费险', aliases)).toContain('退运险全称');
  });

  it('filler words become single spaces between the words that remain', () => {
    expect(expandQuery('买家的了退货怎么办', {})).toEqual(['买家的了退货怎么办', '买家 退货']);
    expect(expandQuery('买家怎么退货', {})).toEqual(['买家怎么退货', '买家 退货']);
  });

  it('a query of filler words only is kept as typed, with no empty variant', () => {
    expect(expandQuery('怎么办', {})).toEqual(['怎么办']);
    expect(expandQuery('？！', {})).toEqual([]);
  });

  it('normalise folds runs of spaces', () => {
    expect(normalise('退货  \t 退款')).toBe('退货 退款');
    expect(normalise('退货？！退款')).toBe('退货 退款');
  });
});

describe('best bets', () => {
  const bet = (phrase: string, path: string): BestBet => ({ phrase, path, title: path, section: 's', description: 'd' });

  it('ignores spaces in the query and in the phrase', () => {
    expect(bestBets('没 收到货', [bet('没收到货', '/a/')]).map((b) => b.path)).toEqual(['/a/']);
    expect(bestBets('没收到货', [bet('没收到 货', '/a/')]).map((b) => b.path)).toEqual(['/a/']);
  });

  it('a one-character query finds nothing', () => {
    expect(bestBets('空', [bet('空', '/a/'), bet('空包', '/b/')])).toEqual([]);
  });

  it('short phrases count up to 8 characters of query, not beyond', () => {
    const bets = [bet('举证', '/guide/evidence/')];
    expect(bestBets('买家举证时间多久', bets)).toHaveLength(1);
    expect(bestBets('买家举证时间要多久', bets)).toEqual([]);
    expect(bestBets('买家举证时间要多久', [bet('举证时间', '/x/')])).toHaveLength(1);
  });

  it('longest phrase first, one entry per page, at most `limit` pages', () => {
    const bets = [bet('收到', '/short/'), bet('没收到货', '/long/'), bet('收到货', '/long/'), bet('没收到', '/mid/')];
    expect(bestBets('没收到货', bets).map((b) => b.path)).toEqual(['/long/', '/mid/']);
    expect(bestBets('没收到货', bets, 3).map((b) => b.path)).toEqual(['/long/', '/mid/', '/short/']);
    expect(bestBets('没收到货', bets, 1).map((b) => b.phrase)).toEqual(['没收到货']);
  });
});
