/** Survivors of the mutation run in src/lib/content/changes.ts: how a page address is compared, and the month label. */
import { describe, expect, it } from 'vitest';
import { changesFor, monthLabel, RULE_CHANGES } from '~/lib/content/changes';
import { ruleChangeSchema } from '../../src/schemas';

describe('changesFor', () => {
  it('compares paths without the anchor and with or without the trailing slash, newest first', () => {
    expect(changesFor('/guide/outcomes/').map((c) => c.id)).toEqual(['measures-2026', 'merchant-committee-2025', 'regulator-2024', 'fee-relief-2024']);
    expect(changesFor('/guide/outcomes').map((c) => c.id)).toEqual(['measures-2026', 'merchant-committee-2025', 'regulator-2024', 'fee-relief-2024']);
    expect(changesFor('/guide/outcomes/#x').map((c) => c.id)).toEqual(['measures-2026', 'merchant-committee-2025', 'regulator-2024', 'fee-relief-2024']);
    // A listed `/faq/#unfair` names the FAQ page itself.
    expect(changesFor('/faq/').map((c) => c.id)).toEqual(['measures-2026', 'refund-only-july-2025', 'refund-only-2025']);
    expect(changesFor('/faq/unfair/')).toEqual([]);
    expect(changesFor('/guide/')).toEqual([]);
    expect(changesFor('')).toEqual([]);
  });
});

describe('monthLabel', () => {
  it('drops the leading zero and ignores a day', () => {
    expect(monthLabel('2025-04')).toBe('2025 年 4 月');
    expect(monthLabel('2024-12-01')).toBe('2024 年 12 月');
  });
});

describe('the changes data (content/changes.json, review item B5)', () => {
  it('every refund-only change also names the refund-only self-check results, and lists /checklist/ as rewritten or not yet', () => {
    // The changes to refund-only after receipt (the 2024 meeting changed no page of the self-check).
    const refundOnly = RULE_CHANGES.filter((c) => c.facts.some((f) => ['refund-only-cancel-2025', 'refund-only-july-2025', 'measures-no-forced-refund-only'].includes(f)));
    expect(refundOnly.map((c) => c.id).sort()).toEqual(['measures-2026', 'refund-only-2025', 'refund-only-july-2025']);
    for (const c of refundOnly) expect(c.results, c.id).toBe('refund-only');
    const checklist = RULE_CHANGES.filter((c) => [...c.pages, ...c.notYet].includes('/checklist/'));
    expect(checklist.length).toBeGreaterThan(0);
  });
  it('the schema refuses a change without pages, a bad date or an address that is not a site path', () => {
    const good = RULE_CHANGES[0]!;
    expect(ruleChangeSchema.safeParse(good).success).toBe(true);
    expect(ruleChangeSchema.safeParse({ ...good, pages: [] }).success).toBe(false);
    expect(ruleChangeSchema.safeParse({ ...good, date: '2025年4月' }).success).toBe(false);
    expect(ruleChangeSchema.safeParse({ ...good, pages: ['https://example.com/'] }).success).toBe(false);
    expect(ruleChangeSchema.safeParse({ ...good, notYet: ['/faq/#Auto Refund'] }).success).toBe(false);
    expect(ruleChangeSchema.safeParse({ ...good, results: 'all' }).success).toBe(false);
  });
});
