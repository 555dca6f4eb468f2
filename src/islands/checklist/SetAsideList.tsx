import { useState } from 'preact/hooks';
import { reimport, unreadableText } from '~/lib/checklist/cases/reimport';
import type { ComponentChildren } from 'preact';
import { newCaseId, type SetAside } from '~/lib/checklist/cases/store';
import type { KeyValue } from '~/lib/shared/storage';
import { Name } from './Name';

/**
 * Saved data that could not be read. It is kept as it is (nothing overwrites or deletes it); the seller
 * can copy its text, or edit it and try to import it again as a case of its own.
 */
export function SetAsideList(props: { entries: SetAside[]; storage: KeyValue; onImported: () => void }) {
  if (props.entries.length === 0) return null;
  return (
    <section class="set-aside callout callout-warn no-print" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">有 {props.entries.length} 份保存的数据无法读取</h2>
      <p>它们已单独保留，没有删除，也不会被新的勾选覆盖。你可以复制它们的文字留底，或改正后重新导入。其他案件不受影响。</p>
      {props.entries.map((entry, i) => (
        <SetAsideEntry key={entry.key} entry={entry} n={i + 1} {...props} />
      ))}
    </section>
  );
}

function SetAsideEntry({ entry, n, storage, onImported }: { entry: SetAside; n: number; storage: KeyValue; onImported: () => void }) {
  const [text, setText] = useState(entry.raw);
  const [status, setStatus] = useState<ComponentChildren>('');
  const id = `set-aside-${n}`;
  function tryImport() {
    const result = reimport(storage, entry, text, newCaseId(), new Date());
    if (!result.ok) return setStatus(result.message);
    setStatus(
      <>
        已导入为案件「<Name label={result.saved.label} />」
        {result.removedOriginal
          ? '，原始数据已转入这个案件。'
          : `${result.dropped > 0 ? `，略去了 ${result.dropped} 个无法识别的勾选项` : ''}；原始数据仍然保留在这里。`}
      </>,
    );
    onImported();
  }
  return (
    <div class="set-aside-entry">
      <label for={id}>
        第 {n} 份：{unreadableText[entry.reason]}
      </label>
      <textarea id={id} rows={4} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button class="button button-secondary" type="button" onClick={tryImport}>
        重新导入
      </button>
      <span role="status"> {status}</span>
    </div>
  );
}
