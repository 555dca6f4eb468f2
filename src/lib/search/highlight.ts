/** What a result shows of Pagefind's excerpt, and the key terms marked in it. */

/**
 * A Pagefind excerpt without the page title it may open with: Pagefind's text starts with the page's
 * heading, then ". ", and the result already shows the title above the excerpt. The excerpt may begin
 * inside the title (卖生鲜水果 → 生鲜水果), so any end of the title counts.
 */
export function excerptAfterTitle(excerpt: string, title: string): string {
  const cut = excerpt.indexOf('. ');
  const head = excerpt.slice(0, cut);
  return cut > 0 && [...head].length >= 2 && title.endsWith(head) ? excerpt.slice(cut + 2) : excerpt;
}

/** Safe HTML for a plain text with the key terms marked; single characters are never marked. */
export function highlight(text: string, terms: readonly string[]): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const marks = [...new Set(terms.filter((t) => [...t].length >= 2))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const m = marks.find((t) => lower.startsWith(t, i));
    if (m) {
      out += `<mark>${escape(text.slice(i, i + m.length))}</mark>`;
      i += m.length;
    } else {
      out += escape(text[i]!);
      i++;
    }
  }
  return out;
}
