/**
 * The site's search data as src/pages/search-data.json.ts builds it, from the raw content files (no
 * astro:content): page titles, short names, searchTerms, `##`/`###` headings, FAQ questions, glossary
 * terms and seller words. Close enough for tests that need the real vocabulary's size and shape.
 */
import { buildSearchData, decodeSearchData, type DocInput } from '~/lib/search/data';
import { WEIGHT } from '~/lib/search/tuning';
import { soundAlike } from '~/lib/search/sounds';
import { INTENTS } from '~/lib/search/intents';
import { content } from './content-files';

export function siteSearchData() {
  const pages: DocInput[] = [];
  for (const p of [...content.guide, ...content.scenarios]) {
    const headings = [...p.body.matchAll(/^#{2,3} (.+)$/gm)].map((m, i) => ({ text: m[1] ?? '', weight: WEIGHT.heading, anchor: `h${i}` }));
    pages.push({
      u: `/${p.collection}/${p.id}/`,
      t: p.data.title,
      section: p.collection === 'guide' ? '指南' : '纠纷场景',
      fields: [
        { text: p.data.title, weight: WEIGHT.title },
        ...(p.data.navTitle ?? '').split('/').map((text) => ({ text, weight: WEIGHT.keyword })),
        ...p.data.searchTerms.map((text) => ({ text, weight: WEIGHT.keyword })),
        ...headings,
      ],
    });
  }
  for (const f of content.faq) pages.push({ u: `/faq/${f.id}/`, t: f.question, section: '常见问题', fields: [{ text: f.question, weight: WEIGHT.title }, ...f.asked.map((text) => ({ text, weight: WEIGHT.heading }))] });
  for (const g of content.glossary) pages.push({ u: `/glossary/#${g.id}`, t: g.term, section: '术语', fields: [{ text: g.term, weight: WEIGHT.keyword }] });
  return decodeSearchData(buildSearchData(pages, [...content.glossary, ...content.aliases], soundAlike, INTENTS));
}
