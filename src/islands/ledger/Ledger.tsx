/**
 * 售后台账: every saved case as one row, nearest deadline first. Without JavaScript the page shows its
 * `children` (the ledger lives in this browser). The dispute types' names and lists come from a built
 * file (`LEDGER_DATA_URL`), fetched on start, so the page's HTML stays within the first round trip. The cases and their parts are read by `useLedger`
 * (version-1 data migrated, re-read when another tab writes); the island only renders and calls
 * `src/lib/ledger/`.
 */
import { CASES_PATH, CHECKLIST_PATH, ledgerCasePath } from '~/lib/shared/paths';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UnreadablePart } from '~/lib/ledger/read';
import { isLedgerData, LEDGER_DATA_URL, ledgerRows, type LedgerData, type Row } from '~/lib/ledger/rows';
import { exportDue, lastExport } from '~/lib/ledger/reminder';
import { storage, useLedger } from './useLedger';
import { Rows } from './Rows';
import { Transfer } from './Transfer';
import { Stats } from './Stats';

type PanelModule = typeof import('./CasePanel');
let panelModule: PanelModule | undefined;
/** One case opened: its forms and timeline, loaded when the seller first opens a case. */
function usePanel(needed: boolean): PanelModule | undefined {
  const [mod, setMod] = useState(panelModule);
  useEffect(() => {
    if (needed && !mod) void import('./CasePanel').then((m) => setMod((panelModule = m)));
  }, [needed]);
  return mod;
}

export type { LedgerData };

export default function Ledger({ children }: { children?: ComponentChildren }) {
  const [ledger, refresh] = useLedger();
  const [data, setData] = useState<LedgerData | 'failed'>();
  const [now, setNow] = useState(() => new Date());
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => {
    fetch(LEDGER_DATA_URL)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((d: unknown) => setData(isLedgerData(d) ? d : 'failed'))
      .catch(() => setData('failed'));
    setOpenId(new URLSearchParams(window.location.search).get('case'));
    // Time left moves on: once a minute is enough for a deadline said in minutes.
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const Panel = usePanel(!!openId && ledger.cases.some((c) => c.c.id === openId));
  if (data === 'failed') {
    return (
      <div class="ledger" data-enhanced="false">
        <p class="error-summary" role="alert">
          台账要用的数据没能下载，可能是网络断了。请刷新页面再试；你保存的案件还在这个浏览器里，没有改动。
        </p>
      </div>
    );
  }
  if (!ledger.loaded || !data) return <div class="ledger-static">{children}</div>;

  const { open, closed } = ledgerRows(ledger.cases, data.types, now);
  const all: Row[] = [...open, ...closed];
  const current = openId ? ledger.cases.find((c) => c.c.id === openId) : undefined;
  const currentRow = current && all.find((r) => r.id === current.c.id);
  const show = (id: string | null) => {
    setOpenId(id);
    window.history.replaceState(null, '', id ? ledgerCasePath(id) : CASES_PATH);
  };
  const due = exportDue(open.length, lastExport(storage), now);

  return (
    <div class="ledger" data-enhanced="true">
      {ledger.blocked && (
        <p class="error-summary" role="alert">
          这个浏览器不让网页保存数据（可能是无痕模式或浏览器的设置），台账里什么都存不下。
        </p>
      )}
      {openId && !current && (
        <p class="error-summary" role="alert">
          找不到这个案件：它可能已被删除，或者保存在别的浏览器里。下面是本浏览器里保存的全部案件。
        </p>
      )}
      {due && (
        <p class="callout callout-tip ledger-remind no-print">
          有进行中的案件，已经一周以上没有导出备份了。台账只在这个浏览器里，换手机或清理浏览器就没了：
          <a href="#ledger-transfer">导出一份</a>。
        </p>
      )}
      {current && currentRow && Panel && (
        <Panel.CasePanel key={current.c.id} entry={current} row={currentRow} data={data} storage={storage} now={now} onChanged={refresh} onClose={() => show(null)} />
      )}
      {all.length === 0 ? (
        <p>
          还没有保存的案件：在<a href={CHECKLIST_PATH}>证据清单</a>里勾选第一项凭证，案件就会出现在这里。
        </p>
      ) : (
        <>
          <h2 id="ledger-open">进行中（{open.length}）</h2>
          <Rows rows={open} now={now} onOpen={show} currentId={openId} />
          {closed.length > 0 && (
            <details class="ledger-closed">
              <summary>已结案（{closed.length}），保留着，不会删除</summary>
              <Rows rows={closed} now={now} onOpen={show} currentId={openId} />
            </details>
          )}
          <Stats rows={all} cases={ledger.cases} now={now} />
        </>
      )}
      {ledger.unreadable.length > 0 && <UnreadableList parts={ledger.unreadable} />}
      <Transfer rows={all} open={open} cases={ledger.snapshot.cases} storage={storage} now={now} onImported={refresh} />
    </div>
  );
}

/** Part records that could not be read: kept as they are, listed with their text so the seller can copy them. */
function UnreadableList({ parts }: { parts: UnreadablePart[] }) {
  return (
    <details class="ledger-unreadable">
      <summary>有 {parts.length} 条台账记录读不出来，已原样保留</summary>
      <p class="muted">它们没有被删除，也不会被覆盖：写入新的记录之前，旧的会先另存一份。可以复制下来留着。</p>
      <ul>
        {parts.map((p) => (
          <li key={p.key}>
            <code>{p.key}</code>
            <textarea readOnly rows={2} aria-label={`记录 ${p.key} 的原文`} value={p.raw} />
          </li>
        ))}
      </ul>
    </details>
  );
}
