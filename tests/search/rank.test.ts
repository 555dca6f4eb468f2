/**
 * rank.ts: the ranking's worked numbers and edge cases.
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import { type QueryTerms } from '~/lib/search/data';
import { FAQ_SECTION, rank } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import { asking, site, searchData } from '../support/search-sites';

describe('rank, worked numbers', () => {
  /** Three pages; the third is a self-check verdict page. */
  const data = () =>
    searchData(
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
    const d = searchData(
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

  it('a Pagefind hit on the twelfth page or later counts for that page (two-digit page numbers)', () => {
    const pages = Array.from({ length: 12 }, (_, i) => ({ u: `/p${i}/`, t: `p${i}`, section: '指南', fields: [{ text: '退货', weight: WEIGHT.title }] }));
    expect(rank({ known: [], free: [], marks: [] }, searchData(pages, []), [['11_a1']]).map((r) => [r.doc, r.pagefindId])).toEqual([[11, '11_a1']]);
  });

  it('equal scores are listed by page order, whatever order the pages were matched in', () => {
    const one = (d: ReturnType<typeof site>, ...terms: string[]) => rank({ known: terms.map((term) => ({ term, certainty: 1 })), free: [], marks: [] }, d).map((r) => r.doc);
    expect(one(site(['退货', '退货', '退货']), '退货')).toEqual([0, 1, 2]);
    expect(one(site(['运费', '退货']), '退货', '运费')).toEqual([0, 1]);
  });

  /** Page 0 has one heading per phrase (h0, h1, …); page 1 has the title 别的. */
  const headed = (...phrases: string[]) =>
    searchData(
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
        ...searchData(
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
    const d = searchData(
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
