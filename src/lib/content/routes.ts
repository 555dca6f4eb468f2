/**
 * Which page a site path is, and the texts it renders that cite facts, in page order: the numbers of its
 * source marks and the list at its foot come from these. Worked out once per route (src/middleware.ts)
 * from plain data, so it is unit-tested here; `src/data/collections.ts` only hands in the collections.
 * Pure.
 */
import type { CheckOutcome, FaqEntry } from '../../schemas';
import { resultFactTexts, resultSections } from '../self-check/advice';
import { parseCheckPath } from '../self-check/urls';
import type { StageId } from '../shared/stage-ids';
import { isToolName, TOOL_PAGES, type ToolName } from '../tools/registry';
import type { RuleChange } from './changes';
import { factIdsInText } from './facts';

/** The kinds of page that cite facts; every other page cites none. */
export type Route =
  | { kind: 'guide'; id: string }
  | { kind: 'scenario'; id: string }
  /** /faq/ (the list of questions, which prints no answer and so cites nothing) or /faq/<id>/ (one answer). */
  | { kind: 'faq'; id: string | undefined }
  | { kind: 'result'; outcome: string; stage: StageId | undefined }
  | { kind: 'tool'; tool: ToolName }
  | { kind: 'glossary' }
  | { kind: 'changes' }
  /** /cases/: the case ledger, which cites the intervention-rate formula beside its estimate. */
  | { kind: 'ledger' }
  | { kind: 'other' };

/** The facts the case ledger cites, in page order. */
export const LEDGER_FACTS = ['intervention-rate-formula', 'work-order-path'] as const;

/** The route of a site path ("/guide/x/", "/check/result/o/intervention/"); a path without the final slash reads the same. */
export function routeOf(pathname: string): Route {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const [, section = '', id, ...rest] = path.split('/');
  const one = id !== undefined && id !== '' && rest.length === 1 ? id : undefined;
  if (section === 'guide' && one) return { kind: 'guide', id: one };
  if (section === 'scenarios' && one) return { kind: 'scenario', id: one };
  if (section === 'faq' && (id === '' || one)) return { kind: 'faq', id: one };
  if (section === 'tools' && one && isToolName(one)) return { kind: 'tool', tool: one };
  if (section === 'glossary' && id === '') return { kind: 'glossary' };
  if (section === 'changes' && id === '') return { kind: 'changes' };
  if (section === 'cases' && id === '') return { kind: 'ledger' };
  const check = parseCheckPath(path); // only addresses under /check/ read as one
  if (check?.kind === 'outcome') return { kind: 'result', outcome: check.id, stage: check.stage };
  return { kind: 'other' };
}

/** What the texts of a route are made of: the collections, as plain data. */
export interface RouteContent {
  guideBody(id: string): string | undefined;
  scenario(id: string): { body: string; outcomes: readonly string[] } | undefined;
  outcome(id: string): CheckOutcome | undefined;
  /** Whether the self-check reaches this (outcome, stage) page: only then does it print 现在就做. */
  reached(outcome: string, stage: StageId | undefined): boolean;
  faq: readonly FaqEntry[];
  glossaryDefinitions: readonly string[];
  changes: readonly RuleChange[];
}

const claims = (ids: readonly string[]) => ids.map((id) => `{{${id}:claim}}`);

/** The texts a route renders that can cite facts, in the order the page prints them. */
export function routeTexts(route: Route, content: RouteContent): string[] {
  switch (route.kind) {
    case 'guide':
      return [content.guideBody(route.id) ?? ''];
    case 'scenario': {
      const s = content.scenario(route.id);
      return [s?.body ?? '', ...(s?.outcomes ?? []).map((o) => content.outcome(o)?.summary ?? '')];
    }
    case 'faq':
      return content.faq.filter((f) => f.id === route.id).flatMap((f) => [f.answer, ...claims(f.facts)]);
    case 'result': {
      const o = content.outcome(route.outcome);
      return o ? resultFactTexts(o, resultSections(o, route.stage, content.reached(o.id, route.stage))) : [];
    }
    case 'tool':
      return claims(TOOL_PAGES[route.tool].facts);
    case 'glossary':
      return [...content.glossaryDefinitions];
    case 'changes':
      return content.changes.flatMap((c) => claims(c.facts));
    case 'ledger':
      return claims(LEDGER_FACTS);
    case 'other':
      return [];
  }
}

/** The facts a page cites, in order of first use. */
export function citedFacts(pathname: string, content: RouteContent): string[] {
  return factIdsInText(...routeTexts(routeOf(pathname), content));
}
