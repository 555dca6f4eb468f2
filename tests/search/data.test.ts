/**
 * buildSearchData: the exact search data a page list builds, and the patterns it carries.
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchData, decodeSearchData, type DocInput } from '~/lib/search/data';
import { rank } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import { asking, site } from '../support/search-sites';

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

describe('decodeSearchData: the wire form under its names', () => {
  it('names every field, resolves the section and keeps headings and phrases in order', () => {
    const wire = {
      sections: ['指南', '常见问题'],
      docs: [
        { u: '/a/', t: '甲', s: 1, h: [['step-1', '第一步']] as [string, string][], f: [['退货', 10], ['第一步', 5, 0]] as ([string, number] | [string, number, number])[] },
        { u: '/glossary/#x', t: '乙', s: 0, f: [['乙乙', 8]] as [string, number][] },
      ],
      aliases: { 掉包: '调包' },
      near: { 到: '倒' },
    };
    expect(decodeSearchData(wire)).toMatchObject({
      docs: [
        { path: '/a/', title: '甲', section: '常见问题', headings: [['step-1', '第一步']], phrases: [{ text: '退货', weight: 10 }, { text: '第一步', weight: 5, heading: 0 }] },
        { path: '/glossary/#x', title: '乙', section: '指南', headings: [], phrases: [{ text: '乙乙', weight: 8 }] },
      ],
      aliases: { 掉包: '调包' },
      near: { 到: '倒' },
    });
    expect(decodeSearchData(wire).docs[0]!.phrases[0]).not.toHaveProperty('heading');
    expect(decodeSearchData({ ...wire, docs: [{ ...wire.docs[1]!, s: 7 }] }).docs[0]!.section).toBe('');
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
