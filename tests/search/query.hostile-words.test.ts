/**
 * Review L10: what a query holds that is no word. Names every object answers (`constructor` in a JSON
 * object) are no seller word, and characters that show nothing (zero-width space) do not cut a word.
 */
import { describe, expect, it } from 'vitest';
import { extractTerms } from '~/lib/search/query';
import { normalise } from '~/lib/search/normalise';
import { WEIGHT } from '~/lib/search/tuning';
import { searchData } from '../support/search-sites';

const site = (phrases: string[], aliases: { term: string; aliases: string[] }[] = []) =>
  searchData(
    phrases.map((text, i) => ({ u: `/p${i}/`, t: text, section: '指南', fields: [{ text, weight: WEIGHT.keyword }] })),
    aliases,
  );

describe('names of the object prototype', () => {
  const data = site(['空包', '仅退款'], [{ term: '仅退款', aliases: ['只退款'] }]);
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])('%s is no word of the site', (q) => {
    const t = extractTerms(q, data);
    expect([t.known, t.free, t.marks]).toEqual([[], [], []]);
    expect(extractTerms(`${q}空包`, data).known.map((k) => k.term)).toEqual(['空包']);
  });
  it('a seller word may be such a name: it is kept and read', () => {
    const odd = site(['构造'], [{ term: '构造', aliases: ['constructor'] }]);
    expect(odd.aliases).toEqual({ constructor: '构造' });
    expect(extractTerms('constructor', odd).known).toEqual([{ term: '构造', certainty: 1 }]);
  });
});

describe('characters that show nothing', () => {
  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u202e', '\u00ad'])('U+%s inside a word is dropped', (c) => {
    expect(normalise(`空${c}包`)).toBe('空包');
  });
  it('so the word is read whole', () => {
    expect(extractTerms('空\u200b包', site(['空包', '仅退款'])).known).toEqual([{ term: '空包', certainty: 1 }]);
  });
  it('control characters (the reader marks pieces with some) and lone surrogates are spaces', () => {
    expect(normalise('空\u0000包\u0001仅\u0002退\ud800款\u0007')).toBe('空 包 仅 退 款');
    expect(extractTerms('\u0001', site(['空包']))).toEqual({ known: [], free: [], marks: [] });
  });
});
