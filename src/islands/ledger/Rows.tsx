import { ledgerCasePath } from '~/lib/shared/paths';
import { RESULT_LABEL, shortTime, STAGE_SHORT, timeLeft, type Row } from '~/lib/ledger/rows';
import { formatYuan } from '~/lib/ledger/records';

/**
 * The ledger's rows, at most three short lines each so thirty fit a phone without scrolling sideways:
 * the name and time left (overdue in red); the deadline in Beijing time, stage, type, evidence and
 * statement; the next step, cut to one line (the whole of it is on the case).
 */
export function Rows({ rows, now, onOpen, currentId }: { rows: Row[]; now: Date; onOpen: (id: string) => void; currentId: string | null }) {
  return (
    <ol class="ledger-rows">
      {rows.map((r) => (
        <li key={r.id} class={r.overdue && !r.result ? 'ledger-row is-overdue' : 'ledger-row'} data-case={r.id}>
          <p class="ledger-line ledger-top">
            <a
              class="ledger-name"
              href={ledgerCasePath(r.id)}
              aria-current={currentId === r.id ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onOpen(r.id);
              }}
            >
              {r.label}
            </a>
            <span class="ledger-left">{r.result ? RESULT_LABEL[r.result] : r.left !== undefined ? timeLeft(r.left) : '未设截止'}</span>
          </p>
          <p class="ledger-line muted">
            {r.deadline && !r.result && <time dateTime={r.deadline.toISOString()}>截止 {shortTime(r.deadline, now)}</time>}
            <span>{r.stage ? STAGE_SHORT[r.stage] : '阶段未说明'}</span>
            <span>{r.type}</span>
            <span>
              证据 {r.done}/{r.total}
            </span>
            <span>{r.drafted ? '说明已写' : '说明未写'}</span>
            {r.result && (
              <span>
                退 {formatYuan(r.refunded)}，追回 {formatYuan(r.recovered)}
              </span>
            )}
          </p>
          {!r.result && r.next && <p class="ledger-line ledger-next">下一步：{r.next}</p>}
        </li>
      ))}
    </ol>
  );
}
