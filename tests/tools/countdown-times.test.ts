/**
 * Times the reliability report (2026-12) found misread: 晚上12点 and 凌晨12点 (M3), 24:00, a time typed
 * without a date and 今天/明天 (L7), and the .ics UID and file name (L5, L6). Each case states the
 * instant it must give, in UTC, so a wrong half day cannot pass.
 */
import { describe, expect, it } from 'vitest';
import { fromShanghai, parseDeadline } from '~/lib/tools/countdown/deadline';
import { buildIcs, icsFileName, reminderUid } from '~/lib/tools/countdown/ics';

// 2026-11-26 13:00:00 in Shanghai (a Thursday) = 05:00:00 UTC.
const now = new Date(Date.UTC(2026, 10, 26, 5, 0, 0));
const read = (input: string, at = now) => {
  const r = parseDeadline(input, at);
  if (!r.ok) throw new Error(`${input}: ${r.message}`);
  return r;
};
/** The deadline as Shanghai wall-clock "YYYY-MM-DD HH:MM". */
const wall = (input: string, at = now) => {
  const d = new Date(read(input, at).deadline.getTime() + 8 * 3600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
};

describe('midnight: 晚上12点 ends the day, 凌晨12点 starts it, 24:00 is accepted (M3)', () => {
  it.each([
    ['11月28日 晚上12点', '2026-11-29 00:00'],
    ['11月28日晚上12点', '2026-11-29 00:00'],
    ['11月28日 凌晨12点', '2026-11-28 00:00'],
    ['11月28日 24:00', '2026-11-29 00:00'],
    ['2026-11-30 24:00', '2026-12-01 00:00'],
    ['2026-12-31 24:00', '2027-01-01 00:00'],
    ['11月28日 凌晨1点', '2026-11-28 01:00'],
    ['11月28日 晚上11点', '2026-11-28 23:00'],
    ['11月28日 中午12点', '2026-11-28 12:00'],
    ['11月28日 下午2点半', '2026-11-28 14:30'],
    // 晚上 with an hour already on the 24-hour clock is left as typed.
    ['11月28日 晚上20点', '2026-11-28 20:00'],
  ])('%s is %s in Beijing time', (input, expected) => {
    expect(wall(input)).toBe(expected);
  });

  it('says that 24 点 is the next day', () => {
    expect(read('11月28日 晚上12点').understood).toBe('截止时间 2026年11月29日（周日）00:00（北京时间），也就是 11月28日夜里 24 点');
  });

  it('24:30 and 25:00 on a date do not exist', () => {
    for (const input of ['11月28日 24:30', '11月28日 25:00', '11月28日 24:00:01']) {
      const r = parseDeadline(input, now);
      expect(r.ok, input).toBe(false);
      if (!r.ok) expect(r.message).toContain('不是一个存在的日期或时间');
    }
  });
});

describe('a time without a date (L7)', () => {
  it('“14:00” alone is today’s 14:00, said so, with how to write a countdown instead', () => {
    const r = read('14:00');
    expect(r.kind).toBe('time-of-day');
    expect(wall('14:00')).toBe('2026-11-26 14:00');
    expect(r.understood).toBe('没有写日期，按今天 2026年11月26日（周四） 算：截止 2026年11月26日（周四）14:00（北京时间）；如果这是剩余时间，请写成“剩 14:00”');
    // Written as a countdown, it still is one.
    expect(read('剩 14:00').deadline.getTime() - now.getTime()).toBe(14 * 3600_000);
  });

  it('a time already past today is tomorrow’s, and the answer says tomorrow', () => {
    expect(wall('09:30')).toBe('2026-11-27 09:30');
    expect(read('09:30').understood).toMatch(/^没有写日期，这个时间今天已经过了，按明天 2026年11月27日（周五） 算：截止 2026年11月27日（周五）09:30/);
    expect(wall('13:00')).toBe('2026-11-27 13:00');
    expect(wall('0:00')).toBe('2026-11-27 00:00');
    expect(wall('13:01')).toBe('2026-11-26 13:01');
  });

  it.each([
    ['今天 14:00', '2026-11-26 14:00', /^今天是 2026年11月26日（周四）：/],
    ['今天下午2点', '2026-11-26 14:00', /^今天是/],
    ['明天 14:00', '2026-11-27 14:00', /^明天是 2026年11月27日（周五）：截止 2026年11月27日（周五）14:00（北京时间）$/],
    ['明天14点', '2026-11-27 14:00', /^明天是/],
    ['明天上午9点30分', '2026-11-27 09:30', /^明天是/],
    ['后天 9:00前', '2026-11-28 09:00', /^后天是 2026年11月28日（周六）/],
    ['今天晚上12点', '2026-11-27 00:00', /^今天是 2026年11月26日（周四）：截止 2026年11月27日（周五）00:00（北京时间），也就是那天夜里 24 点$/],
    ['明天 24:00', '2026-11-28 00:00', /也就是那天夜里 24 点/],
    ['晚上8点', '2026-11-26 20:00', /^没有写日期，按今天 2026年11月26日（周四） 算：截止 2026年11月26日（周四）20:00（北京时间）$/],
    ['明天 14', '2026-11-27 14:00', /^明天是/],
    ['下午 2', '2026-11-26 14:00', /^没有写日期，按今天/],
    ['14:59', '2026-11-26 14:59', /^没有写日期，按今天/],
    ['明天 14:00:59', '2026-11-27 14:00', /^明天是/],
    ['下午1点', '2026-11-27 13:00', /按明天/],
  ])('%s is %s', (input, expected, words) => {
    expect(wall(input)).toBe(expected);
    expect(read(input).understood).toMatch(words);
  });

  it('late at night, “明天” and a bare time roll over the date in Beijing time, not the browser’s', () => {
    // 2026-12-31 23:30 in Shanghai.
    const late = new Date(Date.UTC(2026, 11, 31, 15, 30));
    expect(wall('明天 10:00', late)).toBe('2027-01-01 10:00');
    expect(wall('10:00', late)).toBe('2027-01-01 10:00');
    expect(wall('23:45', late)).toBe('2026-12-31 23:45');
  });

  it('today’s time already past is refused, not moved to tomorrow', () => {
    const r = parseDeadline('今天 10:00', now);
    expect(r).toEqual({ ok: false, message: '2026年11月26日（周四）10:00 已经过了。时限可能已过，请到后台看这一单现在的状态。' });
  });

  it('what is still no time gets the usual messages', () => {
    for (const [input, words] of [
      ['14', '没有看懂'], ['今天', '没有看懂'], ['明天下午', '没有看懂'], ['24:30', '不是一个存在的时间'], ['25:61', '没有看懂'], ['0:60', '没有看懂'],
      ['明天 25:00', '没有看懂'], ['明天 14:60', '没有看懂'], ['明天 14:00:60', '没有看懂'],
    ] as const) {
      const r = parseDeadline(input, now);
      expect(r.ok, input).toBe(false);
      if (!r.ok) expect(r.message, input).toContain(words);
    }
    // A count past a day, or with seconds, is a countdown.
    expect(read('25:00').kind).toBe('remaining');
    expect(read('14:00:00').kind).toBe('remaining');
  });
});

describe('the .ics UID and file name (L5, L6)', () => {
  const deadline = fromShanghai(2026, 3, 8, 9, 5)!;

  it('the UID is letters, digits, “-” and “@” whatever the order number holds, and stable', () => {
    const uid = reminderUid(deadline, 'evidence', '订单,;\\"x" 250101\n-1');
    expect(uid).toMatch(/^[A-Za-z0-9-]+@shouhou-jieru$/);
    expect(uid).toBe(reminderUid(deadline, 'evidence', '订单,;\\"x" 250101\n-1'));
    expect(uid).not.toBe(reminderUid(deadline, 'evidence', '订单,;\\"x" 250101\n-2'));
    expect(reminderUid(deadline, 'evidence', '  ')).toBe(`${deadline.getTime()}-evidence-x@shouhou-jieru`);
    expect(reminderUid(deadline, 'evidence', '240101-1')).toBe(reminderUid(deadline, 'evidence', ' 240101-1 '));
    // The tag is 32-bit FNV-1a in 8 hex digits, leading zeros kept.
    expect(reminderUid(deadline, 'evidence', '240101-1')).toBe(`${deadline.getTime()}-evidence-3fd031b9@shouhou-jieru`);
    expect(reminderUid(deadline, 'evidence', '订单160')).toBe(`${deadline.getTime()}-evidence-088d20bd@shouhou-jieru`);
    // The purpose is an id; anything else in it is dropped, and nothing left becomes x.
    expect(reminderUid(deadline, 'work order', '')).toBe(`${deadline.getTime()}-workorder-x@shouhou-jieru`);
    expect(reminderUid(deadline, '举证', '')).toBe(`${deadline.getTime()}-x-x@shouhou-jieru`);
  });

  it('a UID given with TEXT specials is escaped in the file', () => {
    const ics = buildIcs({ deadline, now, title: 't', description: 'd', uid: 'a,b;c\\d' });
    expect(ics).toContain('\r\nUID:a\\,b\\;c\\\\d\r\n');
  });

  it('the file name is built from the date and time, never cut in the middle of a word', () => {
    expect(icsFileName(deadline)).toBe('提醒-2026-03-08-0905.ics');
    expect(icsFileName(fromShanghai(2026, 11, 1, 23, 59)!)).toBe('提醒-2026-11-01-2359.ics');
    expect(icsFileName(fromShanghai(2026, 12, 31, 0, 0)!)).toBe('提醒-2026-12-31-0000.ics');
  });
});
