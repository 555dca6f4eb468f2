/**
 * What every built page must carry, read from its HTML in dist/ (no browser, so every page, every run):
 * one <h1>, the language, a title and description that Open Graph repeats, the footer's disclaimer and
 * review date; and, since the HTML is what a browser shows with JavaScript off, real content in <main>,
 * a self-check question answerable by links, and no island left empty.
 */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, readPage } from '../support/site-pages';
import { parseCheckPath } from '~/lib/self-check/urls';

const pages = builtPages().filter((p) => p !== '/404.html');

/** The text a reader sees in an element: scripts, styles and templates are not shown. */
function shownText(el: HTMLElement): string {
  const copy = parse(el.outerHTML);
  for (const hidden of copy.querySelectorAll('script, style, template')) hidden.remove();
  return copy.textContent.trim();
}

describe.for(pages)('%s', (path) => {
  const doc = parse(readPage(path));
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';

  it('has one h1, its language, a title and a description that Open Graph repeats', () => {
    expect(doc.querySelectorAll('h1').length).toBe(1);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    const title = doc.querySelector('title')?.textContent ?? '';
    expect(title.length).toBeGreaterThan(2);
    expect(meta('meta[name="description"]').length).toBeGreaterThan(10);
    expect(title).toContain(meta('meta[property="og:title"]'));
    expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
  });

  it('says in its footer that the site is not PDD’s, and when it was last reviewed', () => {
    const footer = shownText(doc.querySelector('footer')!);
    expect(footer).toContain('与拼多多（PDD）没有任何关联');
    expect(footer).toContain('最后核对');
  });

  it('reads without JavaScript: content in <main>, no island left empty, questions answerable by links', () => {
    const main = doc.querySelector('main')!;
    expect(shownText(main).length).toBeGreaterThan(30);
    expect(shownText(main.querySelector('h1')!)).not.toBe('');
    const address = parseCheckPath(path);
    if (address?.kind === 'start' || address?.kind === 'question') expect(main.querySelectorAll('.option-links a').length).toBeGreaterThan(1);
    const empty = doc.querySelectorAll('astro-island').filter((island) => shownText(island) === '');
    expect(empty.map((i) => i.getAttribute('component-url'))).toEqual([]);
  });
});
