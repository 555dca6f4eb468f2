/** The glossary-links plugin itself (not only splitFirstUses): which text it touches, and once per page. */
import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build plugin
import glossaryLinks, { splitFirstUses } from '~/integrations/glossary-links.mjs';

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  children?: Node[];
}

/** Runs the plugin over the text nodes of a tree, the way the Markdown processor would. */
function run(plugin: { before(): void; text(node: Node, ctx: unknown): void }, tree: Node): string {
  const parents = new Map<Node, Node>();
  const texts: Node[] = [];
  const index = (n: Node) => {
    for (const c of n.children ?? []) {
      parents.set(c, n);
      if (c.type === 'text') texts.push(c);
      index(c);
    }
  };
  index(tree);
  plugin.before();
  const ctx = {
    parent: (n: Node) => parents.get(n),
    replaceNode: (n: Node, parts: Node[]) => {
      const p = parents.get(n);
      if (p?.children) p.children.splice(p.children.indexOf(n), 1, ...parts);
    },
  };
  for (const t of texts) plugin.text(t, ctx);
  const render = (n: Node): string =>
    n.type === 'text' ? (n.value ?? '') : n.tagName === 'a' && !parents.has(n) ? `[${(n.children ?? []).map(render).join('')}]` : (n.children ?? []).map(render).join('');
  return render(tree);
}

const el = (tagName: string, ...children: Node[]): Node => ({ type: 'element', tagName, children });
const jsx = (name: string, flow = false, ...children: Node[]): Node => ({ type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement', name, children });
const text = (value: string): Node => ({ type: 'text', value });
const root = (...children: Node[]): Node => ({ type: 'root', children });

const plugin = glossaryLinks({
  terms: [
    { id: 'refund', term: '退款' },
    { id: 'refund-only', term: '仅退款' },
  ],
});

describe('glossary-links plugin', () => {
  it('is named, and links the longest term at its first use only', () => {
    expect(plugin.name).toBe('glossary-links');
    expect(run(plugin, root(el('p', text('买家申请仅退款，然后退款。'))))).toBe('买家申请[仅退款]，然后[退款]。');
  });

  it('starts afresh on each page', () => {
    expect(run(plugin, root(el('p', text('仅退款'))))).toBe('[仅退款]');
    expect(run(plugin, root(el('p', text('仅退款'))))).toBe('[仅退款]');
  });

  it('leaves headings, links, code and the site components alone, but not other components', () => {
    const tree = root(
      el('h2', text('仅退款')),
      el('p', el('a', text('仅退款'))),
      el('p', el('code', text('仅退款'))),
      jsx('Fact', false, text('仅退款')),
      jsx('Term', true, text('仅退款')),
      el('p', jsx('Aside', false, text('仅退款'))),
      el('p', jsx('Callout', true, text('退款'))),
    );
    expect(run(plugin, tree)).toBe('仅退款仅退款仅退款仅退款仅退款[仅退款][退款]');
  });

  it('a text node without terms is left as it is', () => {
    const node = text('没有术语');
    const tree = root(el('p', node));
    run(plugin, tree);
    expect(tree.children?.[0]?.children?.[0]).toBe(node);
  });
});

describe('glossary-links: what is skipped', () => {
  const tags = ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'svg'];
  it.each(tags)('text inside <%s> is not linked, text after it is', (tag) => {
    expect(run(plugin, root(el('p', el(tag, text('仅退款')), text('仅退款'))))).toBe('仅退款[仅退款]');
  });
  const components = ['Fact', 'Term', 'EvidenceList', 'DisputeTimeline', 'SelfCheck'];
  it.each(components)('text inside <%s> is not linked', (name) => {
    expect(run(plugin, root(jsx(name, false, text('仅退款')), jsx(name, true, el('p', text('仅退款'))), el('p', text('仅退款'))))).toBe(
      '仅退款仅退款[仅退款]',
    );
  });
  it('an empty text node does not trip it up', () => {
    expect(run(plugin, root(el('p', text(''), text('仅退款'))))).toBe('[仅退款]');
  });
  it('sorts terms longest first itself: of two terms at the same place, the longer one is linked', () => {
    const shortFirst = glossaryLinks({
      terms: [
        { id: 'return', term: '退货' },
        { id: 'return-refund', term: '退货退款' },
      ],
    });
    expect(run(shortFirst, root(el('p', text('买家退货退款'))))).toBe('买家[退货退款]');
  });
});

describe('splitFirstUses node shapes', () => {
  it('a link is an <a class="term"> to the glossary entry, with no empty text around it', () => {
    const terms = [
      { id: 'return-refund', term: '退货退款' },
      { id: 'return', term: '退货' },
    ];
    const link = (id: string, term: string) => ({
      type: 'element',
      tagName: 'a',
      properties: { className: ['term'], href: `/glossary/#${id}` },
      children: [{ type: 'text', value: term }],
    });
    expect(splitFirstUses('退货退款', terms, new Set())).toEqual([link('return-refund', '退货退款')]);
    expect(splitFirstUses('先退货退款再退货', terms, new Set())).toEqual([
      { type: 'text', value: '先' },
      link('return-refund', '退货退款'),
      { type: 'text', value: '再' },
      link('return', '退货'),
    ]);
  });
});
