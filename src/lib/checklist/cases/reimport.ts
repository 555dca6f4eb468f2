/**
 * Re-importing set-aside data: the way out for a record that could not be read. Its own module so the
 * checklist loads it only when there is set-aside data to show.
 */
import { caseKey, isId, readCaseObject, serializeCase, type SavedCase, type SetAside, type Unreadable } from './store';
import type { KeyValue } from '../../shared/storage';

/** Why a record could not be read, in the seller's words. */
export const unreadableText: Record<Unreadable, string> = {
  corrupt: '数据已损坏，不是完整的记录',
  'not-a-case': '不是一个案件记录',
  'other-version': '来自另一个版本',
  'bad-id': '案件编号无法识别',
  'bad-label': '案件名称无法读取',
  'bad-type': '纠纷类型无法识别',
  'bad-ticks': '勾选项无法识别',
  'bad-marks': '“没有”标记无法识别',
  misplaced: '案件编号和存放位置对不上',
  'old-corrupt': '旧版清单数据已损坏',
  'old-format': '旧版清单数据格式不对',
  'kept-apart': '以前无法读取，已单独保存',
  'kept-before-rewrite': '改写前的原样副本：名称超过 60 字，或有新版清单里已没有的勾选项',
};

export type ImportResult = { ok: true; saved: SavedCase; removedOriginal: boolean; dropped: number } | { ok: false; message: string };

/**
 * Re-imports set-aside text (possibly edited by the seller) as a case of its own, under a new id. The
 * set-aside record is removed only when the import saved it completely.
 */
export function reimport(kv: KeyValue, entry: SetAside, text: string, newId: string, now: Date): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: '这段文字不是完整的记录，无法导入。可以复制保存，或改正后再试。' };
  }
  // Ticks of an unreadable shape are left out (and counted); everything else must read as it is.
  let dropped = 0;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const record = { ...(data as Record<string, unknown>) };
    for (const field of ['ticked', 'lacking'] as const) {
      const list = record[field];
      if (Array.isArray(list)) {
        record[field] = list.filter(isId);
        dropped += list.length - (record[field] as unknown[]).length;
      }
    }
    data = record;
  }
  const read = readCaseObject(data);
  if (typeof read === 'string') return { ok: false, message: `无法导入：${unreadableText[read]}。可以复制保存，或改正后再试。` };
  const saved: SavedCase = { ...read, id: newId, updatedAt: now.toISOString() };
  try {
    kv.setItem(caseKey(saved.id), serializeCase(saved));
  } catch {
    return { ok: false, message: '浏览器存储已满，无法导入；原始数据仍然保留。' };
  }
  let removedOriginal = false;
  if (text === entry.raw && dropped === 0) {
    try {
      kv.removeItem(entry.key);
      removedOriginal = true;
    } catch {
      removedOriginal = false;
    }
  }
  return { ok: true, saved, removedOriginal, dropped };
}

