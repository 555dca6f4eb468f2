import { useState } from 'preact/hooks';
import { findType, type ChecklistCatalog, type DisputeType } from '~/lib/checklist/catalog';

const groups = [
  ['scenario', '纠纷场景'],
  ['outcome', '自测结果'],
] as const;

/** Picks a dispute type and starts a new case for it. */
export function TypePicker(props: { catalog: ChecklistCatalog; hasCase: boolean; onPick: (t: DisputeType) => void }) {
  const [picked, setPicked] = useState('');
  return (
    <form
      class="picker no-print"
      onSubmit={(e) => {
        e.preventDefault();
        const [kind, id = ''] = picked.split(':');
        const type = kind === 'outcome' || kind === 'scenario' ? findType(props.catalog, kind, id) : undefined;
        if (type) props.onPick(type);
      }}
    >
      <label for="checklist-type">{props.hasCase ? '换一种纠纷类型，新建案件' : '选择你的纠纷类型'}</label>
      <div class="picker-row">
        <select id="checklist-type" value={picked} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
          <option value="">请选择…</option>
          {groups.map(([kind, label]) => (
            <optgroup key={kind} label={label}>
              {props.catalog.types
                .filter((t) => t.kind === kind)
                .map((t) => (
                  <option key={t.id} value={`${kind}:${t.id}`}>
                    {t.title}
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
  );
}
