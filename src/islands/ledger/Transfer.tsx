/** Export, import, the CSV and the all-deadlines calendar file: the ledger out of the browser and back. */
import { useState } from 'preact/hooks';
import type { SavedCase } from '~/lib/checklist/cases/store';
import type { KeyValue } from '~/lib/shared/storage';
import { lastExport } from '~/lib/ledger/reminder';
import { shortTime, upcoming, type Row } from '~/lib/ledger/rows';

interface Props {
  rows: Row[];
  open: Row[];
  cases: SavedCase[];
  storage: KeyValue;
  now: Date;
  onImported: () => void;
}

const actions = () => import('./actions');

export function Transfer({ rows, open, cases, storage, now, onImported }: Props) {
  const [status, setStatus] = useState<{ text: string; bad?: boolean }>();
  const last = lastExport(storage);
  // The same deadlines the file holds: the button is offered only when there is one.
  const ahead = upcoming(open, now).length;

  async function exportJson() {
    const stamped = (await actions()).exportJson(storage, cases);
    setStatus({ text: `已导出 ${cases.length} 个案件。${stamped ? '' : '这次导出的时间没能记下（存储已满），提醒可能还会出现。'}` });
    onImported();
  }

  async function importFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = (await actions()).importText(storage, await file.text());
    setStatus(r.ok ? { text: `已导入 ${r.cases} 个案件：新增 ${r.added} 个，合并更新 ${r.changed} 个，时间线一条没少。` } : { text: r.message, bad: true });
    if (r.ok) onImported();
  }

  const importButton = (
    <span class={`button ${cases.length === 0 ? '' : 'button-secondary '}file-button`}>
      导入备份
      <input type="file" accept=".json,application/json" class="visually-hidden-file" aria-label="导入备份文件（.json）" onChange={importFile} />
    </span>
  );
  const statusLine = status && (
    <p role="status" class={status.bad ? 'callout callout-warn' : ''}>
      {status.text}
    </p>
  );

  // Nothing saved yet: nothing to export; a seller who moved phones or cleared the browser restores a backup.
  if (cases.length === 0) {
    return (
      <section id="ledger-transfer" class="ledger-transfer no-print" aria-labelledby="ledger-transfer-title">
        <h2 id="ledger-transfer-title">从备份恢复</h2>
        <p class="muted">换了手机或清过浏览器数据的，导入以前从台账导出的 .json 备份，案件和时间线就回来了。</p>
        <div class="tool-actions">{importButton}</div>
        {statusLine}
      </section>
    );
  }

  return (
    <section id="ledger-transfer" class="ledger-transfer no-print" aria-labelledby="ledger-transfer-title">
      <h2 id="ledger-transfer-title">备份、表格和日历</h2>
      <p class="muted">
        {last ? `上次导出：${shortTime(last, now)}。` : '还没有导出过。'}文件里有案件、说明草稿、截止时间、时间线和结果；导入时时间线一条不少。
      </p>
      <div class="tool-actions">
        <button type="button" class="button" onClick={exportJson}>
          导出全部（.json）
        </button>
        {importButton}
        <button type="button" class="button button-secondary" onClick={async () => (await actions()).downloadCsv(rows)}>
          导出表格（.csv）
        </button>
        {ahead > 0 && (
          <button type="button" class="button button-secondary" onClick={async () => (await actions()).downloadAllIcs(open)}>
            全部截止时间加入日历（{ahead} 个）
          </button>
        )}
      </div>
      {ahead === 0 && <p class="muted">还没有要提醒的截止时间，设好后这里会出现加入日历的按钮。</p>}
      {statusLine}
    </section>
  );
}
