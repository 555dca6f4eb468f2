/** Where each "other channel" is explained: a section of the alternatives chapter. Pure. */
import type { CHANNELS } from '../content/integrity';
import { guidePath } from '../shared/paths';

type Channel = (typeof CHANNELS)[number];

const labels: Record<Channel, string> = {
  settle: '和买家协商',
  'review-report': '评价举报',
  'report-buyer': '举报买家',
  'courier-claim': '向快递索赔',
  police: '报警或起诉',
};

export function channelLinks(ids: readonly string[]): { href: string; label: string }[] {
  return ids
    .filter((id): id is Channel => id in labels)
    .map((id) => ({ href: guidePath('alternatives', id), label: labels[id] }));
}
