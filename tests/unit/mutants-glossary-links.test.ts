/** The glossary-links plugin itself (not only splitFirstUses): which text it touches, and once per page. */
import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build plugin
import glossaryLinks from '../../src/lib/glossary-links.mjs';

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
