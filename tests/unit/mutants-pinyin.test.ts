/**
 * Survivors of the mutation run in pinyin.ts: the first syllable of a letter belongs to that letter, Latin
 * and leading spaces, words that start with no letter, and the exact groups of the glossary index.
 */
import { describe, expect, it } from 'vitest';
import { pinyinGroups, pinyinInitial } from '../../src/lib/pinyin';

describe('initial letters', () => {
  it('the first character of a letter’s range is that letter, as is the last letter’s', () => {
    expect(pinyinInitial('阿')).toBe('A');
    expect(pinyinInitial('八')).toBe('B');
    expect(pinyinInitial('帀')).toBe('Z');
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
