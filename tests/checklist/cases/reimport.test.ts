/** Survivors of the mutation run in src/lib/checklist/cases/reimport.ts: every way a re-import can end, said exactly. */
import { describe, expect, it } from 'vitest';
import {
  caseKey,
  readCaseObject,
  serializeCase,
  type SetAside,
} from '~/lib/checklist/cases/store';
import { type KeyValue } from '~/lib/shared/storage';
import { reimport, unreadableText } from '~/lib/checklist/cases/reimport';

const t0 = new Date('2026-11-26T08:00:00Z');
const raw = JSON.stringify({ id: 'old', label: '甲', type: { kind: 'scenario', id: 'quality' }, ticked: ['a'] });
const entry: SetAside = { key: 'shouhou-jieru:set-aside:1', raw, reason: 'kept-apart' };

function storage(opts: { failSet?: boolean; failRemove?: boolean } = {}): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>([[entry.key, raw]]);
  return {
    map,
    keys: () => [...map.keys()],
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      if (opts.failSet) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem(k) {
      if (opts.failRemove) throw new Error('SecurityError');
      map.delete(k);
    },
  };
}
const cannot = (why: Parameters<typeof readCaseObject>[0]) => {
  const reason = readCaseObject(why);
  return `无法导入：${typeof reason === 'string' ? unreadableText[reason] : '?'}。可以复制保存，或改正后再试。`;
};

describe('reimport', () => {
  it('text that is not JSON gets its own message and changes nothing', () => {
    const kv = storage();
    expect(reimport(kv, entry, '{oops', 'n1', t0)).toEqual({ ok: false, message: '这段文字不是完整的记录，无法导入。可以复制保存，或改正后再试。' });
    expect([...kv.map.keys()]).toEqual([entry.key]);
  });

  it('JSON that is not an object is read as it is, not as an empty object', () => {
    for (const text of ['null', '[1]', '"x"']) {
      const result = reimport(storage(), entry, text, 'n1', t0);
      expect(result, text).toEqual({ ok: false, message: cannot(JSON.parse(text)) });
    }
    expect(cannot(null)).not.toBe(cannot({}));
  });

  it('saves the case under the new id exactly as serialised, and removes the original only for the unedited text', () => {
    const kv = storage();
    const result = reimport(kv, entry, raw, 'n1', t0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.saved).toMatchObject({ id: 'n1', updatedAt: t0.toISOString(), ticked: ['a'] });
    expect(kv.getItem(caseKey('n1'))).toBe(serializeCase(result.saved));
    expect(result.removedOriginal).toBe(true);
    expect(kv.getItem(entry.key)).toBeNull();

    const edited = storage();
    const changed = reimport(edited, entry, raw.replace('甲', '乙'), 'n2', t0);
    expect(changed).toMatchObject({ ok: true, removedOriginal: false, dropped: 0, saved: { label: '乙' } });
    expect(edited.getItem(entry.key)).toBe(raw);
  });

  it('when storage is full nothing is lost; when removing fails the import still counts', () => {
    const full = storage({ failSet: true });
    expect(reimport(full, entry, raw, 'n1', t0)).toEqual({ ok: false, message: '浏览器存储已满，无法导入；原始数据仍然保留。' });
    expect(full.getItem(entry.key)).toBe(raw);
    const stuck = storage({ failRemove: true });
    expect(reimport(stuck, entry, raw, 'n1', t0)).toMatchObject({ ok: true, removedOriginal: false, dropped: 0 });
    expect(stuck.getItem(entry.key)).toBe(raw);
    expect(stuck.getItem(caseKey('n1'))).not.toBeNull();
  });
});
