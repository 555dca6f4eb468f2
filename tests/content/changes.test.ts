/** Survivors of the mutation run in src/lib/content/changes.ts: how a page address is compared, and the month label. */
import { describe, expect, it } from 'vitest';
import { changesFor, monthLabel } from '~/lib/content/changes';

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
