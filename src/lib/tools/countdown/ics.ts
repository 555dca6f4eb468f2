/**
 * The countdown reminder, writing it down: an iCalendar (.ics) file with the deadline in Asia/Shanghai and
 * alarms 6 h and 1 h before (those still ahead), its file name and UID, and the plain text to copy. Hand
 * written rather than the `ics` package: that one pulls three dependencies into a 20 kB tool and writes no
 * VTIMEZONE (code review 2026-12 §3.6). Reading the deadline is `deadline.ts`.
 */
import { alarmsAhead, formatShanghai, pad, shanghaiParts, TIME_ZONE } from './deadline';

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

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: a short stable tag for any text. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The event's UID, stable per reminder (importing twice updates rather than duplicates) and made only of
 * letters, digits, "-" and "@": whatever was typed as the order number is reduced to a hash of it.
 */
export function reminderUid(deadline: Date, purpose: string, order: string): string {
  const safePurpose = purpose.replace(/[^A-Za-z0-9-]/g, '') || 'x';
  return `${deadline.getTime()}-${safePurpose}-${order.trim() ? fnv1a(order.trim()) : 'x'}@shouhou-jieru`;
}

/** "提醒-2026-03-08-0905.ics": the deadline's date and time in Beijing time, from its parts. */
export function icsFileName(deadline: Date): string {
  const p = shanghaiParts(deadline);
  return `提醒-${p.year}-${pad(p.month)}-${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}.ics`;
}

export interface IcsInput {
  deadline: Date;
  now: Date;
  /** Event title, e.g. "售后处理截止". */
  title: string;
  description: string;
  /** Stable per reminder, so importing twice updates rather than duplicates (reminderUid). */
  uid: string;
}

const CALENDAR_HEAD = [
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
];

/** One VEVENT at the deadline in Asia/Shanghai with reminders 6 h and 1 h before (those still ahead). */
function eventLines({ deadline, now, title, description, uid }: IcsInput): string[] {
  return [
    'BEGIN:VEVENT',
    // UID is TEXT too: escaped, so even a UID not made by reminderUid cannot break the line.
    `UID:${icsText(uid)}`,
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
  ];
}

/** An iCalendar file with one event per deadline (the case ledger's "all open deadlines"), in one time zone block. */
export function buildIcsCalendar(events: readonly IcsInput[]): string {
  const lines = [...CALENDAR_HEAD, ...events.flatMap(eventLines), 'END:VCALENDAR'];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** An iCalendar file: one event at the deadline in Asia/Shanghai with reminders 6 h and 1 h before (those still ahead). */
export const buildIcs = (input: IcsInput): string => buildIcsCalendar([input]);

/** The plain text a seller can paste into a note or a chat with themselves. */
export function reminderText(title: string, deadline: Date, now: Date): string {
  const alarms = alarmsAhead(deadline, now).map((h) => `${formatShanghai(new Date(deadline.getTime() - h * 3600_000))}（提前 ${h} 小时）`);
  return [
    `${title}：${formatShanghai(deadline)}（北京时间）截止。`,
    alarms.length > 0 ? `提醒：${alarms.join('；')}。` : '离截止已不到 1 小时，请现在就处理。',
  ].join('\n');
}
