/**
 * The ledger's calendar files, written by the countdown tool's one iCalendar writer (`tools/countdown/ics.ts`):
 * one event per case deadline, 6 h and 1 h reminders, times in Asia/Shanghai; and one file with every open
 * case's deadline still ahead (an overdue one has nothing left to remind of).
 */
import { buildIcs, buildIcsCalendar, reminderText, reminderUid, type IcsInput } from '../tools/countdown/ics';
import { upcoming, type Row } from './rows';

export function deadlineEvent(row: Row, deadline: Date, now: Date): IcsInput {
  const title = `${row.deadlineTitle || '售后时限截止'}：${row.label}`;
  return {
    deadline,
    now,
    title,
    description: `${reminderText(title, deadline, now)}\n${row.type}${row.next ? `。下一步：${row.next}` : ''}\n时间按北京时间（Asia/Shanghai）。以后台显示为准。`,
    // Stable per case and deadline: importing the file again updates the event instead of adding one.
    uid: reminderUid(deadline, 'ledger', row.id),
  };
}

export const allDeadlinesIcs = (rows: readonly Row[], now: Date): string => buildIcsCalendar(upcoming(rows, now).map((r) => deadlineEvent(r, r.deadline, now)));

export const caseIcs = (row: Row & { deadline: Date }, now: Date): string => buildIcs(deadlineEvent(row, row.deadline, now));
