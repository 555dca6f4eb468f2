/**
 * The labels of the topics the FAQ is grouped under, in the order the index lists them (the ids, which
 * content/faq.json names and the schema checks, are in src/schemas/vocabulary.ts). A topic's id is its
 * anchor on /faq/. Pure.
 */
import { FAQ_TOPIC_IDS, type FaqTopicId } from '../../schemas/vocabulary';

const LABELS: Readonly<Record<FaqTopicId, string>> = {
  deadlines: '时限与自动退款',
  evidence: '举证与凭证',
  intervention: '平台介入与介入率',
  'after-decision': '判定之后：申诉与店铺限制',
  freight: '运费与退货包运费',
  refunds: '极速退款与部分退款',
  'other-requests': '维修与虚拟商品',
  buyers: '恶意买家、差评与举报',
};

export const FAQ_TOPICS: readonly { id: FaqTopicId; label: string }[] = FAQ_TOPIC_IDS.map((id) => ({ id, label: LABELS[id] }));

export { FAQ_TOPIC_IDS, type FaqTopicId };
