/** Survivors of the mutation run in src/lib/content/faq.ts: where a long answer is cut, and the order of entries. */
import { describe, expect, it } from 'vitest';
import { byTopic, faqLink, faqSummary, inFileOrder, relatedByTopic } from '~/lib/content/faq';
import { FAQ_TOPICS } from '~/lib/content/faq-topics';
import { RULE_CHANGES } from '~/lib/content/changes';
import { factValue } from '~/lib/content/facts';
import { content } from '../support/content-files';

/** Any real fact with a short value: the summary prints it as the page does. */
const fact = content.facts.find((f) => f.display)!;
const facts = new Map([[fact.id, fact]]);
const s = (text: string, max = 10) => faqSummary(text, facts, max);

describe('faqSummary', () => {
  it('folds and trims spaces, prints facts, and keeps a text of exactly `max` characters whole', () => {
    expect(s('  一  二\n三 ')).toBe('一 二 三');
    expect(s(`时限 {{${fact.id}}}`, 90)).toBe(`时限 ${factValue(fact)}`);
    expect(s('甲'.repeat(10))).toBe('甲'.repeat(10));
  });

  it('one character over `max` is cut, at the last sentence mark past the middle', () => {
    expect(s('甲'.repeat(11))).toBe(`${'甲'.repeat(10)}……`);
    expect(s(`${'甲'.repeat(6)}。${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(6)}……`);
    expect(s(`${'甲'.repeat(6)}；${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(6)}……`);
    expect(s(`${'甲'.repeat(6)}，${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(6)}……`);
    // The latest of the three marks wins, whichever it is.
    expect(s(`甲。甲甲甲，甲甲；乙${'乙'.repeat(10)}`)).toBe('甲。甲甲甲，甲甲……');
  });

  it('a mark at or before the middle is not used: the text is cut at `max`', () => {
    expect(s(`${'甲'.repeat(5)}。${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(5)}。乙乙乙乙……`);
    expect(s(`${'甲'.repeat(2)}。${'乙'.repeat(10)}`)).toBe(`${'甲'.repeat(2)}。${'乙'.repeat(7)}……`);
    expect(faqSummary('甲'.repeat(100), facts)).toBe(`${'甲'.repeat(90)}……`);
  });
});

describe('faqLink', () => {
  it('sends a question named by its anchor on the index to its own page, and leaves every other path alone', () => {
    expect(faqLink('/faq/#unfair')).toBe('/faq/unfair/');
    expect(faqLink('/faq/')).toBe('/faq/');
    expect(faqLink('/faq/unfair/')).toBe('/faq/unfair/');
    expect(faqLink('/glossary/#report-buyer')).toBe('/glossary/#report-buyer');
    expect(faqLink('/guide/precautions/#错过倒计时')).toBe('/guide/precautions/#错过倒计时');
  });
  it('every question content/changes.json names by anchor has a page of its own', () => {
    const ids = new Set(content.faq.map((f) => f.id));
    const named = RULE_CHANGES.flatMap((c) => [...c.pages, ...c.notYet]).filter((p) => p.startsWith('/faq/#'));
    expect(named.length).toBeGreaterThan(0);
    for (const p of named) expect(ids.has(faqLink(p).split('/')[2]!), p).toBe(true);
  });
});

describe('inFileOrder', () => {
  it('follows the file, puts unknown ids last in their own order, and does not change its input', () => {
    const entries = [{ id: 'x' }, { id: 'c' }, { id: 'y' }, { id: 'a' }];
    expect(inFileOrder(entries, [{ id: 'a' }, { id: 'c' }]).map((e) => e.id)).toEqual(['a', 'c', 'x', 'y']);
    expect(entries.map((e) => e.id)).toEqual(['x', 'c', 'y', 'a']);
  });
});

describe('FAQ topics (review C15, C21)', () => {
  const e = (id: string, topic: string) => ({ id, topic });
  const list = [e('a', 'evidence'), e('b', 'deadlines'), e('c', 'evidence'), e('d', 'evidence'), e('f', 'freight'), e('g', 'evidence')];
  it('groups the index in topic order, entries in the order given, empty topics left out', () => {
    const groups = byTopic(list);
    expect(groups.map((g) => g.id)).toEqual(['deadlines', 'evidence', 'freight']);
    expect(groups[1]?.entries.map((x) => x.id)).toEqual(['a', 'c', 'd', 'g']);
    expect(groups[1]?.label).toBe(FAQ_TOPICS.find((t) => t.id === 'evidence')?.label);
  });
  it('relates questions by topic only, nearest in the list first, at most max, never the question itself', () => {
    expect(relatedByTopic(list[2]!, list).map((x) => x.id)).toEqual(['d', 'a', 'g']);
    expect(relatedByTopic(list[2]!, list, 2).map((x) => x.id)).toEqual(['d', 'a']);
    expect(relatedByTopic(list[1]!, list)).toEqual([]);
  });
  it('the site has at most eight topics, each with questions, and every related question shares its topic', () => {
    expect(FAQ_TOPICS.length).toBeLessThanOrEqual(8);
    const groups = byTopic(content.faq);
    expect(groups.length).toBe(FAQ_TOPICS.length);
    expect(groups.every((g) => g.entries.length >= 2)).toBe(true);
    for (const f of content.faq) {
      const related = relatedByTopic(f, content.faq);
      expect(related.length, f.id).toBeGreaterThan(0);
      expect(related.every((r) => r.topic === f.topic), f.id).toBe(true);
    }
  });
});
