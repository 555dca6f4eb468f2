import { useState } from 'preact/hooks';
import type { SavedCase } from '~/lib/checklist/cases/store';
import type { ChecklistCatalog, DisputeType } from '~/lib/checklist/catalog';
import { toPlainText } from '~/lib/checklist/export';
import { stageById } from '~/lib/shared/stages';
import type { Note, SaveProblem } from '~/lib/checklist/cases/write';
import { unsavedHistoryText } from '~/lib/ledger/unsaved';
import { Name } from './Name';
import { Confirm } from './Confirm';
import { CopyBox } from './CopyBox';

/**
 * Says exactly what is and is not saved. Storage full: which changes are only on this page, that the
 * other cases are safe, and the case as text to keep.
 */
export function SaveProblemNote(props: { problem: SaveProblem; savedCount: number; catalog: ChecklistCatalog; type: DisputeType | undefined; c: SavedCase }) {
  const { problem, type, c } = props;
  return (
    <div class="error-summary" role="alert">
      {problem.reason === 'full' || problem.reason === 'blocked' ? (
        <>
          <p>
            {problem.reason === 'full' ? '浏览器存储已满' : '这个浏览器不让网页保存数据（可能是无痕模式或浏览器的设置）'}，案件「<Name label={problem.label} />」
            {problem.count > 0 ? `在本页的最近 ${problem.count} 处改动没有保存` : '还没有保存'}
            ；本页显示的是包括这些改动的样子。
            {props.savedCount > 0 &&
              (problem.count > 0
                ? `此前保存的 ${props.savedCount} 个案件，以及这个案件在存储满之前的勾选，都还在。`
                : `此前保存的 ${props.savedCount} 个案件都还在。`)}
            再做改动时会自动重试保存。想留一份，就复制下面的文字。
          </p>
          {type && (
            <CopyBox id="unsaved-text" label="这个案件现在的清单文字" value={toPlainText(props.catalog, type, new Set(c.ticked), c.label, stageById(c.stage))} rows={6} />
          )}
        </>
      ) : problem.reason === 'deleted' ? (
        <p>
          案件「<Name label={problem.label} />」已在另一个页面里删除，这次改动没有保存。
        </p>
      ) : (
        <p>
          案件「<Name label={problem.label} />」在存储里的记录已无法读取，已单独保留；这次改动没有保存，原记录没有被覆盖。
        </p>
      )}
    </div>
  );
}

export function DeletedElsewhere({ label }: { label: string }) {
  return (
    <p class="error-summary" role="alert">
      案件「<Name label={label} />」已在另一个页面里删除。
    </p>
  );
}

export function Notes({ notes }: { notes: Note[] }) {
  return (
    <div class="error-summary" role="alert">
      {notes.map((n, i) => (
        <p key={i}>
          案件「<Name label={n.label} />」
          {n.kind === 'kept'
            ? `保存时${[n.labelCut ? '名称超过 60 字，已截短' : '', n.unknown > 0 ? `去掉了 ${n.unknown} 个新版清单里已没有的勾选项` : ''].filter(Boolean).join('，')}。原来的记录已原样另存，列在下面单独保留的数据里，可以复制。`
            : n.kind === 'left'
              ? `最近 ${n.count} 处改动仍只在本页，没有丢：回到这个案件时会再试着保存。关闭或刷新本页之前，请先腾出浏览器存储空间。`
              : n.kind === 'history'
                ? `的改动已保存。${unsavedHistoryText(n.count)}`
                : '没能删除：浏览器拒绝了这次改动，或它已经不在了。'}
        </p>
      ))}
    </div>
  );
}

export function StorageBlocked() {
  return (
    <p class="callout callout-warn" role="status">
      这个浏览器不让网页保存数据（可能是无痕模式或浏览器的设置）：这里的勾选不会保存，也读不到以前保存的案件。离开前请用“复制为文字”留一份。
    </p>
  );
}

export function MigrationPending() {
  return (
    <p class="callout callout-warn" role="status">
      旧版清单数据还没能转成新格式（浏览器存储已满）。你的案件照常显示，数据原样保留；腾出空间后重新打开本页即可完成转换。
    </p>
  );
}

/** A saved case whose dispute type a newer catalogue no longer has: kept, and deletable after asking. */
export function RetiredType({ c, onDelete }: { c: SavedCase; onDelete: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <div class="callout callout-warn">
      <p>
        案件「<Name label={c.label} />」的纠纷类型在新版清单中已不存在。它的记录仍然保存着；不再需要时可以删除。
      </p>
      {asking ? (
        <Confirm text={<>确定删除案件「<Name label={c.label} />」吗？删除后无法恢复。</>} confirmLabel="确定删除" onConfirm={onDelete} onCancel={() => setAsking(false)} />
      ) : (
        <button class="button-link" type="button" onClick={() => setAsking(true)}>
          删除这个案件
        </button>
      )}
    </div>
  );
}
