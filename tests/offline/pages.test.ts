/** Which requests the worker handles how, the key a page is stored under, the offline page's list (src/lib/offline/pages.ts). */
import { describe, expect, it } from 'vitest';
import { handlingOf, OFFLINE_PAGE, pageKey, storedPagesList, titleOf, withStoredPages } from '~/lib/offline/pages';

const origin = 'https://shouhou.example';
const req = (path: string, mode = 'cors', method = 'GET', base = origin) => ({ url: new URL(path, base).href, mode, method });

describe('how a request is handled', () => {
  it.for([
    [req('/guide/x/', 'navigate'), 'page'],
    [req('/tools/statement/?case=abc', 'navigate'), 'page'],
    [req('/_astro/Checklist.CzIYAFyQ.js', 'cors'), 'hashed'],
    [req('/pagefind/index/zh-cn_abc.pf_index'), 'hashed'],
    [req('/pagefind/fragment/zh-cn_abc.pf_fragment'), 'hashed'],
    [req('/pagefind/filter/zh-cn_abc.pf_filter'), 'hashed'],
    [req('/pagefind/pagefind.js'), 'file'],
    [req('/pagefind/pagefind-entry.json?ts=1'), 'file'],
    [req('/pagefind/pagefind.zh-cn_6bd597cda48d6.pf_meta'), 'file'],
    [req('/checklist/catalog.json'), 'file'],
    [req('/search-data.json'), 'file'],
    // The worker's own script, anything not GET, another origin: left to the browser.
    [req('/sw.js'), 'skip'],
    [req('/guide/x/', 'navigate', 'POST'), 'skip'],
    [req('/x.js', 'no-cors', 'GET', 'https://cdn.example'), 'skip'],
    [req('/', 'navigate', 'GET', 'http://shouhou.example'), 'skip'],
  ] as const)('%o → %s', ([request, expected]) => {
    expect(handlingOf(request, origin)).toBe(expected);
  });

  it('only the site’s own bundle and index folders at the root are hashed, not a page’s file of the same name', () => {
    expect(handlingOf(req('/guide/_astro/x.js'), origin)).toBe('file');
    expect(handlingOf(req('/tools/pagefind/index/x'), origin)).toBe('file');
  });

  it('a page named like a hashed folder is still a page (navigations come first)', () => {
    expect(handlingOf(req('/_astro/', 'navigate'), origin)).toBe('page');
  });
});

describe('the key a page is stored under', () => {
  it('is its address without query and fragment, so a tool opened with ?case= offline finds its stored copy', () => {
    expect(pageKey('https://shouhou.example/tools/statement/?case=abc&type=x#top')).toBe('https://shouhou.example/tools/statement/');
    expect(pageKey('https://shouhou.example/tools/statement/')).toBe('https://shouhou.example/tools/statement/');
    expect(pageKey('https://shouhou.example/check/applied/q/?a=1')).not.toBe(pageKey('https://shouhou.example/check/applied/r/?a=1'));
  });
});

describe('a stored page’s title', () => {
  it('drops the site’s name, on the home page too', () => {
    expect(titleOf('<head><title>平台介入是什么｜售后介入指南</title></head>')).toBe('平台介入是什么');
    expect(titleOf('<title>售后介入指南：拼多多商家售后纠纷</title>')).toBe('拼多多商家售后纠纷');
    expect(titleOf('<title>  别的标题 </title>')).toBe('别的标题');
    expect(titleOf('<p>no title</p>')).toBe('');
  });
  it('drops the name from a title of any length, and the spaces the page left around it', () => {
    expect(titleOf('<title>时限｜售后介入指南</title>')).toBe('时限');
    expect(titleOf('<title> 别的标题 ｜售后介入指南  </title>')).toBe('别的标题');
    expect(titleOf('<title>售后介入指南： 拼多多</title>')).toBe('拼多多');
  });
});

describe('the offline page’s list of stored pages', () => {
  const at = (iso: string) => new Date(iso);
  const pages = [
    { path: '/guide/a/', title: '甲', savedAt: at('2026-11-30T02:00:00Z') },
    { path: '/guide/b/', title: 'R&amp;D <b>', savedAt: at('2026-12-01T02:00:00Z') },
    { path: '/tools/', title: '举证助手', savedAt: at('2026-12-01T03:00:00Z') },
    { path: OFFLINE_PAGE, title: '没有联网', savedAt: at('2026-12-01T04:00:00Z') },
    { path: '/faq/x/', title: '', savedAt: undefined },
  ];

  it('lists the newest first with its day, leaves out the offline page and the pages linked already, escapes', () => {
    const html = storedPagesList(pages, new Set(['/tools/']));
    expect(html).toBe(
      '<li><a href="/guide/b/">R&amp;D &lt;b></a>，北京时间 2026 年 12 月 1 日 10:00 存下</li>' +
        '<li><a href="/guide/a/">甲</a>，北京时间 2026 年 11 月 30 日 10:00 存下</li>' +
        '<li><a href="/faq/x/">/faq/x/</a></li>',
    );
  });

  it('lists pages stored at any time newest first, those without a date last, whatever order the worker read them in', () => {
    const page = (path: string, iso?: string) => ({ path, title: path, savedAt: iso ? at(iso) : undefined });
    const read = [page('/a/', '2026-11-01T00:00:00Z'), page('/none/'), page('/c/', '2026-11-03T00:00:00Z'), page('/b/', '2026-11-02T00:00:00Z'), page('/d/', '2026-11-04T00:00:00Z')];
    const order = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(order(storedPagesList(read, new Set()))).toEqual(['/d/', '/c/', '/b/', '/a/', '/none/']);
    expect(order(storedPagesList([...read].reverse(), new Set()))).toEqual(['/d/', '/c/', '/b/', '/a/', '/none/']);
  });

  it('escapes a title’s bare & and quotes, and leaves its entities as they are', () => {
    const html = storedPagesList([{ path: '/x/"y"/', title: 'A&B &#65; &amp; "引"', savedAt: undefined }], new Set());
    expect(html).toBe('<li><a href="/x/&quot;y&quot;/">A&amp;B &#65; &amp; &quot;引&quot;</a></li>');
  });

  it('replaces the placeholder list, and leaves the page as built when there is nothing to list', () => {
    const built = '<ul id="stored-pages">\n  <li>还没有。</li>\n</ul>';
    expect(withStoredPages(built, '<li>A</li>')).toBe('<ul id="stored-pages"><li>A</li></ul>');
    const page = '<h2>存下来的页面</h2><ul id="stored-pages" class="stored-pages"><li>还没有。</li></ul><ul><li>别的</li></ul>';
    expect(withStoredPages(page, '<li>A</li>')).toBe('<h2>存下来的页面</h2><ul id="stored-pages" class="stored-pages"><li>A</li></ul><ul><li>别的</li></ul>');
    expect(withStoredPages(page, '')).toBe(page);
    expect(storedPagesList([], new Set())).toBe('');
  });
});
