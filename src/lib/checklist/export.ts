/**
 * The checklist as text (to paste into the PDD evidence form or a chat). Its own module so the checklist
 * loads it only when the seller exports; the share link is `share-link.ts`.
 */
import { progress, type ChecklistCatalog, type DisputeType } from './catalog';
import { progressLine } from './progress';
import type { Stage } from '../shared/stages';

/** The checklist as text to paste into the PDD evidence form or a chat. */
export function toPlainText(catalog: ChecklistCatalog, type: DisputeType, ticked: ReadonlySet<string>, label: string, stage?: Stage): string {
  const p = progress(type, ticked);
  const line = (id: string) => `${ticked.has(id) ? '[x]' : '[ ]'} ${catalog.items[id]?.title ?? id}`;
  return [
    `证据清单：${type.title}`,
    ...(label ? [`案件：${label}`] : []),
    ...(stage ? [`阶段：${stage.label}`] : []),
    progressLine(p),
    '',
    '必备：',
    ...type.required.map(line),
    ...(type.helpful.length > 0 ? ['', '有帮助：', ...type.helpful.map(line)] : []),
    '',
    '（售后介入指南，与拼多多无关联；时限以商家后台为准）',
  ].join('\n');
}

/** Something in the label that looks like personal data: a long number (order, phone) or an @. */
export const labelLooksPersonal = (label: string): boolean => /\d{5,}|@/.test(label);

