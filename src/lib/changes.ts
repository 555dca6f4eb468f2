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
    title: '各大平台宣布取消“收货后仅退款”由平台判定',
    facts: ['refund-only-cancel-2025', 'refund-only-timetable-2025', 'refund-only-pdd-unknown'],
    meaning:
      '买家收到货后只要钱不退货，报道说改由商家自己决定。拼多多从哪天起、怎样落地，没有找到它自己的公告，所以每一单仍以售后单页面上给你的选项为准。',
    pages: [
      '/scenarios/refund-only-abuse/',
      '/scenarios/fresh-produce/',
      '/scenarios/not-received/',
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
    meaning: '这是后来各平台调整仅退款的起点。约谈本身没有给商家新的操作入口。',
    pages: ['/scenarios/refund-only-abuse/', '/guide/outcomes/'],
  },
  {
    id: 'fee-relief-2024',
    date: '2024-09',
    title: '拼多多减免：退款订单的技术服务费退还',
    facts: ['fee-relief-2024'],
    meaning: '退款订单的服务费据报道会退还，但货款本身的损失不变。',
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
