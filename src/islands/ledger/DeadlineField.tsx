/**
 * "这一步的截止时间": an inline field (never a dialog that traps the seller) that reads what the order
 * page shows with the countdown tool's parser and saves it onto the case as its next deadline. Used by
 * the ledger's case panel and, after a stage change, by the checklist's case view.
 */
import { useState } from 'preact/hooks';
import { parseDeadline } from '~/lib/tools/countdown/deadline';
import { setDeadline } from '~/lib/ledger/write';
import { shortTime } from '~/lib/ledger/rows';
import { unsavedHistoryText } from '~/lib/ledger/unsaved';
import type { StageId } from '~/lib/shared/stage-ids';
import type { KeyValue } from '~/lib/shared/storage';

interface Props {
  id: string;
  caseId: string;
  stage: StageId | undefined;
  storage: KeyValue;
  /** Why it is asked ("阶段变了：…"); the label otherwise. */
  prompt: string;
  onSaved: () => void;
  onSkip?: () => void;
}

export function DeadlineField({ id, caseId, stage, storage, prompt, onSaved, onSkip }: Props) {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<{ text: string; bad?: boolean }>();
  const save = (e: Event) => {
    e.preventDefault();
    const now = new Date();
    const parsed = parseDeadline(input, now);
    if (!parsed.ok) return setStatus({ text: parsed.message, bad: true });
    const w = setDeadline(storage, caseId, { at: parsed.deadline, title: '', stage }, now);
    if (!w.ok) {
      return setStatus({
        text: w.reason === 'full' ? '浏览器存储已满，截止时间没有保存；案件和其他记录都还在。' : '这个浏览器不让网页保存数据，截止时间没有保存。',
        bad: true,
      });
    }
    setStatus({ text: `已保存截止时间：${shortTime(parsed.deadline, now)}（北京时间）。${w.logged ? '' : unsavedHistoryText(1)}` });
    setInput('');
    onSaved();
  };
  return (
    <form class="deadline-field no-print" onSubmit={save} noValidate>
      <label for={id}>{prompt}</label>
      <span class="deadline-row">
        <input id={id} type="text" value={input} placeholder="例如 剩 31 小时 20 分" onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit" class="button">
          保存截止时间
        </button>
        {onSkip && (
          <button type="button" class="button-link" onClick={onSkip}>
            先不设
          </button>
        )}
      </span>
      <span class="muted tool-hint">照抄订单页上的倒计时或截止时间，按北京时间换算。</span>
      {status && (
        <span role="status" class={status.bad ? 'deadline-status callout callout-warn' : 'deadline-status'}>
          {status.text}
        </span>
      )}
    </form>
  );
}
