/**
 * highlight.ts: the excerpt without its title, and the key terms marked.
 * Sites are built inside the test that uses them, so the mutation run knows which tests cover the build.
 */
import { describe, expect, it } from 'vitest';
import { excerptAfterTitle, highlight } from '~/lib/search/highlight';

describe('excerptAfterTitle', () => {
  const title = '卖生鲜水果：买家只能选仅退款时怎么办';
  it('drops the title, or the end of it, that the excerpt opens with', () => {
    expect(excerptAfterTitle(`${title}. 你卖的是水果`, title)).toBe('你卖的是水果');
    expect(excerptAfterTitle('生鲜水果：买家只能选仅退款时怎么办. 你卖的是水果', title)).toBe('你卖的是水果');
    // Two characters of the title's end are enough.
    expect(excerptAfterTitle('么办. 你卖的是水果', title)).toBe('你卖的是水果');
  });
  it('keeps an excerpt that opens otherwise, or with one character before the mark', () => {
    expect(excerptAfterTitle('先看售后单. 你卖的是水果', title)).toBe('先看售后单. 你卖的是水果');
    expect(excerptAfterTitle('办. 你卖的是水果', title)).toBe('办. 你卖的是水果');
    expect(excerptAfterTitle('你卖的是水果', title)).toBe('你卖的是水果');
    // No ". " at all: nothing is cut, even where the text but its last character ends the title.
    expect(excerptAfterTitle('时怎么办呀', title)).toBe('时怎么办呀');
    expect(excerptAfterTitle('. 你卖的是水果', title)).toBe('. 你卖的是水果');
  });
});

describe('highlight', () => {
  it('marks the longest term first and matches without case', () => {
    expect(highlight('举证材料', ['举证', '举证材料'])).toBe('<mark>举证材料</mark>');
    expect(highlight('PS图', ['ps'])).toBe('<mark>PS</mark>图');
    expect(highlight('<图>', [])).toBe('&#60;图&#62;');
  });
});
