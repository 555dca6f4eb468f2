/**
 * The countdown reminder: turns what the order page shows ("剩 31 小时 20 分", "31:20:05",
 * "2026-11-28 14:00", "11月28日 14:00") into an absolute deadline and an .ics reminder.
 *
 * Time zone: the PDD back end counts in China time, Asia/Shanghai, UTC+8 all year (China has no daylight
 * saving time). Every wall-clock time here is read and written in that zone explicitly, never in the
 * browser's own zone, so a seller whose phone is set to another zone still gets the right instant.
 * The tool never assumes a window: with nothing recognisable typed it asks again instead of guessing.
 */

/** Asia/Shanghai is UTC+8 with no daylight saving time. */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const TIME_ZONE = 'Asia/Shanghai';

/** Reminders in the .ics: this long before the deadline. */
export const ALARM_HOURS = [6, 1] as const;

/** Remaining times longer than this are almost certainly a typo (the longest window we know is days, not months). */
const MAX_REMAINING_MS = 60 * 24 * 3600_000;

export type ParsedDeadline =
  | { ok: true; deadline: Date; kind: 'remaining' | 'absolute'; /** What was understood, in words. */ understood: string }
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

/** The instant of a wall-clock time in Asia/Shanghai; undefined when the date does not exist (2 月 30 日). */
export function fromShanghai(year: number, month: number, day: number, hour: number, minute: number, second = 0): Date | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // A day or month that does not exist rolls over into another month (2 月 30 日 → 3 月, 13 月 → 1 月, 0 日 → the
  // month before), so comparing the month back is the whole date check.
  if (new Date(utc).getUTCMonth() !== month - 1) return undefined;
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = '日一二三四五六';

/** "2026年11月28日（周六）14:00" in Asia/Shanghai, whatever the browser's zone. */
export function formatShanghai(d: Date): string {
  const p = shanghaiParts(d);
  return `${p.year}年${p.month}月${p.day}日（周${WEEKDAYS[p.weekday]}）${pad(p.hour)}:${pad(p.minute)}`;
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

/** "剩 1 天 7 小时 20 分 5 秒", "31小时20分", "剩余 2天3时": units in words. */
function parseRemainingWords(s: string): number | undefined {
  const body = s.replace(/^(还剩|剩余|剩下|剩|倒计时|还有)\s*/, '').replace(/\s*(后|内|到期|截止|结束)$/, '');
  const re = /^(?:(\d+)\s*(?:天|日))?\s*(?:(\d+)\s*(?:小时|时|h))?\s*(?:(\d+)\s*(?:分钟|分|min|m))?\s*(?:(\d+)\s*(?:秒钟|秒|s))?$/i;
  const m = re.exec(body);
  if (!m || !(m[1] || m[2] || m[3] || m[4])) return undefined;
  const [d, h, mi, se] = [m[1], m[2], m[3], m[4]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
  return ((d * 24 + h) * 60 + mi) * 60_000 + se * 1000;
}

/** "31:20:05", "31:20", "1天 07:20:05": a clock-style countdown (hours may exceed 24). */
function parseRemainingClock(s: string): number | undefined {
  const body = s.replace(/^(还剩|剩余|剩下|剩|倒计时|还有)\s*/, '');
  const m = /^(?:(\d+)\s*天\s*)?(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(body);
  if (!m) return undefined;
  const [d, h, mi, se] = [m[1], m[2], m[3], m[4]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
  if (mi > 59 || se > 59) return undefined;
  return ((d * 24 + h) * 60 + mi) * 60_000 + se * 1000;
}

/** "2026-11-28 14:00", "2026/11/28 14:00:00", "2026年11月28日 14:00", "11月28日 14:00", "11-28 14点". */
function parseAbsolute(s: string, now: Date): ParsedDeadline | undefined {
  const m =
    /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:(上午|下午|晚上|凌晨|中午)\s*)?(?:(\d{1,2})(?:\s*[:点时]\s*(\d{1,2})?\s*分?(?::(\d{2}))?)?)?\s*(?:前|之前|截止|到期)?$/.exec(
      s,
    );
  if (!m) return undefined;
  const [, y, mo, d, half, h, mi, se] = m;
  if (h === undefined) {
    return { ok: false, message: '只看到了日期，没有看到几点几分。请把订单页上的具体时间也写上，例如“11月28日 14:00”。' };
  }
  let hour = Number(h);
  if ((half === '下午' || half === '晚上') && hour < 12) hour += 12;
  if (half === '中午' && hour < 11) hour += 12;
  const month = Number(mo);
  const day = Number(d);
  const minute = mi ? Number(mi) : 0;
  const second = se ? Number(se) : 0;
  const nowYear = shanghaiParts(now).year;
  let deadline = fromShanghai(y ? Number(y) : nowYear, month, day, hour, minute, second);
  // No year typed: the order page means the next such date. A date a few weeks back is a typo or an
  // expired window, and is reported as past; one further back is next year's.
  if (!y && deadline && now.getTime() - deadline.getTime() > 31 * 24 * 3600_000) {
    deadline = fromShanghai(nowYear + 1, month, day, hour, minute, second);
  }
  if (!deadline) return { ok: false, message: `“${s}”不是一个存在的日期或时间，请对照订单页再写一次。` };
  return { ok: true, deadline, kind: 'absolute', understood: `截止时间 ${formatShanghai(deadline)}（北京时间）` };
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
  const absolute = parseAbsolute(s, now);
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

/** Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11). */
function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const localStamp = (d: Date) => {
  const p = shanghaiParts(d);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
};
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsInput {
  deadline: Date;
  now: Date;
  /** Event title, e.g. "售后处理截止". */
  title: string;
  description: string;
  /** Stable per reminder, so importing twice updates rather than duplicates. */
  uid: string;
}

/** An iCalendar file: one event at the deadline in Asia/Shanghai with reminders 6 h and 1 h before (those still ahead). */
export function buildIcs({ deadline, now, title, description, uid }: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//shouhou-jieru//countdown//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${TIME_ZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${TIME_ZONE}:${localStamp(deadline)}`,
    `DTEND;TZID=${TIME_ZONE}:${localStamp(deadline)}`,
    `SUMMARY:${icsText(title)}`,
    `DESCRIPTION:${icsText(description)}`,
    ...alarmsAhead(deadline, now).flatMap((h) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER;RELATED=START:-PT${h}H`,
      `DESCRIPTION:${icsText(`${title}：还剩 ${h} 小时`)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The plain text a seller can paste into a note or a chat with themselves. */
export function reminderText(title: string, deadline: Date, now: Date): string {
  const alarms = alarmsAhead(deadline, now).map((h) => `${formatShanghai(new Date(deadline.getTime() - h * 3600_000))}（提前 ${h} 小时）`);
  return [
    `${title}：${formatShanghai(deadline)}（北京时间）截止。`,
    alarms.length > 0 ? `提醒：${alarms.join('；')}。` : '离截止已不到 1 小时，请现在就处理。',
  ].join('\n');
}
