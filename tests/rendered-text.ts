/** Turns built HTML into text blocks for the rendered-text gates (src/lib/text-gates.ts). */
import { parse, type HTMLElement } from 'node-html-parser';
import type { TextBlock } from '../src/lib/text-gates';

const BLOCKS = 'h1,h2,h3,h4,p,li,dt,dd,td,th,figcaption,summary,blockquote,legend,label';

/** The readable blocks of one page, fact citations wrapped as ⟦mode|id|mark⟧text⟦/⟧. */
export function pageBlocks(html: string, page: string): TextBlock[] {
  const root = parse(html);
  const main = root.querySelector('main') ?? root.querySelector('body') ?? root;
  for (const el of main.querySelectorAll('script,style,svg,noscript,template')) el.remove();
  for (const el of main.querySelectorAll('.fact')) {
    const mode = el.getAttribute('data-mode') ?? 'value';
    const id = el.getAttribute('data-fact') ?? '';
    const markEl = el.querySelector('[data-fact-mark]');
    const mark = markEl && !markEl.classList.contains('fact-value') ? markEl.text.trim() : '';
    for (const ref of el.querySelectorAll('.fact-ref')) ref.remove();
    if (markEl && mark) markEl.remove();
    el.replaceWith(`⟦${mode}|${id}|${mark}⟧${el.text}⟦/⟧`);
  }
  const blocks: TextBlock[] = [];
  let section = '';
  for (const el of main.querySelectorAll(BLOCKS) as HTMLElement[]) {
    if (el.tagName === 'H2') section = el.text.trim();
    if (el.querySelector(BLOCKS)) continue;
    const text = el.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    blocks.push({ page, section, sources: page === '/sources/' || !!el.closest('.page-sources'), text });
  }
  return blocks;
}
