/** The steps of an after-sales dispute drawn on the timeline; durations come from the facts by id. Pure. */
export interface TimelineStep {
  actor: '买家' | '商家' | '平台';
  action: string;
  /** The fact whose value is this step's time limit, if one is known. */
  factId?: string;
}

export function timelineSteps(): TimelineStep[] {
  return [
    { actor: '买家', action: '申请仅退款或退货退款' },
    { actor: '商家', action: '同意，或驳回并附凭证', factId: 'seller-response-window' },
    { actor: '买家', action: '不接受驳回，申请平台介入', factId: 'buyer-escalation-window' },
    { actor: '商家', action: '收到举证通知后一次交齐', factId: 'evidence-window' },
    { actor: '平台', action: '审核双方凭证并判定', factId: 'decision-time' },
  ];
}
