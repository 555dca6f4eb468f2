/**
 * The 举证说明 draft: a short, factual statement composed from a template (content/statements/), the
 * case's stage, the evidence the seller has and a few fields the seller fills. Facts come in order, each
 * tied to numbered evidence. Nothing is ever made up: an empty field or evidence the seller has not ticked
 * prints as a visible gap (【请填写：快递单号】) for the seller to fill or delete.
 * The saved draft is in `statement-draft.ts`.
 */
import type { StageId } from '../shared/stages';

/** The fields a seller may fill, in the order the form shows them. Templates refer to them as {id}. */
export const STATEMENT_FIELDS = [
  { id: 'orderNo', label: '订单号', hint: '后台订单详情里的订单编号' },
  { id: 'productName', label: '商品名称', hint: '例如 保温杯 500ml 黑色' },
  { id: 'buyerClaim', label: '买家的说法', hint: '照买家申请里的原话或意思写，例如 收到的是空包裹' },
  { id: 'applyDate', label: '买家申请售后的时间', hint: '例如 11月26日 09:30' },
  { id: 'shipDate', label: '发货时间', hint: '例如 11月20日 16:05' },
  { id: 'courier', label: '快递公司', hint: '' },
  { id: 'trackingNo', label: '快递单号', hint: '' },
  { id: 'shipWeight', label: '发货称重', hint: '例如 1.25 kg' },
  { id: 'courierWeight', label: '快递揽收或派件称重', hint: '快递单或物流页上的重量' },
  { id: 'signedDate', label: '签收时间', hint: '物流页上的签收时间' },
  { id: 'returnTrackingNo', label: '退货快递单号', hint: '' },
  { id: 'returnArrivalDate', label: '退货签收时间', hint: '' },
  { id: 'returnWeight', label: '退货包裹称重', hint: '' },
  { id: 'damageDetail', label: '退回商品的问题', hint: '例如 屏幕有划痕、吊牌已摘' },
  { id: 'chatDate', label: '相关聊天的时间', hint: '聊天记录里关键那句话的时间' },
  { id: 'reviewDate', label: '评价时间', hint: '' },
] as const;

export type StatementFieldId = (typeof STATEMENT_FIELDS)[number]['id'];
export const STATEMENT_FIELD_IDS = STATEMENT_FIELDS.map((f) => f.id) as unknown as readonly [StatementFieldId, ...StatementFieldId[]];
const fieldLabel = new Map<string, string>(STATEMENT_FIELDS.map((f) => [f.id, f.label]));

/** The id of the template used when the dispute type is unknown. */
export const GENERIC_TEMPLATE = 'generic';

/** {fieldId} in template text. */
export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export interface StatementFactLine {
  text: string;
  evidence: string[];
  /** Only at these stages; absent = every stage. */
  stages?: StageId[] | undefined;
}

export interface StatementTemplate {
  id: string;
  title: string;
  opening: string;
  facts: StatementFactLine[];
  /** Closing sentence per stage group; the generic template's are used when a template has none. */
  closings: { stages: StageId[]; text: string }[];
}

/** Placeholders a text refers to, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(([, id]) => id as string);
}

/** The gap printed for a field the seller has not filled. */
export const gapFor = (fieldId: string) => `【请填写：${fieldLabel.get(fieldId) ?? fieldId}】`;
/** The gap printed for evidence a fact relies on that the seller has not ticked. */
export const evidenceGap = (title: string) => `【缺凭证：${title}】`;

export function fill(text: string, fields: Partial<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, id: string) => {
    const v = fields[id]?.replace(/\s+/g, ' ').trim();
    return v ? v : gapFor(id);
  });
}

export interface ComposeInput {
  template: StatementTemplate;
  generic: StatementTemplate;
  stage: StageId | undefined;
  fields: Partial<Record<string, string>>;
  /** Evidence ids the seller has (ticked). */
  have: readonly string[];
  evidenceTitles: Readonly<Record<string, string>>;
}

export interface ComposedStatement {
  text: string;
  /** Numbered evidence in the order the facts cite it. */
  evidence: { n: number; id: string; title: string }[];
  /** Labels of fields still shown as gaps. */
  missingFields: string[];
  /** Titles of evidence facts rely on that the seller has not ticked. */
  missingEvidence: string[];
}

/** Facts of a template that apply at a stage. */
export function factsAt(template: StatementTemplate, stage: StageId | undefined): StatementFactLine[] {
  return template.facts.filter((f) => !f.stages || !stage || f.stages.includes(stage));
}

export function closingAt(template: StatementTemplate, generic: StatementTemplate, stage: StageId | undefined): string | undefined {
  const pick = (t: StatementTemplate) => t.closings.find((c) => stage && c.stages.includes(stage)) ?? (stage ? undefined : t.closings[0]);
  return (pick(template) ?? pick(generic))?.text;
}

export function composeStatement({ template, generic, stage, fields, have, evidenceTitles }: ComposeInput): ComposedStatement {
  const numbered: ComposedStatement['evidence'] = [];
  const missingEvidence = new Set<string>();
  const number = (id: string) => {
    const title = evidenceTitles[id] ?? id;
    if (!have.includes(id)) {
      missingEvidence.add(title);
      return evidenceGap(title);
    }
    let e = numbered.find((x) => x.id === id);
    if (!e) numbered.push((e = { n: numbered.length + 1, id, title }));
    return `凭证 ${e.n}`;
  };
  // A fact whose every piece of evidence the seller lacks is left out, not asserted: the statement only
  // says what the seller can show. The missing evidence is still named, so the seller sees what was dropped.
  const backed = factsAt(template, stage).filter((f) => {
    if (f.evidence.length === 0 || f.evidence.some((id) => have.includes(id))) return true;
    for (const id of f.evidence) missingEvidence.add(evidenceTitles[id] ?? id);
    return false;
  });
  const lines = backed.map((f, i) => {
    const refs = f.evidence.map(number);
    return `${i + 1}. ${fill(f.text, fields)}${refs.length ? `（见${refs.join('、')}）` : ''}`;
  });
  const closing = closingAt(template, generic, stage);
  const parts = [fill(template.opening, fields), ...lines];
  if (closing) parts.push(fill(closing, fields));
  if (numbered.length) parts.push(`附凭证：\n${numbered.map((e) => `凭证 ${e.n}：${e.title}`).join('\n')}`);
  const text = parts.join('\n');
  const used = [template.opening, ...backed.map((f) => f.text), closing].filter((t): t is string => t !== undefined);
  const missingFields = [...new Set(used.flatMap(placeholdersIn))]
    .filter((id) => !fields[id]?.trim())
    .map((id) => fieldLabel.get(id) ?? id);
  return { text, evidence: numbered, missingFields, missingEvidence: [...missingEvidence] };
}

/** Characters as a seller counts them (one per Chinese character or emoji, line breaks not counted). */
export const charCount = (text: string) => [...text.replace(/\r?\n/g, '')].length;

/** Any gap left in a text (a field or evidence the seller still has to deal with). */
export const gapsIn = (text: string) => [...text.matchAll(/【(?:请填写|缺凭证)：[^】]*】/g)].map((m) => m[0]);

/**
 * What is wrong with a set of templates against the site's content: a scenario without a template, a
 * template for no scenario, evidence that is not in the catalogue. The tool page fails the build on any.
 */
export function statementTemplateProblems(
  templates: readonly Pick<StatementTemplate, 'id' | 'facts'>[],
  scenarioIds: readonly string[],
  evidenceIds: readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = new Set(templates.map((t) => t.id));
  if (!ids.has(GENERIC_TEMPLATE)) problems.push(`缺少通用模板 content/statements/${GENERIC_TEMPLATE}.json`);
  for (const s of scenarioIds) if (!ids.has(s)) problems.push(`场景 ${s} 没有举证说明模板（content/statements/${s}.json）`);
  for (const t of templates) {
    if (t.id !== GENERIC_TEMPLATE && !scenarioIds.includes(t.id)) problems.push(`举证说明模板 ${t.id} 不对应任何场景`);
    for (const f of t.facts) for (const e of f.evidence) if (!evidenceIds.includes(e)) problems.push(`举证说明模板 ${t.id} 引用了不存在的凭证 ${e}`);
  }
  return problems;
}
