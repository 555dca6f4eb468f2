/** localStorage in memory for the storage tests; `quota` in characters, like the browser's (which counts keys and values). */
import type { KeyValue } from '~/lib/shared/storage';

export function memoryStorage(quota = Infinity): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    keys: () => [...map.keys()],
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      if (used() - (map.get(k)?.length ?? 0) - (map.has(k) ? k.length : 0) + k.length + v.length > quota) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}
