/**
 * /cases/ paints its real page first (issue 25, LCP ≤ 1.0 s, no layout shift), checked in the built
 * files: the HTML arrives in the first round trip (≤ 14 kB gzip; the dispute types' data is a file of its
 * own, fetched by the island), and the note for browsers without JavaScript is never painted for the
 * others, so the rows do not replace text that was on screen. Measured in a throttled browser: LCP
 * 1,480 → 424 ms, CLS 0.144 → 0 (docs in the branch's report).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isLedgerData, LEDGER_DATA_URL } from '~/lib/ledger/rows';
import { distDir, readPage } from '../support/site-pages';

const html = readPage('/cases/');

describe('/cases/ first paint', () => {
  it('its HTML is at most 14 kB gzip, with no data for the island written into it', () => {
    expect(gzipSync(html).length).toBeLessThanOrEqual(14 * 1024);
    expect(parse(html).querySelectorAll('script[type="application/json"]')).toHaveLength(0);
  });

  it('the island’s only content before it starts is the no-JavaScript note, inside <noscript>', () => {
    const island = parse(html).querySelector('astro-island[component-url*="Ledger"]');
    expect(island?.querySelector('noscript')?.text).toContain('要开启 JavaScript 才能显示');
    expect(island?.querySelector('astro-slot')?.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as unknown as { tagName: string }).tagName)).toEqual(['NOSCRIPT']);
  });

  it('the data the island fetches is built and readable', () => {
    const data: unknown = JSON.parse(readFileSync(`${distDir}${LEDGER_DATA_URL.slice(1)}`, 'utf8'));
    expect(isLedgerData(data)).toBe(true);
    expect(Object.keys((data as { types: object }).types).length).toBeGreaterThan(10);
  });
});
