/**
 * Build-time access to the collections, shaped once for the pages: the only module that touches
 * `astro:content`; the pure logic it feeds lives in `src/lib/`.
 */
import { resultPages } from '~/lib/self-check/advice';
import { citedFacts, type RouteContent } from '~/lib/content/routes';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CheckOutcome, Fact } from '../schemas';
import { createFlow, type Flow } from '~/lib/self-check/flow';
import { integrityProblems } from '~/lib/content/integrity';
import { buildCatalog, type ChecklistCatalog } from '~/lib/checklist/catalog';
import { inReadingOrder, neighbours } from '~/lib/shared/site';
import { RULE_CHANGES } from '~/lib/content/changes';
import { buildLedgerTypes } from '~/lib/ledger/types';
import type { LedgerTypes } from '~/lib/ledger/rows';
import { statementTemplateProblems } from '~/lib/tools/statement';
import { buildStatementData, type StatementData } from '~/lib/tools/statement-data';
import { TOOL_PAGES } from '~/lib/tools/registry';

let factsCache: Map<string, Fact> | undefined;

/** All facts by id. */
export async function factsById(): Promise<Map<string, Fact>> {
  factsCache ??= new Map((await getCollection('facts')).map((e) => [e.id, e.data]));
  return factsCache;
}

export async function guideInOrder() {
  return inReadingOrder(await getCollection('guide'));
}

export async function scenariosInOrder() {
  return inReadingOrder(await getCollection('scenarios'));
}

/** The self-check questions in file order (the first is the start). */
export async function checkQuestions() {
  return (await getCollection('checkQuestions')).map((e) => e.data);
}

export async function checkOutcomes(): Promise<CheckOutcome[]> {
  return (await getCollection('checkOutcomes')).map((e) => e.data);
}

export async function selfCheckFlow(): Promise<Flow> {
  return createFlow({ questions: await checkQuestions(), outcomeIds: (await checkOutcomes()).map((o) => o.id) });
}

let integrityChecked: Promise<void> | undefined;

/** Stops the build when any cross-reference points nowhere. Runs once per build. */
export function assertContentIntegrity(): Promise<void> {
  integrityChecked ??= (async () => {
    const pages = [
      ...(await getCollection('guide')).map((e) => ({ collection: 'guide' as const, id: e.id, body: pageText(e), data: {} })),
      ...(await getCollection('scenarios')).map((e) => ({ collection: 'scenarios' as const, id: e.id, body: pageText(e), data: e.data })),
    ];
    const problems = integrityProblems({
      facts: [...(await factsById()).values()],
      evidence: (await getCollection('evidence')).map((e) => e.data),
      glossary: (await getCollection('glossary')).map((e) => e.data),
      faq: (await getCollection('faq')).map((e) => e.data),
      questions: await checkQuestions(),
      outcomes: await checkOutcomes(),
      pages,
    });
    if (problems.length > 0) throw new Error(`内容引用有误（${problems.length} 处）：\n- ${problems.join('\n- ')}`);
  })();
  return integrityChecked;
}

type DocEntry = CollectionEntry<'guide'> | CollectionEntry<'scenarios'>;

/**
 * What a guide chapter or scenario page needs, worked out once: the rendered body, its headings and the
 * previous / next links (its facts come from `routeFacts`).
 */
export async function docPage<T extends DocEntry>(entry: T, ordered: readonly T[], base: '/guide/' | '/scenarios/') {
  const { Content, headings } = await render(entry);
  const { prev, next } = neighbours(ordered, entry.id);
  const link = (e: T | undefined) => e && { href: `${base}${e.id}/`, title: e.data.title };
  return { Content, headings, prev: link(prev), next: link(next) };
}

let catalogCache: Promise<ChecklistCatalog> | undefined;

/** The evidence checklist catalogue (items, and lists per scenario and outcome), built once per build. */
export function checklistCatalog(): Promise<ChecklistCatalog> {
  catalogCache ??= (async () =>
    buildCatalog({
      evidence: (await getCollection('evidence')).map((e) => e.data),
      outcomes: await checkOutcomes(),
      scenarios: (await scenariosInOrder()).map((s) => ({
        id: s.id,
        title: s.data.title,
        required: s.data.evidenceRequired,
        helpful: s.data.evidenceHelpful,
      })),
      facts: await factsById(),
    }))();
  return catalogCache;
}

let statementCache: Promise<StatementData> | undefined;

/**
 * The 举证说明 templates and the evidence titles they cite, checked once per build against the scenarios,
 * the evidence catalogue and the facts the tool page prints: a template that points nowhere fails the build.
 */
export function statementData(): Promise<StatementData> {
  statementCache ??= (async () => {
    const templates = (await getCollection('statements')).map((e) => e.data);
    const evidence = (await getCollection('evidence')).map((e) => ({ id: e.id, title: e.data.title }));
    const scenarioIds = (await getCollection('scenarios')).map((s) => s.id);
    const problems = statementTemplateProblems(templates, scenarioIds, evidence.map((e) => e.id), TOOL_PAGES.statement.facts);
    if (problems.length > 0) throw new Error(`举证说明模板有误：\n- ${problems.join('\n- ')}`);
    return buildStatementData(templates, evidence);
  })();
  return statementCache;
}

/** What the case ledger (/cases/) knows of each dispute type: short name, items, next step by stage. */
export async function ledgerTypes(): Promise<LedgerTypes> {
  const scenarios = new Map((await scenariosInOrder()).map((s) => [s.id, s.data.navTitle ?? s.data.title]));
  return buildLedgerTypes(await checklistCatalog(), await checkOutcomes(), scenarios, await factsById());
}

/**
 * A guide chapter's or scenario's text as the page prints it: the answer under the title, then the MDX body.
 * Its facts are numbered in this order, and the integrity checks read both.
 */
const pageText = (e: { body?: string | undefined; data: { answer: string } }) => `${e.data.answer}\n${e.body ?? ''}`;

let routeContent: Promise<RouteContent> | undefined;

/** The collections as the route module reads them (src/lib/content/routes.ts), gathered once per build. */
function routeData(): Promise<RouteContent> {
  routeContent ??= (async () => {
    const guide = new Map((await getCollection('guide')).map((e) => [e.id, pageText(e)]));
    const scenarios = new Map((await getCollection('scenarios')).map((e) => [e.id, { body: pageText(e), outcomes: e.data.outcomes }]));
    const outcomes = new Map((await checkOutcomes()).map((o) => [o.id, o]));
    const reached = new Set(resultPages(await selfCheckFlow()).map((p) => `${p.outcome}/${p.stage ?? ''}`));
    return {
      guideBody: (id) => guide.get(id),
      scenario: (id) => scenarios.get(id),
      outcome: (id) => outcomes.get(id),
      reached: (outcome, stage) => reached.has(`${outcome}/${stage ?? ''}`),
      faq: (await getCollection('faq')).map((e) => e.data),
      glossaryDefinitions: (await getCollection('glossary')).map((e) => e.data.definition),
      changes: RULE_CHANGES,
    };
  })();
  return routeContent;
}

/**
 * The facts a page cites, in order of first use: the numbers of its source marks and the list at its
 * foot. Called once per page by src/middleware.ts, which hands the list to the page's components.
 */
export async function routeFacts(pathname: string): Promise<string[]> {
  return citedFacts(pathname, await routeData());
}

/** The title a site path is known by (guide, scenario, FAQ question, glossary term), for lists of links. */
export async function pageTitle(href: string): Promise<string> {
  const [path = '', anchor] = href.split('#');
  const [, section, id] = path.split('/');
  if (section === 'guide' || section === 'scenarios') {
    const entry = (await getCollection(section)).find((e) => e.id === id);
    if (entry) return entry.data.title;
  }
  if (section === 'faq' && anchor) {
    const q = (await getCollection('faq')).find((e) => e.data.id === anchor);
    if (q) return `常见问题：${q.data.question}`;
  }
  if (section === 'glossary' && anchor) {
    const t = (await getCollection('glossary')).find((e) => e.data.id === anchor);
    if (t) return `术语：${t.data.term}`;
  }
  if (path === '/checklist/') return '证据清单';
  if (path === '/tools/statement/') return '举证助手：举证说明草稿';
  const result = /^\/check\/result\/([a-z0-9-]+)\/$/.exec(path);
  if (result) {
    const o = (await checkOutcomes()).find((x) => x.id === result[1]);
    if (o) return `自测结论 · ${o.title}`;
  }
  throw new Error(`规则变化列出的页面不存在：${href}`);
}
