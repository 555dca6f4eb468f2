/**
 * Survivors of `npx stryker run --mutate src/lib/search/search.ts --ignoreStatic` after the search tuning and
 * `worthSounds`: when the sounds table is worth loading, how a piece is mended by sound, seller-word
 * siblings, pinyin typed in letters, and the ranking's edge cases. Every site is built inside the test
 * that uses it, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import { ASKING_WEIGHT, WEIGHT } from '~/lib/search/tuning';
import { buildSearchData, type AliasSource, type QueryTerms, type Sounds } from '~/lib/search/data';
import { extractTerms } from '~/lib/search/query';
import { FAQ_SECTION, rank } from '~/lib/search/rank';
import { mendSounds, typoGuesses, worthSounds } from '~/lib/search/mend';
import { wordsOf } from '~/lib/search/normalise';

/** A site whose pages each use one phrase (as a keyword), in this order. */
const site = (phrases: string[], aliases: AliasSource[] = [], sounds?: Sounds) =>
  buildSearchData(
    phrases.map((text, i) => ({ u: `/p${i}/`, t: text, section: '指南', fields: [{ text, weight: WEIGHT.keyword }] })),
    aliases,
    sounds,
  );
/** inSite over a list of phrases, as extractTerms builds it (a substring of any phrase). */
const within = (...phrases: string[]) => (s: string) => phrases.some((p) => p.includes(s));
const worth = (typed: string, mended: string, ...phrases: string[]) => worthSounds([...typed], [...mended], within(...phrases));

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

/** Query terms with the given key terms, all certain. */
const asking = (terms: string[], more: Partial<QueryTerms> = {}): QueryTerms => ({ known: terms.map((term) => ({ term, certainty: 1 })), free: [], marks: terms, ...more });

describe('rank', () => {
  it('a term of three or more characters matches with a word or two inside it; a shorter one only whole', () => {
    const d = site(['仅退了款', '退货', '仅退了两次款']);
    expect(rank(asking(['仅退款']), d)).toStrictEqual([{ doc: 0, score: 8 * 0.6 * Math.log(1 + 3 / 1) * 1.5, heading: -1 }]);
    expect(rank(asking(['退款']), d)).toStrictEqual([]);
  });

  it('a Pagefind page id that names no page of the data is left out, whatever the sections or intents', () => {
    const intents = [{ id: 'who', ask: '谁', answer: '谁' }];
    for (const section of ['自测结果', FAQ_SECTION]) {
      const d = {
        ...buildSearchData(
          [
            { u: '/a/', t: '谁出', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }] },
            { u: '/b/', t: 'b', section, fields: [{ text: '退货', weight: WEIGHT.keyword }] },
          ],
          [],
          undefined,
          intents,
        ),
      };
      expect(rank(asking([], { intents: ['who'], question: true }), d, [['7_ab', 'gone', '1x_ab', '-1_ab', '1_AB']])).toStrictEqual([]);
    }
  });

  it('a page that answers any one of the intents asked gains; answers are read as Unicode patterns', () => {
    const d = buildSearchData(
      [
        { u: '/a/', t: '运费谁出', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }] },
        { u: '/b/', t: 'b', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }] },
      ],
      [],
      undefined,
      [
        { id: 'who', ask: '谁', answer: '\\p{Script=Han}出' },
        { id: 'long', ask: '多久', answer: '多久' },
      ],
    );
    const base = 8 * 1.5 * Math.log(2);
    const scores = rank(asking(['运费'], { intents: ['who', 'long'] }), d).map((r) => [r.doc, r.score]);
    expect(scores.map((r) => r[0])).toEqual([0, 1]);
    expect(scores[0]?.[1]).toBeCloseTo(base * 1.4, 9);
    expect(scores[1]?.[1]).toBeCloseTo(base, 9);
  });

  it('a page that matches no term is not listed', () => {
    const d = site(['运费', '退货']);
    expect(rank(asking(['运费']), d).map((r) => r.doc)).toEqual([0]);
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
    const d = buildSearchData([{ u: '/a/', t: 'a', section: '指南', fields: [{ text: '运费', weight: WEIGHT.keyword }] }], [], undefined, [{ id: 'who', ask: '\\p{Script=Han}出', answer: '谁' }]);
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

describe('the search data and patterns', () => {
  it('the characters that sound like a function character are those of the site phrases, joined', () => {
    const d = site(['退款', '退货'], [], (_a, b) => (b === '退' ? 0 : 2));
    expect(d.near?.['到']).toBe('款货');
  });

  it('a term is matched as the text it is, even with pattern characters in it', () => {
    expect(rank(asking(['a.c']), site(['abc']))).toStrictEqual([]);
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
    const d = buildSearchData(
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
