/**
 * A tool's address for a case, apart from the parsing in `context.ts`: the checklist's case view links
 * the tools and should not carry the parser and its messages into its bundle.
 */
import { queryString, setHave } from '../shared/have';
import type { StageId } from '../shared/stage-ids';
import { TOOLS, type ToolName } from './registry';

export type { ToolName } from './registry';

export interface ToolContext {
  type?: string;
  stage?: StageId;
  have: string[];
  caseId?: string;
  /** The case is saved in this browser's checklist (checked by the tool page, not part of the address). */
  caseSaved?: boolean;
  /** One line per value that was dropped, in the seller's words. */
  problems: string[];
}

/** The address of a tool for a case; the inverse of `parseToolContext`. */
export function toolHref(tool: ToolName, ctx: Partial<Omit<ToolContext, 'problems'>>): string {
  const params = new URLSearchParams();
  if (ctx.type) params.set('type', ctx.type);
  if (ctx.stage) params.set('stage', ctx.stage);
  setHave(params, ctx.have ?? []);
  if (ctx.caseId) params.set('case', ctx.caseId);
  const q = queryString(params);
  return `${TOOLS[tool].path}${q ? `?${q}` : ''}`;
}
