import dayjs, { type Dayjs } from 'dayjs';

/** One item of a work queue, whatever department it comes from. */
export interface QueueRow {
  key: string;
  /** What the item is about, in a few words. */
  subject: string;
  childId?: string | null;
  status: string;
  /** When it must be done (a date or a moment); null when the queue has no deadline for it. */
  dueAt: Dayjs | null;
  /** Overdue as its service says (the services count working days); else by the clock. */
  overdue?: boolean;
  detail?: string;
}

export const isOverdue = (row: QueueRow, now: Dayjs) =>
  row.overdue ?? (!!row.dueAt && row.dueAt.isBefore(now));

/** Overdue first, then the nearest deadline; items without a deadline last. */
export function byUrgency(rows: QueueRow[], now: Dayjs): QueueRow[] {
  return [...rows].sort((a, b) => {
    const od = Number(isOverdue(b, now)) - Number(isOverdue(a, now));
    if (od) return od;
    if (!a.dueAt || !b.dueAt) return a.dueAt ? -1 : b.dueAt ? 1 : 0;
    return a.dueAt.valueOf() - b.dueAt.valueOf();
  });
}

/** “剩余 2 小时 5 分” / “已超期 3 天”: the time left, or how late, in Chinese. */
export function countdownZh(due: Dayjs, now: Dayjs, overdue: boolean): string {
  const minutes = Math.abs(due.diff(now, 'minute'));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const span =
    days >= 1
      ? `${days} 天${hours ? ` ${hours} 小时` : ''}`
      : hours >= 1
        ? `${hours} 小时 ${mins} 分`
        : `${mins} 分钟`;
  return overdue ? `已超期 ${span}` : `剩余 ${span}`;
}

/** A date of the services (YYYY-MM-DD) as the end of that day; a moment as it is. */
export const dueOf = (value: string | null | undefined): Dayjs | null =>
  !value ? null : /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value).endOf('day') : dayjs(value);
