/**
 * The case a tool works on, read from its address:
 *   /tools/<tool>/?type=<scenario id>&stage=<stage id>&have=<evidence id>.<evidence id>&case=<case id>
 * Every parameter is optional. A value that names nothing known is dropped with a plain message (a forged
 * or stale link), and the tool stays usable without it.
 */
import { readHave } from '../shared/have';
import { isStageId } from '../shared/stage-ids';
import { isRecordId } from '../shared/storage';
import type { ToolContext, ToolName } from './href';

export { toolHref, type ToolContext, type ToolName } from './href';

export interface KnownToOpen {
  types: readonly string[];
  evidence: readonly string[];
  /** Whether a case of this id is saved in this browser (`readSavedCase`); absent: not checked. */
  caseSaved?: (id: string) => boolean;
}

export function parseToolContext(search: string, known: KnownToOpen): ToolContext {
  const params = new URLSearchParams(search);
  const out: ToolContext = { have: [], problems: [] };
  const type = params.get('type');
  if (type) {
    if (known.types.includes(type)) out.type = type;
    else out.problems.push('链接里的纠纷类型认不出来，已按“通用”处理，可以在下面重新选。');
  }
  const stage = params.get('stage');
  if (stage) {
    if (isStageId(stage)) out.stage = stage;
    else out.problems.push('链接里的处理阶段认不出来，请在下面重新选。');
  }
  const listed = readHave(params).ids;
  if (listed.length > 0) {
    const ids = listed.map((s) => s.trim()).filter(Boolean);
    const good = ids.filter((id) => known.evidence.includes(id));
    out.have = [...new Set(good)];
    if (good.length < ids.length) out.problems.push(`链接里有 ${ids.length - good.length} 项凭证认不出来，已略过；其余照常带入。`);
  }
  const caseId = params.get('case');
  if (caseId) {
    // The one case-id rule of the store (`isRecordId`): `__proto__` or `../..` is not a case.
    if (!isRecordId(caseId)) out.problems.push('链接里的案件编号格式不对，这次填写的内容另存为未关联案件的草稿。');
    else {
      out.caseId = caseId;
      if (known.caseSaved) out.caseSaved = known.caseSaved(caseId);
      if (out.caseSaved === false) {
        out.problems.push('链接里的案件在这个浏览器的证据清单里找不到：它可能已被删除，或者保存在别的浏览器里。工具照常可用，填写的内容按链接里的案件编号单独保存。');
      }
    }
  }
  return out;
}
