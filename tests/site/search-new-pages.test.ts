/**
 * The seller words of issue 21 find the new pages: 12315, 黑猫投诉, P图, AI图, 虚假发货, 缺货, 起诉, 判例,
 * 申诉理由. Runs on the built search data (dist/search-data.json), with the site's own query reader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSearchData, type SearchWire } from '~/lib/search/data';
import { extractTerms } from '~/lib/search/query';
import { rank } from '~/lib/search/rank';
import { soundAlike } from '~/lib/search/sounds';

const file = new URL('../../dist/search-data.json', import.meta.url);
describe('issue 21 words find the new pages (built search data)', () => {
  const data = decodeSearchData(JSON.parse(readFileSync(file, 'utf8')) as SearchWire);
  const top = (q: string) => rank(extractTerms(q, data, undefined, soundAlike), data).slice(0, 3).map((r) => data.docs[r.doc]?.path ?? '');
  it.for([
    ['12315', '/guide/complaints/'],
    ['黑猫投诉', '/guide/complaints/'],
    ['P图', '/scenarios/edited-photos/'],
    ['AI图', '/scenarios/edited-photos/'],
    ['虚假发货', '/guide/penalties/'],
    ['缺货', '/guide/penalties/'],
    ['起诉', '/guide/sue-or-police/'],
    ['判例', '/guide/sue-or-police/'],
    ['申诉理由', '/guide/penalties/'],
    ['时限速查', '/guide/deadlines/'],
    ['拉黑买家', '/guide/alternatives/'],
    ['维修', '/faq/repair-request/'],
    ['虚拟商品', '/faq/virtual-goods/'],
    ['品质退款率', '/faq/quality-refund-rate/'],
    ['申诉信', '/guide/penalties/'],
  ])('%s → %s', ([q, page]) => {
    expect(top(q!)[0]?.split('#')[0], top(q!).join(' ')).toBe(page);
  });
});
