/**
 * What the seller learns from the ledger: cases by dispute type and by outcome, money refunded and
 * recovered, and an estimate of the 30-day intervention rate from the fact sheet's formula
 * (`intervention-rate-formula`: intervention orders ÷ 成团订单数, both over 30 days). Only the cases
 * saved in this browser are counted, so the figure is an estimate; the real one is in the back end.
 */
import type { Row } from './rows';
import type { LedgerCase } from './read';
import type { Result } from './records';

export interface Stats {
  byType: [string, number][];
  byResult: Record<Result | 'open', number>;
  refunded: number;
  recovered: number;
}

export function ledgerStats(rows: readonly Row[]): Stats {
  const types = new Map<string, number>();
  const byResult: Stats['byResult'] = { won: 0, lost: 0, settled: 0, open: 0 };
  let refunded = 0;
  let recovered = 0;
  for (const r of rows) {
    types.set(r.type, (types.get(r.type) ?? 0) + 1);
    byResult[r.result ?? 'open']++;
    refunded += r.refunded;
    recovered += r.recovered;
  }
  return { byType: [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)), byResult, refunded, recovered };
}

const DAY_MS = 24 * 3600_000;

/**
 * Cases that reached platform intervention in the 30 days before `now`: a stage change to it on the
 * timeline in that window, or, for a case saved before timelines existed, its stage is intervention
 * or later and it changed in that window.
 */
export function interventionsIn30Days(cases: readonly LedgerCase[], now: Date): number {
  const from = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const to = now.toISOString();
  return cases.filter(({ c, parts }) => {
    const stages = parts.timeline.filter((e) => e.kind === 'stage');
    if (stages.length > 0) return stages.some((e) => e.detail === 'intervention' && e.at >= from && e.at <= to);
    return (c.stage === 'intervention' || c.stage === 'decided') && c.updatedAt >= from;
  }).length;
}

export type RateEstimate = { ok: true; interventions: number; orders: number; percent: string } | { ok: false; message: string };

/** 成团订单数 as typed: a whole number above zero. */
export function estimateRate(ordersInput: string, interventions: number): RateEstimate {
  const s = ordersInput.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  if (!/^\d{1,9}$/.test(s) || Number(s) === 0) return { ok: false, message: '请填一个大于 0 的整数：近 30 天的成团订单数。' };
  const orders = Number(s);
  if (interventions > orders) return { ok: false, message: '记下的介入案件比填的成团订单数还多，请核对订单数。' };
  return { ok: true, interventions, orders, percent: `${((interventions / orders) * 100).toFixed(2)}%` };
}
