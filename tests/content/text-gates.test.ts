/**
 * Each rendered-text gate on a small broken page (it must fail) and on the same page fixed (it must
 * pass), so the dist/ gates in tests/site/words.test.ts can fail for real.
 */
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../support/rendered-text';
import {
  brokenPlaceholders,
  colonChains,
  isReadingPage,
  repeatedSentences,
  nestedParentheses,
  repeatedCaveats,
  repeatedPhrases,
  valuesOutsideFacts,
  type TextBlock,
} from '~/lib/content/text-gates';

/** A fact as Fact.astro renders it. */
const fact = (id: string, value: string, mark = '', mode = 'value') =>
  `<span class="fact" data-fact="${id}" data-mode="${mode}"><strong class="fact-value">${value}</strong>${
    mark ? `<a class="fact-mark" data-fact-mark="${id}" href="#source-${id}"><sup>${mark}</sup></a>` : `<a class="fact-ref" href="#source-${id}"><sup>[1]</sup></a>`
  }</span>`;
const page = (body: string): TextBlock[] => pageBlocks(`<html><body><main>${body}</main></body></html>`, '/t/');

describe('fixture extraction', () => {
  it('wraps facts with their mode, id and mark, and keeps sections and the source list apart', () => {
    const blocks = page(`<h2>甲</h2><p>时限 ${fact('w', '24 小时', '说法不一')}。</p><section class="page-sources"><ol><li>来源</li></ol></section>`);
    expect(blocks.map((b) => [b.section, b.sources, b.text])).toEqual([
      ['甲', false, '甲'],
      ['甲', false, '时限 ⟦value|w|说法不一⟧24 小时⟦/⟧。'],
      ['甲', true, '来源'],
    ]);
  });
});

describe('loose text', () => {
  it('reads inline text that sits directly in a container, as MDX prints a line of only components', () => {
    const blocks = page(`<div class="doc"><h2>甲</h2>${fact('w', '24 小时', '说法不一')} 在这里<p>段落</p></div>`);
    expect(blocks.map((b) => b.text)).toEqual(['甲', '⟦value|w|说法不一⟧24 小时⟦/⟧ 在这里', '段落']);
  });
});

describe('repeated phrases', () => {
  it('catches "X：X" and a clause printed twice in one sentence', () => {
    expect(repeatedPhrases(page('<p>要走评价举报：评价举报：商家后台 → 评价管理</p>'))).toHaveLength(1);
    expect(repeatedPhrases(page(`<p>结果只有两种：${fact('o', '平台介入的结果只有两种：同意或拒绝。', '', 'claim')}</p>`))).toHaveLength(1);
    expect(repeatedPhrases(page(`<p>电脑端路径：${fact('p', '电脑端举证路径：商家后台', '', 'claim')}</p>`))).toHaveLength(1);
    expect(repeatedPhrases(page('<p>要走评价举报。路径是商家后台 → 评价管理。</p>'))).toEqual([]);
    expect(repeatedPhrases(page('<p>要走评价举报： 评价举报的入口</p>'))).toHaveLength(1);
    // A draft's printed copy keeps its lines: a heading over its list is no echo; the same words run together are.
    expect(repeatedPhrases(page('<div class="print-only statement-print">附凭证：\n凭证 1：面单照片</div>'))).toEqual([]);
    expect(repeatedPhrases(page('<div>附凭证：\n凭证 1：面单照片</div>'))).toHaveLength(1);
  });
});

describe('repeated caveats', () => {
  it('catches the same fact marked twice in a section, and the same caveat sentence twice', () => {
    const twice = `<h2>甲</h2><p>${fact('w', '24 小时', '说法不一')}</p><li>又是 ${fact('w', '24 小时', '说法不一')}</li>`;
    expect(repeatedCaveats(page(twice))).toHaveLength(1);
    const sentence = '<h2>甲</h2><p>以售后单详情页的倒计时为准。</p><p>以售后单详情页的倒计时为准。</p>';
    expect(repeatedCaveats(page(sentence))).toHaveLength(1);
    const apart = `<h2>甲</h2><p>${fact('w', '24 小时', '说法不一')}</p><h2>乙</h2><p>${fact('w', '24 小时', '说法不一')}</p>`;
    expect(repeatedCaveats(page(apart))).toEqual([]);
  });
});

describe('broken placeholders', () => {
  it('catches unrendered placeholders and a bare value that the sentence runs on from', () => {
    expect(brokenPlaceholders(page('<p>时限是 {{evidence-window}}。</p>'))).toHaveLength(1);
    expect(brokenPlaceholders(page('<p>商家有 {value} 处理</p>'))).toHaveLength(1);
    expect(brokenPlaceholders(page(`<p>如果与介入有关：${fact('r', '1 天')}先看违规信息</p>`))).toHaveLength(1);
    expect(brokenPlaceholders(page(`<p>收到通知后 ${fact('e', '48 小时')}内举证；最多 ${fact('i', '3 张')}。</p>`))).toEqual([]);
  });
});

describe('rule values outside facts', () => {
  it('catches a number with a unit in the page’s own words, not in facts, dates or the source list', () => {
    expect(valuesOutsideFacts(page('<p>商家有48小时处理</p>'))).toEqual([expect.stringContaining('48小时')]);
    expect(valuesOutsideFacts(page(`<p>商家有 ${fact('s', '48 小时')} 处理，核对于 2026年11月26日。</p>`))).toEqual([]);
    expect(valuesOutsideFacts(page('<section class="page-sources"><p>另一说法：36 小时</p></section>'))).toEqual([]);
  });
});

describe('nested parentheses', () => {
  it('catches a parenthesis inside a parenthesis', () => {
    expect(nestedParentheses(page('<p>时限（见来源[2]（仅见于个别网络文章））</p>'))).toHaveLength(1);
    expect(nestedParentheses(page('<p>时限（见来源）和地址（见后台）</p>'))).toEqual([]);
  });
});

describe('colon chains', () => {
  it('catches a label, then a fact row with its own colon, in one sentence', () => {
    const pasted = `<p>其他原因的拒收：${fact('f', '买家拒收后运费由谁承担：没有找到拼多多规则原文。', '未能确认', 'claim')}</p>`;
    expect(colonChains(page(pasted))).toHaveLength(1);
    expect(colonChains(page('<p>要等多久：没有官方说法：网上的说法都没有出处</p>'))).toHaveLength(1);
  });
  it('lets one colon per sentence pass, and colons in quotes, titles, times and the source list', () => {
    expect(colonChains(page('<p>要等多久：没有官方说法。网上的说法：都没有出处。</p>'))).toEqual([]);
    expect(colonChains(page('<p>你说「买家申请了售后：退款」：这单能争。</p>'))).toEqual([]);
    expect(colonChains(page('<p>截止：晚上 10:30 前</p>'))).toEqual([]);
    expect(colonChains(page('<section class="page-sources"><ol><li>出处：某网站：文章</li></ol></section>'))).toEqual([]);
    expect(colonChains(page('<p>点“申请平台介入：上传凭证”：按提示操作。看《售后规则：第三章》：有说明。按钮写着"提交：确认"：点它。</p>'))).toEqual([]);
    expect(colonChains(page('<p>没有冒号的一句。</p>'))).toEqual([]);
  });
  it('names the sentence (its first 60 characters) and the page', () => {
    const long = `要等多久：${'平台没有给出官方的等待时长'.repeat(5)}：网上的说法都没有出处`;
    expect(colonChains(page(`<p>${long}</p>`))).toEqual([`一句话里接连两个冒号「${long.slice(0, 60)}」：/t/`]);
  });
});

describe('repeated sentences', () => {
  const on = (n: number, body: string) => Array.from({ length: n }, (_, i) => pageBlocks(`<main>${body}</main>`, `/guide/p${i}/`)).flat();
  const caveat = '<p>网上流传的视频大小和录制时限是淘宝天猫的规则，不能套用。</p>';
  it('catches a long sentence printed on more than five pages', () => {
    expect(repeatedSentences(on(6, caveat))).toHaveLength(1);
    expect(repeatedSentences(on(6, `<p>${fact('c', '网上流传的视频大小和录制时限是淘宝天猫的规则，不能套用。', '未能确认', 'claim')}</p>`))).toHaveLength(1);
  });
  it('lets five pages pass, short sentences, source lists and pointer blocks (cards, related links, breadcrumbs)', () => {
    expect(repeatedSentences(on(5, caveat))).toEqual([]);
    expect(repeatedSentences(on(9, '<p>视频大小的限制没有找到。</p>'))).toEqual([]);
    expect(repeatedSentences(on(9, `<section class="page-sources"><ol><li><p>${caveat}</p></li></ol></section>`))).toEqual([]);
    expect(repeatedSentences(on(9, '<ul><li><a href="/faq/x/">买家说没收到货，物流却显示已签收，商家怎么办</a></li></ul>'))).toEqual([]);
    expect(repeatedSentences(on(9, '<nav><p>首页 › 指南 › 平台介入是什么，一笔售后纠纷怎样走到判定</p></nav>'))).toEqual([]);
  });
  it('names the sentence (its first 60 characters), how many pages print it and the first eight of them', () => {
    const long = `<p>${'网上流传的视频大小和录制时限是淘宝天猫的规则'.repeat(3)}。</p>`;
    const sentence = '网上流传的视频大小和录制时限是淘宝天猫的规则'.repeat(3);
    const pages = Array.from({ length: 9 }, (_, i) => `/guide/p${i}/`);
    expect(repeatedSentences(on(9, long))).toEqual([`「${sentence.slice(0, 60)}」印在 9 个页面上：${pages.slice(0, 8).join(' ')}`]);
  });
  it('reads a sentence the same however the page spaces it, and counts one of exactly the shortest length', () => {
    const block = (page: string, text: string): TextBlock => ({ page, section: '', sources: false, pointer: false, text });
    const spaced = [0, 1, 2, 3, 4, 5].map((i) => block(`/guide/p${i}/`, i % 2 ? '开头。  视频大小的限制 没有找到原文。' : '视频大小的限制  没有找到原文。'));
    expect(repeatedSentences(spaced, 10)).toEqual(['「视频大小的限制 没有找到原文」印在 6 个页面上：/guide/p0/ /guide/p1/ /guide/p2/ /guide/p3/ /guide/p4/ /guide/p5/']);
    const twenty = '一二三四五六七八九十一二三四五六七八九十';
    expect(repeatedSentences(on(6, `<p>${twenty}。</p>`))).toHaveLength(1);
    expect(repeatedSentences(on(6, `<p>${twenty.slice(1)}。</p>`))).toEqual([]);
  });
  it('counts a sentence once per page, however often the page prints it', () => {
    expect(repeatedSentences(on(1, caveat.repeat(9)))).toEqual([]);
  });
  it('reads home, guide, scenarios, FAQ, glossary and rule changes as reading pages, not results or tools', () => {
    expect(['/', '/guide/', '/guide/evidence/', '/scenarios/fresh-produce/', '/faq/', '/faq/unfair/', '/glossary/', '/changes/'].every(isReadingPage)).toBe(true);
    expect(['/check/', '/check/result/x/applied/', '/tools/collage/', '/sources/', '/checklist/', '/search/', '/glossary/x/', '/changes/x/'].some(isReadingPage)).toBe(false);
  });
});
