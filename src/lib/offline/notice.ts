/**
 * Offline copies (issue 25): what a page served from the phone's cache says about itself. The service
 * worker (src/client/service-worker.ts) adds the notice to the HTML it serves when the network failed;
 * the page itself carries no code for it. Pure: no DOM, no service-worker globals.
 */
import { SHANGHAI_OFFSET_MS } from '~/lib/tools/countdown/deadline';

/** The response header the worker stamps on the copies it stores: when the copy was stored (ms since 1970). */
export const SAVED_AT_HEADER = 'x-saved-at';

/**
 * When a stored copy was made: the worker's own stamp, else the server's Date header (a pre-cached page
 * is stored as the server sent it), else unknown.
 */
export function savedAtOf(headers: { get(name: string): string | null }): Date | undefined {
  const stamp = Number(headers.get(SAVED_AT_HEADER) ?? NaN);
  const when = Number.isFinite(stamp) && stamp > 0 ? new Date(stamp) : new Date(headers.get('date') ?? NaN);
  return Number.isNaN(when.getTime()) ? undefined : when;
}

/**
 * A moment as the seller reads it, in Beijing time (the back end's time, whatever zone the phone is
 * set to; UTC+8 all year): "2026 年 12 月 1 日 09:05".
 */
export function formatSavedAt(when: Date): string {
  const t = new Date(when.getTime() + SHANGHAI_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()} 年 ${t.getUTCMonth() + 1} 月 ${t.getUTCDate()} 日 ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/**
 * The notice, as HTML: the site's warning callout (its colours have a dark-mode pair), a status for
 * screen readers, kept out of the search index and the print.
 */
export function savedCopyNotice(savedAt: Date | undefined): string {
  const when = savedAt ? `北京时间 ${formatSavedAt(savedAt)} ` : '以前';
  return (
    '<div class="callout callout-warn saved-copy" role="status" data-pagefind-ignore>' +
    `<p>现在连不上网络，这是${when}存在这台手机上的副本，之后规则和页面的改动这里看不到。联网后刷新一下，就是最新的。</p>` +
    '</div>'
  );
}

/** The page's HTML with the notice at the top of its main content (or of the body, for a page without <main>). */
export function withNotice(html: string, notice: string): string {
  const at = /<main\b[^>]*>/i.exec(html) ?? /<body\b[^>]*>/i.exec(html);
  if (!at) return notice + html;
  const end = at.index + at[0].length;
  return html.slice(0, end) + notice + html.slice(end);
}
