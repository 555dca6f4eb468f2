/**
 * Survivors of `npx stryker run --mutate` on the search code tuned for typos by sound: the syllable table
 * and its sound functions (src/lib/pinyin.ts), and how src/lib/search.ts reads typos by sound, left-out
 * characters and question words. Every fixture is built inside the test that uses it, so the mutation
 * run knows which tests cover it.
 */
import { describe, expect, it } from 'vitest';
import { pinyinSyllables, soundAlike, soundsOf, syllableOf } from '../../src/lib/pinyin';

describe('the syllable table', () => {
  it('reads every syllable of a table, its letters whole, and finds a character by the start at or before it', () => {
    const { syllableOf: of } = soundsOf('ba八ma妈');
    expect(of('八')).toBe('ba');
    expect(of('妈')).toBe('ma');
    expect(of('米')).toBe('ma');
    // A character sorted before the first start takes the first syllable.
    expect(of('阿')).toBe('ba');
  });

  it('knows one Chinese character only', () => {
    expect(syllableOf('证')).toBe('zheng');
    expect(syllableOf('证x')).toBeUndefined();
    expect(syllableOf('x证')).toBeUndefined();
    expect(syllableOf('举证')).toBeUndefined();
  });
});

describe('how alike two characters sound', () => {
  it('near for -ang/-an, -eng/-en, -ing/-in and for zh/z, ch/c, sh/s', () => {
    expect(soundAlike('帮', '班')).toBe(1);
    expect(soundAlike('风', '分')).toBe(1);
    expect(soundAlike('星', '心')).toBe(1);
    expect(soundAlike('知', '资')).toBe(1);
    expect(soundAlike('吃', '次')).toBe(1);
    expect(soundAlike('是', '四')).toBe(1);
    expect(soundAlike('东', '端')).toBe(0);
  });

  it('is 0 where either side has no syllable, and letters are read as the syllable they spell', () => {
    expect(soundAlike('1', '证')).toBe(0);
    expect(soundAlike('证', '1')).toBe(0);
    expect(soundAlike('x', 'y')).toBe(0);
    expect(soundAlike('zheng', '证')).toBe(2);
    expect(soundAlike('zhen', '证')).toBe(1);
  });
});

describe('letters read as pinyin', () => {
  it('fewest syllables; on a tie, the split found first (the longest last syllable)', () => {
    expect(pinyinSyllables('biana')).toEqual(['bian', 'a']);
    expect(pinyinSyllables('xianan')).toEqual(['xia', 'nan']);
    expect(pinyinSyllables('zhuang')).toEqual(['zhuang']);
    expect(pinyinSyllables('zhuangzhuang')).toEqual(['zhuang', 'zhuang']);
    expect(pinyinSyllables('q')).toBeUndefined();
    expect(pinyinSyllables('')).toEqual([]);
  });
});
