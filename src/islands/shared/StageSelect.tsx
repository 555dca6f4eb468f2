/** "现在到了哪一步": one select over the stages of `src/lib/shared/stages.ts`, shared by the checklist and the tools. */
import { STAGES, isStageId, type StageId } from '~/lib/shared/stages';

interface Props {
  id: string;
  value: StageId | undefined;
  /** The label of the empty choice ("不确定", "没有说明"). */
  empty: string;
  onChange: (stage: StageId | undefined) => void;
}

export function StageSelect({ id, value, empty, onChange }: Props) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(isStageId(e.currentTarget.value) ? e.currentTarget.value : undefined)}>
      <option value="">{empty}</option>
      {STAGES.map((s) => (
        <option key={s.id} value={s.id}>
          {s.label}
        </option>
      ))}
    </select>
  );
}
