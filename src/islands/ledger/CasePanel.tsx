/** One case in the ledger: its deadline, stage, notes, outcome and timeline (printable). */
import { useState } from 'preact/hooks';
import { caseHref } from '~/lib/checklist/cases/store';
import { writeChanges } from '../checklist/writer';
import { stageById } from '~/lib/shared/stages';
import type { StageId } from '~/lib/shared/stage-ids';
import type { KeyValue } from '~/lib/shared/storage';
import { toolHref } from '~/lib/tools/href';
import type { LedgerCase } from '~/lib/ledger/read';
import { eventText, RESULT_LABEL, shortTime, timeLeft, type Row } from '~/lib/ledger/rows';
import { formatYuan, parseYuan, RESULTS, type Result } from '~/lib/ledger/records';
import { addNote, setDeadline, setOutcome } from '~/lib/ledger/write';
import { unsavedHistoryText } from '~/lib/ledger/unsaved';
import { StageSelect } from '../shared/StageSelect';
import { DeadlineField } from './DeadlineField';
import type { LedgerData } from './Ledger';

interface Props {
  entry: LedgerCase;
  row: Row;
  data: LedgerData;
  storage: KeyValue;
  now: Date;
  onChanged: () => void;
  onClose: () => void;
}

const FULL = '浏览器存储已满';

export function CasePanel({ entry, row, data, storage, now, onChanged, onClose }: Props) {
  const { c, parts } = entry;
  const [askDeadline, setAskDeadline] = useState(false);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<Result>(parts.outcome?.result ?? 'won');
  const [refunded, setRefunded] = useState('');
  const [recovered, setRecovered] = useState('');
  const [message, setMessage] = useState<string>();

  /** `logged` false: saved, but its timeline entry waits on this page, which is said. */
  const done = (text: string, logged = true) => {
    setMessage(logged ? text : `${text}${unsavedHistoryText(1)}`);
    onChanged();
  };

  async function changeStage(stage: StageId | undefined) {
    const t = new Date();
    const w = writeChanges(storage, c, [{ type: 'stage', stage }], t);
    if (!w.ok) return setMessage(w.reason === 'deleted' ? '这个案件已在另一个页面里删除，阶段没有保存。' : `${w.reason === 'unreadable' ? '案件记录读不出来' : FULL}，阶段没有保存；其他记录都还在。`);
    const waiting = (await w.logged)?.[c.id] ?? 0;
    setAskDeadline(!!stage && !stageById(stage)?.closed);
    done(waiting > 0 ? `阶段已保存。${unsavedHistoryText(waiting)}` : '阶段已保存。');
  }

  function saveNote(e: Event) {
    e.preventDefault();
    const w = addNote(storage, c.id, note, new Date());
    if (!w) return setMessage('备注是空的，没有保存。');
    if (!w.ok) return setMessage(`${FULL}，备注没有保存；它还在输入框里，可以先复制下来。`);
    setNote('');
    done('备注已记下。');
  }

  function close(e: Event) {
    e.preventDefault();
    const r = parseYuan(refunded);
    const k = parseYuan(recovered);
    if (r === undefined || k === undefined) return setMessage('金额请填数字，单位是元，最多两位小数，例如 12.5。');
    const w = setOutcome(storage, c.id, { result, refunded: r, recovered: k }, new Date());
    if (!w.ok) return setMessage(`${FULL}，结果没有保存；案件仍在进行中。`);
    done(`已结案：${RESULT_LABEL[result]}。案件移到“已结案”，没有删除。`, w.logged);
  }

  function reopen() {
    const w = setOutcome(storage, c.id, { result: null, refunded: 0, recovered: 0 }, new Date());
    if (!w.ok) return setMessage(`${FULL}，没能重新打开。`);
    done('案件已重新打开。', w.logged);
  }

  function clearDeadline() {
    const w = setDeadline(storage, c.id, { at: null, title: '' }, new Date());
    if (!w.ok) return setMessage(`${FULL}，截止时间没有清除。`);
    done('截止时间已清除。', w.logged);
  }

  const tools = { type: data.types[`${c.type.kind}:${c.type.id}`]?.scenario, stage: c.stage, have: c.ticked, caseId: c.id };
  const stageLabel = (id: string) => stageById(id)?.label;

  return (
    <section class="ledger-case" aria-labelledby="ledger-case-title">
      <h2 id="ledger-case-title">{c.label}</h2>
      <p class="muted">
        {row.type} · 证据 {row.done}/{row.total} · {row.drafted ? '举证说明已写' : '举证说明未写'}
      </p>
      {message && (
        <p role="status" class="ledger-message">
          {message}
        </p>
      )}
      <h3>截止时间</h3>
      {row.deadline && row.left !== undefined ? (
        <p>
          <strong>{shortTime(row.deadline, now)}</strong>（北京时间），{timeLeft(row.left)}
          <span class="no-print">
            {' · '}
            <button type="button" class="button-link" onClick={async () => (await import('./actions')).downloadCaseIcs({ ...row, deadline: row.deadline! })}>
              下载这一个的日历提醒
            </button>
            {' · '}
            <button type="button" class="button-link" onClick={clearDeadline}>
              清除
            </button>
          </span>
        </p>
      ) : (
        <p>还没有设截止时间。</p>
      )}
      <div class="no-print">
        <label for="ledger-stage">现在到了哪一步</label>
        <StageSelect id="ledger-stage" value={c.stage} empty="没有说明" onChange={(stage) => void changeStage(stage)} />
      </div>
      {askDeadline ? (
        <DeadlineField id="ledger-deadline" caseId={c.id} stage={c.stage} storage={storage} prompt="阶段变了：这一步的截止时间是？" onSaved={() => (setAskDeadline(false), onChanged())} onSkip={() => setAskDeadline(false)} />
      ) : (
        <DeadlineField id="ledger-deadline" caseId={c.id} stage={c.stage} storage={storage} prompt={row.deadline ? '改截止时间' : '设截止时间'} onSaved={onChanged} />
      )}
      <p class="no-print">
        <a href={caseHref(c.id)}>打开证据清单</a> · <a href={toolHref('statement', tools)}>写举证说明</a> · <a href={toolHref('countdown', tools)}>用倒计时工具设提醒</a>
      </p>
      <h3>备注</h3>
      <form class="no-print ledger-note" onSubmit={saveNote}>
        <label for="ledger-note">记一笔（会带上今天的日期）</label>
        <textarea id="ledger-note" rows={2} maxLength={500} value={note} placeholder="例如 买家同意部分退款" onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="button button-secondary">
          记下
        </button>
      </form>
      <h3>结果</h3>
      {parts.outcome?.result ? (
        <p>
          {RESULT_LABEL[parts.outcome.result]}，退给买家 {formatYuan(row.refunded)}，追回 {formatYuan(row.recovered)}。
          <button type="button" class="button-link no-print" onClick={reopen}>
            重新打开
          </button>
        </p>
      ) : (
        <form class="no-print ledger-outcome" onSubmit={close} noValidate>
          <fieldset>
            <legend>这单怎么结束的</legend>
            {RESULTS.map((r) => (
              <label key={r} class="tool-check">
                <input type="radio" name="ledger-result" checked={result === r} onChange={() => setResult(r)} />
                {RESULT_LABEL[r]}
              </label>
            ))}
          </fieldset>
          <label for="ledger-refunded">退给买家多少（元）</label>
          <input id="ledger-refunded" type="text" inputMode="decimal" value={refunded} onInput={(e) => setRefunded(e.currentTarget.value)} />
          <label for="ledger-recovered">追回多少（元，退货、赔付等）</label>
          <input id="ledger-recovered" type="text" inputMode="decimal" value={recovered} onInput={(e) => setRecovered(e.currentTarget.value)} />
          <button type="submit" class="button">
            结案
          </button>
        </form>
      )}
      <h3>时间线</h3>
      {parts.timeline.length === 0 ? (
        <p class="muted">这个案件是在有时间线之前保存的，之前发生的事没有记录；从现在起的改动都会记在这里。</p>
      ) : (
        <ol class="ledger-timeline">
          {parts.timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{shortTime(new Date(e.at), now)}</time> {eventText(e, data.items, stageLabel, now)}
            </li>
          ))}
        </ol>
      )}
      <p class="no-print">
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          打印这个案件
        </button>{' '}
        <button type="button" class="button-link" onClick={onClose}>
          回到全部案件
        </button>
      </p>
    </section>
  );
}
