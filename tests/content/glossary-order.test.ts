/**
 * Survivors of the mutation run in pinyin.ts: the first syllable of a letter belongs to that letter, Latin
 * and leading spaces, words that start with no letter, and the exact groups of the glossary index.
 */
import { describe, expect, it } from 'vitest';
import { pinyinGroups, pinyinInitial } from '~/lib/content/glossary-order';

describe('initial letters', () => {
  it('the first character of a letter’s range is that letter, as is the last letter’s', () => {
    expect(pinyinInitial('阿')).toBe('A');
    expect(pinyinInitial('八')).toBe('B');
    expect(pinyinInitial('帀')).toBe('Z');
  });

  it('a seller’s word under every letter of the index (no Mandarin syllable starts with I, U or V)', () => {
    const words = '安全 包裹 仓库 订单 恶意 发货 工单 换货 介入 快递 揽收 卖家 拿货 欧元 拍照 签收 认证 售后 退款 物流 箱子 运费 仲裁'.split(' ');
    expect(words.map(pinyinInitial).join('')).toBe('ABCDEFGHJKLMNOPQRSTWXYZ');
  });

  it('Latin words keep their own first letter, upper-cased; leading spaces are skipped', () => {
    expect(pinyinInitial('b')).toBe('B');
    expect(pinyinInitial('app退款')).toBe('A');
    expect(pinyinInitial(' 仅退款')).toBe('J');
  });

  it('a word that starts with a digit or a sign goes under #', () => {
    expect(pinyinInitial('7天无理由')).toBe('#');
    expect(pinyinInitial('·')).toBe('#');
  });
});

describe('groups', () => {
  it('sorted by pinyin, one group per letter, # first', () => {
    expect(pinyinGroups(['退货', '举证', '阿里', '仅退款', '驳回', '退款', '拒收', '7天无理由'], (x) => x)).toEqual([
      { letter: '#', items: ['7天无理由'] },
      { letter: 'A', items: ['阿里'] },
      { letter: 'B', items: ['驳回'] },
      { letter: 'J', items: ['仅退款', '举证', '拒收'] },
      { letter: 'T', items: ['退货', '退款'] },
    ]);
    expect(pinyinGroups([], (x: string) => x)).toEqual([]);
  });
});
