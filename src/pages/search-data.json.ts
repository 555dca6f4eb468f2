/**
 * Everything the search UI needs besides Pagefind, built once: the seller-vocabulary map (alias → the
 * site's term) and the best bets (key phrase → page with its title and description).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildAliasMap, type BestBet } from '../lib/search';
import { guideInOrder, scenariosInOrder } from '../lib/content';
import { sections } from '../lib/site';

export const GET: APIRoute = async () => {
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const aliasEntries = (await getCollection('aliases')).map((e) => e.data);
  const guide = await guideInOrder();
  const scenarios = await scenariosInOrder();

  const pageInfo = new Map<string, Omit<BestBet, 'phrase'>>();
  const addPage = (path: string, title: string, section: string, description: string) =>
    pageInfo.set(path, { path, title, section, description });
  for (const g of guide) addPage(`/guide/${g.id}/`, g.data.title, sections.guide.label, g.data.description);
  for (const s of scenarios) addPage(`/scenarios/${s.id}/`, s.data.title, sections.scenarios.label, s.data.description);
  addPage('/faq/', '常见问题', sections.faq.label, '商家问得最多的售后与平台介入问题，逐条回答。');

  const bets: BestBet[] = [];
  const bet = (phrase: string, path: string) => {
    const info = pageInfo.get(path.split('#')[0] ?? path);
    if (info) bets.push({ ...info, path, phrase });
  };
  for (const entry of [...guide.map((g) => ({ e: g, base: '/guide/' })), ...scenarios.map((s) => ({ e: s, base: '/scenarios/' }))]) {
    const path = `${entry.base}${entry.e.id}/`;
    const navParts = (entry.e.data.navTitle ?? '').split('/').map((p) => p.trim());
    for (const phrase of [...navParts, ...entry.e.data.searchTerms]) if (phrase) bet(phrase, path);
  }
  for (const t of glossary) {
    for (const phrase of [t.term, ...t.aliases]) {
      if (t.seeAlso) bet(phrase, t.seeAlso);
      bets.push({ phrase, path: `/glossary/#${t.id}`, title: `术语：${t.term}`, section: sections.glossary.label, description: t.definition });
    }
  }
  for (const a of aliasEntries) for (const phrase of [a.term, ...a.aliases]) for (const p of a.pages) bet(phrase, p);

  const data = { aliases: buildAliasMap([...glossary, ...aliasEntries]), bets };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
