/**
 * normalise.ts: the segmenter contract (wordsOf).
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractTerms } from '~/lib/search/query';
import { wordsOf } from '~/lib/search/normalise';
import { site } from '../support/search-sites';

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
