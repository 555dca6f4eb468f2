/**
 * Survivors of `npx stryker run --mutate` on the search code tuned for typos by sound: the syllable table
 * and its sound functions (src/lib/search/sounds.ts), and how src/lib/search/query.ts reads typos by sound, left-out
 * characters and question words. Every fixture is built inside the test that uses it, so the mutation
 * run knows which tests cover it.
 */
import { describe, expect, it } from 'vitest';
import { pinyinSyllables, soundAlike, soundsOf, syllableOf } from '~/lib/search/sounds';
import { type AliasSource, type Sounds } from '~/lib/search/data';
import { extractTerms } from '~/lib/search/query';
import { pagefindTerms } from '~/lib/search/pagefind';
import { rank } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import type { Intent } from '~/lib/search/intents';
import { searchData } from '../support/search-sites';

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

/** A site whose pages each use one phrase (as a keyword), in this order. */
const site = (phrases: string[], aliases: AliasSource[] = [], sounds?: Sounds, intents?: Intent[]) =>
  searchData(
    phrases.map((text, i) => ({ u: `/p${i}/`, t: text, section: '指南', fields: [{ text, weight: WEIGHT.keyword }] })),
    aliases,
    sounds,
    intents,
  );

describe('what the search data carries for sounds and questions', () => {
  it('for each function character, the same-sounding characters of the site phrases and seller-word terms; the intents as given', () => {
    const intents = [{ id: 'who', ask: '谁出', answer: '谁' }];
    const d = searchData(
      [{ u: '/a/', t: 'a', section: '指南', fields: [{ text: '倒计时', weight: WEIGHT.keyword }, { text: '未发货', weight: WEIGHT.keyword }] }],
      [{ term: '调包', aliases: ['掉包'] }],
      soundAlike,
      intents,
    );
    expect(d.near).toStrictEqual({ 是: '时', 及: '计', 或: '货', 到: '倒', 为: '未', 几: '计' });
    expect(d.intents).toStrictEqual(intents);
    expect(d.intents).not.toBe(intents);
    // 包 of the seller-word term sounds like nothing of FUNCTION_CHARS; 掉 (a seller word) is no site character.
    const plain = searchData([{ u: '/a/', t: 'a', section: '指南', fields: [{ text: '退款', weight: WEIGHT.keyword }] }], [{ term: '倒货', aliases: ['掉货'] }], soundAlike);
    expect(plain.near).toStrictEqual({ 到: '倒', 或: '货' });
    expect('near' in site(['退款'])).toBe(false);
    expect('intents' in site(['退款'])).toBe(false);
  });
});

describe('question intents', () => {
  const intents = [{ id: 'who', ask: '谁出', answer: '谁' }];
  const asking = () =>
    searchData(
      [
        { u: '/a/', t: '运费谁出', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }] },
        { u: '/b/', t: 'b', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }, { text: '谁付', weight: WEIGHT.heading }] },
        { u: '/c/', t: 'c', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }, { text: '谁付', weight: WEIGHT.heading - 1 }] },
        { u: '/d/', t: 'd', section: '常见问题', fields: [{ text: '运费', weight: WEIGHT.keyword }] },
      ],
      [],
      undefined,
      intents,
    );

  it('a page asking the same by its title or a heading-weight phrase gains 1.4; an FAQ page gains 1.15 for a question', () => {
    const d = asking();
    const base = 8 * 1.5 * Math.log(2);
    const scored = (q: string) => rank(extractTerms(q, d), d).map((r) => [r.doc, r.score]);
    const close = (actual: number[][], expected: number[][]) => {
      expect(actual.map((r) => r[0])).toEqual(expected.map((r) => r[0]));
      actual.forEach((r, i) => expect(r[1]).toBeCloseTo(expected[i]?.[1] ?? NaN, 9));
    };
    close(scored('运费谁出'), [
      [0, base * 1.4],
      [1, base * 1.4],
      [3, base * 1.15],
      [2, base],
    ]);
    close(scored('运费吗'), [
      [3, base * 1.15],
      [0, base],
      [1, base],
      [2, base],
    ]);
    close(scored('运费'), [
      [0, base],
      [1, base],
      [2, base],
      [3, base],
    ]);
  });

  it('a query is read for intents and as a question only where it has a term', () => {
    const d = asking();
    expect(extractTerms('运费谁出', d)).toStrictEqual({
      known: [{ term: '运费', certainty: 1 }],
      free: ['谁出'],
      marks: ['运费', '谁出'],
      intents: ['who'],
      soundsWanted: true,
      question: true,
    });
    expect(extractTerms('谁出', d)).toMatchObject({ intents: ['who'], question: true });
    const none = extractTerms('怎么', searchData([], [], undefined, [{ id: 'how', ask: '怎么', answer: '怎么' }]));
    expect(none).toStrictEqual({ known: [], free: [], marks: [] });
  });
});

describe('pagefindTerms', () => {
  it('drops an adverb only in front of a term of four characters or more', () => {
    const asked = (...terms: string[]) => pagefindTerms({ known: terms.map((term) => ({ term, certainty: 1 })), free: [], marks: [] }, 9);
    expect(asked('会自动退款', '就退款了吧', '都同意了', '也不寄回', '还没发货', '又退款了')).toEqual(['自动退款', '退款了吧', '同意了', '不寄回', '没发货', '退款了']);
    expect(asked('会退款', '要自动退款')).toEqual(['要自动退款', '会退款']);
  });
});
