/**
 * The countdown reminder, reading the deadline: turns what the order page shows ("剩 31 小时 20 分",
 * "31:20:05", "2026-11-28 14:00", "11月28日 晚上12点", "明天 14:00", "14:00") into an absolute instant.
 * The calendar file and the note text are in `ics.ts`.
 *
 * Time zone: the PDD back end counts in China time, Asia/Shanghai, UTC+8 all year (China has no daylight
 * saving time). Every wall-clock time here is read and written in that zone explicitly, never in the
 * browser's own zone, so a seller whose phone is set to another zone still gets the right instant.
 * The tool never assumes a window: with nothing recognisable typed it asks again instead of guessing,
 * and when it has to pick a day (a time typed without a date) it says which day it picked.
 */

import { pad, SHANGHAI_OFFSET_MS, shanghaiParts } from './shanghai';
export { pad, SHANGHAI_OFFSET_MS, shanghaiParts, TIME_ZONE } from './shanghai';

/** Reminders in the .ics: this long before the deadline. */
export const ALARM_HOURS = [6, 1] as const;
/** The reminders in words, spaced as the site writes digits beside Chinese: "6 小时和 1 小时". */
export const ALARM_WORDS = ALARM_HOURS.map((h) => `${h} 小时`).join('和 ');

const DAY_MS = 24 * 3600_000;
/** Remaining times longer than this are almost certainly a typo (the longest window we know is days, not months). */
const MAX_REMAINING_MS = 60 * DAY_MS;

export type ParsedDeadline =
  | { ok: true; deadline: Date; kind: 'remaining' | 'absolute' | 'time-of-day'; /** What was understood, in words. */ understood: string }
  | { ok: false; message: string };

/** Full-width digits and punctuation as the seller's keyboard may type them, normalised. */
function normalise(input: string): string {
  return input
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[：]/g, ':')
    .replace(/[／]/g, '/')
    .replace(/[－—–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The instant of a wall-clock time in Asia/Shanghai; undefined when the date does not exist (2 月 30 日). */
export function fromShanghai(year: number, month: number, day: number, hour: number, minute: number, second = 0): Date | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // A day or month that does not exist rolls over into another month (2 月 30 日 → 3 月, 13 月 → 1 月, 0 日 → the
  // month before), so comparing the month back is the whole date check.
  if (new Date(utc).getUTCMonth() !== month - 1) return undefined;
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

/** Like fromShanghai, and 24:00 (exactly) is the next day's 00:00, as 晚上12点 and a typed 24:00 mean. */
function wallClock(year: number, month: number, day: number, hour: number, minute: number, second: number): Date | undefined {
  if (hour === 24 && minute === 0 && second === 0) {
    const midnight = fromShanghai(year, month, day, 0, 0, 0);
    return midnight && new Date(midnight.getTime() + DAY_MS);
  }
  return fromShanghai(year, month, day, hour, minute, second);
}

const WEEKDAYS = '日一二三四五六';

/** "2026年11月28日（周六）": the calendar day of an instant in Asia/Shanghai. */
function formatDay(d: Date): string {
  const p = shanghaiParts(d);
  return `${p.year}年${p.month}月${p.day}日（周${WEEKDAYS[p.weekday]}）`;
}

/** "2026年11月28日（周六）14:00" in Asia/Shanghai, whatever the browser's zone. */
export function formatShanghai(d: Date): string {
  const p = shanghaiParts(d);
  return `${formatDay(d)}${pad(p.hour)}:${pad(p.minute)}`;
}

/** "1 天 7 小时 20 分" for a duration. */
export function formatDuration(ms: number): string {
  const totalMin = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor((totalMin % 1440) / 60);
  const minutes = totalMin % 60;
  const parts = [days ? `${days} 天` : '', hours ? `${hours} 小时` : '', `${minutes} 分`].filter(Boolean);
  return parts.join(' ');
}

const REMAINING_PREFIX = /^(还剩|剩余|剩下|剩|倒计时|还有)\s*/;

/** "剩 1 天 7 小时 20 分 5 秒", "31小时20分", "剩余 2天3时": units in words. */
function parseRemainingWords(s: string): number | undefined {
  const body = s.replace(REMAINING_PREFIX, '').replace(/\s*(后|内|到期|截止|结束)$/, '');
  const re = /^(?:(\d+)\s*(?:天|日))?\s*(?:(\d+)\s*(?:小时|时|h))?\s*(?:(\d+)\s*(?:分钟|分|min|m))?\s*(?:(\d+)\s*(?:秒钟|秒|s))?$/i;
  const m = re.exec(body);
  if (!m || !(m[1] || m[2] || m[3] || m[4])) return undefined;
  const [d, h, mi, se] = [m[1], m[2], m[3], m[4]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
  return ((d * 24 + h) * 60 + mi) * 60_000 + se * 1000;
}

/**
 * "31:20:05", "剩 14:00", "1天 07:20:05": a clock-style countdown (hours may exceed 24). A bare "14:00"
 * (no 剩, no days, no seconds, an hour a clock can show) is a time of day instead: see parseTimeOfDay.
 */
function parseRemainingClock(s: string): number | undefined {
  const prefixed = REMAINING_PREFIX.test(s);
  const body = s.replace(REMAINING_PREFIX, '');
  const m = /^(?:(\d+)\s*天\s*)?(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(body);
  if (!m) return undefined;
  const [d, h, mi, se] = [m[1], m[2], m[3], m[4]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
  if (mi > 59 || se > 59) return undefined;
  if (!prefixed && m[1] === undefined && m[4] === undefined && h <= 24) return undefined;
  return ((d * 24 + h) * 60 + mi) * 60_000 + se * 1000;
}

type Half = '上午' | '早上' | '下午' | '晚上' | '凌晨' | '中午';

/**
 * The 24-hour clock hour for "下午2点", "晚上12点" (24: the end of that day), "凌晨12点" (0: its start),
 * "中午1点" (13). 上午/早上 12点 is noon, as phones write it.
 */
function to24(half: Half | undefined, hour: number): number {
  if (half === '下午' && hour < 12) return hour + 12;
  if (half === '晚上') return hour <= 12 ? hour + 12 : hour;
  if (half === '中午' && hour < 11) return hour + 12;
  if (half === '凌晨' && hour === 12) return 0;
  return hour;
}

const HALF = '(上午|早上|下午|晚上|凌晨|中午)';
/** "14:00", "14:00:30", "2点", "2点30分", "2点半", "14"; groups: hour, minute, second, 半. */
const TIME = '(\\d{1,2})(?:\\s*(?::\\s*(\\d{1,2})(?::(\\d{2}))?|[点时]\\s*(?:(\\d{1,2})\\s*分?|(半))?))?';
const UNTIL = '\\s*(?:前|之前|截止|到期)?$';

/** Hour, minute and second from the TIME groups, or undefined when there is no hour. */
function clockOf(half: string | undefined, h: string | undefined, colonMin: string | undefined, sec: string | undefined, pointMin: string | undefined, halfHour: string | undefined) {
  if (h === undefined) return undefined;
  const minute = halfHour ? 30 : Number(colonMin ?? pointMin ?? 0);
  return { hour: to24(half as Half | undefined, Number(h)), minute, second: Number(sec ?? 0) };
}

/** "2026-11-28 14:00", "2026/11/28 14:00:00", "2026年11月28日 14:00", "11月28日 晚上12点", "11-28 14点". */
function parseAbsolute(s: string, now: Date): ParsedDeadline | undefined {
  const m = new RegExp(`^(?:(\\d{4})\\s*[-/.年]\\s*)?(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*(?:${HALF}\\s*)?(?:${TIME})?${UNTIL}`).exec(s);
  if (!m) return undefined;
  const [, y, mo, d, half, ...time] = m;
  const clock = clockOf(half, ...(time as [string, string, string, string, string]));
  if (!clock) {
    return { ok: false, message: '只看到了日期，没有看到几点几分。请把订单页上的具体时间也写上，例如“11月28日 14:00”。' };
  }
  const { hour, minute, second } = clock;
  const month = Number(mo);
  const day = Number(d);
  const nowYear = shanghaiParts(now).year;
  let deadline = wallClock(y ? Number(y) : nowYear, month, day, hour, minute, second);
  // No year typed: the order page means the next such date. A date a few weeks back is a typo or an
  // expired window, and is reported as past; one further back is next year's.
  if (!y && deadline && now.getTime() - deadline.getTime() > 31 * DAY_MS) {
    deadline = wallClock(nowYear + 1, month, day, hour, minute, second);
  }
  if (!deadline) return { ok: false, message: `“${s}”不是一个存在的日期或时间，请对照订单页再写一次。` };
  // 24:00 and 晚上12点 end the typed day: say that it is the next day's 00:00.
  const midnight = hour === 24 ? `，也就是 ${month}月${day}日夜里 24 点` : '';
  return { ok: true, deadline, kind: 'absolute', understood: `截止时间 ${formatShanghai(deadline)}（北京时间）${midnight}` };
}

const DAY_WORDS: Record<string, number | undefined> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 };

/**
 * A time without a date: "明天 14:00", "今天下午2点", "晚上12点", "14:00". With 今天/明天/后天 that day;
 * with no day word, today, or tomorrow when that time has already passed today. The answer says which.
 */
function parseTimeOfDay(s: string, now: Date): ParsedDeadline | undefined {
  // The day group is always there, empty when no day word was typed.
  const m = new RegExp(`^(今天|今日|明天|明日|后天|)\\s*(?:${HALF}\\s*)?${TIME}${UNTIL}`).exec(s);
  if (!m) return undefined;
  const [, dayWord, half, ...time] = m;
  // A bare number ("14") is not a time: it needs a day word, 上午/下午…, a colon or 点.
  if (!dayWord && !half && time[1] === undefined && !/[点时]/.test(s)) return undefined;
  // The hour is always there in this pattern, so there is always a clock.
  const clock = clockOf(half, ...(time as [string, string, string, string, string]))!;
  // "25:61" is no clock time (and "25:00" was already read as a countdown).
  if (clock.hour > 24 || clock.minute > 59 || clock.second > 59) return undefined;
  const today = shanghaiParts(now);
  const at = (offset: number) => {
    const base = fromShanghai(today.year, today.month, today.day, 0, 0, 0)!;
    const date = shanghaiParts(new Date(base.getTime() + offset * DAY_MS));
    return wallClock(date.year, date.month, date.day, clock.hour, clock.minute, clock.second);
  };
  const typed = DAY_WORDS[dayWord!];
  let offset = typed ?? 0;
  let deadline = at(offset);
  if (!deadline) return { ok: false, message: `“${s}”不是一个存在的时间，请对照订单页再写一次。` };
  if (typed === undefined && deadline.getTime() <= now.getTime()) {
    offset = 1;
    deadline = at(1)!;
  }
  const day = formatDay(new Date(fromShanghai(today.year, today.month, today.day, 12, 0)!.getTime() + offset * DAY_MS));
  const which = typed !== undefined ? `${dayWord}是 ${day}` : offset === 0 ? `没有写日期，按今天 ${day} 算` : `没有写日期，这个时间今天已经过了，按明天 ${day} 算`;
  const midnight = clock.hour === 24 ? '，也就是那天夜里 24 点' : '';
  const hint = typed === undefined && time[1] !== undefined ? `；如果这是剩余时间，请写成“剩 ${time[0]}:${time[1]}”` : '';
  return { ok: true, deadline, kind: 'time-of-day', understood: `${which}：截止 ${formatShanghai(deadline)}（北京时间）${midnight}${hint}` };
}

/**
 * Reads a deadline from what the seller typed. `now` is when the seller read the countdown off the page
 * (for a remaining time). Never fills in a window the seller did not type.
 */
export function parseDeadline(input: string, now: Date): ParsedDeadline {
  const s = normalise(input);
  if (s === '') return { ok: false, message: '请先把订单页上的倒计时或截止时间抄进来。' };
  if (s.length > 60) return { ok: false, message: '内容太长了：只抄倒计时那一行，例如“剩 31 小时 20 分”。' };
  const remaining = parseRemainingWords(s) ?? parseRemainingClock(s);
  if (remaining !== undefined) {
    if (remaining <= 0) return { ok: false, message: '倒计时已经是零：时限可能已过，请到后台看这一单现在的状态。' };
    if (remaining > MAX_REMAINING_MS) return { ok: false, message: '这个剩余时间长得不像售后倒计时，请再核对一次。' };
    const deadline = new Date(now.getTime() + remaining);
    return {
      ok: true,
      deadline,
      kind: 'remaining',
      understood: `剩 ${formatDuration(remaining)}，从 ${formatShanghai(now)} 算起，截止 ${formatShanghai(deadline)}（北京时间）`,
    };
  }
  const absolute = parseAbsolute(s, now) ?? parseTimeOfDay(s, now);
  if (absolute) {
    if (absolute.ok && absolute.deadline.getTime() <= now.getTime()) {
      return { ok: false, message: `${formatShanghai(absolute.deadline)} 已经过了。时限可能已过，请到后台看这一单现在的状态。` };
    }
    return absolute;
  }
  return {
    ok: false,
    message: '没有看懂这个时间。可以这样写：“剩 31 小时 20 分”“31:20:05”“2026-11-28 14:00”或“11月28日 14:00”。',
  };
}

/** The reminders that are still ahead of `now`: an alarm already in the past is left out, not faked. */
export function alarmsAhead(deadline: Date, now: Date): number[] {
  return ALARM_HOURS.filter((h) => deadline.getTime() - h * 3600_000 > now.getTime());
}
