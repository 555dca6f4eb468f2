/**
 * One ledger row per case, in the order a seller with many cases needs them: open cases by nearest
 * deadline (overdue first), then open cases without a deadline (most recently changed first); closed
 * cases (an outcome recorded) apart, most recently closed first. Times are in Asia/Shanghai.
 */
import { CASES_PATH } from '../shared/paths';
import type { StageId } from '../shared/stage-ids';
import { pad, shanghaiParts } from '../tools/countdown/shanghai';
import type { LedgerCase } from './read';
import { formatYuan, type Result, type TimelineEvent } from './records';

/** What the ledger knows of a dispute type, built at build time from the checklist catalogue and the self-check. */
export interface LedgerType {
  /** Short name ("空包裹"). */
  title: string;
  /** Every item of its list (required first); progress counts the ticked ones. */
  items: string[];
  /** The scenario whose statement template the tools use. */
  scenario?: string;
  /** How many of `items` are required. */
  required: number;
  /** The first thing to do, by stage ('' for no stage): from the self-check result, when the case came from one. */
  next?: Record<string, string>;
}
export type LedgerTypes = Record<string, LedgerType>;
export const typeKey = (t: { kind: string; id: string }): string => `${t.kind}:${t.id}`;

/** What the rows need of the site's dispute types, built once (`types.ts`) and fetched by the island. */
export interface LedgerData {
  types: LedgerTypes;
  /** Evidence titles by id, for the timeline. */
  items: Record<string, string>;
}

/** The built file the ledger page's island fetches (`src/pages/cases/data.json.ts`), kept out of the page's HTML. */
export const LEDGER_DATA_URL = `${CASES_PATH}data.json`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A download that is the ledger's data, not a damaged file or an error page. */
export const isLedgerData = (v: unknown): v is LedgerData =>
  isRecord(v) && isRecord(v.types) && isRecord(v.items) && Object.values(v.types).every((t) => isRecord(t) && typeof t.title === 'string' && Array.isArray(t.items));

export interface Row {
  id: string;
  label: string;
  type: string;
  stage: StageId | undefined;
  /** The deadline instant, when set. */
  deadline: Date | undefined;
  deadlineTitle: string;
  /** Milliseconds left (negative: overdue). */
  left: number | undefined;
  overdue: boolean;
  next: string | undefined;
  done: number;
  total: number;
  drafted: boolean;
  result: Result | undefined;
  refunded: number;
  recovered: number;
  /** The last change to any part. */
  changed: string;
}

export function toRow({ c, parts }: LedgerCase, types: LedgerTypes, now: Date): Row {
  const type = types[typeKey(c.type)];
  const at = parts.deadline?.at ? new Date(parts.deadline.at) : undefined;
  const left = at ? at.getTime() - now.getTime() : undefined;
  const ticked = new Set(c.ticked);
  const lastEvent = parts.timeline[parts.timeline.length - 1]?.at ?? '';
  const changed = [c.updatedAt, lastEvent, parts.deadline?.updatedAt ?? '', parts.outcome?.updatedAt ?? ''].reduce((a, b) => (b > a ? b : a), '');
  return {
    id: c.id,
    label: c.label,
    type: type?.title ?? '类型已不在清单里',
    stage: c.stage,
    deadline: at,
    deadlineTitle: parts.deadline?.title ?? '',
    left,
    overdue: left !== undefined && left < 0,
    next: type?.next?.[c.stage ?? ''] ?? type?.next?.[''],
    done: type ? type.items.filter((i) => ticked.has(i)).length : 0,
    total: type?.items.length ?? 0,
    drafted: parts.drafted,
    result: parts.outcome?.result ?? undefined,
    refunded: parts.outcome?.refunded ?? 0,
    recovered: parts.outcome?.recovered ?? 0,
    changed,
  };
}

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Nearest deadline first (overdue ones are the nearest); no deadline after, newest change first; ties by id. */
export function byUrgency(a: Row, b: Row): number {
  if (a.deadline && b.deadline) return a.deadline.getTime() - b.deadline.getTime() || byText(a.id, b.id);
  if (a.deadline || b.deadline) return a.deadline ? -1 : 1;
  return byText(b.changed, a.changed) || byText(a.id, b.id);
}

export function ledgerRows(cases: readonly LedgerCase[], types: LedgerTypes, now: Date): { open: Row[]; closed: Row[] } {
  const rows = cases.map((c) => toRow(c, types, now));
  return {
    open: rows.filter((r) => !r.result).sort(byUrgency),
    closed: rows.filter((r) => r.result).sort((a, b) => byText(b.changed, a.changed) || byText(a.id, b.id)),
  };
}

/** The deadlines a calendar file for all open cases holds: open, set, still ahead; nearest first. */
export const upcoming = (rows: readonly Row[], now: Date): (Row & { deadline: Date })[] =>
  rows.filter((r): r is Row & { deadline: Date } => !r.result && !!r.deadline && r.deadline.getTime() > now.getTime()).sort((a, b) => a.deadline.getTime() - b.deadline.getTime());

/** "11月28日 14:00", with the year when it is not this year's (in Beijing time). */
export function shortTime(d: Date, now: Date): string {
  const p = shanghaiParts(d);
  const year = p.year === shanghaiParts(now).year ? '' : `${p.year}年`;
  return `${year}${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "剩 2 天 3 小时", "剩 40 分", "已超时 5 小时": time left, said the short way; under a minute, not "0 分". */
export function timeLeft(ms: number): string {
  const min = Math.floor(Math.abs(ms) / 60_000);
  if (min === 0) return ms < 0 ? '刚刚超时' : '剩不到 1 分';
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  const span = d > 0 ? `${d} 天${h ? ` ${h} 小时` : ''}` : h > 0 ? `${h} 小时${m ? ` ${m} 分` : ''}` : `${m} 分`;
  return ms < 0 ? `已超时 ${span}` : `剩 ${span}`;
}

export const RESULT_LABEL: Record<Result, string> = { won: '赢了', lost: '输了', settled: '和解' };

/** Stages said in a few characters, for a row (the case itself uses the full words of `shared/stages.ts`). */
export const STAGE_SHORT: Record<StageId, string> = {
  applied: '待处理申请',
  'return-agreed': '等买家寄回',
  'return-arrived': '退货待验收',
  intervention: '平台介入中',
  decided: '平台已判定',
  expired: '已过时限',
};

/** One timeline event in words. `items`: evidence titles by id; `stageLabel`: a stage's words. */
export function eventText(e: TimelineEvent, items: Readonly<Record<string, string>>, stageLabel: (id: string) => string | undefined, now: Date): string {
  const item = () => (e.detail && Object.hasOwn(items, e.detail) ? items[e.detail] : e.detail);
  switch (e.kind) {
    case 'created':
      return '保存了案件';
    case 'stage':
      return `阶段改为：${(e.detail && stageLabel(e.detail)) || '没有说明'}`;
    case 'tick':
      return `备齐了：${item()}`;
    case 'untick':
      return `取消勾选：${item()}`;
    case 'statement-drafted':
      return '写了举证说明草稿';
    case 'statement-copied':
      return '复制了举证说明';
    case 'deadline':
      return e.detail ? `截止时间设为 ${shortTime(new Date(e.detail), now)}` : '清除了截止时间';
    case 'note':
      return e.detail ?? '';
    case 'outcome': {
      const [result, refunded, recovered] = (e.detail ?? '').split(' ');
      const label = Object.hasOwn(RESULT_LABEL, result ?? '') ? RESULT_LABEL[result as Result] : '已结案';
      return `结案：${label}，退给买家 ${formatYuan(Number(refunded) || 0)}，追回 ${formatYuan(Number(recovered) || 0)}`;
    }
    case 'reopened':
      return '重新打开了案件';
  }
}
