/**
 * A tool's address for a case, apart from the parsing in `context.ts`: the checklist's case view links
 * the tools and should not carry the parser and its messages into its bundle.
 */
import type { StageId } from '../shared/stage-ids';
import { toolAddress } from './address';
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
  return toolAddress(TOOLS[tool].path, ctx);
}
