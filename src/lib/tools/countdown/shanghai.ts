/**
 * China time, Asia/Shanghai: UTC+8 all year (no daylight saving time). Apart from the deadline parser
 * (`deadline.ts`) so a page that only shows times (the case ledger) does not carry the parser.
 */

/** Asia/Shanghai is UTC+8 with no daylight saving time. */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const TIME_ZONE = 'Asia/Shanghai';

export const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock parts of an instant in Asia/Shanghai. */
export function shanghaiParts(d: Date) {
  const s = new Date(d.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
    second: s.getUTCSeconds(),
    weekday: s.getUTCDay(),
  };
}

