/**
 * 售后台账: every saved case as one row, nearest deadline first. Without JavaScript the page shows its
 * `children` (the ledger lives in this browser). The saved cases come from the checklist's own hook
 * (`useSavedCases`: version-1 data migrated, other tabs followed); the ledger's parts of each case from
 * `src/lib/ledger/`, re-read when another tab writes them. The island only renders and calls lib functions.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readLedger, concernsLedger, type LedgerCase, type UnreadablePart } from '~/lib/ledger/read';
import { ledgerRows, type LedgerTypes, type Row } from '~/lib/ledger/rows';
import { exportDue, lastExport } from '~/lib/ledger/reminder';
import { useSavedCases } from '../checklist/useSavedCases';
import { Rows } from './Rows';
import { lazyPart } from '../checklist/lazyPart';
import { Transfer } from './Transfer';
import { Stats } from './Stats';

export const DATA_ID = 'ledger-data';

/** One case opened: its forms and timeline, loaded when the seller opens a case. */
const panel = lazyPart(() => import('./CasePanel'));

export interface LedgerData {
  types: LedgerTypes;
  /** Evidence titles by id, for the timeline. */
  items: Record<string, string>;
}

export default function Ledger({ children }: { children?: ComponentChildren }) {
  const saved = useSavedCases();
  const [data, setData] = useState<LedgerData>();
  const [ledger, setLedger] = useState<{ cases: LedgerCase[]; unreadable: UnreadablePart[] }>({ cases: [], unreadable: [] });
  const [now, setNow] = useState(() => new Date());
  const [openId, setOpenId] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = () => {
    saved.refresh();
    setTick((t) => t + 1);
  };

  useEffect(() => {
    setData(JSON.parse(document.getElementById(DATA_ID)?.textContent ?? '{"types":{},"items":{}}') as LedgerData);
    setOpenId(new URLSearchParams(window.location.search).get('case'));
    const onStorage = (e: StorageEvent) => {
      if (concernsLedger(e.key)) setTick((t) => t + 1);
    };
    window.addEventListener('storage', onStorage);
    // Time left moves on: once a minute is enough for a deadline said in minutes.
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => {
      window.removeEventListener('storage', onStorage);
      clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    if (saved.loaded) setLedger(readLedger(saved.storage, saved.cases));
  }, [saved.loaded, saved.cases, tick]);

  const Panel = panel.use(!!openId && ledger.cases.some((c) => c.c.id === openId));
  if (!saved.loaded || !data) return <div class="ledger-static">{children}</div>;

  const { open, closed } = ledgerRows(ledger.cases, data.types, now);
  const all: Row[] = [...open, ...closed];
  const current = openId ? ledger.cases.find((c) => c.c.id === openId) : undefined;
  const currentRow = current && all.find((r) => r.id === current.c.id);
  const show = (id: string | null) => {
    setOpenId(id);
    window.history.replaceState(null, '', id ? `/cases/?case=${encodeURIComponent(id)}` : '/cases/');
  };
  const due = exportDue(open.length, lastExport(saved.storage), now);

  return (
    <div class="ledger" data-enhanced="true">
      {saved.blocked && (
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
        <Panel.CasePanel key={current.c.id} entry={current} row={currentRow} data={data} storage={saved.storage} now={now} onChanged={refresh} onClose={() => show(null)} />
      )}
      {all.length === 0 ? (
        <p>
          这个浏览器里还没有保存的案件。在<a href="/checklist/">证据清单</a>里选好纠纷类型、勾选第一项凭证，案件就会出现在这里。
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
      <Transfer rows={all} open={open} cases={saved.cases} storage={saved.storage} now={now} onImported={refresh} />
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
