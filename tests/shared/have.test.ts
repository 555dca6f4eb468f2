import { describe, expect, it } from 'vitest';
import { readHave, setHave } from '~/lib/shared/have';

const read = (q: string) => readHave(new URLSearchParams(q));

describe('the evidence the seller has, in an address', () => {
  it('is written as have=a.b (nothing to escape), and not at all when there is none', () => {
    const params = new URLSearchParams({ type: 't' });
    setHave(params, ['ship-weight', 'packing-video']);
    expect(params.toString()).toBe('type=t&have=ship-weight.packing-video');
    const none = new URLSearchParams();
    setHave(none, []);
    expect(none.toString()).toBe('');
  });

  it('reads what it writes, and the older forms the same: ticks=a.b (checklist) and have=a,b (tools)', () => {
    const params = new URLSearchParams();
    setHave(params, ['a', 'b-c']);
    expect(readHave(params)).toEqual({ ids: ['a', 'b-c'], times: 1 });
    for (const old of ['ticks=a.b-c', 'have=a,b-c', 'have=a%2Cb-c', 'ticks=a,b-c']) expect(read(old), old).toEqual(read('have=a.b-c'));
  });

  it('keeps empty entries for the reader to judge, and counts every time the list is given', () => {
    expect(read('have=a..b').ids).toEqual(['a', '', 'b']);
    expect(read('have=a;b').ids).toEqual(['a;b']);
    expect(read('')).toEqual({ ids: [], times: 0 });
    expect(read('have=')).toEqual({ ids: [], times: 1 });
    expect(read('have=a&ticks=b')).toEqual({ ids: ['a'], times: 2 });
    expect(read('ticks=b&have=a').ids).toEqual(['a']);
    expect(read('ticks=a&ticks=b').times).toBe(2);
  });
});
