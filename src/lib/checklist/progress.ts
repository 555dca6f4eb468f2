/**
 * While the seller works through the list: how far they are, and no verdict yet (`workingLine`). The
 * verdict itself is in `checklist-verdict.ts`, loaded only when it is due.
 */
import type { ChecklistItem, DisputeType, Progress } from './catalog';
import type { Stage } from '../shared/stages';

export function progressLine(p: Progress): string {
  const missing = p.missingRequired.length;
  return `已准备 ${p.done} / ${p.total}，${missing === 0 ? '必备项已全部备齐' : `必备项还差 ${missing} 项`}`;
}

/** Required items the seller has marked neither "have" nor "don't have". */
export const unmarkedRequired = (type: DisputeType, ticked: ReadonlySet<string>, lacking: ReadonlySet<string>): string[] =>
  type.required.filter((id) => !ticked.has(id) && !lacking.has(id));

export interface AssessInput {
  type: DisputeType;
  items: Record<string, Pick<ChecklistItem, 'title' | 'obtainable'>>;
  ticked: ReadonlySet<string>;
  lacking: ReadonlySet<string>;
  stage: Stage | undefined;
  /** The seller asked for the verdict before marking every required item. */
  asked: boolean;
}

/**
 * While the seller is still working through the list (required items unmarked, no verdict asked for,
 * stage still open): the line to show instead of a verdict. Undefined once a verdict is due
 * (`checklist-verdict.ts`).
 */
export function workingLine({ type, ticked, lacking, stage, asked }: AssessInput): string | undefined {
  const unmarked = unmarkedRequired(type, ticked, lacking).length;
  if (stage?.closed || asked || unmarked === 0) return undefined;
  return stage?.inIntervention
    ? `还有 ${unmarked} 项必备凭证没标“有”或“没有”。不用等全部标完：举证截止前一定要提交。`
    : `还有 ${unmarked} 项必备凭证没标“有”或“没有”。逐项标完，这里会判断证据够不够。`;
}
