import { describe, expect, it } from 'vitest';
import { content } from '../content-files';
import { bestBets, buildAliasMap, expandQuery, mergeResults, normalise, type BestBet } from '../../src/lib/search';

const aliases = buildAliasMap([...content.glossary, ...content.aliases]);

describe('seller vocabulary', () => {
  it('maps colloquial words to the site terms', () => {
    expect(aliases['掉包']).toBe('调包');
    expect(aliases['只退款']).toBe('仅退款');
    expect(aliases['小二介入']).toBe('平台介入');
    expect(aliases['调包']).toBeUndefined();
  });
  it('normalises punctuation, width and case', () => {
    expect(normalise('拼多多？退款，ＡＢ！')).toBe('拼多多 退款 ab');
  });
  it('expands a query with the site term and without filler words, as typed first', () => {
    expect(expandQuery('拼多多买家退货掉包怎么处理', aliases)).toEqual([
      '拼多多买家退货掉包怎么处理',
      '拼多多买家退货 调包 怎么处理',
      '买家退货 调包',
      '调包',
    ]);
    expect(expandQuery('   ', aliases)).toEqual([]);
  });
});

describe('merging and best bets', () => {
  it('keeps the order of the as-typed results, then adds what other variants found', () => {
    const merged = mergeResults([[{ id: 'a' }, { id: 'b' }], [{ id: 'c' }, { id: 'a' }]]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
  const bet = (phrase: string, path: string): BestBet => ({ phrase, path, title: path, section: 's', description: 'd' });
  const bets = [bet('空包', '/scenarios/empty-parcel/'), bet('没收到货', '/scenarios/not-received/'), bet('举证', '/guide/how-to-respond/'), bet('收到', '/x/')];
  it('finds pages by exact phrase, longest first, one entry per page', () => {
    expect(bestBets('买家没收到货', bets).map((b) => b.path)).toEqual(['/scenarios/not-received/', '/x/']);
    expect(bestBets('空包', bets).map((b) => b.path)).toEqual(['/scenarios/empty-parcel/']);
  });
  it('ignores short generic words inside long questions', () => {
    expect(bestBets('拼多多商家举证不足怎么赔付举证多久', bets)).toEqual([]);
  });
});
