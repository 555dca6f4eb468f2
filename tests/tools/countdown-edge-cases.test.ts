/**
 * Survivors of the mutation run in deadline.ts and ics.ts (once countdown.ts): the edges of what a seller may type (spaces, full-width
 * marks, prefixes and suffixes in the wrong place, the last valid minute), the exact words shown back, and
 * the exact .ics file and folding. Every value is computed inside its test, so each mutant is seen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alarmsAhead, formatDuration, fromShanghai, parseDeadline } from '~/lib/tools/countdown/deadline';
import { buildIcs, foldLine, reminderText } from '~/lib/tools/countdown/ics';

// 2026-11-26 13:00:00 in Shanghai (a Thursday) = 05:00:00 UTC.
const now = new Date(Date.UTC(2026, 10, 26, 5, 0, 0));
const H = 3600_000;
const parsed = (input: string) => parseDeadline(input, now);
/** Milliseconds from now to the deadline read from `input`; throws with the message when it is refused. */
const after = (input: string) => {
  const r = parsed(input);
  if (!r.ok) throw new Error(`${input}: ${r.message}`);
  return r.deadline.getTime() - now.getTime();
};
const message = (input: string) => {
  const r = parsed(input);
  if (r.ok) throw new Error(`${input} was read as ${r.deadline.toISOString()}`);
  return r.message;
};
const NOT_UNDERSTOOD = '没有看懂这个时间。可以这样写：“剩 31 小时 20 分”“31:20:05”“2026-11-28 14:00”或“11月28日 14:00”。';
const PAST = '已经过了。时限可能已过，请到后台看这一单现在的状态。';

describe('durations in words', () => {
  it.each([
    [0, '0 分'],
    [-5 * 60_000, '0 分'],
    [59_999, '0 分'],
    [61 * 60_000, '1 小时 1 分'],
    [3 * H, '3 小时 0 分'],
    [2 * 24 * H, '2 天 0 分'],
    [(1440 + 7 * 60 + 20) * 60_000 + 5000, '1 天 7 小时 20 分'],
    [(3 * 1440 + 25) * 60_000, '3 天 25 分'],
  ])('%d ms is “%s”', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});

describe('wall-clock times that exist', () => {
  it('the last second of a year and the first of the next are real', () => {
    expect(fromShanghai(2026, 12, 31, 23, 59, 59)?.getTime()).toBe(Date.UTC(2026, 11, 31, 15, 59, 59));
    expect(fromShanghai(2027, 1, 1, 0, 0)?.getTime()).toBe(Date.UTC(2026, 11, 31, 16, 0, 0));
    expect(fromShanghai(2028, 2, 29, 8, 0)?.getTime()).toBe(Date.UTC(2028, 1, 29, 0, 0, 0));
  });

  it.each([
    ['month 13', [2026, 13, 1, 0, 0]],
    ['month 0', [2026, 0, 1, 0, 0]],
    ['day 0', [2026, 11, 0, 0, 0]],
    ['31 November', [2026, 11, 31, 0, 0]],
    ['29 February in a common year', [2026, 2, 29, 0, 0]],
    ['hour 24', [2026, 11, 18, 24, 0]],
    ['minute 60', [2026, 11, 18, 10, 60]],
    ['second 60', [2026, 11, 18, 10, 0, 60]],
  ] as const)('%s does not exist', (_, [y, mo, d, h, mi, se]) => {
    expect(fromShanghai(y, mo, d, h, mi, se)).toBeUndefined();
  });
});

describe('what the seller typed, at its edges', () => {
  it('spaces around and inside are tolerated; an empty line asks again', () => {
    expect(after('  剩 1 小时  ')).toBe(H);
    expect(after(`剩${' '.repeat(70)}1小时`)).toBe(H);
    expect(message('   ')).toBe('请先把订单页上的倒计时或截止时间抄进来。');
    // Two numbers with a space between are not glued into one.
    expect(message('剩 1 2小时')).toBe(NOT_UNDERSTOOD);
  });

  it('says back what it understood, in Beijing time', () => {
    expect(parsed('剩 31 小时 20 分')).toEqual({
      ok: true,
      kind: 'remaining',
      deadline: new Date(now.getTime() + 31 * H + 20 * 60_000),
      understood: '剩 1 天 7 小时 20 分，从 2026年11月26日（周四）13:00 算起，截止 2026年11月27日（周五）20:20（北京时间）',
    });
    expect(parsed('11月28日 14:00')).toEqual({
      ok: true,
      kind: 'absolute',
      deadline: new Date(Date.UTC(2026, 10, 28, 6, 0)),
      understood: '截止时间 2026年11月28日（周六）14:00（北京时间）',
    });
  });

  it('words: days, hours, minutes and seconds of any length; prefix only in front, suffix only at the end', () => {
    expect(after('12天3小时')).toBe((12 * 24 + 3) * H);
    expect(after('1分30秒')).toBe(90_000);
    expect(after('1分 30 秒')).toBe(90_000);
    expect(after('1小时后')).toBe(H);
    expect(after('1小时 后')).toBe(H);
    expect(message('1天还有2小时')).toBe(NOT_UNDERSTOOD);
    expect(message('1小时后2分')).toBe(NOT_UNDERSTOOD);
    expect(message('剩')).toBe(NOT_UNDERSTOOD);
  });

  it('clock style: a prefix with or without a space, days in front, the 59th minute and second', () => {
    expect(after('剩31:20')).toBe(31 * H + 20 * 60_000);
    expect(after('剩 31:20')).toBe(31 * H + 20 * 60_000);
    expect(after('12天 07:20')).toBe((12 * 24 + 7) * H + 20 * 60_000);
    expect(after('1 天 07:20')).toBe(31 * H + 20 * 60_000);
    expect(after('1天07:20')).toBe(31 * H + 20 * 60_000);
    // Without 剩, "0:59" is a time of day (countdown-times.test.ts); with it, 59 minutes.
    expect(after('剩0:59')).toBe(59 * 60_000);
    expect(after('0:00:59')).toBe(59_000);
    expect(message('0:00:60')).toBe(NOT_UNDERSTOOD);
    expect(message('0:60')).toBe(NOT_UNDERSTOOD);
    expect(message('07:20还剩')).toBe(NOT_UNDERSTOOD);
    expect(message('31:20:05:07')).toBe(NOT_UNDERSTOOD);
  });

  it('dates: full-width slashes and dashes, spaces, an hour alone, a trailing 前; nothing before or after', () => {
    const nov28 = Date.UTC(2026, 10, 28, 6, 0) - now.getTime();
    expect(after('2026／11／28 14:00')).toBe(nov28);
    expect(after('2026－11－28 14:00')).toBe(nov28);
    expect(after('2026—11—28 14:00')).toBe(nov28);
    expect(after('2026 年 11 月 28 日 14:00')).toBe(nov28);
    expect(after('11月28日 14')).toBe(nov28);
    expect(after('11月28日 14:00 前')).toBe(nov28);
    expect(message('x11月28日 14:00')).toBe(NOT_UNDERSTOOD);
    expect(message('11月28日 14:00x')).toBe(NOT_UNDERSTOOD);
  });

  it('afternoon, evening and noon words move the hour only where they must', () => {
    const at = (h: number) => Date.UTC(2026, 10, 28, h - 8, 0) - now.getTime();
    expect(after('11月28日晚上8点')).toBe(at(20));
    expect(after('11月28日下午12点')).toBe(at(12));
    expect(after('11月28日中午12点')).toBe(at(12));
    expect(after('11月28日中午11点')).toBe(at(11));
    expect(after('11月28日中午1点')).toBe(at(13));
  });

  it('a date without a year is next year’s only when it is more than 31 days back; a typed year is kept', () => {
    expect(message('2025-11-28 14:00')).toMatch(/^2025年11月28日（周五）14:00 已经过了/);
    expect(message('10月26日 13:00')).toBe(`2026年10月26日（周一）13:00 ${PAST}`);
    expect(after('10月26日 12:59')).toBe(Date.UTC(2027, 9, 26, 4, 59) - now.getTime());
  });

  it('a deadline at this very minute is already past; one minute later is not', () => {
    expect(message('2026-11-26 13:00')).toBe(`2026年11月26日（周四）13:00 ${PAST}`);
    expect(after('2026-11-26 13:01')).toBe(60_000);
  });

  it('limits: 60 characters and 60 days are still read, one more is not', () => {
    expect(message('x'.repeat(60))).toBe(NOT_UNDERSTOOD);
    expect(message('x'.repeat(61))).toBe('内容太长了：只抄倒计时那一行，例如“剩 31 小时 20 分”。');
    expect(after('60天')).toBe(60 * 24 * H);
    expect(message('60天1分')).toBe('这个剩余时间长得不像售后倒计时，请再核对一次。');
  });
});

describe('reminders', () => {
  it('an alarm exactly at now is left out; a millisecond earlier deadline drops it too', () => {
    expect(alarmsAhead(new Date(now.getTime() + 6 * H + 1), now)).toEqual([6, 1]);
    expect(alarmsAhead(new Date(now.getTime() + 6 * H), now)).toEqual([1]);
    expect(alarmsAhead(new Date(now.getTime() + H + 1), now)).toEqual([1]);
    expect(alarmsAhead(new Date(now.getTime() + H), now)).toEqual([]);
  });

  it('the note text lists each reminder time, or says to act now', () => {
    const deadline = fromShanghai(2026, 11, 28, 14, 0)!;
    expect(reminderText('售后处理截止', deadline, now)).toBe(
      '售后处理截止：2026年11月28日（周六）14:00（北京时间）截止。\n' +
        '提醒：2026年11月28日（周六）08:00（提前 6 小时）；2026年11月28日（周六）13:00（提前 1 小时）。',
    );
    expect(reminderText('t', new Date(now.getTime() + 30 * 60_000), now)).toBe(
      't：2026年11月26日（周四）13:30（北京时间）截止。\n离截止已不到 1 小时，请现在就处理。',
    );
  });
});

describe('the .ics file, exactly', () => {
  it('is this calendar, with padded local times, a UTC stamp without milliseconds and escaped text', () => {
    const ics = buildIcs({
      deadline: fromShanghai(2027, 1, 5, 9, 7, 3)!,
      now: new Date(Date.UTC(2026, 10, 26, 5, 4, 9, 123)),
      title: '截止, 单 1;2\\x',
      description: '第一行\r\n第二行\n第三行',
      uid: 'x@test',
    });
    // The file as a calendar app receives it (lines end in CRLF; the fixture is stored with plain newlines).
    expect(ics).toBe(readFileSync(new URL('./countdown-golden.ics', import.meta.url), 'utf8').replace(/\r?\n/g, '\r\n'));
  });

  it('folds at 75 octets on the first line and 74 plus the space after, never inside a character', () => {
    const a = (n: number) => 'A'.repeat(n);
    expect(foldLine(a(75))).toBe(a(75));
    expect(foldLine(a(76))).toBe(`${a(75)}\r\n ${a(1)}`);
    expect(foldLine(a(75 + 74 + 1))).toBe(`${a(75)}\r\n ${a(74)}\r\n ${a(1)}`);
    // 2 + 24 × 3 = 74 octets: a 25th three-octet character would make 77.
    expect(foldLine(`D:${'举'.repeat(30)}`)).toBe(`D:${'举'.repeat(24)}\r\n ${'举'.repeat(6)}`);
    expect(foldLine('')).toBe('');
  });
});
