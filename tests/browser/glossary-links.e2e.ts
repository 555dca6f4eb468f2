/** On every guide and scenario page, the first use of each glossary term in the prose links to the glossary. */
import { expect } from 'vitest';
import { test, url } from '../support/harness';
import { builtPages } from '../support/site-pages';
import { content } from '../support/content-files';

const pages = builtPages().filter((p) => /^\/(guide|scenarios)\/[^/]+\/$/.test(p));
const terms = content.glossary.map((g) => ({ id: g.id, term: g.term }));

test.for(pages)('%s links the first use of each glossary term', async (path, { page }) => {
  await page.goto(url(path));
  const unlinked = await page.evaluate((glossary) => {
    const article = document.querySelector('article.doc');
    if (!article) return ['no article'];
    // Prose written in the page itself; text that components print (facts, court cases, lists, drawings) is not,
    // nor the answer under the title (front matter, a summary of the prose below, where each term is linked).
    const outside = 'h1,h2,h3,h4,h5,h6,.fact,.court-case,.evidence-list,.outcome-list,.page-sources,.toc,figure,.doc-meta,.answer,.change-note,.self-check,.checklist,.button';
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest(outside)) continue;
      const text = n.textContent ?? '';
      const link = parent.closest('a');
      for (const g of glossary) {
        if (seen.has(g.id)) continue;
        const inLink = link?.classList.contains('term') && link.getAttribute('href') === `/glossary/#${g.id}`;
        if (inLink && text.includes(g.term)) seen.add(g.id);
        else if (!link && text.includes(g.term)) {
          seen.add(g.id);
          problems.push(`${g.term}: “${text.slice(0, 30)}”`);
        }
      }
    }
    return problems;
  }, terms);
  expect(unlinked).toEqual([]);
});
