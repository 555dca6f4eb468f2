/**
 * The topics the FAQ is grouped under (at most eight), in the order the index lists them. Each FAQ entry
 * names one (`topic` in content/faq.json, checked by the schema); its id is the anchor on /faq/.
 */
export const FAQ_TOPICS = [
  { id: 'deadlines', label: '时限与自动退款' },
  { id: 'evidence', label: '举证与凭证' },
  { id: 'intervention', label: '平台介入与介入率' },
  { id: 'after-decision', label: '判定之后：申诉与店铺限制' },
  { id: 'freight', label: '运费与退货包运费' },
  { id: 'refunds', label: '极速退款与部分退款' },
  { id: 'buyers', label: '恶意买家、差评与举报' },
] as const;

export type FaqTopicId = (typeof FAQ_TOPICS)[number]['id'];
export const FAQ_TOPIC_IDS = FAQ_TOPICS.map((t) => t.id) as [FaqTopicId, ...FaqTopicId[]];
