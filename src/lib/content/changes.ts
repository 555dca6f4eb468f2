/**
 * Rule changes that matter to sellers, newest first: the 规则变化 page lists them and every page named in
 * `pages` shows a "规则有变化" note linking back. What changed is told by facts (dated, sourced, with
 * their confidence); this list only dates them and says which pages were rewritten. Pure.
 */
export interface RuleChange {
  /** Anchor on /changes/. */
  id: string;
  /** When it happened or was reported, YYYY-MM or YYYY-MM-DD. */
  date: string;
  title: string;
  /** The facts that tell it, in reading order. */
  facts: string[];
  /** What it means for a seller now, in a sentence (no rule values here: they are in the facts). */
  meaning: string;
  /** Site paths rewritten because of it (may carry #anchor). */
  pages: string[];
}

export const RULE_CHANGES: readonly RuleChange[] = [
  {
    id: 'refund-only-2025',
    date: '2025-04',
    title: '报道：各大平台将不再由平台判定收货后的仅退款',
    facts: ['refund-only-cancel-2025', 'refund-only-timetable-2025', 'refund-only-pdd-unknown'],
    meaning:
      '每一单先看售后单页面给你的选项：让你自己决定的，按证据决定并留好记录；仍显示由平台处理的，照旧在时限内举证。',
    pages: [
      '/scenarios/refund-only-abuse/',
      '/scenarios/fresh-produce/',
      '/scenarios/not-received/',
      '/scenarios/empty-parcel/',
      '/scenarios/short-wrong/',
      '/scenarios/quality/',
      '/scenarios/counterfeit/',
      '/guide/what-is-intervention/',
      '/guide/when-to-apply/',
      '/guide/how-to-respond/',
      '/faq/#unfair',
      '/glossary/#refund-only',
    ],
  },
  {
    id: 'regulator-2024',
    date: '2024-12',
    title: '监管部门约谈拼多多，要求整改“仅退款”',
    facts: ['refund-only-context'],
    meaning: '约谈没有给商家新的操作入口；后来各平台调整仅退款，由此开始。',
    pages: ['/scenarios/refund-only-abuse/', '/guide/outcomes/'],
  },
  {
    id: 'fee-relief-2024',
    date: '2024-09',
    title: '拼多多减免：退款订单的技术服务费退还',
    facts: ['fee-relief-2024'],
    meaning: '服务费退还，不改变货款本身的损失。',
    pages: ['/guide/outcomes/'],
  },
];

/** Normalises a site path for comparison: no anchor, trailing slash. */
function pathOnly(href: string): string {
  const p = href.split('#')[0] ?? '';
  return p.endsWith('/') ? p : `${p}/`;
}

/** The changes that rewrote the page at `pathname`, newest first. */
export function changesFor(pathname: string): RuleChange[] {
  const here = pathOnly(pathname);
  return RULE_CHANGES.filter((c) => c.pages.some((p) => pathOnly(p) === here));
}

/** "2025-04" → "2025 年 4 月". */
export function monthLabel(date: string): string {
  const [y, m] = date.split('-');
  return `${y} 年 ${Number(m)} 月`;
}
