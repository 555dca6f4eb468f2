/**
 * mend.ts: covering a piece (coverPiece), typo guesses by shape and sound (typoGuesses), mending by
 * sound (mendSounds: which windows, in which order), when the sounds table is worth loading (worthSounds).
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import type { Sounds } from '~/lib/search/data';
import { coverPiece, mendSounds, typoGuesses } from '~/lib/search/mend';
import { extractTerms } from '~/lib/search/query';
import { soundAlike } from '~/lib/search/sounds';
import { known, site, terms, worth } from '../support/search-sites';

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

describe('worthSounds', () => {
  it('a mend into a phrase of three or more characters is worth the sounds table', () => {
    expect(worth('仅推款', '仅退款', '仅退款')).toBe(true);
    // Three characters all swapped but one: still three.
    expect(worth('进推款', '仅退款', '仅退款')).toBe(true);
    // Even where every character kept says nothing alone.
    expect(worth('就是在', '就是再', '就是再')).toBe(true);
  });

  it('a two-character mend is worth it only where the kept character says something alone', () => {
    expect(worth('品值', '品质', '品质')).toBe(true);
    expect(worth('值品', '质品', '质品')).toBe(true);
    // 几 is a function character, 吗 a filler word: any character beside them makes a phrase by chance.
    expect(worth('传几', '的几', '的几')).toBe(false);
    expect(worth('好吗', '号吗', '号吗')).toBe(false);
    // Both characters changed: nothing kept.
    expect(worth('价值', '品质', '品质')).toBe(false);
  });

  it('no change, or a change outside every site phrase, is not', () => {
    expect(worth('品质', '品质', '品质')).toBe(false);
    expect(worth('仅退款', '仅退款', '仅退款')).toBe(false);
    expect(worth('品值', '品值', '品质')).toBe(false);
    expect(worth('', '', '品质')).toBe(false);
  });

  it('compares each site phrase with the characters typed at its own place', () => {
    // 啊 (left over) comes first: 品质 is compared with 品值, not with 啊品.
    expect(worth('啊品值', '啊品质', '品质')).toBe(true);
    expect(worth('啊价值', '啊品质', '品质')).toBe(false);
    // An unchanged site phrase first, then the mended one.
    expect(worth('退款品值', '退款品质', '退款', '品质')).toBe(true);
    expect(worth('退款传几', '退款的几', '退款', '的几')).toBe(false);
    // The mended phrase first, then an unchanged one typed as is.
    expect(worth('传几退款', '的几退款', '的几', '退款')).toBe(false);
  });
});

describe('mendSounds', () => {
  const corpus = (phrases: string[]) => `\u0001${phrases.join('\u0001')}\u0001`;
  /** 甲 sounds like 乙 and 丙, nothing else sounds alike. */
  const sounds: Sounds = (a, b) => (a === '甲' && '乙丙'.includes(b) ? 2 : 0);
  const mend = (piece: string, phrases: string[], isWord?: (w: string) => boolean) =>
    mendSounds([...piece], (s) => corpus(phrases).includes(s), corpus(phrases), sounds, isWord).join('');

  it('leaves a character a site phrase already covers, even where swapping it would cover more', () => {
    expect(mend('东甲台', ['东甲', '东乙台'])).toBe('东甲台');
    expect(mend('东甲', ['东乙台'])).toBe('东乙');
  });

  it('mends only where the piece ends up more covered, and takes the first of equally good mends', () => {
    expect(mend('平台甲', ['平台', '台乙'])).toBe('平台甲');
    expect(mend('甲台', ['乙台', '丙台'])).toBe('乙台');
    expect(mend('甲台', ['丙台', '乙台'])).toBe('丙台');
  });

  it('tries every phrase length, longest first, only on whole windows of the piece', () => {
    // 平乙台 and 丙台东 cover three characters each: the first found at length three wins.
    expect(mend('平甲台东', ['平乙台', '丙台东'])).toBe('平乙台东');
  });

  it('a syllable typed in letters (a private-use character) is mended with the character at hand, and must sound right too', () => {
    const spelledSounds: Sounds = (a, b) => (a === '甲' && b === '乙' ? 2 : a === '\ue000' && b === '丙' ? 2 : 0);
    const mendSpelled = (piece: string[], phrases: string[]) =>
      mendSounds(piece, (s) => corpus(phrases).includes(s), corpus(phrases), spelledSounds).join('');
    expect(mendSpelled(['甲', '\ue000'], ['乙丙'])).toBe('乙丙');
    expect(mendSpelled(['甲', '\ue000'], ['乙丁'])).toBe('甲\ue000');
    // Only the characters of the window itself are opened: 东 stays as typed.
    expect(mendSpelled(['\ue000', '东', '甲'], ['东乙'])).toBe('\ue000东乙');
  });

  it('a real two-character word becomes only a phrase the site uses on its own', () => {
    // No segmenter: no word is known, a piece of a phrase will do.
    expect(mend('一甲', ['一乙多'])).toBe('一乙');
    const isWord = (w: string) => w === '一甲';
    expect(mend('一甲啊', ['一乙多'], isWord)).toBe('一甲啊');
    expect(mend('一甲啊', ['一乙'], isWord)).toBe('一乙啊');
    expect(mend('一甲啊', ['一乙多'], () => false)).toBe('一乙啊');
  });
});

describe('typoGuesses', () => {
  const corpus = (...phrases: string[]) => `\u0001${phrases.join('\u0001')}\u0001`;

  it('never guesses the word itself or a filler word', () => {
    expect(typoGuesses('仅退款', corpus('仅退款', '仅退货'))).toStrictEqual([{ term: '仅退货', certainty: 0.8 }]);
    expect(typoGuesses('怎么做', corpus('怎么样', '怎么弄'))).toStrictEqual([{ term: '怎么弄', certainty: 0.8 }]);
    expect(typoGuesses('怎样', corpus('怎么样'))).toStrictEqual([]);
  });

  it('by sound: the best-sounding only, the two most frequent of them, 0.85 shared for a near sound', () => {
    const near: Sounds = () => 1;
    expect(typoGuesses('甲乙丙', corpus('甲乙丁', '甲乙戊', '甲乙戊', '甲乙戊', '甲乙己', '甲乙己'), near)).toStrictEqual([
      { term: '甲乙戊', certainty: 0.425 },
      { term: '甲乙己', certainty: 0.425 },
    ]);
    const same: Sounds = (a, b) => (b === '丁' ? 2 : 1);
    expect(typoGuesses('甲乙丙', corpus('甲乙丁', '甲乙戊', '甲乙戊'), same)).toStrictEqual([{ term: '甲乙丁', certainty: 1 }]);
  });

  it('a left-out character: only inside the word, and not where the word holds a function character', () => {
    expect(typoGuesses('仅退', corpus('仅退款'))).toStrictEqual([]);
    expect(typoGuesses('被款', corpus('被退款'))).toStrictEqual([]);
    expect(typoGuesses('仅退款', corpus('仅退还款'))).toStrictEqual([
      { term: '仅退还', certainty: 0.4 },
      { term: '仅退还款', certainty: 0.4 },
    ]);
  });
});

describe('mendSounds: which windows, in which order', () => {
  const mend = (chars: string[], phrases: string[], sounds: Sounds) => {
    const c = `\u0001${phrases.join('\u0001')}\u0001`;
    return mendSounds(chars, (s) => c.includes(s), c, sounds).join('');
  };

  it('tries windows of at most six characters, so of two full mends the one the corpus lists first wins', () => {
    // 甲 can become 子 (a six-character phrase, listed first) or 丑 (seven): both cover the whole piece.
    // Starting at six characters, 子 is found first; a seven-character window would find only 丑.
    const sounds: Sounds = (a, b) => (a === '甲' && (b === '子' || b === '丑') ? 2 : 0);
    expect(mend([...'甲乙丙丁戊己庚'], ['子乙丙丁戊己', '丑乙丙丁戊己庚'], sounds)).toBe('子乙丙丁戊己庚');
  });

  it('only windows that hold the character being mended are tried for it', () => {
    // 甲 (first) mends to 子 with its right neighbour; the spelled syllable (private use) later mends to 乙.
    // A window that skipped 甲 and mended the syllable first would leave 甲 as typed.
    const spelledYi = '\ue000';
    const sounds: Sounds = (a, b) => ((a === '甲' && b === '子') || (a === spelledYi && b === '乙') ? 2 : 0);
    expect(mend(['甲', '丙', spelledYi, '丁'], ['子丙', '丙乙丁'], sounds)).toBe('子丙乙丁');
  });
});
