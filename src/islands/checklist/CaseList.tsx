import { caseHref, type SavedCase } from '~/lib/checklist/cases/store';
import { findType, progress, type ChecklistCatalog } from '~/lib/checklist/catalog';
import { Name } from './Name';

/** 我的案件: every readable saved case, newest first, with its type and progress. */
export function CaseList(props: { catalog: ChecklistCatalog; cases: SavedCase[]; currentId: string | undefined; onOpen: (c: SavedCase) => void }) {
  if (props.cases.length === 0) return null;
  return (
    <section class="cases no-print" aria-labelledby="cases-title">
      <h2 id="cases-title">我的案件</h2>
      <ul>
        {props.cases.map((c) => {
          const type = findType(props.catalog, c.type.kind, c.type.id);
          const p = type && progress(type, new Set(c.ticked));
          return (
            <li key={c.id}>
              <a
                href={caseHref(c.id)}
                aria-current={props.currentId === c.id ? 'true' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  props.onOpen(c);
                }}
              >
                <Name label={c.label} />
              </a>
              <span class="muted"> {type && p ? `${type.title} · ${p.done}/${p.total}` : '（类型已不存在）'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

