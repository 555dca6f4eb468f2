import { stageById } from '~/lib/shared/stages';
import { RESULT_LABEL, shortTime, timeLeft, type Row } from '~/lib/ledger/rows';
import { formatYuan } from '~/lib/ledger/records';

/** The ledger's rows: three short lines each, so thirty fit a phone screen without scrolling sideways. */
export function Rows({ rows, now, onOpen, currentId }: { rows: Row[]; now: Date; onOpen: (id: string) => void; currentId: string | null }) {
  return (
    <ol class="ledger-rows">
      {rows.map((r) => (
        <li key={r.id} class={r.overdue && !r.result ? 'ledger-row is-overdue' : 'ledger-row'} data-case={r.id}>
          <p class="ledger-line">
            <a
              class="ledger-name"
              href={`/cases/?case=${encodeURIComponent(r.id)}`}
              aria-current={currentId === r.id ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onOpen(r.id);
              }}
            >
              {r.label}
            </a>
            {r.result ? (
              <span class="ledger-when">{RESULT_LABEL[r.result]}</span>
            ) : r.deadline && r.left !== undefined ? (
              <span class="ledger-when">
                {r.overdue && <strong class="tag tag-overdue">超时</strong>}
                <time dateTime={r.deadline.toISOString()}>{shortTime(r.deadline, now)}</time>
                <span class="ledger-left">{timeLeft(r.left)}</span>
              </span>
            ) : (
              <span class="ledger-when muted">未设截止</span>
            )}
          </p>
          <p class="ledger-line muted">
            <span>{r.type}</span>
            <span>{stageById(r.stage)?.label ?? '阶段未说明'}</span>
            <span>
              证据 {r.done}/{r.total}
            </span>
            <span>{r.drafted ? '说明已写' : '说明未写'}</span>
            {r.result && <span>退 {formatYuan(r.refunded)} · 追回 {formatYuan(r.recovered)}</span>}
          </p>
          {!r.result && r.next && <p class="ledger-line ledger-next">下一步：{r.next}</p>}
        </li>
      ))}
    </ol>
  );
}
