import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build plugin
import { splitFirstUses } from '~/integrations/glossary-links.mjs';

const terms = [
  { id: 'refund-only', term: '仅退款' },
  { id: 'rate', term: '介入率' },
  { id: 'intervention', term: '平台介入' },
].sort((a, b) => b.term.length - a.term.length);

describe('glossary first-use links', () => {
  it('links each term once, at its first use, and keeps the text around it', () => {
    const linked = new Set<string>();
    const nodes = splitFirstUses('买家申请仅退款，又申请平台介入；仅退款会影响介入率。', terms, linked);
    const text = nodes.map((n: { type: string; value?: string; children?: { value: string }[] }) =>
      n.type === 'text' ? n.value : `[${n.children?.[0]?.value}]`,
    );
    expect(text.join('')).toBe('买家申请[仅退款]，又申请[平台介入]；仅退款会影响[介入率]。');
    expect([...linked].sort()).toEqual(['intervention', 'rate', 'refund-only']);
    expect(splitFirstUses('再说一次仅退款', terms, linked)).toEqual([{ type: 'text', value: '再说一次仅退款' }]);
  });
});
