/**
 * How strong a case is, for the stage it is in: the verdict once every required item is marked have /
 * don't have, or on request (`assess`); before that only progress (`checklist-progress.ts`). Loaded
 * when a verdict is due, not with the page.
 */
import { progress, type Obtainable, type Progress } from './catalog';
import { unmarkedRequired, workingLine, type AssessInput } from './progress';
import type { Stage } from '../shared/stages';

export type Strength = 'ready' | 'partial' | 'weak';

/** How strong the case looks, from the required items only: helpful items never make up for them. */
export function strength(p: Progress): Strength {
  if (p.missingRequired.length === 0) return 'ready';
  return p.requiredDone * 2 >= p.requiredTotal ? 'partial' : 'weak';
}

/**
 * Whether an item can still be made at a stage. Every stage comes after the parcel left, so a packing
 * video that was not recorded cannot be made any more; a return can be filmed until the case is with
 * the platform or closed. Without a stage only what needs the parcel is lost.
 */
export function stillObtainable(obtainable: Obtainable | undefined, stage: Stage | undefined): boolean {
  if (obtainable === 'before-shipping') return false;
  if (obtainable === 'at-return-unpacking') return !stage || (!stage.inIntervention && !stage.closed);
  return true;
}

export type Assessment =
  /** The seller is still working through the list: progress only. */
  | { kind: 'progress'; unmarked: number; line: string }
  | { kind: 'verdict'; strength: Strength; headline: string; lines: string[] }
  /** Decided or expired: the list cannot change this order's result. */
  | { kind: 'closed'; headline: string };

const titles = (ids: string[], items: AssessInput['items']) => ids.map((id) => `“${items[id]?.title ?? id}”`).join('、');

/**
 * How strong the case is, judged fairly: no verdict while required items are still unmarked (unless
 * the seller asks); in intervention the advice is always to submit what there is before the deadline,
 * and an item that can no longer be made never holds the seller back.
 */
export function assess(input: AssessInput): Assessment {
  const { type, items, ticked, lacking, stage } = input;
  if (stage?.closed) {
    return {
      kind: 'closed',
      headline:
        stage.id === 'decided'
          ? '平台已经判定：这份清单改变不了这笔订单的结果。后台如果还有补充材料的入口，就按它整理；否则留作下一笔订单的准备。'
          : '处理时限已经过了：这份清单改变不了这笔订单的结果，留作下一笔订单的准备。',
    };
  }
  const p = progress(type, ticked);
  const line = workingLine(input);
  if (line !== undefined) return { kind: 'progress', unmarked: unmarkedRequired(type, ticked, lacking).length, line };
  const s = strength(p);
  const missing = p.missingRequired;
  // An item the catalogue does not know counts as obtainable anytime.
  const canGet = missing.filter((id) => stillObtainable(items[id]?.obtainable, stage));
  const lost = missing.filter((id) => !canGet.includes(id));
  const lines: string[] = [];
  if (stage?.inIntervention) {
    const word = { ready: '证据较强：必备凭证都有。', partial: `证据一般：必备凭证缺 ${missing.length} 项。`, weak: `证据较弱：必备凭证缺 ${missing.length} 项，判给你的可能不大。` }[s];
    // The action first, then an honest word on how strong that is.
    lines.push(word);
    if (canGet.length > 0) lines.push(`还能拿到的先去要：${titles(canGet, items)}。给自己留出提交的时间：快到截止还没拿到，就用手上的一次交齐，不要等到超时。`);
    if (lost.length > 0) lines.push(`已经拿不到的：${titles(lost, items)}。这不妨碍现在提交。`);
    if (s === 'weak') lines.push('如果判断赢面小，举证页上也可以选择同意退款，免得拖到判定。');
    return { kind: 'verdict', strength: s, headline: canGet.length > 0 ? '截止前一次交齐：举证只有一次，还能拿到的先去要，来不及就交手上已有的，最有力的放在前面，不超过上传张数上限。' : '现在就提交：在举证截止前把你已有的凭证交上去，最有力的放在前面，不超过上传张数上限。举证只有一次。', lines };
  }
  if (s === 'ready') return { kind: 'verdict', strength: s, headline: '必备凭证已齐：可以去举证了，提交前再核对一遍平台要求的类型。', lines };
  if (canGet.length > 0) lines.push(`还能补的，先补：${titles(canGet, items)}。举证机会只有一次。`);
  if (lost.length > 0) lines.push(`已经拿不到的：${titles(lost, items)}。用其他凭证把事情说清楚。`);
  const headline =
    s === 'partial'
      ? `还不够：必备凭证缺 ${missing.length} 项。`
      : `证据薄弱：必备凭证缺 ${missing.length} 项，走到介入很可能输，考虑和买家协商。`;
  return { kind: 'verdict', strength: s, headline, lines };
}

