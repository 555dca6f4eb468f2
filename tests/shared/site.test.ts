import { describe, expect, it } from 'vitest';
import { formatDate, inReadingOrder, neighbours } from '~/lib/shared/site';

const e = (id: string, order: number) => ({ id, data: { order, title: id } });

describe('reading order', () => {
  const entries = [e('c', 3), e('a', 1), e('b', 2), e('b2', 2)];
  it('sorts by order, then id', () => {
    expect(inReadingOrder(entries).map((x) => x.id)).toEqual(['a', 'b', 'b2', 'c']);
  });
  it('gives previous and next, and nothing past the ends', () => {
    expect(neighbours(entries, 'b').prev?.id).toBe('a');
    expect(neighbours(entries, 'b').next?.id).toBe('b2');
    expect(neighbours(entries, 'a').prev).toBeUndefined();
    expect(neighbours(entries, 'c').next).toBeUndefined();
    expect(neighbours(entries, 'missing')).toEqual({});
  });
  it('formats dates the Chinese way', () => {
    expect(formatDate('2026-11-06')).toBe('2026年11月6日');
  });
});
