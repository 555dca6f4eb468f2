/** Turns built HTML into text blocks for the rendered-text gates (src/lib/content/text-gates.ts). */
import { HTMLElement, parse } from 'node-html-parser';
import type { TextBlock } from '~/lib/content/text-gates';

const BLOCKS = 'h1,h2,h3,h4,p,li,dt,dd,td,th,figcaption,summary,blockquote,legend,label';
const INLINE = new Set(['A', 'SPAN', 'STRONG', 'EM', 'SUP', 'B', 'I', 'TIME', 'DFN', 'CODE', 'SMALL']);

/** The readable blocks of one page, fact citations wrapped as ⟦mode|id|mark⟧text⟦/⟧. */
export function pageBlocks(html: string, page: string): TextBlock[] {
  const root = parse(html);
  const main = root.querySelector('main') ?? root.querySelector('body') ?? root;
  for (const el of main.querySelectorAll('script,style,svg,noscript,template')) el.remove();
  // A tool's own setting (e.g. when a reminder fires) is printed as a number but is no platform rule.
  for (const el of main.querySelectorAll('[data-tool-setting]')) el.replaceWith('（工具设置）');
  for (const el of main.querySelectorAll('.fact')) {
    const mode = el.getAttribute('data-mode') ?? 'value';
    const id = el.getAttribute('data-fact') ?? '';
    const markEl = el.querySelector('[data-fact-mark]');
    const mark = markEl && !markEl.classList.contains('fact-value') ? markEl.text.trim() : '';
    for (const ref of el.querySelectorAll('.fact-ref')) ref.remove();
    if (markEl && mark) markEl.remove();
    el.replaceWith(`⟦${mode}|${id}|${mark}⟧${el.text}⟦/⟧`);
  }
  // A card's title and an outcome's name stand on a line of their own (display: block): end them there.
  for (const el of main.querySelectorAll('.cards a > strong, .outcome-list li > a')) el.insertAdjacentHTML('afterend', '<span>。</span>');
  // Inline text sitting directly in a container (a line of MDX that is only components) is read as a
  // paragraph of its own, so no words escape the gates.
  for (const box of main.querySelectorAll('div,section,aside,article,details,figure')) {
    let run: HTMLElement | undefined;
    for (const node of [...box.childNodes]) {
      const inline = node.nodeType === 3 || (node instanceof HTMLElement && INLINE.has(node.tagName));
      if (!inline) {
        run = undefined;
        continue;
      }
      if (!run) {
        if (!node.text.trim()) continue;
        run = parse('<p data-loose></p>').firstChild as HTMLElement;
        box.exchangeChild(node, run);
        run.parentNode = box;
      } else node.remove();
      run.appendChild(node);
    }
  }
  const blocks: TextBlock[] = [];
  let section = '';
  for (const el of main.querySelectorAll(BLOCKS) as HTMLElement[]) {
    // A folded question (the FAQ list) is a section of its own, like an h2.
    if (el.tagName === 'H2' || (el.tagName === 'H3' && el.closest('summary'))) section = el.text.trim();
    if (el.querySelector(BLOCKS)) continue;
    // A draft's printed copy keeps its lines: a list under "附凭证：" is no sentence.
    const keepsLines = !!el.closest('.statement-print');
    const text = (keepsLines ? el.text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n') : el.text.replace(/\s+/g, ' ')).trim();
    if (!text) continue;
    const links = el.querySelectorAll('a');
    const pointer = !!el.closest('nav') || (links.length === 1 && links[0]!.text.replace(/\s+/g, ' ').trim() === text);
    blocks.push({ page, section, sources: page === '/sources/' || !!el.closest('.page-sources, [data-sources]'), text, ...(pointer ? { pointer } : {}) });
  }
  return blocks;
}
