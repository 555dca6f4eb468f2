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
    id: 'complaint-rules-2026',
    date: '2026-04-15',
    title: '据报道，12315 投诉的处理规章换了新令',
    facts: ['complaint-rules-2026', 'complaint-12315'],
    meaning:
      '买家去 12315 投诉，走的仍是市场监管部门的调解，你要做的是按时、如实答复；别按网上旧规章里的天数估算期限。',
    pages: ['/guide/complaints/'],
  },
  {
    id: 'measures-2026',
    date: '2026-02-01',
    title: '平台规则监督管理办法施行，不得强制商家接受仅退款',
    facts: [
      'measures-2026',
      'measures-no-forced-refund-only',
      'measures-no-forced-services',
      'measures-penalty-basis',
      'measures-rule-notice',
      'measures-right-to-reasons',
      'measures-pdd-unknown',
    ],
    meaning:
      '被处罚、被限制或被判退款时，你可以要求平台说明事实、理由和依据，并问清在哪里申诉；拼多多怎样落实还没找到，先看违规信息和售后单详情页。',
    pages: [
      '/guide/penalties/',
      '/guide/outcomes/',
      '/scenarios/refund-only-abuse/',
      '/scenarios/edited-photos/',
      '/guide/alternatives/',
      '/guide/complaints/',
      '/faq/#unfair',
      '/faq/#appeal-how',
      '/glossary/#return-freight-cover',
    ],
  },
  {
    id: 'refund-only-july-2025',
    date: '2025-04-23',
    title: '据报道，监管部门给收货后的只退款定了 7 月的期限',
    facts: ['refund-only-july-2025', 'refund-only-pdd-unknown'],
    meaning:
      '收到货后的仅退款，报道说以后只能由商家同意；拼多多自己的公告和日期没找到，所以每一单仍以售后单页面给你的选项为准。',
    pages: ['/scenarios/refund-only-abuse/', '/guide/when-to-apply/', '/faq/#auto-agree-time'],
  },
  {
    id: 'refund-only-2025',
    date: '2025-04',
    title: '据报道，各大平台将不再由平台判定收货后的仅退款',
    facts: ['refund-only-cancel-2025', 'refund-only-timetable-2025', 'refund-only-pdd-unknown'],
    meaning:
      '每一单先看售后单页面给你的选项。让你自己决定的，按证据决定并留好记录；仍显示由平台处理的，照旧在时限内举证。',
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
    id: 'merchant-committee-2025',
    date: '2025-01',
    title: '拼多多成立商家权益保护委员会',
    facts: ['merchant-rights-committee', 'merchant-rights-committee-unknown'],
    meaning: '委员会存在，但没有找到商家能直接找它的入口；一单纠纷照旧按时限处理、举证。',
    pages: ['/guide/outcomes/', '/guide/penalties/'],
  },
  {
    id: 'regulator-2024',
    date: '2024-12',
    title: '监管部门约谈拼多多，要求整改“仅退款”',
    facts: ['refund-only-context'],
    meaning: '约谈本身没有给商家新的操作入口。',
    pages: ['/scenarios/refund-only-abuse/', '/guide/outcomes/'],
  },
  {
    id: 'fee-relief-2024',
    date: '2024-09',
    title: '拼多多减免退款订单的技术服务费',
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
