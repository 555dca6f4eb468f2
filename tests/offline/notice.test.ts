/** The saved-copy notice a page served offline carries (src/lib/offline/notice.ts). */
import { describe, expect, it } from 'vitest';
import { formatSavedAt, savedAtOf, savedCopyNotice, withNotice, SAVED_AT_HEADER } from '~/lib/offline/notice';

const headers = (h: Record<string, string>) => new Headers(h);

describe('when a copy was stored', () => {
  it('is said in Beijing time, whatever zone the phone is in, across the date line', () => {
    // 16:05 UTC on 1 December is already 00:05 on 2 December in Beijing.
    expect(formatSavedAt(new Date('2026-12-01T16:05:00Z'))).toBe('2026 年 12 月 2 日 00:05');
    expect(formatSavedAt(new Date('2026-12-31T15:59:00Z'))).toBe('2026 年 12 月 31 日 23:59');
    expect(formatSavedAt(new Date('2026-12-31T16:00:00Z'))).toBe('2027 年 1 月 1 日 00:00');
    expect(formatSavedAt(new Date('2027-03-09T01:07:00Z'))).toBe('2027 年 3 月 9 日 09:07');
  });

  it('comes from the worker’s stamp, else the server’s Date, else is unknown', () => {
    const stamp = Date.UTC(2026, 11, 1, 2, 30);
    expect(savedAtOf(headers({ [SAVED_AT_HEADER]: String(stamp), date: 'Tue, 01 Sep 2026 00:00:00 GMT' }))?.getTime()).toBe(stamp);
    expect(savedAtOf(headers({ date: 'Tue, 01 Dec 2026 23:53:34 GMT' }))?.toISOString()).toBe('2026-12-01T23:53:34.000Z');
    expect(savedAtOf(headers({ [SAVED_AT_HEADER]: 'garbage', date: 'Tue, 01 Dec 2026 23:53:34 GMT' }))?.toISOString()).toBe('2026-12-01T23:53:34.000Z');
    expect(savedAtOf(headers({ [SAVED_AT_HEADER]: '0' }))).toBeUndefined();
    expect(savedAtOf(headers({ date: 'not a date' }))).toBeUndefined();
    expect(savedAtOf(headers({}))).toBeUndefined();
  });
});

describe('the notice', () => {
  it('is a status in the site’s warning callout, with the date, out of the search index', () => {
    const html = savedCopyNotice(new Date('2026-12-01T06:00:00Z'));
    expect(html).toMatch(/^<div class="callout callout-warn saved-copy" role="status" data-pagefind-ignore>/);
    expect(html).toContain('这是北京时间 2026 年 12 月 1 日 14:00 存在这台手机上的副本');
    expect(html).toContain('联网后刷新一下');
    expect(html).toMatch(/<\/p><\/div>$/);
  });

  it('without a known date still says it is an old copy, and prints no empty date', () => {
    const html = savedCopyNotice(undefined);
    expect(html).toContain('这是以前存在这台手机上的副本');
    expect(html).not.toContain('北京时间');
  });

  it('goes at the top of <main>, else of <body>, else in front', () => {
    const n = '<p>N</p>';
    expect(withNotice('<body class="x"><header>h</header><main id="main" tabindex="-1"><h1>T</h1></main></body>', n)).toBe(
      '<body class="x"><header>h</header><main id="main" tabindex="-1"><p>N</p><h1>T</h1></main></body>',
    );
    expect(withNotice('<html><body data-a="1"><h1>T</h1></body></html>', n)).toBe('<html><body data-a="1"><p>N</p><h1>T</h1></body></html>');
    expect(withNotice('<h1>T</h1>', n)).toBe('<p>N</p><h1>T</h1>');
    // Not fooled by a tag whose name only starts with "main".
    expect(withNotice('<body><mainly></mainly><main><h1>T</h1></main></body>', n)).toBe('<body><mainly></mainly><main><p>N</p><h1>T</h1></main></body>');
  });
});
