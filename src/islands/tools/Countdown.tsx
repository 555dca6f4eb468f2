/**
 * 倒计时提醒: the seller copies the countdown or deadline off the order page; the tool shows the absolute
 * deadline in China time, an .ics reminder and a text to copy. Parsing: `src/lib/tools/countdown/deadline.ts`;
 * the file and the text: `src/lib/tools/countdown/ics.ts`.
 * It never supplies a window the seller did not type.
 */
import { ledgerCasePath } from '~/lib/shared/paths';
import { useEffect, useState } from 'preact/hooks';
import { ALARM_WORDS, formatShanghai, parseDeadline, SHANGHAI_OFFSET_MS, type ParsedDeadline } from '~/lib/tools/countdown/deadline';
import { buildIcs, icsFileName, reminderText, reminderUid } from '~/lib/tools/countdown/ics';
import type { StageId } from '~/lib/shared/stages';
import type { ToolContext } from '~/lib/tools/href';
import { ContextProblems, copyText, downloadBlob, readContext, storage } from './shared';

/** What the countdown is for; the event title. Chosen by the seller, defaulted from the stage. */
const PURPOSES = [
  { id: 'respond', title: '售后申请处理截止' },
  { id: 'evidence', title: '举证截止' },
  { id: 'work-order', title: '工单处理截止' },
  { id: 'return-check', title: '退货验收处理截止' },
  { id: 'other', title: '售后时限截止' },
] as const;

const purposeForStage = (stage: StageId | undefined) =>
  stage === 'intervention' ? 'evidence' : stage === 'return-arrived' ? 'return-check' : stage === 'applied' ? 'respond' : 'other';

interface Props {
  types: string[];
  evidence: string[];
}

export default function Countdown({ types, evidence }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [purpose, setPurpose] = useState<string>('other');
  const [order, setOrder] = useState('');
  const [input, setInput] = useState('');
  const [result, setResult] = useState<{ parsed: ParsedDeadline; now: Date } | undefined>();
  const [status, setStatus] = useState('');
  const [ctx, setCtx] = useState<ToolContext>();

  useEffect(() => {
    const ctx = readContext({ types, evidence });
    setCtx(ctx);
    setProblems(ctx.problems);
    setPurpose(purposeForStage(ctx.stage));
    setEnhanced(true);
  }, []);

  if (!enhanced) {
    return (
      <div class="callout callout-warn">
        <p class="callout-title">换算和日历提醒要在浏览器里开启 JavaScript</p>
        <p>自己算也不难：用现在的时间加上页面上的剩余时间，得到截止时刻；在手机日历里建一个事件，设截止前 <span data-tool-setting>{ALARM_WORDS}</span> 两次提醒。</p>
      </div>
    );
  }

  const title = `${PURPOSES.find((p) => p.id === purpose)?.title ?? '售后时限截止'}${order.trim() ? `（订单 ${order.trim()}）` : ''}`;
  const ok = result?.parsed.ok ? result.parsed : undefined;
  const text = ok && result ? reminderText(title, ok.deadline, result.now) : '';
  const browserOffset = -new Date().getTimezoneOffset() * 60_000;

  const onSubmit = (e: Event) => {
    e.preventDefault();
    setStatus('');
    const now = new Date();
    setResult({ parsed: parseDeadline(input, now), now });
  };
  const onIcs = () => {
    if (!ok || !result) return;
    const ics = buildIcs({
      deadline: ok.deadline,
      now: result.now,
      title,
      description: `${text}\n时间按北京时间（Asia/Shanghai）。以后台显示为准。`,
      uid: reminderUid(ok.deadline, purpose, order),
    });
    downloadBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), icsFileName(ok.deadline));
    setStatus('已生成日历文件：在手机上打开它，加入日历。');
  };
  // Opened from a saved case (the checklist, the ledger): the deadline goes onto the case, where the ledger shows it.
  const caseId = ctx?.caseSaved ? ctx.caseId : undefined;
  const onSaveToCase = async () => {
    if (!ok || !caseId) return;
    // Loaded on the press: the tool itself stays as small as before.
    const [{ setDeadline }, { unsavedHistoryText }] = await Promise.all([import('~/lib/ledger/write'), import('~/lib/ledger/unsaved')]);
    const w = setDeadline(storage, caseId, { at: ok.deadline, title: PURPOSES.find((p) => p.id === purpose)?.title ?? '', stage: ctx?.stage }, new Date());
    setStatus(w.ok ? `已把截止时间存到这个案件上，售后台账里能看到。${w.logged ? '' : unsavedHistoryText(1)}` : w.reason === 'full' ? '浏览器存储已满，截止时间没有存到案件上；日历文件和提醒文字照常可用。' : '这个浏览器不让网页保存数据，截止时间没有存到案件上。');
  };

  return (
    <div class="countdown-tool">
      <ContextProblems problems={problems} />
      <form onSubmit={onSubmit} noValidate>
        <p>
          <label for="countdown-purpose" class="tool-label">这是哪个时限</label>
          <select id="countdown-purpose" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)}>
            {PURPOSES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="countdown-order" class="tool-label">订单号（可不填，只写进提醒标题）</label>
          <input id="countdown-order" type="text" value={order} onInput={(e) => setOrder(e.currentTarget.value)} />
        </p>
        <p>
          <label for="countdown-input" class="tool-label">订单页上显示的倒计时或截止时间</label>
          <input
            id="countdown-input"
            type="text"
            value={input}
            placeholder="例如 剩 31 小时 20 分"
            aria-describedby="countdown-help"
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <span id="countdown-help" class="muted tool-hint">
            照抄页面上的字：“剩 31 小时 20 分”“31:20:05”“2026-11-28 14:00”“11月28日 晚上12点”“明天 14:00”都行。抄完马上点，剩余时间从点的这一刻算起。
          </span>
        </p>
        <button type="submit" class="button">
          算出截止时间
        </button>
      </form>
      <div role="status" class="tool-status">
        {result && !result.parsed.ok && <p class="callout callout-warn">{result.parsed.message}</p>}
        {ok && (
          <div class="countdown-result">
            <p class="countdown-deadline" data-testid="deadline">
              截止：<strong>{formatShanghai(ok.deadline)}</strong>（北京时间）
            </p>
            <p class="muted">我们的理解：{ok.understood}。</p>
            {browserOffset !== SHANGHAI_OFFSET_MS && (
              <p class="muted">你的设备时区不是北京时间；日历文件写明了北京时间，导入后日历会自己换算。</p>
            )}
          </div>
        )}
      </div>
      {ok && (
        <>
          <label for="countdown-text" class="tool-label">提醒文字</label>
          <textarea id="countdown-text" class="statement-text" rows={4} readOnly value={text} />
          <div class="tool-actions">
            <button type="button" class="button" onClick={onIcs}>
              下载日历提醒（.ics）
            </button>
            {caseId && (
              <button type="button" class="button" onClick={onSaveToCase}>
                存到这个案件上
              </button>
            )}
            <button type="button" class="button button-secondary" onClick={async () => setStatus((await copyText(text)) ? '已复制提醒文字。' : '浏览器没有允许复制：请长按文本框手动复制。')}>
              复制提醒文字
            </button>
          </div>
          <p class="tool-status" role="status">
            {status}
          </p>
          {caseId && (
            <p>
              <a href={ledgerCasePath(caseId)}>在售后台账里看这个案件</a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
