/**
 * The query a tool's address carries for a case, apart from the tool registry: the statement island links
 * the collage for the evidence it has without carrying every tool's name into its bundle. Pure.
 */
import { setHave } from '../shared/have';
import type { StageId } from '../shared/stage-ids';

export interface ToolCase {
  type?: string | undefined;
  stage?: StageId | undefined;
  have?: readonly string[] | undefined;
  caseId?: string | undefined;
}

/** `path` with the case's type, stage, evidence and case id; the inverse of `parseToolContext`. */
export function toolAddress(path: string, ctx: ToolCase): string {
  const params = new URLSearchParams();
  if (ctx.type) params.set('type', ctx.type);
  if (ctx.stage) params.set('stage', ctx.stage);
  setHave(params, ctx.have ?? []);
  if (ctx.caseId) params.set('case', ctx.caseId);
  const q = params.toString();
  return `${path}${q ? `?${q}` : ''}`;
}
