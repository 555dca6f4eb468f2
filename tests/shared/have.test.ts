import { describe, expect, it } from 'vitest';
import { queryString, readHave, setHave } from '~/lib/shared/have';

const read = (q: string) => readHave(new URLSearchParams(q));

describe('the evidence the seller has, in an address', () => {
  it('is written as have=a,b, and not at all when there is none', () => {
    const params = new URLSearchParams({ type: 't' });
    setHave(params, ['ship-weight', 'packing-video']);
    expect(queryString(params)).toBe('type=t&have=ship-weight,packing-video');
    const none = new URLSearchParams();
    setHave(none, []);
    expect(queryString(none)).toBe('');
  });

  it('reads what it writes, and the old ticks=a.b the same', () => {
    const params = new URLSearchParams();
    setHave(params, ['a', 'b-c']);
    expect(readHave(new URLSearchParams(queryString(params)))).toEqual({ ids: ['a', 'b-c'], times: 1 });
    expect(read('ticks=a.b-c')).toEqual(read('have=a,b-c'));
    expect(read('have=a%2Cb-c')).toEqual(read('have=a,b-c'));
  });

  it('keeps each form to its own separator, and counts every time the list is given', () => {
    expect(read('have=a.b').ids).toEqual(['a.b']);
    expect(read('ticks=a,b').ids).toEqual(['a,b']);
    expect(read('have=a,,b').ids).toEqual(['a', '', 'b']);
    expect(read('')).toEqual({ ids: [], times: 0 });
    expect(read('have=')).toEqual({ ids: [], times: 1 });
    expect(read('have=a&ticks=b')).toEqual({ ids: ['a'], times: 2 });
    expect(read('ticks=a&ticks=b').times).toBe(2);
  });

  it('leaves other values reading back the same when it keeps commas readable', () => {
    const params = new URLSearchParams({ label: '张三,李四&x=1' });
    expect(new URLSearchParams(queryString(params)).get('label')).toBe('张三,李四&x=1');
  });
});
