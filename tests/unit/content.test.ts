/** Content integrity over the real files in content/. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../content-files';
import { integrityProblems, numbersOutsideFacts, termIdsIn, type PageSource } from '../../src/lib/integrity';
import { factIdsIn } from '../../src/lib/facts';

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
    const tsv = readFileSync(new URL('../seller-questions.tsv', import.meta.url), 'utf8');
    const asked = tsv.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')[0]?.trim() ?? '');
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
