/** How each self-check verdict is named and styled. Pure; shared by outcome pages, scenario pages and islands. */
import type { Verdict } from '../schemas';

export const verdictLabel: Record<Verdict, string> = {
  apply: '可以争取',
  settle: '建议协商',
  'other-channel': '走其他渠道',
  'not-yet': '还差一步',
  'too-late': '已经来不及',
};
