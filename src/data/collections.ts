/**
 * Build-time access to the collections, shaped once for the pages. The only module in `src/lib/` that
 * touches `astro:content`; the pure logic it feeds lives in the other modules.
 */
import { TOOL_FACTS, type ToolName } from '~/lib/tools/context';
import { deadlineFactsFor, nowSteps, stageDeadlineFacts } from '~/lib/self-check/advice';
import { isStageId } from '~/lib/shared/stages';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CheckOutcome, Fact } from '../schemas';
import { createFlow, type Flow } from '~/lib/self-check/flow';
import { integrityProblems } from '~/lib/content/integrity';
import { buildCatalog, type ChecklistCatalog } from '~/lib/checklist/catalog';
import { inReadingOrder, neighbours } from '~/lib/shared/site';
import { factIdsInText } from '~/lib/content/facts';
import { RULE_CHANGES } from '~/lib/content/changes';

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
      ...(await getCollection('guide')).map((e) => ({ collection: 'guide' as const, id: e.id, body: e.body ?? '', data: {} })),
      ...(await getCollection('scenarios')).map((e) => ({ collection: 'scenarios' as const, id: e.id, body: e.body ?? '', data: e.data })),
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

/** The texts a page renders, in page order, for numbering its fact citations. */
async function routeTexts(path: string): Promise<string[]> {
  const [, section, id] = path.split('/');
  if (section === 'guide' && id) return [(await getCollection('guide')).find((e) => e.id === id)?.body ?? ''];
  if (section === 'scenarios' && id) {
    const entry = (await getCollection('scenarios')).find((e) => e.id === id);
    const outcomes = await checkOutcomes();
    const summaries = (entry?.data.outcomes ?? []).map((o) => outcomes.find((x) => x.id === o)?.summary ?? '');
    return [entry?.body ?? '', ...summaries];
  }
  if (section === 'faq') {
    const faq = (await getCollection('faq')).map((e) => e.data).filter((f) => !id || f.id === id);
    return faq.flatMap((f) => [f.answer, ...f.facts.map((x) => `{{${x}:claim}}`)]);
  }
  if (section === 'check' && id === 'result') {
    // /check/result/<outcome>/<stage>/: in the order _Result.astro prints them (现在就做, its rules, 为什么, other rules).
    const [, , , outcomeId, stageId] = path.split('/');
    const o = (await checkOutcomes()).find((x) => x.id === outcomeId);
    if (!o) return [];
    const stage = isStageId(stageId) ? stageId : undefined;
    const stageRules = stageDeadlineFacts(o, stage);
    const claims = (ids: readonly string[]) => ids.map((x) => `{{${x}:claim}}`);
    return [...nowSteps(o, stage), ...claims(stageRules), ...o.reasons, ...claims(deadlineFactsFor(o, stage))];
  }
  if (section === 'tools' && id && id in TOOL_FACTS) return TOOL_FACTS[id as ToolName].map((x) => `{{${x}:claim}}`);
  if (section === 'glossary') return (await getCollection('glossary')).map((e) => e.data.definition);
  if (section === 'changes') return RULE_CHANGES.flatMap((c) => c.facts.map((x) => `{{${x}:claim}}`));
  return [];
}

const routeCache = new Map<string, Promise<string[]>>();

/**
 * The facts a page cites, in order of first use: the numbers of its source marks and the list at its
 * foot. Worked out once per route from the page's own content, so no page wires it by hand.
 */
export function routeFacts(pathname: string): Promise<string[]> {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  let cached = routeCache.get(path);
  if (!cached) {
    cached = routeTexts(path).then((texts) => factIdsInText(...texts));
    routeCache.set(path, cached);
  }
  return cached;
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
  throw new Error(`规则变化列出的页面不存在：${href}`);
}
