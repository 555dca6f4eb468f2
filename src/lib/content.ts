/**
 * Build-time access to the collections, shaped once for the pages. The only module in `src/lib/` that
 * touches `astro:content`; the pure logic it feeds lives in the other modules.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CheckOutcome, Fact } from '../schemas';
import { createFlow, type Flow } from './flow';
import { integrityProblems } from './integrity';
import { buildCatalog, type ChecklistCatalog } from './checklist';
import { inReadingOrder, neighbours } from './site';
import { factIdsIn } from './facts';

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
 * What a guide chapter or scenario page needs, worked out once: the rendered body, its headings, the
 * facts it cites (in order, numbering the source markers) and the previous / next links.
 */
export async function docPage<T extends DocEntry>(entry: T, ordered: readonly T[], base: '/guide/' | '/scenarios/') {
  const { Content, headings } = await render(entry);
  const { prev, next } = neighbours(ordered, entry.id);
  const link = (e: T | undefined) => e && { href: `${base}${e.id}/`, title: e.data.title };
  return { Content, headings, factIds: factIdsIn(entry.body ?? ''), prev: link(prev), next: link(next) };
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
