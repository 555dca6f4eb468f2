/**
 * The search UI's data besides Pagefind, built once: every page with its vocabulary (titles, headings,
 * short names, searchTerms, glossary terms, FAQ questions, seller words from content/search-aliases.json)
 * and the map from seller words to the site's terms. After Pagefind runs, scripts/search-index.mjs
 * adds which Pagefind page is which. See src/lib/search/data.ts.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { buildSearchData, type DocInput, type Field } from '~/lib/search/data';
import { TOOLS as TOOLS_SECTION } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import { soundAlike } from '~/lib/search/sounds';
import { INTENTS } from '~/lib/search/intents';
import { checkOutcomes, guideInOrder, scenariosInOrder } from '~/data/collections';
import { faqPath } from '~/lib/content/faq';
import { outcomePath } from '~/lib/self-check/urls';
import { sections } from '~/lib/shared/site';
import { RULE_CHANGES } from '~/lib/content/changes';
import { TOOL_NAMES, TOOL_PAGES, TOOLS } from '~/lib/tools/registry';

export const GET: APIRoute = async () => {
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const aliasGroups = (await getCollection('aliases')).map((e) => e.data);
  const faq = (await getCollection('faq')).map((e) => e.data);
  const pages: DocInput[] = [];
  const byPath = new Map<string, DocInput>();
  const page = (u: string, t: string, section: string, fields: Field[]) => {
    const doc = { u, t, section, fields };
    pages.push(doc);
    byPath.set(u, doc);
  };

  for (const [entries, base, section] of [
    [await guideInOrder(), sections.guide.path, sections.guide.label],
    [await scenariosInOrder(), sections.scenarios.path, sections.scenarios.label],
  ] as const) {
    for (const e of entries) {
      const { headings } = await render(e);
      page(`${base}${e.id}/`, e.data.title, section, [
        { text: e.data.title, weight: WEIGHT.title },
        ...(e.data.navTitle ?? '').split('/').map((text) => ({ text, weight: WEIGHT.keyword })),
        ...e.data.searchTerms.map((text) => ({ text, weight: WEIGHT.keyword })),
        ...headings.filter((h) => h.depth <= 3).map((h) => ({ text: h.text, weight: WEIGHT.heading, anchor: h.slug })),
      ]);
    }
  }
  for (const f of faq) {
    page(faqPath(f.id), f.question, sections.faq.label, [
      { text: f.question, weight: WEIGHT.title },
      ...f.asked.map((text) => ({ text, weight: WEIGHT.heading })),
    ]);
  }
  // Result titles carry no "自测结果：" or "术语：": the section tag beside each result says it already.
  for (const o of await checkOutcomes()) {
    page(outcomePath(o.id), o.title, '自测结果', [
      { text: o.title, weight: WEIGHT.heading },
    ]);
  }
  page(sections.checklist.path, '证据清单：按纠纷类型逐项准备凭证', sections.checklist.label, [
    { text: '证据清单', weight: WEIGHT.title },
    { text: '凭证清单', weight: WEIGHT.keyword },
  ]);
  page(sections.check.path, '自测：这单该坚持还是该协商？', sections.check.label, [
    { text: '自测', weight: WEIGHT.title },
    { text: '能不能申请平台介入', weight: WEIGHT.keyword },
  ]);
  page(sections.changes.path, sections.changes.label, sections.sources.label, [
    { text: sections.changes.label, weight: WEIGHT.title },
    ...['新规', '规则调整', '最近的变化'].map((text) => ({ text, weight: WEIGHT.keyword })),
    ...RULE_CHANGES.map((c) => ({ text: c.title, weight: WEIGHT.heading, anchor: c.id })),
  ]);
  // The 举证助手 tools are not in Pagefind's index (their pages are forms): found by title and what sellers call them.
  for (const { u, t, keywords } of [
    { u: sections.tools.path, t: sections.tools.label, keywords: ['工具'] },
    ...TOOL_NAMES.map((name) => ({ u: TOOLS[name].path, t: TOOLS[name].title, keywords: TOOL_PAGES[name].keywords })),
  ]) {
    page(u, t, TOOLS_SECTION, [{ text: t, weight: WEIGHT.title }, ...keywords.map((text) => ({ text, weight: WEIGHT.keyword }))]);
  }
  page(sections.glossary.path, sections.glossary.label, sections.glossary.label, [
    { text: sections.glossary.label, weight: WEIGHT.title },
    ...['术语表', '名词解释', '名词'].map((text) => ({ text, weight: WEIGHT.keyword })),
  ]);
  for (const t of glossary) {
    page(`${sections.glossary.path}#${t.id}`, t.term, sections.glossary.label, [
      { text: t.term, weight: WEIGHT.keyword },
    ]);
    if (t.seeAlso) byPath.get(t.seeAlso.split('#')[0] ?? t.seeAlso)?.fields.push({ text: t.term, weight: WEIGHT.keyword });
  }
  for (const a of aliasGroups) {
    for (const p of a.pages) byPath.get(p.split('#')[0] ?? p)?.fields.push({ text: a.term, weight: WEIGHT.keyword });
  }

  const data = buildSearchData(pages, [...glossary, ...aliasGroups], soundAlike, INTENTS);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
