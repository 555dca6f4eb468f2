/** One saved case for the case-store tests: the shape a version-2 record reads back as. */
import type { SavedCase } from '~/lib/checklist/cases/store';

export const t0 = new Date('2026-11-26T08:00:00Z');
export const aCase = (over: Partial<SavedCase> = {}): SavedCase => ({
  id: 'c1',
  label: '订单尾号 1234',
  type: { kind: 'outcome', id: 'apply-empty-parcel' },
  ticked: [],
  lacking: [],
  updatedAt: t0.toISOString(),
  ...over,
});
