/**
 * Survivors of `npx stryker run --mutate src/lib/search/search.ts`: the exact search data a page list
 * builds, where a query is cut into pieces, typo guesses (which, how many, how sure), the segmenter
 * contract, the cover of a piece, and the ranking's worked numbers. Every site here is built inside
 * the test that uses it, so the mutation run knows which tests cover the build.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { soundAlike } from '~/lib/search/sounds';
import { buildSearchData, type AliasSource, type DocInput, type QueryTerms, type Sounds } from '~/lib/search/data';
import { coverPiece, typoGuesses } from '~/lib/search/mend';
import { extractTerms } from '~/lib/search/query';
import { highlight } from '~/lib/search/highlight';
import { PAGEFIND_WORDS, WEIGHT } from '~/lib/search/tuning';
import { pagefindTerms } from '~/lib/search/pagefind';
import { rank } from '~/lib/search/rank';
import { wordsOf } from '~/lib/search/normalise';

/** A site whose pages each use one phrase (as a keyword), in this order. */
const site = (phrases: string[], aliases: AliasSource[] = []) =>
  buildSearchData(
    phrases.map((text, i) => ({ u: `/p${i}/`, t: text, section: '指南', fields: [{ text, weight: WEIGHT.keyword }] })),
    aliases,
  );
const known = (q: string, data: ReturnType<typeof site>, sounds?: Sounds) => extractTerms(q, data, undefined, sounds).known;
const terms = (q: string, data: ReturnType<typeof site>) => known(q, data).map((k) => k.term);

describe('buildSearchData', () => {
  it('cuts fields at punctuation, keeps the strongest place of a phrase, numbers headings and sections', () => {
    const pages: DocInput[] = [
      {
        u: '/a/',
        t: '甲',
        section: '指南',
        fields: [
          { text: '退货运费：谁出', weight: WEIGHT.title },
          { text: '谁出', weight: WEIGHT.keyword },
          { text: '第一步：先拍照 x', weight: WEIGHT.heading, anchor: 'step-1' },
          { text: '先拍照', weight: WEIGHT.keyword },
          { text: '第一步', weight: WEIGHT.heading, anchor: 'step-2' },
        ],
      },
      { u: '/b/', t: '乙', section: '自测结果', fields: [{ text: '退货', weight: WEIGHT.heading, anchor: 'h' }] },
      { u: '/c/', t: '丙', section: '指南', fields: [{ text: '丙丙', weight: WEIGHT.title }] },
    ];
    expect(buildSearchData(pages, [])).toEqual({
      sections: ['指南', '自测结果'],
      docs: [
        {
          u: '/a/',
          t: '甲',
          s: 0,
          h: [
            ['step-1', '第一步：先拍照 x'],
            ['step-2', '第一步'],
          ],
          // 谁出 keeps the title weight; 先拍照 moves up to the keyword weight and loses its heading;
          // 第一步 at an equal weight keeps its first heading; the single letter x is no phrase.
          f: [
            ['退货运费', 10],
            ['谁出', 10],
            ['第一步', 5, 0],
            ['先拍照', 8],
          ],
        },
        { u: '/b/', t: '乙', s: 1, h: [['h', '退货']], f: [['退货', 5, 0]] },
        { u: '/c/', t: '丙', s: 0, f: [['丙丙', 10]] },
      ],
      aliases: {},
    });
  });
});

describe('where a query is cut', () => {
  it('a number with its unit, latin text, a seller word and a filler word each cut the query in two', () => {
    const data = site(['退货退款'], [{ term: '调包', aliases: ['掉包'] }]);
    expect(terms('退货48小时退款', data)).toEqual(['退货', '退款']);
    expect(extractTerms('退货48小时退款', data).free).toEqual(['48小时']);
    expect(terms('退货abc退款', data)).toEqual(['退货', '退款']);
    expect(terms('退货掉包退款', data)).toEqual(['调包', '退货', '退款']);
    expect(terms('退货怎么退款', data)).toEqual(['退货', '退款']);
    // Uncut, the same characters are the one phrase.
    expect(terms('退货退款', data)).toEqual(['退货退款']);
  });

  it('a long filler phrase goes whole: 怎么处理 leaves no stray 处理 behind (fillers are cut longest first)', () => {
    const data = site(['空包', '处理']);
    expect(terms('空包怎么处理', data)).toEqual(['空包']);
    expect(extractTerms('空包怎么处理', data).free).toEqual([]);
    expect(terms('空包如何处理', data)).toEqual(['空包']);
  });

  it('latin text stays where a page phrase or a seller word\'s site term is exactly that text', () => {
    expect(terms('ps', site(['ps', '运费']))).toEqual(['ps']);
    expect(terms('ps', site(['退货', 'ps', '运费']))).toEqual(['ps']);
    expect(terms('ps', site([], [{ term: 'ps', aliases: ['修图'] }]))).toEqual(['ps']);
    expect(terms('ps', site([], [{ term: 'ps', aliases: ['修图'] }, { term: '调包', aliases: ['掉包'] }]))).toEqual(['ps']);
    expect(terms('ps', site(['psd']))).toEqual([]);
  });

  it('latin text is kept as the start of a seller word only where that seller word follows', () => {
    const data = site(['退货'], [{ term: '调包', aliases: ['ab图'] }]);
    expect(extractTerms('ab图', data).known).toEqual([{ term: '调包', certainty: 1 }]);
    // Dropped latin letters might be pinyin: without the sounds the reader asks for them.
    expect(extractTerms('ab 货物', data)).toEqual({ known: [], free: ['货物'], marks: ['货物'], soundsWanted: true });
    expect(extractTerms('ab 货物', data, undefined, soundAlike, () => undefined)).toEqual({ known: [], free: ['货物'], marks: ['货物'] });
  });

  it('the seller word counts as a key term too where a page uses it, not where only the seller-word list has it', () => {
    const used = site(['超时自动退款'], [{ term: '仅退款', aliases: ['自动退款'] }]);
    expect(terms('自动退款', used)).toEqual(['仅退款', '自动退款']);
    const unused = site(['超时退款'], [{ term: '仅退款', aliases: ['自动退款'] }]);
    expect(terms('自动退款', unused)).toEqual(['仅退款']);
  });

  it('marks hold the key terms and the free words', () => {
    expect(extractTerms('退货 色差', site(['退货'])).marks).toEqual(['退货', '色差']);
  });
});

describe('typo guesses', () => {
  it('a piece the site covers fully is read as it is, even when a phrase differs from it in one character', () => {
    expect(known('退货不寄', site(['退货', '不寄', '退货不给']))).toEqual([
      { term: '退货', certainty: 1 },
      { term: '不寄', certainty: 1 },
    ]);
  });

  it('a piece two-thirds covered is read as it is; less is tried as a typo', () => {
    // 箱 could be a same-shaped mend (退货包), so without the sounds the reader asks for them; with them it is read as it is.
    expect(extractTerms('退货箱', site(['退货包']))).toEqual({ known: [{ term: '退货', certainty: 1 }], free: [], marks: ['退货'], soundsWanted: true });
    expect(extractTerms('退货箱', site(['退货包']), undefined, soundAlike)).toEqual({ known: [{ term: '退货', certainty: 1 }], free: [], marks: ['退货'] });
    expect(known('退货箱子', site(['退货包子']))).toEqual([{ term: '退货包子', certainty: 0.8 }]);
  });

  it('a two-character leftover is guessed with less certainty than a whole piece', () => {
    // Two characters are guessed only with a left-out character (a swapped one matches too much by chance).
    expect(known('仅款', site(['仅退款']))).toEqual([{ term: '仅退款', certainty: 0.6 }]);
    expect(known('举正', site(['举证']))).toEqual([]);
    // A swap by sound is a mend, not a guess: certain.
    expect(known('举正', site(['举证']), soundAlike)).toEqual([{ term: '举证', certainty: 1 }]);
    expect(known('仅推款', site(['仅退款']))).toEqual([{ term: '仅退款', certainty: 0.8 }]);
    // Four characters: the guess keeps the characters on both sides of the wrong one.
    expect(known('工单愈期', site(['工单逾期']))).toEqual([{ term: '工单逾期', certainty: 0.8 }]);
  });

  it('several guesses share the certainty', () => {
    expect(known('举正材料', site(['举证材料', '举报材料']))).toEqual([
      { term: '举证材料', certainty: 0.4 },
      { term: '举报材料', certainty: 0.4 },
    ]);
    expect(known('退货不寄仅款', site(['退货', '不寄', '仅退款', '仅扣款']))).toEqual([
      { term: '退货', certainty: 1 },
      { term: '不寄', certainty: 1 },
      { term: '仅退款', certainty: 0.3 },
      { term: '仅扣款', certainty: 0.3 },
    ]);
    // At most three guesses.
    const four = known('仅款', site(['仅退款', '仅扣款', '仅罚款', '仅付款']));
    expect(four.map((k) => k.term)).toEqual(['仅退款', '仅扣款', '仅罚款']);
    for (const k of four) expect(k.certainty).toBeCloseTo(0.2, 12);
  });

  it('guesses are ordered by how often the site uses them; one used under a third as often as the best is dropped', () => {
    expect(terms('仅款', site(['仅扣款', '仅退款', '仅退款', '仅退款']))).toEqual(['仅退款', '仅扣款']);
    expect(terms('仅款', site(['仅扣款', '仅退款', '仅退款', '仅退款', '仅退款']))).toEqual(['仅退款']);
  });

  it('a leftover with no guess goes to Pagefind', () => {
    expect(extractTerms('退货不寄色差', site(['退货', '不寄']))).toMatchObject({ free: ['色差'] });
  });

  it('never guesses a filler word, a word from function characters alone, or the marker between pages and seller words', () => {
    expect(extractTerms('这么', site(['怎么处理']))).toEqual({ known: [], free: ['这么'], marks: ['这么'], soundsWanted: true });
    expect(extractTerms('这么', site(['怎么处理']), undefined, soundAlike)).toEqual({ known: [], free: ['这么'], marks: ['这么'] });
    expect(extractTerms('被坑', site(['被骗']))).toEqual({ known: [], free: ['被坑'], marks: ['被坑'], soundsWanted: true });
    // Three characters may be a swap, but not one that keeps only function characters (被…到 of 被骗到).
    expect(extractTerms('被坑到', site(['被骗到']), undefined, soundAlike)).toEqual({ known: [], free: ['被坑到'], marks: ['被坑到'] });
    expect(known('被坑到', site(['被骗到']))).toEqual([]);
    expect(known('被坑赔', site(['被骗赔']))).toEqual([{ term: '被骗赔', certainty: 0.8 }]);
    expect(extractTerms('呃掉', site([], [{ term: '调包', aliases: ['掉包'] }]))).toEqual({ known: [], free: ['呃掉'], marks: ['呃掉'], soundsWanted: true });
    // Nor across the marker or the gap between two phrases (货 of 退货, 运 of 运费).
    expect(typoGuesses('呃掉包', '\u0001\u0002掉包\u0001调包\u0001')).toEqual([]);
    expect(known('货运', site(['退货', '运费']))).toEqual([]);
  });

  it('a word found exactly and as a guess keeps the higher certainty', () => {
    expect(known('仅推款 仅退款', site(['仅退款']))).toEqual([{ term: '仅退款', certainty: 1 }]);
  });

  it('regex characters in the query are plain text', () => {
    expect(() => extractTerms('举.*正 (退)[款]+? ^$ | \\', site(['举证', '退款']))).not.toThrow();
    expect(terms('举.*正', site(['举证']))).toEqual([]);
  });
});

describe('the segmenter', () => {
  it('its words of two characters or more go to Pagefind, never a filler word', () => {
    expect(extractTerms('衣服色差', site(['退货']), () => ['衣服', '色', '怎么', '色差']).free).toEqual(['衣服', '色差']);
  });

  it('where it finds only single characters, the first two content characters are the word', () => {
    const chars = (t: string) => [...t];
    const free = (q: string) => extractTerms(q, site(['退货']), chars).free;
    expect(free('吊牌被摘')).toEqual(['吊牌']);
    expect(free('是被吊牌')).toEqual(['吊牌']);
    expect(free('是被吊')).toEqual([]);
    expect(free('吊被摘')).toEqual([]);
  });

  describe('wordsOf', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('keeps word-like segments only', () => {
      expect(wordsOf('hello, world')).toEqual(['hello', 'world']);
    });
    it('without Intl.Segmenter, or without Intl, the text is one word', () => {
      vi.stubGlobal('Intl', {});
      expect(wordsOf('hello, world')).toEqual(['hello, world']);
      vi.stubGlobal('Intl', undefined);
      expect(wordsOf('hello, world')).toEqual(['hello, world']);
    });
  });
});

describe('the corpus', () => {
  it('is built once per search data, not once per keystroke', () => {
    const data = site(['退货', '运费']);
    const flatMap = vi.spyOn(data.docs, 'flatMap');
    extractTerms('退货', data);
    extractTerms('运费', data);
    expect(flatMap).toHaveBeenCalledTimes(1);
  });
});

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

describe('coverPiece', () => {
  const cover = (text: string, phrases: string[]) => coverPiece([...text], (s) => phrases.includes(s));

  it('with the same characters covered, fewer phrases win, even when found later', () => {
    expect(cover('甲乙丙丁戊己庚辛', ['甲乙', '丙丁', '甲乙丙丁戊己', '戊己庚辛', '庚辛'])).toEqual([
      { text: '甲乙丙丁戊己', site: true },
      { text: '庚辛', site: true },
    ]);
  });

  it('more characters covered beats fewer phrases', () => {
    expect(cover('甲乙丙丁戊己庚', ['甲乙', '丙丁', '乙丙丁戊', '戊己庚', '己庚'])).toEqual([
      { text: '甲乙', site: true },
      { text: '丙丁', site: true },
      { text: '戊己庚', site: true },
    ]);
  });

  it('with the same characters and phrases, the first cover found stays', () => {
    expect(cover('甲乙丙丁', ['甲乙丙', '乙丙丁'])).toEqual([
      { text: '甲乙丙', site: true },
      { text: '丁', site: false },
    ]);
  });

  it('phrases of two to twelve characters', () => {
    const twelve = '一二三四五六七八九十百千';
    expect(cover(twelve, [twelve])).toEqual([{ text: twelve, site: true }]);
    expect(cover(`${twelve}万`, [`${twelve}万`])).toEqual([{ text: `${twelve}万`, site: false }]);
    expect(cover('甲乙', ['甲乙'])).toEqual([{ text: '甲乙', site: true }]);
    expect(cover('', ['甲乙'])).toEqual([]);
  });
});

describe('rank, worked numbers', () => {
  /** Three pages; the third is a self-check verdict page. */
  const data = () =>
    buildSearchData(
      [
        { u: '/a/', t: 'a', section: '指南', fields: [{ text: '退货', weight: WEIGHT.title }] },
        { u: '/b/', t: 'b', section: '指南', fields: [{ text: '退货运费', weight: WEIGHT.keyword }] },
        { u: '/c/', t: 'c', section: '自测结果', fields: [{ text: '运费', weight: WEIGHT.heading }] },
      ],
      [],
    );
  const scores = (known: QueryTerms['known'], d = data()) => rank({ known, free: [], marks: [] }, d).map((r) => [r.doc, r.score]);
  const close = (actual: (number | undefined)[][], expected: number[][]) => {
    expect(actual.map((r) => r[0])).toEqual(expected.map((r) => r[0]));
    actual.forEach((r, i) => expect(r[1]).toBeCloseTo(expected[i]?.[1] ?? NaN, 9));
  };

  it('weight (half again for the whole phrase) × rarity ln(1 + pages / pages with the term) × length / 2 × certainty', () => {
    const idf = Math.log(1 + 3 / 2);
    close(scores([{ term: '退货', certainty: 1 }]), [
      [0, 15 * idf],
      [1, 8 * idf],
    ]);
    close(scores([{ term: '退货', certainty: 0.5 }]), [
      [0, 7.5 * idf],
      [1, 4 * idf],
    ]);
    // Four characters count twice as much as two; a page of three lists it once.
    close(scores([{ term: '退货运费', certainty: 1 }]), [[1, 12 * Math.log(4) * 2]]);
  });

  it('length counts up to five characters', () => {
    const d = buildSearchData(
      [
        { u: '/a/', t: 'a', section: '指南', fields: [{ text: '一二三四五六七', weight: WEIGHT.keyword }] },
        { u: '/b/', t: 'b', section: '指南', fields: [{ text: '别的', weight: WEIGHT.keyword }] },
      ],
      [],
    );
    close(scores([{ term: '一二三四五六七', certainty: 1 }], d), [[0, 12 * Math.log(3) * 2.5]]);
    close(scores([{ term: '一二三', certainty: 1 }], d), [[0, 8 * Math.log(3) * 1.5]]);
  });

  it('a page matching two terms gains a quarter; a self-check verdict page counts 0.6', () => {
    const known = [
      { term: '退货', certainty: 1 },
      { term: '运费', certainty: 1 },
    ];
    const idf = Math.log(1 + 3 / 2);
    close(scores(known), [
      [1, (8 * idf + 8 * idf) * 1.25],
      [0, 15 * idf],
      [2, 7.5 * idf * 0.6],
    ]);
  });

  it('Pagefind lists add by rank, the combined query (first list) most; only the first list counts as a matched term', () => {
    const d = data();
    const ranked = rank({ known: [], free: [], marks: [] }, d, [
      ['2_a1', 'zz', '0_b2'],
      ['0_b2', '2_a1'],
    ]);
    // p1: 24 / 2 + 8 / 3, × 0.6 as a verdict page; p2 at place 3 of the first list: 24 / 4, then 8 / 2.
    expect(ranked.map((r) => [r.doc, r.pagefindId])).toEqual([
      [0, '0_b2'],
      [2, '2_a1'],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(6 + 4, 9);
    expect(ranked[1]?.score).toBeCloseTo((12 + 8 / 3) * 0.6, 9);
    // Pagefind and a key term on the same page: two matches.
    const both = rank({ known: [{ term: '退货', certainty: 1 }], free: [], marks: [] }, d, [['0_b2']]);
    expect(both[0]?.score).toBeCloseTo((15 * Math.log(2.5) + 12) * 1.25, 9);
  });

  it('Pagefind ids that name no page (not <doc>_<build>, or past the last page) add nothing', () => {
    expect(rank({ known: [], free: [], marks: [] }, data(), [['p1', '3_a1', '0_', '_a1', 'x0_a1', '0_a1x', '1.5_a1']])).toEqual([]);
  });

  it('equal scores are listed by page order, whatever order the pages were matched in', () => {
    const one = (d: ReturnType<typeof site>, ...terms: string[]) => rank({ known: terms.map((term) => ({ term, certainty: 1 })), free: [], marks: [] }, d).map((r) => r.doc);
    expect(one(site(['退货', '退货', '退货']), '退货')).toEqual([0, 1, 2]);
    expect(one(site(['运费', '退货']), '退货', '运费')).toEqual([0, 1]);
  });

  /** Page 0 has one heading per phrase (h0, h1, …); page 1 has the title 别的. */
  const headed = (...phrases: string[]) =>
    buildSearchData(
      [
        { u: '/a/', t: 'a', section: '指南', fields: phrases.map((text, i) => ({ text, weight: WEIGHT.heading, anchor: `h${i}` })) },
        { u: '/b/', t: 'b', section: '指南', fields: [{ text: '别的', weight: WEIGHT.title }] },
      ],
      [],
    );
  const headingOf = (d: ReturnType<typeof headed>, ...known: QueryTerms['known']) => rank({ known, free: [], marks: [] }, d)[0]?.heading;
  const sure = (term: string) => ({ term, certainty: 1 });

  it('links to the heading holding most of the query; the first such heading on a tie', () => {
    const d = headed('运费', '退货运费');
    expect(headingOf(d, sure('退货运费'), sure('运费'))).toBe(1);
    expect(headingOf(d, sure('运费'))).toBe(0);
  });

  it('a heading counts a longer and a surer term for more; a page matched outside headings links to none', () => {
    const d = headed('运费', '退货包邮', '拒收');
    expect(headingOf(d, sure('运费'), sure('退货包邮'))).toBe(1);
    expect(headingOf(d, sure('运费'), { term: '拒收', certainty: 0.5 })).toBe(0);
    expect(rank({ known: [sure('别的')], free: [], marks: [] }, d)[0]).toMatchObject({ doc: 1, heading: -1 });
  });
});

describe('highlight', () => {
  it('marks the longest term first and matches without case', () => {
    expect(highlight('举证材料', ['举证', '举证材料'])).toBe('<mark>举证材料</mark>');
    expect(highlight('PS图', ['ps'])).toBe('<mark>PS</mark>图');
    expect(highlight('<图>', [])).toBe('&#60;图&#62;');
  });
});
