/** What the seller learns from the ledger: cases by type and outcome, money, and the intervention-rate estimate. */
import { useState } from 'preact/hooks';
import { estimateRate, interventionsIn30Days, ledgerStats } from '~/lib/ledger/stats';
import { formatYuan } from '~/lib/ledger/records';
import { RESULT_LABEL, type Row } from '~/lib/ledger/rows';
import type { LedgerCase } from '~/lib/ledger/read';

export function Stats({ rows, cases, now }: { rows: Row[]; cases: LedgerCase[]; now: Date }) {
  const [orders, setOrders] = useState('');
  const s = ledgerStats(rows);
  const interventions = interventionsIn30Days(cases, now);
  const estimate = orders.trim() === '' ? undefined : estimateRate(orders, interventions);
  return (
    <section class="ledger-stats" aria-labelledby="ledger-stats-title">
      <h2 id="ledger-stats-title">这些案件告诉你什么</h2>
      <p>
        按结果：进行中 {s.byResult.open}，{RESULT_LABEL.won} {s.byResult.won}，{RESULT_LABEL.lost} {s.byResult.lost}，{RESULT_LABEL.settled} {s.byResult.settled}。
        已结案的退给买家合计 <strong>{formatYuan(s.refunded)}</strong>，追回合计 <strong>{formatYuan(s.recovered)}</strong>。
      </p>
      <p>按类型：{s.byType.map(([t, n]) => `${t} ${n}`).join('，')}。</p>
      <form class="no-print" onSubmit={(e) => e.preventDefault()}>
        <label for="ledger-orders">近 30 天的成团订单数（填了就估算介入率）</label>
        <input id="ledger-orders" type="text" inputMode="numeric" value={orders} onInput={(e) => setOrders(e.currentTarget.value)} aria-describedby="ledger-rate" />
      </form>
      <p id="ledger-rate" role="status">
        {estimate?.ok
          ? `估算：近 30 天介入率约 ${estimate.percent}（这里记下的 ${estimate.interventions} 个走到平台介入的案件 ÷ ${estimate.orders} 单）。只算这个浏览器里记下的案件，真实的数以后台为准，见下面“介入率怎么算”。`
          : (estimate?.message ?? `这里记下的案件中，近 30 天走到平台介入的有 ${interventions} 个。`)}
      </p>
    </section>
  );
}
