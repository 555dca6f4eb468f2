/** How each self-check verdict is named and styled. Pure; shared by outcome pages, scenario pages and islands. */
import type { Verdict } from '../../schemas';

export const verdictLabel: Record<Verdict, string> = {
  apply: '可以争取',
  settle: '建议协商',
  'other-channel': '走其他渠道',
  'not-yet': '还差一步',
  'too-late': '已经来不及',
  'no-answer': '自测还答不了',
};

/**
 * A title shown beside its verdict badge, without the verdict it starts with ("可以争取：用打包视频…"
 * under a 可以争取 badge reads 可以争取 twice). A title that starts otherwise is shown whole.
 */
export function titleBesideBadge(title: string, label: string): string {
  if (!title.startsWith(label)) return title;
  const rest = title.slice(label.length).replace(/^[：，:,\s]+/, '');
  return rest || title;
}
