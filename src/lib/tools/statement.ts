/**
 * The 举证说明 draft: a short, factual statement composed from a template (content/statements/), the
 * case's stage, the evidence the seller has and a few fields the seller fills. Facts come in order, each
 * tied to numbered evidence. Nothing is ever made up: an empty field or evidence the seller has not ticked
 * prints as a visible gap (【请填写：快递单号】) for the seller to fill or delete.
 * The saved draft is in `statement-draft.ts`.
 */
import { PLACEHOLDER, placeholdersIn, STATEMENT_FIELD_IDS, type StatementFieldId } from '../../schemas/vocabulary';
import type { StageId } from '../shared/stages';

/** What the form says of each field (its order and ids: `STATEMENT_FIELD_IDS`, src/schemas/vocabulary.ts). */
const FIELD_TEXT: Readonly<Record<StatementFieldId, { label: string; hint: string }>> = {
  orderNo: { label: '订单号', hint: '后台订单详情里的订单编号' },
  productName: { label: '商品名称', hint: '例如 保温杯 500ml 黑色' },
  buyerClaim: { label: '买家的说法', hint: '照买家申请里的原话或意思写，例如 收到的是空包裹' },
  applyDate: { label: '买家申请售后的时间', hint: '例如 11月26日 09:30' },
  shipDate: { label: '发货时间', hint: '例如 11月20日 16:05' },
  courier: { label: '快递公司', hint: '' },
  trackingNo: { label: '快递单号', hint: '' },
  shipWeight: { label: '发货称重', hint: '例如 1.25 kg' },
  courierWeight: { label: '快递派件或签收称重', hint: '物流页或快递单上派件、签收时的重量' },
  signedDate: { label: '签收时间', hint: '物流页上的签收时间' },
  returnTrackingNo: { label: '退货快递单号', hint: '' },
  returnArrivalDate: { label: '退货签收时间', hint: '' },
  returnWeight: { label: '退货包裹称重', hint: '' },
  damageDetail: { label: '退回商品的问题', hint: '例如 屏幕有划痕、吊牌已摘' },
  chatDate: { label: '相关聊天的时间', hint: '聊天记录里关键那句话的时间' },
  reviewDate: { label: '评价时间', hint: '' },
  decisionTitle: { label: '平台的处理或判定', hint: '照通知写：处罚的标题和编号，或判定结果' },
  decisionDate: { label: '收到通知的时间', hint: '例如 12月1日 10:20' },
  decisionReason: { label: '通知里写的理由', hint: '照通知原话；没写就删掉这一句' },
  sellerView: { label: '你认为哪里不对', hint: '只写凭证能证明的，例如 12月1日 已揽收' },
};

/** The fields a seller may fill, in the order the form shows them. Templates refer to them as {id}. */
export const STATEMENT_FIELDS: readonly { id: StatementFieldId; label: string; hint: string }[] = STATEMENT_FIELD_IDS.map((id) => ({ id, ...FIELD_TEXT[id] }));

export { PLACEHOLDER, placeholdersIn, STATEMENT_FIELD_IDS, type StatementFieldId };
const fieldLabel = new Map<string, string>(STATEMENT_FIELDS.map((f) => [f.id, f.label]));

/** The id of the template used when the dispute type is unknown. */
export const GENERIC_TEMPLATE = 'generic';

/** A conclusion only the seller can draw (录像里商品新鲜、无破损): printed only once the seller ticks it. */
export interface StatementConfirm {
  /** Unique in its template; the tick is saved with the fields as `confirm:<id>`. */
  id: string;
  /** The checkbox, in the seller's words. */
  label: string;
  /** Added to the fact's sentence, before its final 。, once ticked. */
  text: string;
}

/** A conclusion that two filled fields agree (两次称重相符): printed only when both are filled and equal. */
export interface StatementSame {
  fields: [StatementFieldId, StatementFieldId];
  /** Added to the fact's sentence when the two agree. */
  text: string;
  /** What the gap asks otherwise: 【请确认：ask】. */
  ask: string;
}

export interface StatementFactLine {
  text: string;
  evidence: string[];
  /** Only at these stages; absent = every stage. */
  stages?: StageId[] | undefined;
  confirm?: StatementConfirm | undefined;
  same?: StatementSame | undefined;
}

/** `dispute`: a 举证说明 for one scenario; `letter`: an appeal or request to the platform, for no scenario. */
export type StatementKind = 'dispute' | 'letter';

export interface StatementTemplate {
  id: string;
  /** Absent: `dispute`. */
  kind?: StatementKind | undefined;
  /** Facts (content/facts.json) a letter rests on; the tool page prints them with their sources. */
  basis?: string[] | undefined;
  title: string;
  opening: string;
  facts: StatementFactLine[];
  /** Closing sentence per stage group; the generic template's are used when a template has none. */
  closings: { stages: StageId[]; text: string }[];
}

/** The gap printed for a field the seller has not filled. */
export const gapFor = (fieldId: string) => `【请填写：${fieldLabel.get(fieldId) ?? fieldId}】`;
/** The gap printed for evidence a fact relies on that the seller has not ticked. */
export const evidenceGap = (title: string) => `【缺凭证：${title}】`;
/** The gap printed where the draft cannot tell whether a conclusion holds. */
export const confirmGap = (ask: string) => `【请确认：${ask}】`;
/** The field key a seller's tick of a conclusion is saved under. */
export const confirmKey = (id: string) => `confirm:${id}`;
/** The value of a ticked conclusion. */
export const CONFIRMED = '1';

export const isLetter = (t: Pick<StatementTemplate, 'kind'>) => t.kind === 'letter';

/** A weight as typed (1.25 kg, 1250g, 2.5斤, 1.25; spaces already folded) in grams, or the bare number (`bare`) when no unit is given. */
function weightOf(s: string): { n: number; bare: boolean } | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(kg|千克|公斤|g|克|斤)?$/i.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  if (unit === undefined) return { n, bare: true };
  const grams = unit === 'g' || unit === '克' ? n : unit === '斤' ? n * 500 : n * 1000;
  return { n: grams, bare: false };
}

/**
 * Whether two filled fields say the same: the same text, or the same weight in any unit (1.25 kg and
 * 1250 g). Empty, unreadable, or one with a unit and one without: not known to agree.
 */
export function sameValue(a: string | undefined, b: string | undefined): boolean {
  const x = a?.replace(/\s+/g, ' ').trim();
  const y = b?.replace(/\s+/g, ' ').trim();
  if (!x || !y) return false;
  if (x.toLowerCase() === y.toLowerCase()) return true;
  const wx = weightOf(x);
  const wy = weightOf(y);
  return wx !== undefined && wy !== undefined && wx.bare === wy.bare && Math.abs(wx.n - wy.n) < 1e-9;
}

/** `text` with `addition` put before its final 。 (or at the end). */
const addBeforeStop = (text: string, addition: string) => (text.endsWith('。') ? `${text.slice(0, -1)}${addition}。` : `${text}${addition}`);

/** One fact's sentence: its fields filled, then the conclusions the seller confirmed or the fields show. */
export function factSentence(f: StatementFactLine, fields: Partial<Record<string, string>>): string {
  let text = fill(f.text, fields);
  if (f.confirm && fields[confirmKey(f.confirm.id)] === CONFIRMED) text = addBeforeStop(text, f.confirm.text);
  if (f.same) {
    const [a, b] = f.same.fields;
    text = addBeforeStop(text, sameValue(fields[a], fields[b]) ? f.same.text : `，${confirmGap(f.same.ask)}`);
  }
  return text;
}

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
  /**
   * How many images one upload takes (facts `evidence-image-limit`, `work-order-image-limit`): with more
   * evidence than the evidence entry takes, the list is numbered by image. Absent: numbered one by one.
   */
  imageLimits?: { evidence: number; workOrder: number } | undefined;
}

export interface ComposedStatement {
  text: string;
  /** Numbered evidence in the order the facts cite it; `image`: the 凭证图 it goes in, when grouped. */
  evidence: { n: number; id: string; title: string; image?: number }[];
  /** More evidence than the evidence entry takes: the number of images it was grouped into. */
  images?: number;
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

/**
 * Which image each of `count` pieces of evidence goes in, when they must fit in `limit` images: in order,
 * the earlier images taking one more where they do not divide evenly (5 in 3: 1 1 2 2 3).
 */
export function imageGroups(count: number, limit: number): number[] {
  const per = Math.floor(count / limit);
  const extra = count % limit;
  const out: number[] = [];
  for (let image = 1; image <= Math.min(count, limit); image++) {
    for (let i = 0; i < per + (image <= extra ? 1 : 0); i++) out.push(image);
  }
  return out;
}

export function composeStatement({ template, generic, stage, fields, have, evidenceTitles, imageLimits }: ComposeInput): ComposedStatement {
  const numbered: ComposedStatement['evidence'] = [];
  const missingEvidence = new Set<string>();
  // A fact whose every piece of evidence the seller lacks is left out, not asserted: the statement only
  // says what the seller can show. The missing evidence is still named, so the seller sees what was dropped.
  const backed = backedFacts(template, stage, have);
  for (const f of factsAt(template, stage)) if (!backed.includes(f)) for (const id of f.evidence) missingEvidence.add(evidenceTitles[id] ?? id);
  for (const f of backed) {
    for (const id of f.evidence) {
      const title = evidenceTitles[id] ?? id;
      if (!have.includes(id)) missingEvidence.add(title);
      else if (!numbered.some((x) => x.id === id)) numbered.push({ n: numbered.length + 1, id, title });
    }
  }
  // More evidence than one upload takes: number by image, so the draft matches what is uploaded.
  const limit = imageLimits?.evidence ?? 0;
  const grouped = limit > 0 && numbered.length > limit;
  if (grouped) imageGroups(numbered.length, limit).forEach((image, i) => (numbered[i]!.image = image));
  const ref = (id: string) => {
    const e = numbered.find((x) => x.id === id);
    if (!e) return evidenceGap(evidenceTitles[id] ?? id);
    return e.image !== undefined ? `凭证图 ${e.image}` : `凭证 ${e.n}`;
  };
  const lines = backed.map((f, i) => {
    const refs = [...new Set(f.evidence.map(ref))];
    return `${i + 1}. ${factSentence(f, fields)}${refs.length ? `（见${refs.join('、')}）` : ''}`;
  });
  const closing = closingAt(template, generic, stage);
  const parts = [fill(template.opening, fields), ...lines];
  if (closing) parts.push(fill(closing, fields));
  if (grouped && imageLimits) {
    const images = numbered.at(-1)!.image!;
    const list = Array.from({ length: images }, (_, k) => `凭证图 ${k + 1}：${numbered.filter((e) => e.image === k + 1).map((e) => e.title).join('、')}`);
    parts.push(`附凭证：\n${list.join('\n')}`);
    parts.push(uploadNote(numbered.length, imageLimits));
  } else if (numbered.length) parts.push(`附凭证：\n${numbered.map((e) => `凭证 ${e.n}：${e.title}`).join('\n')}`);
  const text = parts.join('\n');
  const used = [template.opening, ...backed.map((f) => f.text), closing].filter((t): t is string => t !== undefined);
  const missingFields = [...new Set(used.flatMap(placeholdersIn))]
    .filter((id) => !fields[id]?.trim())
    .map((id) => fieldLabel.get(id) ?? id);
  return {
    text,
    evidence: numbered,
    missingFields,
    missingEvidence: [...missingEvidence],
    ...(grouped ? { images: numbered.at(-1)!.image! } : {}),
  };
}

/** The facts a draft prints at a stage: those with no evidence, or with at least one piece the seller has. */
export function backedFacts(template: StatementTemplate, stage: StageId | undefined, have: readonly string[]): StatementFactLine[] {
  return factsAt(template, stage).filter((f) => f.evidence.length === 0 || f.evidence.some((id) => have.includes(id)));
}

/** The conclusions the seller can tick for the facts a draft prints now. */
export function confirmsFor(template: StatementTemplate, stage: StageId | undefined, have: readonly string[]): StatementConfirm[] {
  return backedFacts(template, stage, have).flatMap((f) => (f.confirm ? [f.confirm] : []));
}

/**
 * The line for the seller at the end of a grouped draft, a gap to act on and delete before submitting:
 * how many images the evidence entry and a work order take, and that the collage tool joins them.
 */
export function uploadNote(count: number, limits: { evidence: number; workOrder: number }): string {
  return `【请先处理：举证入口一次最多传 ${limits.evidence} 张图片，工单只能传 ${limits.workOrder} 张；这里有 ${count} 份凭证，已按 ${limits.evidence} 张凭证图编号。请用本站的凭证拼图把同一张凭证图里的凭证合成一张，再删掉这一句】`;
}

/** Characters as a seller counts them (one per Chinese character or emoji, line breaks not counted). */
export const charCount = (text: string) => [...text.replace(/\r?\n/g, '')].length;

/** Any gap left in a text (a field or evidence the seller still has to deal with). */
export const gapsIn = (text: string) => [...text.matchAll(/【(?:请填写|缺凭证|请确认|请先处理)：[^】]*】/g)].map((m) => m[0]);

/**
 * What is wrong with a set of templates against the site's content: a scenario without a template, a
 * template for no scenario, evidence that is not in the catalogue, a conclusion id used twice, a letter
 * resting on a fact the tool page does not print. The tool page fails the build on any.
 */
export function statementTemplateProblems(
  templates: readonly Pick<StatementTemplate, 'id' | 'facts' | 'kind' | 'basis'>[],
  scenarioIds: readonly string[],
  evidenceIds: readonly string[],
  /** Facts the tool page prints with their sources (TOOL_PAGES.statement.facts); letters may rest only on these. */
  pageFacts: readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = new Set(templates.map((t) => t.id));
  if (!ids.has(GENERIC_TEMPLATE)) problems.push(`缺少通用模板 content/statements/${GENERIC_TEMPLATE}.json`);
  for (const s of scenarioIds) if (!ids.has(s)) problems.push(`场景 ${s} 没有举证说明模板（content/statements/${s}.json）`);
  for (const t of templates) {
    const letter = isLetter(t);
    if (!letter && t.id !== GENERIC_TEMPLATE && !scenarioIds.includes(t.id)) problems.push(`举证说明模板 ${t.id} 不对应任何场景`);
    if (letter && scenarioIds.includes(t.id)) problems.push(`信件模板 ${t.id} 和场景同名：场景的模板应是举证说明`);
    if (letter && (t.basis ?? []).length === 0) problems.push(`信件模板 ${t.id} 没有写依据的事实（basis）`);
    if (!letter && (t.basis ?? []).length > 0) problems.push(`举证说明模板 ${t.id} 写了 basis：只有信件模板才列依据`);
    for (const b of t.basis ?? []) if (!pageFacts.includes(b)) problems.push(`信件模板 ${t.id} 依据的事实 ${b} 不在举证说明页上（TOOL_PAGES.statement.facts）`);
    for (const f of t.facts) for (const e of f.evidence) if (!evidenceIds.includes(e)) problems.push(`举证说明模板 ${t.id} 引用了不存在的凭证 ${e}`);
    const confirms = t.facts.flatMap((f) => (f.confirm ? [f.confirm.id] : []));
    for (const c of new Set(confirms.filter((c, i) => confirms.indexOf(c) !== i))) problems.push(`举证说明模板 ${t.id} 的确认项 ${c} 用了不止一次`);
  }
  return problems;
}
