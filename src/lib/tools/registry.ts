/**
 * The 举证助手 tools: the one place their ids, addresses, names and descriptions are written. Links to a tool
 * (`toolHref`), the case view, the result page, the tools index, the tool pages, search and the route data
 * all read from here. Two tables: `TOOLS` is small enough for island bundles; `TOOL_PAGES` is for build time
 * (an island that imports only `TOOLS` does not carry it). Pure.
 */
import { TOOLS_PATH } from '../shared/paths';

/** The tools, in the order every list shows them. */
export const TOOL_NAMES = ['statement', 'collage', 'countdown'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export function isToolName(id: string): id is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(id);
}

export interface ToolLink {
  /** The tool page's address. */
  path: `${typeof TOOLS_PATH}${ToolName}/`;
  /** The tool's name: its page title and heading, its card, its search result. */
  title: string;
  /** What a link that opens the tool for a case says (the case view, the result page). */
  action: string;
}

export const TOOLS: Readonly<Record<ToolName, ToolLink>> = {
  statement: { path: `${TOOLS_PATH}statement/`, title: '举证说明草稿', action: '写举证说明' },
  collage: { path: `${TOOLS_PATH}collage/`, title: '凭证拼图', action: '把凭证拼成图' },
  countdown: { path: `${TOOLS_PATH}countdown/`, title: '倒计时提醒', action: '设截止提醒' },
};

export interface ToolPage {
  /** The page's meta description. */
  description: string;
  /** The line under the tool's name on the tools index. */
  summary: string;
  /** What sellers call the tool besides its title; the tool pages are forms, so search finds them by these. */
  keywords: readonly string[];
  /** The facts the tool page cites, in page order; the route data (src/lib/content/routes.ts) numbers the page's source marks from this. */
  facts: readonly string[];
}

export const TOOL_PAGES: Readonly<Record<ToolName, ToolPage>> = {
  statement: {
    description: '按纠纷类型、处理阶段和你手里的凭证，生成一份只讲事实、逐条对应编号凭证的举证说明；缺的信息留空提示，不替你编。',
    summary: '按纠纷类型和你手里的凭证，拼出一份只讲事实、逐条对应凭证的说明，可以修改、复制。',
    keywords: ['举证说明', '申诉说明', '写说明', '申诉信', '说明理由'],
    facts: ['evidence-one-chance', 'evidence-must-match', 'evidence-image-limit', 'work-order-image-limit', 'measures-right-to-reasons', 'measures-penalty-basis', 'appeal-path'],
  },
  collage: {
    description: '把截图和照片拼成举证入口或工单能传的图片：每张配一行说明，压到大小上限以内，去掉照片里的位置信息，全程在你的浏览器里完成。',
    summary: '把几张截图或照片拼成工单或举证入口能传的图片，每张配一行说明，去掉照片里的位置信息。',
    keywords: ['拼图', '拼成一张图', '图片拼接', '压缩图片'],
    facts: ['evidence-image-limit', 'work-order-image-limit', 'evidence-file-limits'],
  },
  countdown: {
    description: '把售后单上的倒计时或截止时间换算成北京时间的具体时刻，生成提前提醒的手机日历文件和一段可复制的文字。',
    summary: '把订单页上的倒计时换算成具体的截止时刻，生成手机日历提醒。',
    keywords: ['日历提醒', '截止时间', '到期提醒', '算时限'],
    facts: ['seller-countdown', 'holiday-time-limits'],
  },
};
