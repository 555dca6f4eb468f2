import { ledgerCasePath } from '~/lib/shared/paths';
import { useState } from 'preact/hooks';
import type { SavedCase } from '~/lib/checklist/cases/store';
import type { CaseChange } from '~/lib/checklist/cases/write';
import { LABEL_MAX } from '~/lib/checklist/case';
import { progress, type ChecklistCatalog, type DisputeType } from '~/lib/checklist/catalog';
import { progressLine, workingLine } from '~/lib/checklist/progress';
import { stageById } from '~/lib/shared/stages';
import { StageSelect } from '../shared/StageSelect';
import { toolHref } from '~/lib/tools/href';
import { TOOL_NAMES, TOOLS } from '~/lib/tools/registry';
import { copyText } from '../shared/clipboard';
import { Name } from './Name';
import { Confirm } from './Confirm';
import type { LazyPart } from './lazyPart';

export interface CaseViewProps {
  catalog: ChecklistCatalog;
  type: DisputeType;
  c: SavedCase;
  /** Stored in this browser (false for a new case not saved yet). */
  saved: boolean;
  onChange: (change: CaseChange) => void;
  /** Saves a new case as it is, without a change. */
  onSave: () => void;
  onDelete: () => void;
  /** The lazily loaded parts (verdict, export), handed down so this view carries no loader of its own. */
  lazyExtras: LazyPart<typeof import('./extras')>;
}

type Panel = { kind: 'text'; text: string; status: string } | { kind: 'share' } | { kind: 'confirm'; what: 'reset' | 'delete' } | undefined;

/** One case: its name, stage, how far it is and how strong, the items, and what to do with the list. */
export function CaseView({ catalog, type, c, saved, onChange, onSave, onDelete, lazyExtras }: CaseViewProps) {
  const [panel, setPanel] = useState<Panel>();
  const [asked, setAsked] = useState(false);
  /** The stage just changed: ask for its deadline, inline, with the countdown tool for this case (the seller may skip it). */
  const [askDeadline, setAskDeadline] = useState(false);

  const ticked = new Set(c.ticked);
  const lacking = new Set(c.lacking);
  const stage = stageById(c.stage);
  const p = progress(type, ticked);
  const input = { type, items: catalog.items, ticked, lacking, stage, asked };
  // While the seller works through the list only progress shows; the verdict (its own chunk) once due.
  const working = workingLine(input);
  const extras = lazyExtras.use(working === undefined || panel?.kind === 'text' || panel?.kind === 'share');
  const verdict = working === undefined ? extras?.assess(input) : undefined;

  async function copyAsText() {
    const text = (await lazyExtras.load()).toPlainText(catalog, type, ticked, c.label, stage);
    const status = (await copyText(text)) ? '已复制到剪贴板，可以粘贴到举证留言或聊天里。' : '浏览器不允许直接复制：请在下面的文本框里全选后复制。';
    setPanel({ kind: 'text', text, status });
  }

  const group = (title: string, ids: string[], required: boolean) =>
    ids.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul class="check-items">
          {ids.map((id) => {
            const item = catalog.items[id];
            if (!item) return null;
            const lack = lacking.has(id);
            return (
              <li key={id} class={ticked.has(id) ? 'is-done' : lack ? 'is-lacking' : ''}>
                <label class="check-line">
                  <input type="checkbox" checked={ticked.has(id)} onChange={(e) => onChange({ type: 'tick', item: id, on: (e.target as HTMLInputElement).checked })} />
                  <span>
                    <strong>{item.title}</strong>
                    {required && <span class="tag">必备</span>}
                    <span class="check-what">{item.what}</span>
                  </span>
                </label>
                {required && !ticked.has(id) && (
                  <button class="button-link lack-toggle no-print" type="button" aria-pressed={lack} onClick={() => onChange({ type: 'lack', item: id, on: !lack })}>
                    {lack ? '已标为没有（撤销）' : '我没有这项'}
                    <span class="visually-hidden">：{item.title}</span>
                  </button>
                )}
                <details class="check-details">
                  <summary>
                    怎么准备<span class="visually-hidden">：{item.title}</span>
                  </summary>
                  <p>
                    <strong>为什么有用：</strong>
                    {item.why}
                  </p>
                  <TitledList title="怎么取得" items={item.how} ordered />
                  <p>
                    <strong>合格的样子：</strong>
                    {item.good}
                  </p>
                  <TitledList title="常见错误" items={item.mistakes} />
                  <TitledList title="上传限制" items={item.limits} />
                </details>
              </li>
            );
          })}
        </ul>
      </>
    );

  return (
    <section class="case" aria-labelledby="case-title">
      <h2 id="case-title">{type.title}</h2>
      <div class="case-label no-print">
        <label for="case-label">案件名称（只保存在你的浏览器里）</label>
        <input
          id="case-label"
          type="text"
          maxLength={LABEL_MAX}
          value={c.label}
          placeholder="例如：订单号后四位"
          onChange={(e) => onChange({ type: 'rename', label: (e.target as HTMLInputElement).value })}
        />
        <label for="case-stage">现在到了哪一步</label>
        <StageSelect
          id="case-stage"
          value={c.stage}
          empty="没有说明"
          onChange={(stage) => {
            onChange({ type: 'stage', stage });
            setAskDeadline(!!stage && !stageById(stage)?.closed);
          }}
        />
      </div>
      {askDeadline && saved && (
        <p class="callout callout-tip no-print" role="status">
          阶段变了：这一步的截止时间是？
          <a href={toolHref('countdown', { type: type.scenario, stage: c.stage, caseId: c.id })}>用倒计时工具算出来，存到这个案件上</a>
          ，售后台账按它排序。
          <button class="button-link" type="button" onClick={() => setAskDeadline(false)}>
            先不设
          </button>
        </p>
      )}
      <p class="print-only">
        案件：<Name label={c.label} />
        {stage && `（${stage.label}）`}
      </p>
      <div class="progress" role="status">
        <progress max={p.total} value={p.done} aria-label="准备进度" />
        <p class="progress-line">{progressLine(p)}</p>
        {verdict?.kind === 'verdict' ? (
          <div class={`strength strength-${verdict.strength}`}>
            <p>{verdict.headline}</p>
            {verdict.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : (
          <p class="strength">{working ?? (verdict?.kind === 'closed' ? verdict.headline : '')}</p>
        )}
        {working !== undefined && (
          <button class="button-link no-print" type="button" onClick={() => setAsked(true)}>
            现在就判断证据够不够
          </button>
        )}
      </div>
      {!saved && (
        <p class="muted no-print">
          这个案件还没有保存。勾选或标记任何一项，或
          <button class="button-link" type="button" onClick={onSave}>
            现在保存
          </button>
          ，它就会保存在本浏览器里。
        </p>
      )}
      {group('必备', type.required, true)}
      {group('有帮助', type.helpful, false)}
      <div class="case-actions no-print">
        <button class="button button-secondary" type="button" onClick={copyAsText}>
          复制为文字
        </button>
        <button class="button button-secondary" type="button" onClick={() => window.print()}>
          打印
        </button>
        <button class="button button-secondary" type="button" onClick={() => setPanel({ kind: 'share' })}>
          分享链接
        </button>
        <button class="button-link" type="button" onClick={() => setPanel({ kind: 'confirm', what: 'reset' })}>
          清空勾选
        </button>
        {saved && (
          <button class="button-link" type="button" onClick={() => setPanel({ kind: 'confirm', what: 'delete' })}>
            删除这个案件
          </button>
        )}
      </div>
      <nav class="case-tools no-print" aria-label="举证助手">
        <p>
          <strong>举证助手：</strong>
          {TOOL_NAMES.map((tool, i) => (
            <>
              {i > 0 && ' · '}
              {/* The tools take this case along: its type, stage, ticked evidence and id. */}
              <a href={toolHref(tool, { type: type.scenario, stage: c.stage, have: c.ticked, caseId: saved ? c.id : undefined })}>{TOOLS[tool].action}</a>
            </>
          ))}
          {saved && (
            <>
              {' · '}
              <a href={ledgerCasePath(c.id)}>在售后台账里看</a>
            </>
          )}
        </p>
      </nav>
      {panel?.kind === 'confirm' && (
        <Confirm
          text={panel.what === 'reset' ? '确定清空这个案件的全部勾选和“没有”标记吗？' : <>确定删除案件「<Name label={c.label} />」吗？删除后无法恢复。</>}
          confirmLabel={panel.what === 'reset' ? '确定清空' : '确定删除'}
          onConfirm={() => {
            setPanel(undefined);
            if (panel.what === 'reset') onChange({ type: 'reset' });
            else onDelete();
          }}
          onCancel={() => setPanel(undefined)}
        />
      )}
      {panel?.kind === 'text' && (
        <div class="export no-print">
          <p role="status">{panel.status}</p>
          {extras && <extras.CopyBox id="export-value" label="清单文字" value={panel.text} rows={10} />}
        </div>
      )}
      {panel?.kind === 'share' && extras && <extras.SharePanel c={c} />}
    </section>
  );
}

/** A bold title and its list; nothing when the list is empty. */
function TitledList({ title, items, ordered = false }: { title: string; items: string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <p>
        <strong>{title}：</strong>
      </p>
      <List>
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </List>
    </>
  );
}
