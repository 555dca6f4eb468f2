import { describe, expect, it } from 'vitest';
import { alarmsAhead, formatShanghai, fromShanghai, parseDeadline } from '~/lib/tools/countdown/deadline';
import { buildIcs, foldLine, reminderText } from '~/lib/tools/countdown/ics';

// 2026-11-26 13:00:00 in Shanghai = 05:00:00 UTC.
const now = new Date(Date.UTC(2026, 10, 26, 5, 0, 0));
const ok = (input: string) => {
  const r = parseDeadline(input, now);
  if (!r.ok) throw new Error(`${input}: ${r.message}`);
  return r;
};
const hoursAfterNow = (input: string) => (ok(input).deadline.getTime() - now.getTime()) / 3600_000;

describe('reading what the order page shows', () => {
  it.each([
    ['剩 31 小时 20 分', 31 + 20 / 60],
    ['剩余31小时20分', 31 + 20 / 60],
    ['还剩 1天7小时20分5秒', 31 + 20 / 60 + 5 / 3600],
    ['31:20:05', 31 + 20 / 60 + 5 / 3600],
    ['３１：２０', 31 + 20 / 60],
    ['1天 07:20:05', 31 + 20 / 60 + 5 / 3600],
    ['48小时', 48],
    ['20分钟', 1 / 3],
  ])('%s is a remaining time', (input, hours) => {
    expect(hoursAfterNow(input)).toBeCloseTo(hours, 6);
    expect(ok(input).kind).toBe('remaining');
  });

  it.each([
    ['2026-11-28 14:00', Date.UTC(2026, 10, 28, 6, 0)],
    ['2026/11/28 14:00:30', Date.UTC(2026, 10, 28, 6, 0, 30)],
    ['2026年11月28日 14:00', Date.UTC(2026, 10, 28, 6, 0)],
    ['11月28日 14:00', Date.UTC(2026, 10, 28, 6, 0)],
    ['11月28日下午2点', Date.UTC(2026, 10, 28, 6, 0)],
    ['11-28 09:05前', Date.UTC(2026, 10, 28, 1, 5)],
    // Without a year, a date long past means next year's (the order page shows the coming one).
    ['1月3日 10:00', Date.UTC(2027, 0, 3, 2, 0)],
  ])('%s is read in Asia/Shanghai, not the browser zone', (input, utc) => {
    expect(ok(input).deadline.getTime()).toBe(utc);
  });

  it.each([
    ['', '抄进来'],
    ['明天', '没有看懂'],
    ['尽快处理', '没有看懂'],
    ['11月28日', '几点几分'],
    ['2026-02-30 10:00', '不是一个存在的日期'],
    ['25:61', '没有看懂'],
    ['0小时0分', '已经是零'],
    ['11月20日 10:00', '已经过了'],
    ['9999小时', '不像售后倒计时'],
    ['x'.repeat(200), '太长'],
  ])('%j gets a clear message and no invented deadline', (input, words) => {
    const r = parseDeadline(input, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(words);
  });

  it('formats in Shanghai time with the weekday', () => {
    expect(formatShanghai(fromShanghai(2026, 11, 28, 14, 0)!)).toBe('2026年11月28日（周六）14:00');
    expect(fromShanghai(2026, 2, 29, 0, 0)).toBeUndefined();
  });
});

describe('the .ics file', () => {
  const deadline = fromShanghai(2026, 11, 28, 14, 0)!;
  const ics = buildIcs({ deadline, now, title: '售后处理截止, 订单 1;2', description: '第一行\n第二行', uid: 'x@test' });

  it('is a calendar with an Asia/Shanghai event and reminders 6 h and 1 h before', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261128T140000');
    expect(ics).toContain('TZOFFSETTO:+0800');
    expect(ics).toContain('TRIGGER;RELATED=START:-PT6H');
    expect(ics).toContain('TRIGGER;RELATED=START:-PT1H');
    expect(ics).toContain('SUMMARY:售后处理截止\\, 订单 1\\;2');
    expect(ics).toContain('DESCRIPTION:第一行\\n第二行');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('leaves out a reminder that would already be past', () => {
    const soon = new Date(now.getTime() + 3 * 3600_000);
    expect(alarmsAhead(soon, now)).toEqual([1]);
    expect(buildIcs({ deadline: soon, now, title: 't', description: 'd', uid: 'u' })).not.toContain('-PT6H');
    expect(reminderText('t', new Date(now.getTime() + 30 * 60_000), now)).toContain('不到 1 小时');
  });

  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'举证'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'举证'.repeat(60)}`);
  });
});
