// Links the first use of each glossary term on a page to its entry (/glossary/#id), at build time, as a
// hast plugin of Astro's Markdown processor (Sätteri). Text inside links, headings, code and the site's
// own components (Fact, Term, …) is left alone. An explicit <Term> further down is simply a second link.

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'svg']);
const SKIP_COMPONENTS = new Set(['Fact', 'Term', 'EvidenceList', 'DisputeTimeline', 'SelfCheck']);

const isComponent = (node) => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** @param {{ terms: { id: string, term: string }[] }} options */
export default function glossaryLinks({ terms }) {
  const byLength = [...terms].sort((a, b) => b.term.length - a.term.length);
  /** Term ids linked so far on the page being compiled. */
  let linked = new Set();
  return {
    name: 'glossary-links',
    before() {
      linked = new Set();
    },
    text(node, ctx) {
      for (let p = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p)) {
        if (p.type === 'element' && SKIP_TAGS.has(p.tagName)) return;
        if (isComponent(p) && SKIP_COMPONENTS.has(p.name)) return;
      }
      const parts = splitFirstUses(node.value, byLength, linked);
      if (parts.length > 1 || parts[0]?.type !== 'text') ctx.replaceNode(node, parts);
    },
  };
}

/** The text as nodes: plain text, with the first use of each not-yet-linked term as a link. */
export function splitFirstUses(value, terms, linked) {
  const nodes = [];
  let rest = value;
  for (;;) {
    let best;
    for (const t of terms) {
      if (linked.has(t.id)) continue;
      const at = rest.indexOf(t.term);
      if (at >= 0 && (!best || at < best.at)) best = { at, t };
    }
    if (!best) break;
    if (best.at > 0) nodes.push({ type: 'text', value: rest.slice(0, best.at) });
    nodes.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['term'], href: `/glossary/#${best.t.id}` },
      children: [{ type: 'text', value: best.t.term }],
    });
    linked.add(best.t.id);
    rest = rest.slice(best.at + best.t.term.length);
  }
  if (rest) nodes.push({ type: 'text', value: rest });
  return nodes;
}
