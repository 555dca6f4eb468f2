import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import { type DocInput } from '~/lib/search/data';
import { coverPiece, mendSounds, typoGuesses } from '~/lib/search/mend';
import { extractTerms } from '~/lib/search/query';
import { highlight } from '~/lib/search/highlight';
import { normalise } from '~/lib/search/normalise';
import { pagefindTerms } from '~/lib/search/pagefind';
import { rank } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import { pinyinSyllables, soundAlike, syllableOf } from '~/lib/search/sounds';
import { INTENTS } from '~/lib/search/intents';
import { faqPath, faqSummary, inFileOrder } from '~/lib/content/faq';
import { readQueries } from '../../scripts/search-quality.mjs';
import { searchData } from '../support/search-sites';

const page = (u: string, t: string, section: string, fields: [string, number, string?][]): DocInput => ({
  u,
  t,
  section,
  fields: fields.map(([text, weight, anchor]) => (anchor ? { text, weight, anchor } : { text, weight })),
});

/** A small site: the real vocabulary shapes, none of the real pages. */
const data = searchData(
  [
    page('/scenarios/return-damaged/', '七天无理由退回来的东西坏了', '纠纷场景', [['七天无理由退回来的东西坏了', WEIGHT.title], ['退货不完好', WEIGHT.keyword]]),
    page('/scenarios/return-not-sent/', '同意退货后，买家一直不寄回', '纠纷场景', [['同意退货后，买家一直不寄回', WEIGHT.title], ['买家不寄回', WEIGHT.keyword]]),
    page('/scenarios/refund-only-abuse/', '买家收到货却只要退款', '纠纷场景', [['买家收到货却只要退款', WEIGHT.title], ['仅退款', WEIGHT.keyword]]),
    page('/guide/how-to-respond/', '怎样应对平台介入', '指南', [
      ['怎样应对平台介入', WEIGHT.title],
      ['第二步：买家申请介入后，按要求举证', WEIGHT.heading, '第二步买家申请介入后按要求举证'],
      ['提交之后', WEIGHT.heading, '提交之后'],
    ]),
    page('/check/result/apply-refund-only-abuse/', '自测结果：驳回仅退款并举证', '自测结果', [['驳回仅退款并举证', WEIGHT.heading]]),
    page('/glossary/#swap', '术语：调包', '术语', [['调包', WEIGHT.keyword]]),
  ],
  [
    { term: '调包', aliases: ['掉包'] },
    { term: '仅退款', aliases: ['只退款', '自动退款'] },
    { term: '不寄', aliases: ['判输'] },
    { term: '调包', aliases: ['p图'] },
  ],
);
const terms = (q: string) => extractTerms(q, data, undefined, soundAlike).known.map((k) => k.term);
const top = (q: string, lists: string[][] = []) => rank(extractTerms(q, data), data, lists).map((r) => data.docs[r.doc]?.path);

describe('reading a query', () => {
  it('normalises punctuation, symbols, width and case', () => {
    expect(normalise('拼多多？退款，ＡＢ！<svg>')).toBe('拼多多 退款 ab svg');
  });
  it('replaces seller words with the site term and keeps the seller word where the site uses it', () => {
    expect(terms('退货掉包了')).toEqual(['调包', '退货']);
    expect(extractTerms('退货掉包了', data).marks).toContain('掉包');
  });
  it('drops filler words and covers a piece with as much site vocabulary as possible', () => {
    expect(terms('拼多多买家退货不寄怎么办')).toEqual(['买家', '退货', '不寄']);
    expect(coverPiece([...'退货不寄'], (s) => ['退货', '退货不', '不寄'].includes(s))).toEqual([
      { text: '退货', site: true },
      { text: '不寄', site: true },
    ]);
  });
  it('reads a same-sounding wrong character as the word meant, and guesses other one-character typos with less certainty', () => {
    expect(extractTerms('仅推款', data, undefined, soundAlike).known).toEqual([{ term: '仅退款', certainty: 1 }]);
    expect(extractTerms('仅拉款', data, undefined, soundAlike).known).toEqual([{ term: '仅退款', certainty: 0.8 }]);
    // Without the syllable table the typo is still guessed, and the reading asks for the table.
    expect(extractTerms('仅推款', data)).toMatchObject({ known: [{ term: '仅退款', certainty: 0.8 }], soundsWanted: true });
    expect(extractTerms('仅退款', data).soundsWanted).toBeUndefined();
  });
  it('keeps words the site does not use for Pagefind, and a number only with its unit', () => {
    const t = extractTerms('48小时 衣服色差', data);
    expect(t.free).toEqual(['衣服色差', '48小时']);
    expect(pagefindTerms(t)).toEqual(['衣服色差', '48小时']);
  });
  it('asks Pagefind without an adverb in front of a longer term', () => {
    expect(pagefindTerms({ known: [{ term: '会自动退款', certainty: 1 }, { term: '要退款', certainty: 1 }], free: [], marks: [] })).toEqual(['自动退款', '要退款']);
  });
  it('drops a colouring word inside a seller phrase without cutting it, and keeps latin a seller word uses', () => {
    expect(terms('就这样判我输了')).toContain('不寄');
    expect(terms('p图')).toEqual(['调包']);
    expect(terms('p 图')).toEqual([]);
    expect(terms('svg图')).toEqual([]);
  });
  it('finds no key term in markup, SQL or bare numbers', () => {
    for (const q of ['"><svg onload=alert(1)>', "' OR 1=1 --", '123', '怎么办？？']) {
      const t = extractTerms(q, data);
      expect(t.known.length + t.free.length, q).toBe(0);
      expect(rank(t, data), q).toEqual([]);
    }
  });
});

describe('ranking', () => {
  it('ranks the page whose own phrase the query uses first', () => {
    expect(top('买家退货后一直不寄回来')[0]).toBe('/scenarios/return-not-sent/');
    expect(top('只退款')[0]).toBe('/scenarios/refund-only-abuse/');
  });
  it('links to the heading a page matched under', () => {
    const [first] = rank(extractTerms('平台介入了让我举证', data), data);
    expect(data.docs[first?.doc ?? -1]?.path).toBe('/guide/how-to-respond/');
    expect(data.docs[first?.doc ?? -1]?.headings[first?.heading ?? -1]?.[0]).toBe('第二步买家申请介入后按要求举证');
  });
  it('puts a self-check verdict below the explanation that matches as well', () => {
    const ranked = top('驳回仅退款');
    expect(ranked.indexOf('/scenarios/refund-only-abuse/')).toBeLessThan(ranked.indexOf('/check/result/apply-refund-only-abuse/'));
  });
  it('adds Pagefind results by rank and knows them by page id (the page\'s index, then the build)', () => {
    const ranked = rank(extractTerms('吊牌', data), data, [['1_3fa9c2', '0_3fa9c2']]);
    expect(ranked.map((r) => data.docs[r.doc]?.path)).toEqual(['/scenarios/return-not-sent/', '/scenarios/return-damaged/']);
    expect(ranked[0]?.pagefindId).toBe('1_3fa9c2');
  });
});

describe('typos by sound (pinyin IME picks)', () => {
  it('knows a character\'s syllable from the collator, and which characters sound alike', () => {
    expect([...'举症证正介入如界'].map(syllableOf)).toEqual(['ju', 'zheng', 'zheng', 'zheng', 'jie', 'ru', 'ru', 'jie']);
    expect(syllableOf('a')).toBeUndefined();
    expect(soundAlike('症', '证')).toBe(2);
    expect(soundAlike('述', '诉')).toBe(1);
    expect(soundAlike('进', '退')).toBe(0);
    expect(soundAlike('证', '证')).toBe(0);
  });
  it('prefers the phrase that sounds like the typed word over a more frequent one that does not', () => {
    const corpus = '\u0001举报买家\u0001举报\u0001举报流程\u0001举证\u0001';
    expect(typoGuesses('举症', corpus, soundAlike)).toEqual([{ term: '举证', certainty: 1 }]);
    // Two characters with any one swapped are no guess at all unless they sound alike.
    expect(typoGuesses('举起', corpus, soundAlike)).toEqual([]);
  });
  it('mends a wrong character inside a piece when that makes a longer site phrase', () => {
    const corpus = '\u0001仅退款\u0001退款\u0001平台介入\u0001';
    const inSite = (s: string) => corpus.includes(s);
    expect(mendSounds([...'进退款'], inSite, corpus, soundAlike).join('')).toBe('仅退款');
    expect(mendSounds([...'平台介如'], inSite, corpus, soundAlike).join('')).toBe('平台介入');
    // A character that sounds like nothing that fits stays as typed.
    expect(mendSounds([...'拉退款'], inSite, corpus, soundAlike).join('')).toBe('拉退款');
    expect(terms('进退款')).toEqual(['仅退款']);
  });
  it('mends a character that says nothing alone only into a phrase of three or more, from the data alone', () => {
    const withNear = searchData([page('/p/', '倒计时提醒', '举证助手', [['倒计时提醒', WEIGHT.title], ['未发货', WEIGHT.keyword]])], [], soundAlike);
    expect(withNear.near?.['到']).toBe('倒');
    expect(withNear.near?.['为']).toBe('未');
    // No syllable table passed: the near-sounding characters come with the data.
    expect(extractTerms('到计时', withNear).known.map((k) => k.term)).toEqual(['倒计时']);
    expect(extractTerms('为发货', withNear).known.map((k) => k.term)).toEqual(['未发货']);
    expect(extractTerms('到计时', withNear).soundsWanted).toBeUndefined();
    // Two characters are not enough to mend one that says nothing alone.
    expect(mendSounds([...'到计'], (s) => '倒计时提醒'.includes(s), '\u0001倒计时提醒\u0001', soundAlike).join('')).toBe('到计');
  });
  it('reads pinyin typed without picking characters as the characters it spells, and drops letters that spell nothing', () => {
    expect(pinyinSyllables('tuikuan')).toEqual(['tui', 'kuan']);
    expect(pinyinSyllables('svg')).toBeUndefined();
    const spelled = (q: string) => extractTerms(q, data, undefined, soundAlike, pinyinSyllables).known.map((k) => k.term);
    expect(spelled('仅退kuan')).toContain('仅退款');
    expect(spelled('tuihuo不寄')).toEqual(['退货', '不寄']);
    expect(spelled('svg图')).toEqual([]);
    // Syllables typed with spaces between them are one word; a space beside anything else still parts words.
    expect(spelled('jin tui kuan')).toContain('仅退款');
    expect(spelled('tui huo  bu ji')).toEqual(spelled('tuihuobuji'));
    expect(spelled('tui 货')).not.toContain('退货');
    // Without the table, letters ask for it.
    expect(extractTerms('仅退kuan', data).soundsWanted).toBe(true);
  });
});

describe('what a question asks', () => {
  const asking = searchData(
    [
      page('/a/', '运费怎么补贴，补多少', '常见问题', [['运费怎么补贴，补多少', WEIGHT.title]]),
      page('/b/', '运费是商家出还是平台出', '常见问题', [['运费是商家出还是平台出', WEIGHT.title]]),
      page('/c/', '申请平台介入', '指南', [['申请平台介入', WEIGHT.title]]),
    ],
    [],
    undefined,
    INTENTS,
  );
  const scores = (q: string) => Object.fromEntries(rank(extractTerms(q, asking), asking).map((r) => [asking.docs[r.doc]?.path, r.score]));
  it('reads question words before they are cut out, and ranks the page that asks the same first', () => {
    expect(extractTerms('运费谁出', asking).intents).toEqual(['who-pays']);
    expect(extractTerms('运费', asking).intents).toBeUndefined();
    expect(scores('运费谁出')['/b/']).toBeGreaterThan(scores('运费谁出')['/a/'] ?? Infinity);
    expect(scores('运费补多少')['/a/']).toBeGreaterThan(scores('运费补多少')['/b/'] ?? Infinity);
    expect(scores('运费')['/a/']).toBe(scores('运费')['/b/']);
  });
  it('puts an FAQ answer a little above an equal match when the query is a question', () => {
    const both = searchData(
      [page('/guide/x/', '运费规则', '指南', [['运费规则', WEIGHT.title]]), page('/faq/x/', '运费规则', '常见问题', [['运费规则', WEIGHT.title]])],
      [],
    );
    const order = (q: string) => rank(extractTerms(q, both), both).map((r) => both.docs[r.doc]?.path);
    expect(extractTerms('运费规则', both).question).toBeUndefined();
    expect(order('运费规则')).toEqual(['/guide/x/', '/faq/x/']);
    expect(order('运费规则怎么算呢')).toEqual(['/faq/x/', '/guide/x/']);
  });
  it('matches a term with a word inside the phrase, below a whole match', () => {
    const ranked = rank(extractTerms('申请介入', asking), asking);
    expect(ranked.map((r) => asking.docs[r.doc]?.path)).toEqual(['/c/']);
  });
});

describe('highlighting', () => {
  it('escapes the text and marks terms, never single characters', () => {
    expect(highlight('举证<b>只有一次', ['举证', '次'])).toBe('<mark>举证</mark>&#60;b&#62;只有一次');
    expect(highlight('a&b', [])).toBe('a&#38;b');
  });
});

describe('FAQ pages', () => {
  it('lists questions in the order of the content file, unknown ids last', () => {
    expect(inFileOrder([{ id: 'c' }, { id: 'a' }, { id: 'x' }, { id: 'b' }], [{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map((e) => e.id)).toEqual(['a', 'b', 'c', 'x']);
  });
  it('every answer has its own address and a plain summary with the facts printed', () => {
    const facts = new Map(content.facts.map((f) => [f.id, f]));
    for (const f of content.faq) {
      expect(faqPath(f.id)).toBe(`/faq/${f.id}/`);
      const summary = faqSummary(f.answer, facts);
      expect(summary, f.id).not.toMatch(/\{\{/);
      expect(summary.length, f.id).toBeLessThanOrEqual(92);
    }
  });
});

describe('the query files', () => {
  const tuning = readQueries(new URL('../search-tuning.tsv', import.meta.url));
  const evaluation = readQueries(new URL('../search-eval.tsv', import.meta.url));
  const pages = new Set([
    ...content.guide.map((g) => `/guide/${g.id}/`),
    ...content.scenarios.map((s) => `/scenarios/${s.id}/`),
    ...content.faq.map((f) => faqPath(f.id)),
    ...content.outcomes.map((o) => `/check/result/${o.id}/`),
    '/glossary/',
    '/checklist/',
    '/check/',
    '/changes/',
    '/sources/',
    ...readdirSync(new URL('../../src/pages/tools/', import.meta.url))
      .filter((f) => f.endsWith('.astro'))
      .map((f) => (f === 'index.astro' ? '/tools/' : `/tools/${f.replace(/\.astro$/, '')}/`)),
  ]);
  it('has at least 80 evaluation queries of every kind, and names only pages that exist', () => {
    expect(evaluation.length).toBeGreaterThanOrEqual(80);
    expect(new Set(evaluation.map((q) => q.kind))).toEqual(new Set(['短词', '整句', '口语', '错字']));
    for (const { query, expected } of [...tuning, ...evaluation]) {
      expect(expected.length, query).toBeGreaterThan(0);
      for (const p of expected) expect(pages.has(p), `${query} → ${p}`).toBe(true);
    }
  });
  it('keeps the evaluation queries out of the site vocabulary: no alias, searchTerm, title, question or asked is one', () => {
    const curated = [
      ...content.glossary.flatMap((t) => [t.term, ...t.aliases]),
      ...content.aliases.flatMap((a) => [a.term, ...a.aliases]),
      ...[...content.guide, ...content.scenarios].flatMap((p) => [p.data.title, ...(p.data.navTitle ?? '').split('/'), ...p.data.searchTerms]),
      ...content.faq.flatMap((f) => [f.question, ...f.asked]),
      ...content.outcomes.map((o) => o.title),
    ].map((s) => normalise(s).replace(/\s+/g, ''));
    const vocabulary = new Set(curated.filter(Boolean));
    const leaks = evaluation.map((q) => normalise(q.query).replace(/\s+/g, '')).filter((q) => vocabulary.has(q));
    expect(leaks).toEqual([]);
  });
  it('keeps the evaluation and tuning files apart', () => {
    const tuned = new Set(tuning.map((q) => q.query));
    expect(evaluation.filter((q) => tuned.has(q.query))).toEqual([]);
  });
});
