/**
 * extractTerms: where a query is cut, seller words and their siblings, letters and mends while a query
 * is read, terms that only ask, words the seller typed.
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import { type Sounds } from '~/lib/search/data';
import { extractTerms } from '~/lib/search/query';
import { wordsOf } from '~/lib/search/normalise';
import { FAQ_SECTION, rank } from '~/lib/search/rank';
import { ASKING_WEIGHT, WEIGHT } from '~/lib/search/tuning';
import { soundAlike } from '~/lib/search/sounds';
import { asking, site, terms, searchData } from '../support/search-sites';

describe('where a query is cut', () => {
  it('a long filler phrase goes whole: 怎么处理 leaves no stray 处理 behind (fillers are cut longest first)', () => {
    const data = site(['空包', '处理']);
    expect(terms('空包怎么处理', data)).toEqual(['空包']);
    expect(extractTerms('空包怎么处理', data).free).toEqual([]);
    expect(terms('空包如何处理', data)).toEqual(['空包']);
  });

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

describe('seller words', () => {
  it('the other seller words for the same term that the site prints count a little, shared among them', () => {
    const d = site(['工单逾期', '工单超时', '工单超期', '工单延期', '工单退款'], [
      // 工 is too short to count; 逾期工单 is not printed; 工单退 stands for another term.
      { term: '工单逾期', aliases: ['工单超时', '工单超期', '工单延期', '工', '逾期工单'] },
      { term: '退款', aliases: ['工单退'] },
    ]);
    expect(extractTerms('工单超时', d)).toStrictEqual({
      known: [
        { term: '工单逾期', certainty: 1 },
        { term: '工单超时', certainty: 1 },
        { term: '工单超期', certainty: 0.225 },
        { term: '工单延期', certainty: 0.225 },
      ],
      free: [],
      marks: ['工单逾期', '工单超时', '工单超期', '工单延期'],
    });
  });
});

describe('extractTerms', () => {
  it('a lone character beside a site phrase may be left of a longer phrase: only longer guesses count', () => {
    expect(extractTerms('平介入', site(['平台介入', '平价入']))).toStrictEqual({
      known: [
        { term: '平台介入', certainty: 0.8 / 3 },
        { term: '介入', certainty: 1 },
      ],
      free: [],
      marks: ['平台介入', '介入'],
      soundsWanted: true,
    });
  });

  it('a lone character that says nothing, or is no Chinese character, is not read as left of a longer phrase', () => {
    // 𠮷 is one character in two UTF-16 units: a guess by one swapped character would look longer.
    expect(extractTerms('被介入', site(['𠮷介入'])).known).toStrictEqual([{ term: '介入', certainty: 1 }]);
    expect(extractTerms('γ介入', site(['γβ介入'])).known).toStrictEqual([{ term: '介入', certainty: 1 }]);
    expect(extractTerms('平介入', site(['平台介入'])).known).toStrictEqual([
      { term: '平台介入', certainty: 0.4 },
      { term: '介入', certainty: 1 },
    ]);
  });

  it('a segmenter decides what is a real two-character word: one word, the whole text', () => {
    const sounds: Sounds = (a, b) => (a === '半' && b === '般' ? 2 : 0);
    const d = site(['一般性']);
    // Mended as the piece is read, 一半 is marked as typed; a word is left for the typo guess, which marks only 一般.
    const read = (segment: (t: string) => string[]) => extractTerms('一半', d, segment, sounds).marks;
    expect(read((t) => [t])).toEqual(['一般']);
    expect(read((t) => [...t])).toEqual(['一般', '一半']);
    expect(read(() => ['一'])).toEqual(['一般', '一半']);
    expect(read((t) => [t, t])).toEqual(['一般', '一半']);
  });

  it('question intents are Unicode patterns', () => {
    const d = searchData([{ u: '/a/', t: 'a', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }] }], [], undefined, [{ id: 'who', ask: '\\p{Script=Han}出', answer: '谁' }]);
    expect(extractTerms('运费谁出', d).intents).toEqual(['who']);
  });
});

describe('letters and mends while a query is read', () => {
  it('a syllable that spells nothing the site uses is dropped, and the rest of the piece is read in its place', () => {
    const d = site(['退货']);
    const t = extractTerms('退货zz不寄', d, undefined, () => 0, (w) => (w === 'zz' ? ['zz'] : undefined));
    expect(t).toStrictEqual({ known: [{ term: '退货', certainty: 1 }], free: ['不寄'], marks: ['退货', '不寄'] });
  });

  it('only letters alone are read as pinyin, or ask for the sounds table', () => {
    const d = site(['仅退款', '退货']);
    const sounds: Sounds = (a, b) => (/^[a-z0-9]+$/.test(a) && b === '款' ? 2 : 0);
    const read = (q: string) => extractTerms(q, d, undefined, sounds, (w) => [w]).known.map((k) => k.term);
    expect(read('仅退ab')).toEqual(['仅退款']);
    expect(read('仅退ab12')).toEqual(['仅退']);
    expect(read('仅退12ab')).toEqual(['仅退']);
    expect(extractTerms('退货 ab', d).soundsWanted).toBe(true);
    expect(extractTerms('退货 1ab', d).soundsWanted).toBeUndefined();
    expect(extractTerms('退货 ab1', d).soundsWanted).toBeUndefined();
  });

  it('a piece partly a site phrase, with nothing a mend could make of the rest, does not ask for the sounds table', () => {
    expect(extractTerms('退货呃呃', site(['退货'])).soundsWanted).toBeUndefined();
    expect(extractTerms('呃呃', site(['退货'])).soundsWanted).toBe(true);
  });

  it('a mended piece is read again, and what was typed is marked too', () => {
    const sounds: Sounds = (a, b) => (a === '推' && b === '退' ? 2 : 0);
    expect(extractTerms('仅推款', site(['仅退款']), undefined, sounds)).toStrictEqual({
      known: [{ term: '仅退款', certainty: 1 }],
      free: [],
      marks: ['仅退款', '仅推款'],
    });
    // Read again, the mended piece keeps no trace of its re-reading: 呃呃 goes to Pagefind as typed.
    expect(extractTerms('呃呃仅推款', site(['仅退款']), undefined, sounds)).toStrictEqual({
      known: [{ term: '仅退款', certainty: 1 }],
      free: ['呃呃'],
      marks: ['仅退款', '呃呃', '呃呃仅推款'],
    });
  });
});

describe('more edges', () => {
  it('a two-character seller word printed on the site is a sibling too', () => {
    const d = site(['工单逾期', '逾期'], [{ term: '工单逾期', aliases: ['工单超时', '逾期'] }]);
    expect(extractTerms('工单超时', d).known).toStrictEqual([
      { term: '工单逾期', certainty: 1 },
      { term: '逾期', certainty: 0.45 },
    ]);
  });

  it('a dropped syllable leaves a gap: the characters on either side do not join', () => {
    const t = extractTerms('呃zz呃', site(['退货']), undefined, () => 0, (w) => (w === 'zz' ? ['zz'] : undefined));
    expect(t.free).toStrictEqual([]);
  });

  it('a private-use character typed in the query is no syllable: it stays in its word', () => {
    expect(extractTerms('呃\ue000呃', site(['退货'])).free).toStrictEqual(['呃\ue000呃']);
  });

  it('the gap inside a long term counts characters, not UTF-16 units', () => {
    expect(rank(asking(['abc']), site(['a𠮷𠮷bc'])).map((r) => r.doc)).toStrictEqual([0]);
  });
});

describe('terms that only ask', () => {
  it('count for ASKING_WEIGHT of a term that names a thing, whatever question words they join', () => {
    const d = site(['申诉', '多久', '多少', '多少多久']);
    expect(ASKING_WEIGHT).toBe(0.3);
    expect(extractTerms('申诉 多久', d).known).toStrictEqual([
      { term: '申诉', certainty: 1 },
      { term: '多久', certainty: 0.3 },
    ]);
    expect(extractTerms('多少多久', d).known).toStrictEqual([{ term: '多少多久', certainty: 0.3 }]);
    // Part question, part thing: a whole term, counted whole.
    expect(extractTerms('申诉多久', site(['申诉多久'])).known).toStrictEqual([{ term: '申诉多久', certainty: 1 }]);
  });
  it('so the topic outranks a page that only answers the kind of question', () => {
    const d = searchData(
      [
        { u: '/appeal/', t: '怎样申诉', section: FAQ_SECTION, fields: [{ text: '怎样申诉', weight: WEIGHT.title }] },
        { u: '/other/', t: '运费多久失效', section: FAQ_SECTION, fields: [{ text: '运费多久失效', weight: WEIGHT.title }] },
      ],
      [],
      undefined,
      [{ id: 'time', ask: '多久', answer: '多久' }],
    );
    // Counted whole, 多久 would win: the page answering 多久 gains the intent boost (1.4) on an equal match.
    const ranked = rank(extractTerms('申诉要多久', d), d);
    expect(ranked.map((r) => r.doc)).toEqual([0, 1]);
  });
});

describe('a word the seller typed is not an input-method slip', () => {
  const d = site(['不值', '退货']);
  const zhi: Sounds = (a, b) => (a === b || (a === '支' && b === '值') ? 2 : 0);
  it('leaves the characters of a word found inside a longer piece (支持 in 不支持退货)', () => {
    const t = extractTerms('不支持退货', d, wordsOf, zhi);
    expect(t.known.map((k) => k.term)).toEqual(['退货']);
    expect(t.free).toEqual(['支持']);
  });
  it('still mends a piece that is one word, or where the segmenter finds none', () => {
    expect(extractTerms('不支', d, wordsOf, zhi).known.map((k) => k.term)).toEqual(['不值']);
    expect(extractTerms('不支持退货', d, (x) => [x], zhi).known.map((k) => k.term)).toContain('不值');
  });
});
