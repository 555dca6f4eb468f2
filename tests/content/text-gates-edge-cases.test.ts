/**
 * Survivors of the mutation run in text-gates.ts: each gate's exact message, where it points, and the
 * near misses on both sides of every rule (a space or a letter after the colon, a single repeated
 * character, the source list, a stray closing parenthesis).
 */
import { describe, expect, it } from 'vitest';
import {
  brokenPlaceholders, nestedParentheses, ownWords, plainText, repeatedCaveats, repeatedPhrases, textGates, valuesOutsideFacts, type TextBlock,
} from '~/lib/content/text-gates';

const block = (text: string, section = '', sources = false, page = '/p/'): TextBlock => ({ page, section, sources, text });
const fact = (id: string, text: string, mark = '', mode = 'value') => `⟦${mode}|${id}|${mark}⟧${text}⟦/⟧`;

describe('reading wrapped facts', () => {
  it('the reader sees the fact’s text; the page’s own words keep a space where it was', () => {
    const text = `时限${fact('evidence-window', '24 小时', '说法不一')}内`;
    expect(plainText(text)).toBe('时限24 小时内');
    expect(ownWords(text)).toBe('时限 内');
  });
});

describe('where a problem points', () => {
  it('names the page, the section or 开头, and the first 60 characters as read, trimmed', () => {
    const long = `  评价举报：评价举报${'x'.repeat(100)}`;
    expect(repeatedPhrases([block(long)])).toEqual([`紧挨着重复「评价举报」：/p/ §开头：「评价举报：评价举报${'x'.repeat(51)}」`]);
    expect(repeatedPhrases([block('评价举报：评价举报', '路径', false, '/guide/x/')])).toEqual([
      '紧挨着重复「评价举报」：/guide/x/ §路径：「评价举报：评价举报」',
    ]);
  });
});

describe('repeated phrases at their edges', () => {
  it('a space after the colon is still an echo; a letter in between is not', () => {
    expect(repeatedPhrases([block('评价举报： 评价举报')])).toHaveLength(1);
    expect(repeatedPhrases([block('评价举报：x评价举报')])).toEqual([]);
  });

  it('a label the cited claim restates is named once, with its words', () => {
    expect(repeatedPhrases([block(`结果只有两种：${fact('outcomes', '平台介入的结果只有两种', '', 'claim')}`)])).toEqual([
      '冒号前后说了两遍「结果只有两种」：/p/ §开头：「结果只有两种：平台介入的结果只有两种」',
    ]);
    // Something other than space between the colon and the claim breaks the pattern.
    expect(repeatedPhrases([block(`结果只有两种：x${fact('outcomes', '结果只有两种', '', 'claim')}`)])).toEqual([]);
  });

  it('the label’s first three characters count only from a word start, and one or two shared characters are not a repeat', () => {
    expect(repeatedPhrases([block(`x电脑端路径：${fact('pc-path', '电脑端举证路径', '', 'claim')}`)])).toEqual([
      '冒号前后说了两遍「电脑端」：/p/ §开头：「x电脑端路径：电脑端举证路径」',
    ]);
    expect(repeatedPhrases([block(`电脑端路径：${fact('pc-path', '电视', '', 'claim')}`)])).toEqual([]);
    expect(repeatedPhrases([block(`结果：${fact('outcomes', '果然如此', '', 'claim')}`)])).toEqual([]);
  });

  it('eight characters twice in one sentence, even when the sentence is exactly that', () => {
    expect(repeatedPhrases([block('平台介入处理结果平台介入处理结果')])).toEqual([
      '一句话里重复「平台介入处理结果」：/p/ §开头：「平台介入处理结果平台介入处理结果」',
    ]);
    expect(repeatedPhrases([block('甲平台介入处理结果乙丙平台介入处理结果丁')])).toEqual([
      '一句话里重复「平台介入处理结果」：/p/ §开头：「甲平台介入处理结果乙丙平台介入处理结果丁」',
    ]);
  });

  it('not across sentences, not for seven characters, not for pieces with letters or digits', () => {
    expect(repeatedPhrases([block('平台介入处理结果。平台介入处理结果')])).toEqual([]);
    expect(repeatedPhrases([block('平台介入处理结平台介入处理结')])).toEqual([]);
    expect(repeatedPhrases([block('订单号12345678和订单号12345678')])).toEqual([]);
  });
});

describe('repeated caveats at their edges', () => {
  it('the same mark twice: one message naming the fact and the mark', () => {
    const twice = [block(`甲 ${fact('evidence-window', '24 小时', '说法不一')}`, '时限'), block(`乙 ${fact('evidence-window', '24 小时', '说法不一')}`, '时限')];
    expect(repeatedCaveats(twice)).toEqual(['同一节里事实 evidence-window 的「说法不一」出现了两次：/p/ §时限：「乙 24 小时」']);
  });

  it('facts without a mark, and the source list, may repeat', () => {
    expect(repeatedCaveats([block(fact('evidence-window', '24 小时')), block(fact('evidence-window', '24 小时'))])).toEqual([]);
    const marked = fact('evidence-window', '24 小时', '说法不一');
    expect(repeatedCaveats([block(marked, '甲', true), block(marked, '甲', true)])).toEqual([]);
    expect(repeatedCaveats([block(marked, '甲', true), block(marked, '甲')])).toEqual([]);
  });

  it('the same caveat sentence twice, even with a space before it; six characters are enough', () => {
    expect(repeatedCaveats([block('以售后单详情页的倒计时为准。 以售后单详情页的倒计时为准。', '甲')])).toEqual([
      '同一节里同一句提醒出现了两次「以售后单详情页的倒计时为准」：/p/ §甲：「以售后单详情页的倒计时为准。 以售后单详情页的倒计时为准。」',
    ]);
    expect(repeatedCaveats([block('以订单页为准。以订单页为准。')])).toHaveLength(1);
  });

  it('not a short sentence, not a sentence without caveat words, not two different caveats, not in another section', () => {
    expect(repeatedCaveats([block('以此为准。以此为准。')])).toEqual([]);
    expect(repeatedCaveats([block('请把订单号抄下来。请把订单号抄下来。')])).toEqual([]);
    expect(repeatedCaveats([block('以订单页为准。具体时限说法不一。')])).toEqual([]);
    expect(repeatedCaveats([block('以订单页为准。', '甲'), block('以订单页为准。', '乙')])).toEqual([]);
  });
});

describe('broken placeholders at their edges', () => {
  it('says which placeholder was left', () => {
    expect(brokenPlaceholders([block('时限是 {{x}}')])).toEqual(['没有渲染的占位符「{{」：/p/ §开头：「时限是 {{x}}」']);
  });

  it('a bare value followed by a cited claim reads on into the claim’s words, shown up to 8 characters', () => {
    const text = `最多 ${fact('image-limit', '3 张')}${fact('check-first', '先看违规信息再决定是否申诉', '', 'claim')}`;
    expect(brokenPlaceholders([block(text)])).toEqual([
      '事实 image-limit 只印了值「3 张」，后面接不上「先看违规信息再决」：/p/ §开头：「最多 3 张先看违规信息再决定是否申诉」',
    ]);
  });

  it('a value may end the block', () => {
    expect(brokenPlaceholders([block(`最多可以上传 ${fact('image-limit', '3 张')}`)])).toEqual([]);
  });

  it('a claim may be followed by anything', () => {
    expect(brokenPlaceholders([block(`${fact('check-first', '平台会核实', '', 'claim')}先看违规信息`)])).toEqual([]);
  });
});

describe('nested parentheses at their edges', () => {
  it('ASCII parentheses count like full-width ones', () => {
    expect(nestedParentheses([block('时限(见来源(二))')])).toEqual(['括号套括号：/p/ §开头：「时限(见来源(二))」']);
    expect(nestedParentheses([block('时限(见来源)和(见后台)')])).toEqual([]);
  });

  it('a stray closing parenthesis does not hide a later nesting', () => {
    expect(nestedParentheses([block('）时限（见来源（二））')])).toHaveLength(1);
  });
});

describe('the gates the built pages go through', () => {
  it('are all five, by name (tests/site/words.test.ts runs each of them on dist/)', () => {
    expect(textGates).toEqual({ repeatedPhrases, repeatedCaveats, brokenPlaceholders, valuesOutsideFacts, nestedParentheses });
  });
});
