/** Content integrity over the real files in content/. */
import { describe, expect, it } from 'vitest';
import { readTsv } from '../../scripts/tsv.mjs';
import { content } from '../support/content-files';
import { integrityProblems, numbersOutsideFacts, termIdsIn, type PageSource } from '~/lib/content/integrity';
import { factIdsIn } from '~/lib/content/facts';
import { pinyinGroups, pinyinInitial } from '~/lib/content/glossary-order';
import { RULE_CHANGES, changesFor } from '~/lib/content/changes';

const pages: PageSource[] = [...content.guide.map((p) => ({ ...p, data: {} })), ...content.scenarios];

describe('content integrity', () => {
  it('has no broken cross-reference anywhere', () => {
    expect(integrityProblems({ ...content, pages })).toEqual([]);
  });

  it('every fact has at least one source, and facts not found say where to check', () => {
    for (const f of content.facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      if (f.confidence === 'not-found') expect(f.checkIn ?? '', f.id).toMatch(/后台|页面|APP|详情|管理/);
    }
  });

  it('rules of other platforms or courier practice are never marked as PDD rules', () => {
    for (const f of content.facts) {
      const onlyNonPdd = f.sources.every((s) => s.kind === 'non-pdd');
      if (onlyNonPdd) expect(f.scope, f.id).not.toBe('pdd');
    }
    expect(content.facts.find((f) => f.id === 'courier-claim-cap')?.scope).toBe('courier');
    expect(content.facts.find((f) => f.id === 'law-seven-day-return')?.scope).toBe('law');
  });

  it('every scenario names evidence and outcomes that exist', () => {
    const evidence = new Set(content.evidence.map((e) => e.id));
    const outcomes = new Set(content.outcomes.map((o) => o.id));
    expect(content.scenarios.length).toBeGreaterThanOrEqual(10);
    for (const s of content.scenarios) {
      for (const id of [...s.data.evidenceRequired, ...s.data.evidenceHelpful]) expect(evidence.has(id), `${s.id}: ${id}`).toBe(true);
      for (const id of s.data.outcomes) expect(outcomes.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });

  it('every page cites at least one fact and links the glossary', () => {
    for (const p of pages) {
      expect(factIdsIn(p.body).length, p.id).toBeGreaterThan(0);
      expect(termIdsIn(p.body).length, p.id).toBeGreaterThan(0);
    }
  });
});

describe('FAQ', () => {
  it('answers every real seller question (tests/seller-questions.tsv, from shared/eval/)', () => {
    const asked = readTsv(new URL('../seller-questions.tsv', import.meta.url)).map(([question = '']) => question.trim());
    const answered = new Set(content.faq.flatMap((f) => f.asked));
    expect(asked).toHaveLength(40);
    expect(asked.filter((q) => !answered.has(q))).toEqual([]);
  });
  it('every answer points to a page that goes deeper', () => {
    for (const f of content.faq) expect(f.more, f.id).toMatch(/^\/(guide|scenarios|faq|checklist|check)\//);
  });
});

describe('numbers in prose must come from the facts data', () => {
  it('catches a digit next to a unit, and ignores cited facts', () => {
    expect(numbersOutsideFacts('商家有48小时处理')).toEqual(['48小时']);
    expect(numbersOutsideFacts('最多 3 张图片，介入率 0.5%')).toEqual(['3 张', '0.5%']);
    expect(numbersOutsideFacts('时限是 <Fact id="evidence-window" />。')).toEqual([]);
    expect(numbersOutsideFacts('二十四小时内')).toEqual(['二十四小时']);
    expect(numbersOutsideFacts('七天无理由退货是法律概念')).toEqual([]);
    expect(numbersOutsideFacts('三天内寄回')).toEqual(['三天']);
  });

  it('finds none in the real MDX pages', () => {
    for (const p of pages) expect(numbersOutsideFacts(p.body), p.id).toEqual([]);
  });
});

describe('words (issue 11)', () => {
  it('keeps every FAQ id: other features address each question by it (the file order is the topics\' order)', () => {
    const ids = ['evidence-late', 'what-happens', 'why-fear', 'decision-time', 'rate-standard', 'evidence-insufficient', 'upload-video', 'platform-initiated', 'can-seller-apply', 'report-buyer', 'report-buyer-app', 'competitor-review', 'reply-review', 'delete-review', 'freight-cover-amount', 'freight-cover-who', 'freight-cover-lapse', 'refused-freight', 'swapped-what-to-do', 'swapped-denied', 'counterfeit', 'reject-evidence', 'quality-refund-high', 'quality-refund-rate', 'appeal-how', 'appeal-failed', 'store-hidden', 'work-order-overdue', 'urge-shipment', 'auto-agree-time', 'auto-refund', 'instant-refund-what', 'instant-refund-pause', 'holiday', 'extend-receipt', 'unfair', 'block-buyer', 'withdraw-intervention', 'partial-refund', 'repair-request', 'virtual-goods'];
    expect(content.faq.map((f) => f.id).sort()).toEqual([...ids].sort());
  });

  it('has the fresh-produce and unshipped-refund scenarios', () => {
    const ids = content.scenarios.map((s) => s.id);
    expect(ids).toContain('fresh-produce');
    expect(ids).toContain('unshipped-refund');
  });

  it('glossary aliases never name another entry, and terms come out in pinyin order with an index', () => {
    const terms = new Set(content.glossary.map((g) => g.term));
    for (const g of content.glossary) for (const a of g.aliases) expect(terms.has(a), `${g.id}: ${a}`).toBe(false);
    const groups = pinyinGroups(content.glossary, (g) => g.term);
    expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort());
    expect(pinyinInitial('仅退款')).toBe('J');
    expect(pinyinInitial('调包')).toBe('D');
    expect(pinyinInitial('召回')).toBe('Z');
    expect(groups.flatMap((g) => g.items).length).toBe(content.glossary.length);
  });

  it('every rule change is dated, told by facts that exist, and names pages that exist', () => {
    const facts = new Set(content.facts.map((f) => f.id));
    const pages = new Set([...content.guide.map((p) => `/guide/${p.id}/`), ...content.scenarios.map((p) => `/scenarios/${p.id}/`)]);
    const faq = new Set(content.faq.map((f) => `/faq/#${f.id}`));
    const glossary = new Set(content.glossary.map((g) => `/glossary/#${g.id}`));
    const others = new Set(['/checklist/', '/tools/statement/', ...content.outcomes.map((o) => `/check/result/${o.id}/`)]);
    for (const c of RULE_CHANGES) {
      expect(c.date, c.id).toMatch(/^\d{4}-\d{2}/);
      for (const f of c.facts) expect(facts.has(f), `${c.id}: ${f}`).toBe(true);
      for (const p of [...c.pages, ...c.notYet]) expect(pages.has(p) || faq.has(p) || glossary.has(p) || others.has(p), `${c.id}: ${p}`).toBe(true);
      // A page is either rewritten or not yet, never both.
      expect(c.notYet.filter((p) => c.pages.includes(p)), c.id).toEqual([]);
      expect(numbersOutsideFacts(c.meaning), c.id).toEqual([]);
    }
    expect(changesFor('/scenarios/refund-only-abuse/').map((c) => c.id)).toEqual(['measures-2026', 'refund-only-july-2025', 'refund-only-2025', 'regulator-2024']);
    expect(changesFor('/guide/evidence/')).toEqual([]);
  });

  it('every page that describes 仅退款 after receipt was rewritten for 2025 and carries the note', () => {
    const rewritten = new Set(RULE_CHANGES.flatMap((c) => c.pages));
    for (const p of pages) {
      if (p.body.includes('refund-only-cancel-2025')) expect(rewritten.has(`/${p.collection}/${p.id}/`), p.id).toBe(true);
    }
  });

  it('never writes the words the issue found wrong or risky', () => {
    const text = [...pages.map((p) => p.body), ...content.faq.map((f) => f.answer), ...content.glossary.map((g) => g.definition)].join('\n');
    for (const phrase of ['退款不会因为这一步自动发生', '使用它并无坏处', '丢件是快递的事', '唯一办法', '非要站外沟通', '输掉的单会计入', '拆开看看、试一试，你就得退款', '可以在评价下面回复', '运费只能和买家协商', '应诉']) {
      expect(text, phrase).not.toContain(phrase);
    }
  });
});
