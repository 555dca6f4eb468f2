/**
 * The evidence checklist island. Server-rendered (no JavaScript) it is every scenario's list as a
 * printable page with empty boxes. Hydrated, it opens the case named in the address, saves ticks per
 * case in localStorage, and exports as text, print or share link. The logic is `src/lib/checklist.ts`.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  corruptKey,
  emptyStore,
  findSource,
  labelLooksPersonal,
  latestCaseFor,
  loadStore,
  nextLabel,
  parseShareParams,
  progress,
  progressLine,
  removeCase,
  saveStore,
  shareHref,
  STORAGE_KEY,
  strength,
  strengthLabel,
  toggle,
  toPlainText,
  upsertCase,
  type ChecklistCatalog,
  type ChecklistSource,
  type SavedCase,
  type SavedStore,
} from '../lib/checklist';

interface Props {
  catalog: ChecklistCatalog;
  /** Embedded in a scenario page: always this case type, the seller's latest case of it, no address changes. */
  embedded?: { kind: 'outcome' | 'scenario'; id: string };
}

type Confirming = 'reset' | 'delete' | undefined;

/** localStorage can throw (private mode, blocked storage): then there is simply nothing saved. */
function readStorage(key: string = STORAGE_KEY): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The key of a backup that already holds exactly this text, if any. */
function existingBackup(raw: string): string | undefined {
  try {
    return Object.keys(window.localStorage).find((k) => k.startsWith(`${STORAGE_KEY}:unreadable:`) && readStorage(k) === raw);
  } catch {
    return undefined;
  }
}

function writeStorage(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

const newId = () => `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A new, not yet saved case of a type; it is saved with the first tick. */
const draftFor = (source: ChecklistSource, store: SavedStore): SavedCase => ({
  id: newId(),
  label: nextLabel(store),
  source: { kind: source.kind, id: source.id },
  ticked: [],
  updatedAt: '',
});

export default function Checklist({ catalog, embedded }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [store, setStore] = useState<SavedStore>(emptyStore());
  const [problem, setProblem] = useState<string>('');
  const [notices, setNotices] = useState<string[]>([]);
  const [current, setCurrent] = useState<SavedCase | undefined>();
  const [confirming, setConfirming] = useState<Confirming>();
  const [exported, setExported] = useState<{ kind: 'text' | 'share'; value: string; status: string } | undefined>();
  const [picked, setPicked] = useState('');
  const [storageFailed, setStorageFailed] = useState(false);

  useEffect(() => {
    setEnhanced(true);
    const raw = readStorage();
    const loaded = loadStore(raw, catalog);
    let saved = emptyStore();
    const messages: string[] = [];
    if (loaded.ok) {
      saved = loaded.store;
      setNotices(loaded.notices);
    } else {
      // Keep the unreadable data under a key of its own before anything new is written; once is enough,
      // so a copy already set aside on an earlier visit is reused.
      const key = existingBackup(loaded.raw) ?? corruptKey(Date.now());
      const kept = readStorage(key) === loaded.raw || writeStorage(key, loaded.raw);
      messages.push(
        `${loaded.message}${kept ? `原来的数据已原样备份在本浏览器的「${key}」中，没有被覆盖。` : '备份失败，原数据暂未改动。'}你可以继续使用清单，新的勾选会另行保存。`,
      );
      if (!kept) setStorageFailed(true);
    }
    setStore(saved);
    if (embedded) {
      const source = findSource(catalog, embedded.kind, embedded.id);
      setCurrent(latestCaseFor(saved, embedded.kind, embedded.id) ?? (source && draftFor(source, saved)));
      setProblem(messages.join('\n'));
      return;
    }
    const params = new URLSearchParams(window.location.search);
    const caseId = params.get('case');
    if (caseId !== null) {
      const found = saved.cases.find((c) => c.id === caseId);
      if (found) setCurrent(found);
      else messages.push('找不到这个案件：它可能已被删除，或者保存在别的浏览器里。');
    } else {
      const shared = parseShareParams(window.location.search, catalog);
      if (!shared.ok) messages.push(`${shared.message}请从下面重新选择纠纷类型。`);
      else if (shared.shared) {
        setCurrent({
          id: newId(),
          label: shared.shared.label || nextLabel(saved),
          source: { kind: shared.shared.source.kind, id: shared.shared.source.id },
          ticked: shared.shared.ticked,
          updatedAt: '',
        });
      }
    }
    setProblem(messages.join('\n'));
  }, []);

  /** Saves a case and keeps its address, so a reload opens the same case. */
  function commit(next: SavedCase) {
    const updated = upsertCase(store, next);
    setStore(updated);
    setCurrent(next);
    if (!storageFailed && !writeStorage(STORAGE_KEY, saveStore(updated))) {
      setProblem('浏览器不允许保存（可能是无痕模式或存储已满）：勾选只在这个页面打开期间有效。');
    }
    if (!embedded) window.history.replaceState(null, '', `/checklist/?case=${next.id}`);
  }

  function open(source: ChecklistSource) {
    setConfirming(undefined);
    setExported(undefined);
    setCurrent(draftFor(source, store));
  }

  const source = current ? findSource(catalog, current.source.kind, current.source.id) : undefined;

  if (!enhanced) return <StaticLists catalog={catalog} />;
  const embeddedSource = embedded && findSource(catalog, embedded.kind, embedded.id);

  return (
    <div class="checklist" data-enhanced="true">
      {problem && (
        <div class="error-summary" role="alert">
          {problem.split('\n').map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {notices.length > 0 && (
        <div class="callout callout-warn" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {current && source && (
        <CaseView
          catalog={catalog}
          source={source}
          current={current}
          confirming={confirming}
          exported={exported}
          onToggle={(id, on) => commit(toggle(current, id, on, new Date()))}
          onRename={(label) => commit({ ...current, label: label.slice(0, 60), updatedAt: new Date().toISOString() })}
          onConfirm={setConfirming}
          onReset={() => {
            setConfirming(undefined);
            commit({ ...current, ticked: [], updatedAt: new Date().toISOString() });
          }}
          onDelete={() => {
            const updated = removeCase(store, current.id);
            setStore(updated);
            writeStorage(STORAGE_KEY, saveStore(updated));
            setCurrent(undefined);
            setConfirming(undefined);
            window.history.replaceState(null, '', '/checklist/');
          }}
          onExport={setExported}
        />
      )}
      {current && !source && (
        <p class="callout callout-warn">这个案件的纠纷类型在新版清单中已不存在。它的记录仍然保存着，你可以新建一个清单。</p>
      )}
      {embeddedSource && (
        <p class="embedded-actions no-print">
          {current?.updatedAt ? <a href={`/checklist/?case=${current.id}`}>在证据清单页打开这个案件</a> : <a href="/checklist/">打开证据清单页</a>}
          <button class="button-link" type="button" onClick={() => open(embeddedSource)}>
            为另一笔订单新建
          </button>
        </p>
      )}
      {!embedded && store.cases.length > 0 && (
        <section class="cases no-print" aria-labelledby="cases-title">
          <h2 id="cases-title">我的案件</h2>
          <ul>
            {store.cases.map((c) => {
              const s = findSource(catalog, c.source.kind, c.source.id);
              const p = s && progress(s, new Set(c.ticked));
              return (
                <li key={c.id}>
                  <a
                    href={`/checklist/?case=${c.id}`}
                    aria-current={current?.id === c.id ? 'true' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      setConfirming(undefined);
                      setExported(undefined);
                      setCurrent(c);
                      window.history.replaceState(null, '', `/checklist/?case=${c.id}`);
                    }}
                  >
                    {c.label}
                  </a>
                  <span class="muted">
                    {' '}
                    {s ? `${s.title} · ${p ? `${p.done}/${p.total}` : ''}` : '（类型已不存在）'}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {!embedded && (
      <form
        class="picker no-print"
        onSubmit={(e) => {
          e.preventDefault();
          const [kind, id] = picked.split(':');
          const s = kind === 'outcome' || kind === 'scenario' ? findSource(catalog, kind, id ?? '') : undefined;
          if (s) open(s);
        }}
      >
        <label for="checklist-source">{current ? '换一种纠纷类型，新建案件' : '选择你的纠纷类型'}</label>
        <div class="picker-row">
          <select id="checklist-source" value={picked} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
            <option value="">请选择…</option>
            {(
              [
                ['scenario', '纠纷场景'],
                ['outcome', '自测结果'],
              ] as const
            ).map(([kind, label]) => (
              <optgroup key={kind} label={label}>
                {catalog.sources
                  .filter((src) => src.kind === kind)
                  .map((src) => (
                    <option key={src.id} value={`${kind}:${src.id}`}>
                      {src.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <button class="button button-secondary" type="submit">
            新建清单
          </button>
        </div>
      </form>
      )}
    </div>
  );
}

interface CaseViewProps {
  catalog: ChecklistCatalog;
  source: ChecklistSource;
  current: SavedCase;
  confirming: Confirming;
  exported: { kind: 'text' | 'share'; value: string; status: string } | undefined;
  onToggle: (id: string, on: boolean) => void;
  onRename: (label: string) => void;
  onConfirm: (c: Confirming) => void;
  onReset: () => void;
  onDelete: () => void;
  onExport: (e: { kind: 'text' | 'share'; value: string; status: string } | undefined) => void;
}

function CaseView(props: CaseViewProps) {
  const { catalog, source, current, confirming, exported } = props;
  const ticked = new Set(current.ticked);
  const p = progress(source, ticked);
  const verdict = strength(p);
  const saved = current.updatedAt !== '';

  async function copyText() {
    const text = toPlainText(catalog, source, ticked, current.label);
    let status = '已复制到剪贴板，可以粘贴到举证留言或聊天里。';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      status = '浏览器不允许直接复制：请在下面的文本框里全选后复制。';
    }
    props.onExport({ kind: 'text', value: text, status });
  }

  function share() {
    const href = new URL(shareHref(current.source, current.ticked, current.label), window.location.origin).href;
    const status = current.label.trim()
      ? labelLooksPersonal(current.label)
        ? `注意：链接里包含你填写的案件名称「${current.label}」，它看起来像订单号或手机号。分享前请改掉案件名称。`
        : `链接里包含你填写的案件名称「${current.label}」，分享前请确认其中没有个人信息。`
      : '链接里只有纠纷类型和勾选情况，没有个人信息。';
    props.onExport({ kind: 'share', value: href, status });
  }

  const group = (title: string, ids: string[], required: boolean) =>
    ids.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul class="check-items">
          {ids.map((id) => {
            const item = catalog.items[id];
            if (!item) return null;
            return (
              <li key={id} class={ticked.has(id) ? 'is-done' : ''}>
                <label class="check-line">
                  <input type="checkbox" checked={ticked.has(id)} onChange={(e) => props.onToggle(id, (e.target as HTMLInputElement).checked)} />
                  <span>
                    <strong>{item.title}</strong>
                    {required && <span class="tag">必备</span>}
                    <span class="check-what">{item.what}</span>
                  </span>
                </label>
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
      <h2 id="case-title">{source.title}</h2>
      <div class="case-label no-print">
        <label for="case-label">案件名称（只保存在你的浏览器里）</label>
        <input
          id="case-label"
          type="text"
          maxLength={60}
          value={current.label}
          placeholder="例如：订单号后四位"
          onChange={(e) => props.onRename((e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="print-only">案件：{current.label}</p>
      <div class="progress" role="status">
        <progress max={p.total} value={p.done} aria-label="准备进度" />
        <p class="progress-line">{progressLine(p)}</p>
        {/* A verdict on an empty list says nothing the seller does not know: only once something is ticked. */}
        {p.done > 0 ? (
          <p class={`strength strength-${verdict}`}>{strengthLabel[verdict]}</p>
        ) : (
          <p class="strength">还没有勾选：每备齐一项就勾上，这里会告诉你证据够不够。</p>
        )}
        {!saved && <p class="muted no-print">勾选第一项后，这个案件会保存在本浏览器里。</p>}
      </div>
      {group('必备', source.required, true)}
      {group('有帮助', source.helpful, false)}
      <div class="case-actions no-print">
        <button class="button button-secondary" type="button" onClick={copyText}>
          复制为文字
        </button>
        <button class="button button-secondary" type="button" onClick={() => window.print()}>
          打印
        </button>
        <button class="button button-secondary" type="button" onClick={share}>
          分享链接
        </button>
        <button class="button-link" type="button" onClick={() => props.onConfirm('reset')}>
          清空勾选
        </button>
        {saved && (
          <button class="button-link" type="button" onClick={() => props.onConfirm('delete')}>
            删除这个案件
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm no-print" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{confirming === 'reset' ? '确定清空这个案件的全部勾选吗？' : `确定删除案件「${current.label}」吗？删除后无法恢复。`}</p>
          <button class="button" type="button" onClick={confirming === 'reset' ? props.onReset : props.onDelete}>
            {confirming === 'reset' ? '确定清空' : '确定删除'}
          </button>{' '}
          <button class="button button-secondary" type="button" onClick={() => props.onConfirm(undefined)}>
            取消
          </button>
        </div>
      )}
      {exported && (
        <div class="export no-print">
          <p role="status">{exported.status}</p>
          <label for="export-value">{exported.kind === 'text' ? '清单文字' : '分享链接'}</label>
          {exported.kind === 'text' ? (
            <textarea id="export-value" readOnly rows={10} value={exported.value} />
          ) : (
            <input id="export-value" type="text" readOnly value={exported.value} />
          )}
        </div>
      )}
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

/** One case type's items as a printable list with empty boxes. */
function PrintableItems({ catalog, source }: { catalog: ChecklistCatalog; source: ChecklistSource }) {
  return (
    <ul class="print-boxes">
      {[...source.required, ...source.helpful].map((id) => (
        <li key={id}>
          <strong>{catalog.items[id]?.title}</strong>
          {source.required.includes(id) && <span class="tag">必备</span>}：{catalog.items[id]?.what}
        </li>
      ))}
    </ul>
  );
}

/**
 * Without JavaScript: every scenario's list, printable, with empty boxes; embedded in a case type's own
 * page (a catalogue of one), just that list.
 */
function StaticLists({ catalog }: { catalog: ChecklistCatalog }) {
  const only = catalog.sources.length === 1 ? catalog.sources[0] : undefined;
  if (only) {
    return (
      <div class="checklist static-list" id={`list-${only.id}`}>
        <PrintableItems catalog={catalog} source={only} />
      </div>
    );
  }
  const scenarios = catalog.sources.filter((src) => src.kind === 'scenario');
  return (
    <div class="checklist static-lists">
      <p>下面是每种纠纷要准备的凭证，可以直接打印后逐项打勾。开启 JavaScript 后，还能按案件勾选、保存、复制和分享。</p>
      <nav aria-label="纠纷类型">
        <ul>
          {scenarios.map((src) => (
            <li key={src.id}>
              <a href={`#list-${src.id}`}>{src.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {scenarios.map((src) => (
        <section key={src.id} id={`list-${src.id}`} class="static-list">
          <h2>{src.title}</h2>
          <PrintableItems catalog={catalog} source={src} />
        </section>
      ))}
    </div>
  );
}
