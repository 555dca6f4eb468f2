/**
 * corpus.ts: the corpus is built once per search data.
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractTerms } from '~/lib/search/query';
import { site } from '../support/search-sites';

describe('the corpus', () => {
  it('is built once per search data, not once per keystroke', () => {
    const data = site(['退货', '运费']);
    const flatMap = vi.spyOn(data.docs, 'flatMap');
    extractTerms('退货', data);
    extractTerms('运费', data);
    expect(flatMap).toHaveBeenCalledTimes(1);
  });
});
